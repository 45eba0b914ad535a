// Command middleeast reports on the built-in scenario: the 2015–2025
// realignment of the Middle East, in which states began to diversify their
// security away from sole reliance on the United States. It answers six
// questions from the scenario's data, each with the facts behind it.
//
// Usage:
//
//	go run ./examples/middleeast [-on DATE] [-dot FILE] [-mermaid FILE] [-json]
//
// The flags are:
//
//	-on DATE       report as of DATE (YYYY, YYYY-MM or YYYY-MM-DD; default 2025-12-31)
//	-dot FILE      write the relationship network on DATE as Graphviz DOT
//	-mermaid FILE  write the network as a Mermaid flowchart
//	-json          print the scenario's data (history and agreements) as JSON instead
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/entente-go/entente/relations"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// options are the command's flags.
type options struct {
	on        relations.Date
	dot, merm string
	json      bool
}

func parseFlags(args []string, stderr io.Writer) (options, error) {
	fs := flag.NewFlagSet("middleeast", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: middleeast [-on DATE] [-dot FILE] [-mermaid FILE] [-json]")
		fs.PrintDefaults()
	}
	o := options{on: relations.MustDate("2025-12-31")}
	fs.TextVar(&o.on, "on", o.on, "report as of `DATE` (YYYY, YYYY-MM or YYYY-MM-DD)")
	fs.StringVar(&o.dot, "dot", "", "write the network on DATE as Graphviz DOT to `FILE`")
	fs.StringVar(&o.merm, "mermaid", "", "write the network on DATE as a Mermaid flowchart to `FILE`")
	fs.BoolVar(&o.json, "json", false, "print the scenario's data as JSON instead of the report")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if fs.NArg() > 0 {
		err := fmt.Errorf("unexpected argument %q", fs.Arg(0))
		fmt.Fprintln(stderr, err)
		fs.Usage()
		return o, err
	}
	if !o.on.IsValid() {
		err := errors.New("-on: empty date")
		fmt.Fprintln(stderr, err)
		fs.Usage()
		return o, err
	}
	return o, nil
}

// run is the command; it returns the exit code: 0, 1 for a failure, 2 for
// bad usage.
func run(args []string, stdout, stderr io.Writer) int {
	o, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		return 2
	}
	s, err := load()
	if err != nil {
		fmt.Fprintln(stderr, "middleeast:", err)
		return 1
	}
	if err := s.act(o, stdout); err != nil {
		fmt.Fprintln(stderr, "middleeast:", err)
		return 1
	}
	return 0
}

func (s scenario) act(o options, w io.Writer) error {
	if o.json {
		return s.writeJSON(w)
	}
	net, err := s.history.Network(o.on)
	if err != nil {
		return err
	}
	for _, out := range []struct {
		file  string
		write func(io.Writer) error
	}{{o.dot, net.WriteDOT}, {o.merm, net.WriteMermaid}} {
		if out.file == "" {
			continue
		}
		if err := writeFile(out.file, out.write); err != nil {
			return err
		}
	}
	return s.report(w, o.on)
}

func writeFile(name string, write func(io.Writer) error) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// writeJSON prints both documents of the scenario in one object.
func (s scenario) writeJSON(w io.Writer) error {
	h, err := s.layer.history.MarshalJSON()
	if err != nil {
		return err
	}
	a, err := s.layer.pacts.MarshalJSON()
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "{\n\"history\": %s,\n\"agreements\": %s}\n", h, a)
	return err
}
