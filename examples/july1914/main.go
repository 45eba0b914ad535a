// Command july1914 plays the July Crisis of 1914 through entente's
// obligation engine: the alliances in force on 1914-07-28 as data,
// Austria-Hungary's attack on Serbia, Russia's entry, and Germany's
// invasion of Belgium, printing each cascade round with the clause behind
// every entry and the reason each ally stayed out.
//
//	go run ./examples/july1914
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "july1914:", err)
		os.Exit(1)
	}
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
		c, err := m.Cascade(attacks, pact.CascadeOptions{})
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
				fmt.Fprintf(w, "  %s\n", e)
			}
		}
		if !entered {
			fmt.Fprintln(w, "no one is bound to enter")
		}
		fmt.Fprintf(w, "sides: %s vs %s\n", names(c.Sides[0]), names(c.Sides[1]))
		for _, x := range c.BothSides {
			fmt.Fprintf(w, "drawn in on both sides: %s\n", x)
		}
		printNotBound(w, c)
		for _, k := range c.Final.Conflicts {
			fmt.Fprintln(w, "conflict:", k)
		}
	}
	return nil
}

// printNotBound explains why each ally that stayed out of the war is not
// bound to fight.
func printNotBound(w io.Writer, c pact.Cascade) {
	fighting := map[relations.ActorID]bool{}
	for _, side := range c.Sides {
		for _, x := range side {
			fighting[x] = true
		}
	}
	for _, d := range c.Final.Released {
		if (d.Kind == pact.Defend || d.Kind == pact.JoinOffense) && !fighting[d.Actor] {
			fmt.Fprintln(w, "not bound:", d)
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

func name(id relations.ActorID) string {
	for _, a := range actors {
		if a.ID == id {
			return a.Name
		}
	}
	return string(id)
}
