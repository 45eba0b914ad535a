// Command reliability asks whether allies kept their word: every COW
// inter-state war (v4.0, 1816–2007) against ATOP 5.1's treaties, with
// package pact/reliability.
//
// Usage:
//
//	go run ./examples/reliability [-out FILE]
//	go run ./examples/reliability -war 1914
//
// The first form judges every obligation to defend or to join the offense
// of a belligerent at each war's onset and prints a summary in package
// record's words — honoured, unmet, cannot judge, not owed, the settled
// share and its exact bounds — by era and by obligation. With -out it also
// writes one CSV row per war, obligation holder and beneficiary, with
// record's CSV writer: the columns of any ledger.
//
// The second form plays the July crisis of 1914 on ATOP's own coding,
// with the facts ATOP does not hold (who provoked whom, where) taken from
// the hand-built world of examples/july1914, and prints what ATOP's
// treaties said of each state with an obligation toward a belligerent
// beside what the state did in COW's war data.
//
// Both read the data embedded in the module; neither needs ../shared/data.
// A flag the mode does not use, or a stray argument, is a usage error
// (exit 2).
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/entente-go/entente/internal/cli"
	"github.com/entente-go/entente/internal/errs"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// usageError is a bad flag or argument: the command prints usage and
// exits 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func run(args []string, stdout, stderr io.Writer) int {
	if err := cli.CheckArgs(args); err != nil {
		fmt.Fprintln(stderr, "reliability:", err)
		return 2
	}
	fs := flag.NewFlagSet("reliability", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "", "write one CSV row per war, obligation holder and beneficiary (record's ledger columns) to `FILE`")
	year := fs.Int("war", 0, "play the war that began in `YEAR` on ATOP's coding (only 1914 has a hand-built sequence)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: reliability [-out FILE] | -war 1914")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	var err error
	switch {
	case fs.NArg() > 0:
		err = usageError{fmt.Sprintf("unexpected argument %s", errs.Quote(fs.Arg(0)))}
	case set["war"] && set["out"]:
		err = usageError{"-out is for every war; -war prints a table"}
	case set["war"] && *year != 1914:
		err = usageError{fmt.Sprintf("-war %d: only 1914 has a hand-built sequence of attacks", *year)}
	case set["war"]:
		err = runJuly(stdout)
	default:
		err = runAll(stdout, *out, set["out"])
	}
	var ue usageError
	switch {
	case errors.As(err, &ue):
		fmt.Fprintln(stderr, "reliability:", err)
		fs.Usage()
		return 2
	case err != nil:
		fmt.Fprintln(stderr, "reliability:", err)
		return 1
	}
	return 0
}
