// Command july1914 plays the July Crisis of 1914 through entente's
// obligation engine: the alliances in force on 1914-07-28 as data,
// Austria-Hungary's attack on Serbia, Russia's entry, and Germany's
// invasion of Belgium, printing each cascade round with the clause behind
// every entry and the reason each ally stayed out.
//
// Every actor is printed by name. The command takes no flags and no
// arguments; anything else is a usage error (exit 2).
//
//	go run ./examples/july1914
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strings"

	"github.com/entente-go/entente/internal/cli"
	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

func main() { os.Exit(command(os.Args[1:], os.Stdout, os.Stderr)) }

// command parses the arguments and runs; it returns the exit code: 0, 1
// for a failure, 2 for bad usage.
func command(args []string, stdout, stderr io.Writer) int {
	if err := cli.CheckArgs(args); err != nil {
		fmt.Fprintln(stderr, "july1914:", err)
		return 2
	}
	fs := flag.NewFlagSet("july1914", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprintln(stderr, "usage: july1914 (no flags, no arguments)") }
	err := fs.Parse(args)
	switch {
	case errors.Is(err, flag.ErrHelp) && len(args) == 1:
		return 0
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprintf(stderr, "july1914: unexpected arguments beside -h: %s\n", errs.Quote(strings.Join(args, " ")))
		fs.Usage()
		return 2
	case err != nil:
		return 2
	case fs.NArg() > 0:
		fmt.Fprintf(stderr, "july1914: unexpected argument %s\n", errs.Quote(fs.Arg(0)))
		fs.Usage()
		return 2
	}
	if err := run(stdout); err != nil {
		fmt.Fprintln(stderr, "july1914:", err)
		return 1
	}
	return 0
}

// steps plays the crisis: step i is the cascade of the first i+1 attacks,
// each brought in once the war before it has settled.
func steps(m *pact.Model) ([]pact.Cascade, error) {
	var out []pact.Cascade
	for i := range crisis {
		var attacks []pact.Attack
		for _, s := range crisis[:i+1] {
			attacks = append(attacks, s.Attack)
		}
		c, err := m.Cascade(attacks)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}

func run(w io.Writer) error {
	m, err := world()
	if err != nil {
		return err
	}
	ids, _ := m.InForce(d("1914-07-28"))
	fmt.Fprintf(w, "Agreements in force on 1914-07-28: %d\n", len(ids.Certain))
	for _, id := range ids.Certain {
		a, _ := m.Agreement(id)
		fmt.Fprintf(w, "  %s\n", a.Name)
	}
	cs, err := steps(m)
	if err != nil {
		return err
	}
	for i, c := range cs {
		fmt.Fprintf(w, "\n== %s\n", crisis[i].Title)
		entered := false
		for _, r := range c.Rounds {
			if r.Attack != i {
				continue // played out in an earlier step
			}
			entered = true
			fmt.Fprintf(w, "round %d:\n", r.Number)
			for _, e := range r.Entered {
				fmt.Fprintf(w, "  %s\n", named(e.String()))
			}
		}
		if !entered {
			fmt.Fprintln(w, "no one is bound to enter")
		}
		fmt.Fprintf(w, "sides: %s vs %s\n", names(c.Sides[0]), names(c.Sides[1]))
		for _, x := range c.BothSides {
			fmt.Fprintf(w, "drawn in on both sides: %s\n", name(x))
		}
		printNotBound(w, c)
		for _, k := range c.Final.Conflicts {
			fmt.Fprintln(w, "conflict:", named(k.String()))
		}
	}
	return nil
}

// printNotBound explains why each ally that stayed out of the war is not
// bound to fight, and prints apart, as such, the duties the data cannot
// settle.
func printNotBound(w io.Writer, c pact.Cascade) {
	fighting := map[relations.ActorID]bool{}
	for _, side := range c.Sides {
		for _, x := range side {
			fighting[x] = true
		}
	}
	for _, d := range c.Final.Duties {
		if (d.Kind == pact.Defend || d.Kind == pact.JoinOffense) && !fighting[d.Actor] && d.Holds == relations.CannotTell {
			fmt.Fprintln(w, "cannot tell:", named(d.String()))
		}
	}
	for _, d := range c.Final.Released {
		if (d.Kind == pact.Defend || d.Kind == pact.JoinOffense) && !fighting[d.Actor] {
			fmt.Fprintln(w, "not bound:", named(d.String()))
		}
	}
}

func names(ids []relations.ActorID) string {
	s := ""
	for i, id := range ids {
		if i > 0 {
			s += ", "
		}
		s += name(id)
	}
	return s
}

// actorIDs matches the actors' IDs as whole words, longest first, so that
// the engine's explanations, which speak IDs, can be printed with names.
var actorIDs = func() *regexp.Regexp {
	var ids []string
	for _, a := range actors {
		ids = append(ids, regexp.QuoteMeta(string(a.ID)))
	}
	slices.SortFunc(ids, func(a, b string) int { return len(b) - len(a) })
	return regexp.MustCompile(`\b(` + strings.Join(ids, "|") + `)\b`)
}()

// named replaces every actor ID in s by the actor's name.
func named(s string) string {
	return actorIDs.ReplaceAllStringFunc(s, func(id string) string { return name(relations.ActorID(id)) })
}

func name(id relations.ActorID) string {
	for _, a := range actors {
		if a.ID == id {
			return a.Name
		}
	}
	return string(id)
}
