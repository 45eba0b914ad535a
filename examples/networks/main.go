// Command networks writes the alliance networks of ATOP 5.1 with Thompson
// and Dreyer's strategic rivalries over two centuries: every measure of
// package network for every year as CSV, and SVG pictures of the network
// on the days of four crises, with a chart of the series.
//
// Usage:
//
//	go run ./examples/networks [-data DIR] [-obligations defense|any] [-seed N]
//	go run ./examples/networks [-data DIR] -series FILE [-from YEAR] [-to YEAR] [-obligations defense|any] [-seed N]
//	go run ./examples/networks [-data DIR] -pictures DIR [-obligations defense|any] [-seed N]
//
// With neither -series nor -pictures it prints the measures of six years, a
// tour of two centuries. Both -series and -pictures may be given at once. Without
// -data it reads the copy of ATOP 5.1 embedded in the module; -from and -to
// default to 1816 and 2018, the years ATOP
// covers; -obligations to defense; -seed (the Louvain seed) to 1.
// -pictures writes network-YYYY-MM-DD.svg for 1914-07-28, 1939-09-01,
// 1962-10-22 and 2018-12-31 (the defense network, or the one -obligations
// names, nodes coloured by bloc) and network-series.svg (density, blocs and
// balance over the years of the series).
//
// The README's pictures and docs/network-series.csv come from
//
//	go run ./examples/networks -series docs/network-series.csv -pictures docs
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"

	"github.com/entente-go/entente/internal/cli"
	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/internal/outfile"
	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/atop"
	"github.com/entente-go/entente/pact/atop/atop51"
	"github.com/entente-go/entente/pact/network"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/rivalry"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// usageError is a bad flag or argument: the command prints usage and exits 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// pictureDays are the days of the pictures: the July Crisis, the invasion
// of Poland, the Cuban missile crisis, and the end of ATOP's coverage.
var pictureDays = []string{"1914-07-28", "1939-09-01", "1962-10-22", "2018-12-31"}

type command struct {
	data, series, pictures, obligations string
	from, to                            int
	seed                                uint64
	flags                               map[string]bool
}

func run(args []string, stdout, stderr io.Writer) int {
	if err := cli.CheckArgs(args); err != nil {
		fmt.Fprintln(stderr, "networks:", err)
		return 2
	}
	fs := flag.NewFlagSet("networks", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c command
	fs.StringVar(&c.data, "data", "", "read ATOP 5.1's CSV files from `DIR` instead of the embedded copy")
	fs.StringVar(&c.series, "series", "", "write every measure of every year as CSV to `FILE`")
	fs.StringVar(&c.pictures, "pictures", "", "write the SVG pictures into `DIR`")
	fs.IntVar(&c.from, "from", 1816, "the first `YEAR` of -series")
	fs.IntVar(&c.to, "to", 2018, "the last `YEAR` of -series")
	fs.StringVar(&c.obligations, "obligations", "defense", "the alliance network: `KIND` defense or any (any of ATOP's five obligations)")
	fs.Uint64Var(&c.seed, "seed", 1, "the Louvain `SEED`")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: networks [-data DIR] [-series FILE [-from YEAR] [-to YEAR]] [-pictures DIR] [-obligations defense|any] [-seed N]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "networks: unexpected argument %s\n", errs.Quote(fs.Arg(0)))
		fs.Usage()
		return 2
	}
	c.flags = map[string]bool{}
	fs.Visit(func(f *flag.Flag) { c.flags[f.Name] = true })
	err := c.run(stdout)
	var ue usageError
	switch {
	case errors.As(err, &ue):
		fmt.Fprintln(stderr, "networks:", err)
		fs.Usage()
		return 2
	case err != nil:
		fmt.Fprintln(stderr, "networks:", err)
		return 1
	}
	return 0
}

// check validates the flags together, before any work, and returns the
// obligations of the network asked for (none: all five).
func (c *command) check() ([]pact.Obligation, error) {
	var f []pact.Obligation
	switch c.obligations {
	case "defense":
		f = []pact.Obligation{pact.Defense}
	case "any":
	default:
		return nil, usageError{fmt.Sprintf("-obligations %s: want defense or any", errs.Quote(c.obligations))}
	}
	switch {
	case c.series == "" && (c.flags["from"] || c.flags["to"]):
		return nil, usageError{"-from and -to go with -series"}
	case c.from < network.FirstYear || c.to < c.from || c.to > atop.Last:
		return nil, usageError{fmt.Sprintf("-from %d -to %d: want %d ≤ from ≤ to ≤ %d", c.from, c.to, network.FirstYear, atop.Last)}
	}
	return f, nil
}

