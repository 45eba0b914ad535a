// Command atop is a researcher's tool over ATOP 5.1: a short tour of the
// data, an actor's alliance partners on a day, ATOP's dyad-year panels as
// CSV with peacesciencer's columns, and alliance-portfolio similarity.
//
// Usage:
//
//	go run ./examples/atop [-data DIR]
//	go run ./examples/atop -partners CCODE -on YYYY-MM-DD [-obligation defense|offense|neutral|nonagg|consul]
//	go run ./examples/atop -panel directed|undirected -out FILE
//	go run ./examples/atop -similarity CCODE,CCODE -year YYYY [-measure s|s-weighted|kappa|pi|taub]
//	                       [-coding atop|cow] [-region global|americas|europe|africa|middle-east|asia-oceania]
//	                       [-weights FILE]
//
// -data defaults to ../shared/data/atop-5.1. -weights names a CSV file of
// "ccode,weight" rows (national capabilities, say), which the weighted S
// needs and ATOP does not ship.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// usageError is a bad flag or argument: the command prints usage and exits 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("atop", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c command
	fs.StringVar(&c.data, "data", "../shared/data/atop-5.1", "the `DIR` holding ATOP 5.1's CSV files")
	fs.IntVar(&c.partners, "partners", 0, "print the alliance partners of the state with COW code `CCODE`")
	fs.StringVar(&c.on, "on", "", "the `DATE` (YYYY-MM-DD) for -partners")
	fs.StringVar(&c.obligation, "obligation", "", "count only `OBLIGATION` (defense, offense, neutral, nonagg, consul) for -partners")
	fs.StringVar(&c.panel, "panel", "", "write the `KIND` (directed or undirected) dyad-year panel to -out")
	fs.StringVar(&c.out, "out", "", "the `FILE` -panel writes")
	fs.StringVar(&c.similarity, "similarity", "", "print the similarity of two states' portfolios, `CCODE,CCODE`")
	fs.IntVar(&c.year, "year", 0, "the `YEAR` for -similarity")
	fs.StringVar(&c.measure, "measure", "s", "the `MEASURE`: s, s-weighted, kappa, pi or taub")
	fs.StringVar(&c.coding, "coding", "atop", "the tie `CODING`: atop (0–3, Chiba et al.) or cow")
	fs.StringVar(&c.region, "region", "global", "the reference `REGION`")
	fs.StringVar(&c.weights, "weights", "", "a CSV `FILE` of ccode,weight rows for s-weighted")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: atop [-data DIR] [-partners CCODE -on DATE [-obligation O] | -panel KIND -out FILE | -similarity A,B -year YYYY [-measure M]]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "atop: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return 2
	}
	c.flags = map[string]bool{}
	fs.Visit(func(f *flag.Flag) { c.flags[f.Name] = true })
	err := c.run(stdout)
	var ue usageError
	switch {
	case errors.As(err, &ue):
		fmt.Fprintln(stderr, "atop:", err)
		fs.Usage()
		return 2
	case err != nil:
		fmt.Fprintln(stderr, "atop:", err)
		return 1
	}
	return 0
}
