// Command universe writes peacesciencer's frame: the state-years or the
// dyad-years of the COW state system, with the sources the field joins to
// them, as CSV (or Parquet) in key order with peacesciencer's columns.
//
// Usage:
//
//	go run ./examples/universe [-unit state-year|dyad-year] [-undirected] [-from YEAR] [-to YEAR]
//	                           [-carry-forward] [-add atop,nmc,rivalries,majors,wars,peace-years]
//	                           [-data DIR] [-out FILE] [-format csv|parquet]
//
// With no flags it writes COW's 15,951 state-years, 1816–2016, to standard
// output. -unit dyad-year writes dyad-years, directed (both orders) or,
// with -undirected, one row a pair with ccode1 < ccode2. -from and -to
// bound the years (1816 and 2016 by default). The state system ends in
// 2016: a -to past it needs -carry-forward, which keeps the states and the
// major powers of 2016-12-31 in the years after — an assumption, as
// peacesciencer makes by default, not an observation. -add joins sources,
// in the order given, their columns following in that order: ATOP 5.1's
// alliances (atop, dyad-years), COW's material capabilities (nmc), Thompson
// and Dreyer's rivalries (rivalries), COW's major powers (majors), COW's
// inter-state wars (wars, dyad-years; with a row per war of a dyad-year as
// -add wars-each) and peace-years (peace-years, dyad-years). A value outside
// its source's coverage — ATOP after 2018, NMC after 2022, the rivalries
// after 2010, the wars after 2007 — is NA, never 0. The data ship with the
// module; -data DIR reads ATOP's three CSV files, nmc.csv, rivalries.csv
// and war_dyad_years.csv from DIR instead (each directly in it, or in the
// folder ../shared/data gives it: -data ../shared/data works), for the
// sources -add names; the state system and the major powers are Go data.
// -out writes to FILE instead of standard output, and says how many rows;
// -format parquet writes Parquet (it needs -out). A run that takes more
// than a second reports its progress on standard error.
//
// A flag the chosen unit or format does not use, an -add value it cannot
// take, or a stray argument is a usage error: exit 2, with usage.
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

const usage = "usage: universe [-unit state-year|dyad-year] [-undirected] [-from YEAR] [-to YEAR] [-carry-forward]\n" +
	"                [-add atop,nmc,rivalries,majors,wars,wars-each,peace-years] [-data DIR] [-out FILE] [-format csv|parquet]"

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("universe", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c command
	fs.StringVar(&c.unit, "unit", "state-year", "the `UNIT` of the rows: state-year or dyad-year")
	fs.BoolVar(&c.undirected, "undirected", false, "dyad-years: one row a pair a year, ccode1 < ccode2")
	fs.IntVar(&c.from, "from", 1816, "the first `YEAR`")
	fs.IntVar(&c.to, "to", 2016, "the last `YEAR`; past 2016 only with -carry-forward")
	fs.BoolVar(&c.carryForward, "carry-forward", false, "carry the states and major powers of 2016 into the years after -to past 2016 (assumed, not observed)")
	fs.StringVar(&c.add, "add", "", "join the `SOURCES`, comma-separated: atop, nmc, rivalries, majors, wars (or wars-each), peace-years")
	fs.StringVar(&c.data, "data", "", "read the sources -add names from `DIR` instead of the embedded copies")
	fs.StringVar(&c.out, "out", "", "write to `FILE` instead of standard output")
	fs.StringVar(&c.format, "format", "csv", "the `FORMAT`: csv or parquet (parquet needs -out)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	c.flags = map[string]bool{}
	fs.Visit(func(f *flag.Flag) { c.flags[f.Name] = true })
	err := c.check(fs.Args())
	if err == nil {
		err = c.run(stdout, stderr)
	}
	var ue usageError
	switch {
	case errors.As(err, &ue):
		fmt.Fprintln(stderr, "universe:", err)
		fs.Usage()
		return 2
	case err != nil:
		fmt.Fprintln(stderr, "universe:", err)
		return 1
	}
	return 0
}