func (c *command) run(stdout io.Writer) error {
	f, err := c.check()
	if err != nil {
		return err
	}
	var d *atop.Dataset
	if c.data == "" {
		d, err = atop51.Read()
	} else {
		d, err = atop.ReadDir(c.data)
	}
	if err != nil {
		return err
	}
	n, err := network.New(d.Model, network.WithRivalries(rivalry.All()))
	if err != nil {
		return err
	}
	measure := []network.Option{network.WithObligations(f...), network.WithSeed(c.seed)}
	if len(f) == 0 {
		measure = measure[1:] // all five, the default
	}
	if c.series == "" && c.pictures == "" {
		return tour(stdout, n, measure, c.obligations, c.seed)
	}
	series, err := n.Series(c.from, c.to, measure...)
	if err != nil {
		return err
	}
	if c.series != "" {
		if err := writeFile(c.series, func(w io.Writer) error { _, err := network.WriteCSV(w, series); return err }); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "wrote %d years to %s\n", len(series), c.series)
	}
	if c.pictures == "" {
		return nil
	}
	for _, day := range pictureDays {
		s, err := n.Day(relations.MustDate(day))
		if err != nil {
			return err
		}
		name := filepath.Join(c.pictures, "network-"+day+".svg")
		if err := writeFile(name, func(w io.Writer) error { return drawNetwork(w, s, f, c.obligations, c.seed) }); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "wrote %s\n", name)
	}
	name := filepath.Join(c.pictures, "network-series.svg")
	if err := writeFile(name, func(w io.Writer) error { return drawSeries(w, series, c.obligations) }); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s\n", name)
	return nil
}

// writeFile writes through a temporary file: a failed write leaves name
// as it was, and the error names it.
func writeFile(name string, write func(io.Writer) error) error { return outfile.Write(name, write) }

// tour prints the measures of six years of the network, and why a measure
// the data leave open cannot be told.
func tour(w io.Writer, n *network.Networks, measure []network.Option, kind string, seed uint64) error {
	fmt.Fprintf(w, "ATOP %s network with Thompson–Dreyer rivalries (Louvain seed %d)\n", kind, seed)
	fmt.Fprintln(w, "year  states  alliances  uncertain  density  transitivity  blocs      Q  ambivalent  balance  polarization  most allied")
	var notes []string
	for _, y := range []int{1816, 1914, 1939, 1962, 1990, 2018} {
		s, err := n.Year(y)
		if err != nil {
			return err
		}
		m, err := s.Summary(measure...)
		if err != nil {
			return err
		}
		top := "none"
		if m.TopDegree != "" {
			top = nameOf(s, m.TopDegree)
		}
		fmt.Fprintf(w, "%d  %6d  %9s  %9d  %7s  %12s  %5s  %5s  %10s  %7s  %12s  %s\n", y, m.Nodes, cell(m.Edges, "%.0f"),
			m.UncertainTies, cell(m.Density, "%.4f"), cell(m.Transitivity, "%.4f"), cell(m.Blocs, "%.0f"),
			cell(m.Modularity, "%.3f"), cell(m.Ambivalent, "%.0f"), cell(m.Balance, "%.3f"), cell(m.Polarization, "%.3f"), top)
		for _, d := range []relations.Doubt{m.Doubt, m.Rivalries.Doubt} {
			if d != (relations.Doubt{}) && !slices.Contains(notes, fmt.Sprint(y, ": ", d)) {
				notes = append(notes, fmt.Sprint(y, ": ", d))
			}
		}
	}
	for _, note := range notes {
		fmt.Fprintln(w, "cannot tell (–) in", note)
	}
	return nil
}

// cell formats a measure for the tour: its value, "between" bounds, or "–"
// where the data cannot tell (the notes say why).
func cell(m relations.Measure, format string) string {
	switch v, ok := m.Value(); {
	case ok && math.IsNaN(v):
		return "none"
	case ok:
		return fmt.Sprintf(format, v)
	case m.CannotTell():
		return "–"
	}
	return fmt.Sprintf(format+"–"+format, m.Lo, m.Hi)
}

// nameOf returns the name of a state of snapshot s.
func nameOf(s *network.Snapshot, id relations.ActorID) string {
	for _, a := range s.Nodes() {
		if a.ID == id {
			return a.Name
		}
	}
	return string(id)
}
