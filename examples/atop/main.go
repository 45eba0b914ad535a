// Command atop is a researcher's tool over ATOP 5.1, which ships with the
// module: a short tour of the data, an actor's alliance partners on a day,
// ATOP's dyad-year panels as CSV with peacesciencer's columns, and
// alliance-portfolio similarity.
//
// Usage:
//
//	go run ./examples/atop [-data DIR]
//	go run ./examples/atop -partners STATE -on DATE [-obligation defense|offense|neutral|nonagg|consul]
//	go run ./examples/atop -panel directed|undirected -out FILE
//	go run ./examples/atop -similarity STATE,STATE -year YYYY [-measure s|s-weighted|kappa|pi|taub]
//	                       [-coding atop|cow] [-region global|americas|europe|africa|middle-east|asia-oceania]
//	                       [-weights FILE]
//
// With no -data it reads the copy of ATOP 5.1 embedded in the module
// (package atop51); -data DIR reads another copy's CSV files, with ATOP's
// directed dyad-year file (atop5_1ddyr_min.csv or atop5_1ddyr.csv) when DIR
// has one, which settles toward whom members coded OBVARY owe what; without
// it the command says so on stderr, and those partners stay cannot tell.
// A STATE is a COW code (670), a COW abbreviation (SAU, AUH), an ISO code
// (SAU) or a name ("Saudi Arabia", Austria-Hungary), in any case, as
// cow.Lookup reads it: every spelling of a state prints the same output.
// A name is matched whole, not by a prefix; a spelling that names several
// states (AUS: Austria's COW abbreviation, Australia's ISO code) is a
// usage error that lists them. Partners are
// printed with names, a count, and apart from them the partners ATOP cannot
// settle on the day, each with why. -measure s-weighted weights states by
// their COW CINC score in the year asked (package nmc), unless -weights
// names a CSV file of "ccode,weight" rows. A flag the chosen mode does not
// use, or a stray argument, is a usage error (exit 2). The garbage
// collector stays off until the heap nears 512 MiB (see gc.go); GOGC and
// GOMEMLIMIT in the environment override that.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/entente-go/entente/internal/cli"
	"github.com/entente-go/entente/internal/errs"
)

func main() {
	collectOnlyWhenLarge()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// usageError is a bad flag or argument: the command prints usage and exits 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// modeFlags lists, for each mode, the flags it uses; -data serves them all.
var modeFlags = map[string][]string{
	"tour":       {"data"},
	"partners":   {"data", "partners", "on", "obligation"},
	"panel":      {"data", "panel", "out"},
	"similarity": {"data", "similarity", "year", "measure", "coding", "region", "weights"},
}

func run(args []string, stdout, stderr io.Writer) int {
	if err := cli.CheckArgs(args); err != nil {
		fmt.Fprintln(stderr, "atop:", err)
		return 2
	}
	fs := flag.NewFlagSet("atop", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c command
	fs.StringVar(&c.data, "data", "", "read ATOP 5.1's CSV files from `DIR` instead of the embedded copy")
	fs.StringVar(&c.partners, "partners", "", "print the alliance partners of `STATE`: its COW code, COW abbreviation, ISO code or name")
	fs.StringVar(&c.on, "on", "", "the `DATE` (YYYY, YYYY-MM or YYYY-MM-DD) for -partners")
	fs.StringVar(&c.obligation, "obligation", "", "count only `OBLIGATION` (defense, offense, neutral, nonagg, consul) for -partners")
	fs.StringVar(&c.panel, "panel", "", "write the `KIND` (directed or undirected) dyad-year panel to -out")
	fs.StringVar(&c.out, "out", "", "the `FILE` -panel writes")
	fs.StringVar(&c.similarity, "similarity", "", "print the similarity of two states' portfolios, `STATE,STATE` (each as for -partners)")
	fs.IntVar(&c.year, "year", 0, "the `YEAR` for -similarity")
	fs.StringVar(&c.measure, "measure", "s", "the `MEASURE`: s, s-weighted, kappa, pi or taub")
	fs.StringVar(&c.coding, "coding", "atop", "the tie `CODING`: atop (0–3, Chiba et al.) or cow")
	fs.StringVar(&c.region, "region", "global", "the reference `REGION`")
	fs.StringVar(&c.weights, "weights", "", "a CSV `FILE` of ccode,weight rows for s-weighted (default: COW CINC)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: atop [-data DIR] [-partners STATE -on DATE [-obligation O] | -panel KIND -out FILE | -similarity A,B -year YYYY [-measure M] [-coding C] [-region R] [-weights FILE]]")
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
	err := c.checkArgs(fs.Args())
	if err == nil {
		err = c.run(stdout, stderr)
	}
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

// checkArgs finds the mode and refuses stray arguments and flags the mode
// does not use.
func (c *command) checkArgs(rest []string) error {
	if len(rest) > 0 {
		return usageError{fmt.Sprintf("unexpected argument %s", errs.Quote(rest[0]))}
	}
	var modes []string
	for _, m := range []string{"partners", "panel", "similarity"} {
		if c.flags[m] {
			modes = append(modes, m)
		}
	}
	switch len(modes) {
	case 0:
		c.mode = "tour"
	case 1:
		c.mode = modes[0]
	default:
		return usageError{"give one of -partners, -panel and -similarity, not -" + strings.Join(modes, " and -")}
	}
	var unused []string
	for f := range c.flags {
		if !slices.Contains(modeFlags[c.mode], f) {
			unused = append(unused, "-"+f)
		}
	}
	if len(unused) > 0 {
		slices.Sort(unused)
		what := "the tour"
		if c.mode != "tour" {
			what = "-" + c.mode
		}
		return usageError{what + " does not use " + strings.Join(unused, ", ")}
	}
	return nil
}
