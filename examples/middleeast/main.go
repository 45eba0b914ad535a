// Command middleeast reports on the 2015–2025 realignment of the Middle
// East, in which states began to diversify their security away from sole
// reliance on the United States. It answers six questions on one world:
// ATOP 5.1's alliances and Thompson & Dreyer's rivalries, which ship with
// the module, with the built-in scenario as a sourced layer on top. What the
// sources cannot settle — an ATOP alliance after 2018 that no later source
// observes, a rivalry after 2010 — is printed as "cannot tell", with why.
//
// Usage:
//
//	go run ./examples/middleeast [-on DATE] [-dot FILE] [-mermaid FILE] [-json]
//	go run ./examples/middleeast -record ACTOR [-json | -csv]
//
// The report opens with the question the story asks — when Saudi Arabia,
// Qatar and the UAE were struck, did the United States come? — as the U.S.
// ledger of each (scenario/responses.json holds the tests and the
// responses, package pact/record judges them). The flags are:
//
//	-on DATE       report as of DATE (YYYY, YYYY-MM or YYYY-MM-DD, from 1815; default 2025-12-31)
//	-dot FILE      write the relationship network of the scenario's actors on DATE as Graphviz DOT
//	-mermaid FILE  write the network as a Mermaid flowchart
//	-json          print the scenario layer's data (history and agreements) as JSON instead;
//	               it takes no other flag
//	-record ACTOR  print the ledger of every actor ACTOR owed or was expected to protect,
//	               or answered though it owed nothing, instead of the report; ACTOR is an
//	               actor ID, a name or a COW code (USA, "United States" and 2 print the
//	               same); with -json, one JSON object per verdict and line, with the keys
//	               protector, protege (actor IDs), test (its ID), kind (the test's kind), date
//	               (the test's date), owed (the decisive commitment's kind, or "nothing"),
//	               response (none, statement, consultation, sanctions, reinforcement,
//	               defensive, retaliation, war-entry or "cannot tell"), verdict, possible,
//	               responses (each with date, grade, lag_days, counts, description),
//	               reasons and sources (never empty); with -csv, one row per verdict as
//	               record.WriteCSV writes it; it takes no other flag
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/entente-go/entente/internal/cli"
	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/internal/outfile"
	"github.com/entente-go/entente/relations"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// options are the command's flags.
type options struct {
	on        relations.Date
	dot, merm string
	json      bool
	// csv, with -record, prints the ledgers as CSV.
	csv bool
	// record is the protector whose ledgers -record prints.
	record relations.ActorID
}

const usageLine = "usage: middleeast [-on DATE] [-dot FILE] [-mermaid FILE] [-json]\n       middleeast -record ACTOR [-json | -csv]"

func parseFlags(args []string, stderr io.Writer) (options, error) {
	fs := flag.NewFlagSet("middleeast", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, usageLine)
		fs.PrintDefaults()
	}
	o := options{on: relations.MustDate("2025-12-31")}
	fs.TextVar(&o.on, "on", o.on, "report as of `DATE` (YYYY, YYYY-MM or YYYY-MM-DD)")
	fs.StringVar(&o.dot, "dot", "", "write the network on DATE as Graphviz DOT to `FILE`")
	fs.StringVar(&o.merm, "mermaid", "", "write the network on DATE as a Mermaid flowchart to `FILE`")
	fs.BoolVar(&o.json, "json", false, "print the scenario's data as JSON instead of the report (with -record, the ledgers)")
	fs.BoolVar(&o.csv, "csv", false, "with -record, print the ledgers as CSV, one row per verdict")
	fs.Func("record", "print the ledgers of `ACTOR` as a protector instead of the report", func(v string) error {
		if v == "" {
			return errors.New("empty actor")
		}
		o.record = relations.ActorID(v)
		return nil
	})
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if fs.NArg() > 0 {
		err := fmt.Errorf("unexpected argument %s", errs.Quote(fs.Arg(0)))
		fmt.Fprintln(stderr, err)
		fs.Usage()
		return o, err
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	var err error
	switch {
	case !o.on.IsValid():
		err = errors.New("-on: empty date")
	case o.on.Year() < 1815:
		err = fmt.Errorf("-on: %s is before the sources begin: ATOP 5.1 observes from 1815-01-01", o.on)
	case set["record"] && (set["on"] || set["dot"] || set["mermaid"]):
		err = errors.New("-record prints the ledgers and takes no other flag but -json or -csv")
	case set["csv"] && !set["record"]:
		err = errors.New("-csv prints the ledgers of -record ACTOR; give -record")
	case o.json && o.csv:
		err = errors.New("-json and -csv are two ways to print the ledgers; give one")
	case o.json && (set["on"] || set["dot"] || set["mermaid"]):
		err = errors.New("-json prints the scenario's data and takes no other flag")
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
		fs.Usage()
		return o, err
	}
	return o, nil
}

// run is the command; it returns the exit code: 0, 1 for a failure, 2 for
// bad usage.
func run(args []string, stdout, stderr io.Writer) int {
	if err := cli.CheckArgs(args); err != nil {
		fmt.Fprintln(stderr, "middleeast:", err)
		return 2
	}
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
	if o.record != "" {
		id, err := s.resolveActor(string(o.record))
		if err != nil {
			fmt.Fprintln(stderr, "-record:", err)
			parseFlags([]string{"-h"}, stderr)
			return 2
		}
		o.record = id
	}
	if err := s.act(o, stdout); err != nil {
		fmt.Fprintln(stderr, "middleeast:", err)
		return 1
	}
	return 0
}

func (s scenario) act(o options, w io.Writer) error {
	switch {
	case o.record != "" && o.json:
		return s.writeLedgersJSON(w, o.record)
	case o.record != "" && o.csv:
		return s.writeLedgersCSV(w, o.record)
	case o.record != "":
		return s.writeLedgers(w, o.record)
	}
	if o.json {
		return s.writeJSON(w)
	}
	net, err := s.network(o.on)
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

// network is the relationship network on day among the scenario's own
// actors: the world holds every state, which no picture can show.
func (s scenario) network(day relations.Date) (relations.Network, error) {
	net, err := s.history.Network(day)
	if err != nil {
		return net, err
	}
	ours := func(id relations.ActorID) bool { _, ok := s.layer.history.Actor(id); return ok }
	net.Actors = slices.DeleteFunc(net.Actors, func(a relations.Actor) bool { return !ours(a.ID) })
	net.Edges.Certain = slices.DeleteFunc(net.Edges.Certain, func(e relations.Edge) bool { return !ours(e.A) || !ours(e.B) })
	net.Edges.Uncertain = slices.DeleteFunc(net.Edges.Uncertain, func(u relations.Doubtful[relations.Edge]) bool { return !ours(u.Item.A) || !ours(u.Item.B) })
	return net, nil
}

// writeFile writes through a temporary file: a failed write leaves name
// as it was, and the error names it.
func writeFile(name string, write func(io.Writer) error) error { return outfile.Write(name, write) }

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
