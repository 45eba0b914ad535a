package similarity_test

import (
	"fmt"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/similarity"
	"github.com/entente-go/entente/relations"
)

func ExampleMatrix_S() {
	// A and B both ally with C; A alone with D.
	mx := similarity.NewMatrix([]relations.ActorID{"A", "B", "C", "D"}, similarity.ATOP)
	mx.Set("A", "C", 3)
	mx.Set("B", "C", 3)
	mx.Set("A", "D", 1)
	m, err := mx.S("A", "B")
	if err != nil {
		fmt.Println(err)
		return
	}
	if v, settled := m.Value(); settled { // every tie is known
		fmt.Printf("%.3f\n", v)
	}
	// Output: -0.167
}

func ExampleMatrix_Kappa() {
	// A and B both ally with C; A alone with D.
	mx := similarity.NewMatrix([]relations.ActorID{"A", "B", "C", "D"}, similarity.ATOP)
	mx.Set("A", "C", 3)
	mx.Set("B", "C", 3)
	mx.Set("A", "D", 1)
	m, err := mx.Kappa("A", "B", similarity.WithDistance(similarity.Squared))
	if err != nil {
		fmt.Println(err)
		return
	}
	if v, settled := m.Value(); settled { // every tie is known
		fmt.Printf("%.3f\n", v)
	}
	// Output: -0.188
}

func ExampleMatrix_Pi() {
	// A and B both ally with C; A alone with D.
	mx := similarity.NewMatrix([]relations.ActorID{"A", "B", "C", "D"}, similarity.ATOP)
	mx.Set("A", "C", 3)
	mx.Set("B", "C", 3)
	mx.Set("A", "D", 1)
	m, err := mx.Pi("A", "B", similarity.WithDistance(similarity.Squared))
	if err != nil {
		fmt.Println(err)
		return
	}
	if v, settled := m.Value(); settled { // every tie is known
		fmt.Printf("%.3f\n", v)
	}
	// Output: -0.197
}

func ExampleMatrix_TauB() {
	// A and B both ally with C; A alone with D.
	mx := similarity.NewMatrix([]relations.ActorID{"A", "B", "C", "D"}, similarity.ATOP)
	mx.Set("A", "C", 3)
	mx.Set("B", "C", 3)
	mx.Set("A", "D", 1)
	m, err := mx.TauB("A", "B")
	if err != nil {
		fmt.Println(err)
		return
	}
	if v, settled := m.Value(); settled { // every tie is known
		fmt.Printf("%.3f\n", v)
	}
	// Output: -0.224
}

func ExampleTies() {
	actors := []relations.Actor{
		{ID: "FRA", Kind: relations.StateActor, Name: "France"},
		{ID: "GBR", Kind: relations.StateActor, Name: "United Kingdom"},
		{ID: "RUS", Kind: relations.StateActor, Name: "Russia"},
	}
	m, err := pact.New(actors, []pact.Agreement{{ID: "fr-ru", Name: "Franco-Russian",
		Parties:   []pact.Party{{Actor: "FRA", Roles: pact.Member}, {Actor: "RUS", Roles: pact.Member}},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1894-01-04")}},
		Clauses:   []pact.Clause{{Obligation: pact.Defense}}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	mx := similarity.Ties(m, 1900, []relations.ActorID{"FRA", "GBR", "RUS"}, similarity.ATOP)
	v, ok := mx.Value("FRA", "RUS")
	s, err := mx.S("FRA", "RUS")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(v, ok, s)
	// Output: 3.000000 true 1.000000
}

func ExampleTies_pastCoverage() {
	// The model's source observes through 1913: the ties of 1920 are not
	// settled, so S is given as its bounds and τ-b cannot tell — never the
	// numbers of 1913, nor those of no ties at all.
	actors := []relations.Actor{
		{ID: "FRA", Kind: relations.StateActor, Name: "France"},
		{ID: "GBR", Kind: relations.StateActor, Name: "United Kingdom"},
		{ID: "RUS", Kind: relations.StateActor, Name: "Russia"},
	}
	m, err := pact.New(actors, []pact.Agreement{{ID: "fr-ru", Name: "Franco-Russian",
		Parties:   []pact.Party{{Actor: "FRA", Roles: pact.Member}, {Actor: "RUS", Roles: pact.Member}},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1894-01-04")}},
		Clauses:   []pact.Clause{{Obligation: pact.Defense}}}},
		pact.WithCoverage(relations.Coverage{Source: "a source",
			Observed: relations.Interval{From: relations.MustDate("1815-01-01"), Until: relations.MustDate("1914-01-01")}}))
	if err != nil {
		fmt.Println(err)
		return
	}
	ref := []relations.ActorID{"FRA", "GBR", "RUS"}
	for _, year := range []int{1913, 1920} {
		mx := similarity.Ties(m, year, ref, similarity.ATOP)
		s, err := mx.S("FRA", "RUS")
		if err != nil {
			fmt.Println(err)
			return
		}
		t, err := mx.TauB("FRA", "RUS")
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(year, "S:", s)
		fmt.Println(year, "tau-b:", t)
	}
	// Output:
	// 1913 S: 1.000000
	// 1913 tau-b: 1.000000
	// 1920 S: between -1.000000 and 1.000000 (past-coverage: the ties of 1920, as last observed by a source on 1913-12-31)
	// 1920 tau-b: cannot tell (past-coverage: the ties of 1920, as last observed by a source on 1913-12-31)
}

func ExampleNewMatrix() {
	mx := similarity.NewMatrix([]relations.ActorID{"B", "A", "A"}, similarity.COWStyle)
	fmt.Println(mx.Reference())
	// Output: [A B]
}

func ExampleMatrix_Set() {
	mx := similarity.NewMatrix([]relations.ActorID{"A", "B"}, similarity.ATOP)
	fmt.Println(mx.Set("A", "B", 2), mx.Set("A", "Z", 2))
	// Output: true false
}

func ExampleMatrix_Value() {
	// A and B both ally with C; A alone with D.
	mx := similarity.NewMatrix([]relations.ActorID{"A", "B", "C", "D"}, similarity.ATOP)
	mx.Set("A", "C", 3)
	mx.Set("B", "C", 3)
	mx.Set("A", "D", 1)
	v, ok := mx.Value("A", "D")
	fmt.Println(v, ok)
	// Output: 1.000000 true
}

func ExampleMatrix_SetUnsettled() {
	// A's tie to D is known only to lie between 0 and 3: S gives its
	// bounds, each member's term apart; κ cannot tell.
	mx := similarity.NewMatrix([]relations.ActorID{"A", "B", "C", "D"}, similarity.ATOP)
	mx.Set("A", "C", 3)
	mx.Set("B", "C", 3)
	mx.Set("A", "D", 1)
	mx.SetUnsettled("A", "D", 0, 3, relations.Doubt{Reason: relations.PartialDate, Detail: "a treaty of that year"})
	s, err := mx.S("A", "B")
	if err != nil {
		fmt.Println(err)
		return
	}
	k, err := mx.Kappa("A", "B", similarity.WithDistance(similarity.Squared))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s)
	fmt.Println(k)
	// Output:
	// between -0.500000 and 0.000000 (partial-date: a treaty of that year)
	// cannot tell (partial-date: a treaty of that year)
}

func ExampleMatrix_Reference() {
	mx := similarity.NewMatrix([]relations.ActorID{"D", "C", "B", "A"}, similarity.ATOP)
	fmt.Println(mx.Reference()) // sorted
	// Output: [A B C D]
}

func ExampleSystemMembers() {
	fmt.Println(similarity.SystemMembers(1816, similarity.AsiaOceania))
	// Output: []
}

func ExampleWithWeight() {
	// A and B both ally with C; A alone with D, loosely. Weighing D, where
	// their portfolios differ least, ten times the others brings them
	// closer.
	mx := similarity.NewMatrix([]relations.ActorID{"A", "B", "C", "D"}, similarity.ATOP)
	mx.Set("A", "C", 3)
	mx.Set("B", "C", 3)
	mx.Set("A", "D", 1)
	heavyD := func(id relations.ActorID) float64 {
		if id == "D" {
			return 10
		}
		return 1
	}
	for _, opts := range [][]similarity.Option{nil, {similarity.WithWeight(heavyD)}} {
		s, err := mx.S("A", "B", opts...)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(s)
	}
	// A rank correlation takes no weights.
	_, err := mx.TauB("A", "B", similarity.WithWeight(heavyD))
	fmt.Println(err)
	// Output:
	// -0.166667
	// 0.179487
	// similarity: Matrix.TauB: options: WithWeight is not an option of Matrix.TauB (it takes WithSelf)
}

func ExampleWithSelf() {
	// A and B both ally with C; A alone with D. How a state counts its
	// tie to itself moves S: Signorino and Ritter's default is its
	// strongest tie.
	mx := similarity.NewMatrix([]relations.ActorID{"A", "B", "C", "D"}, similarity.ATOP)
	mx.Set("A", "C", 3)
	mx.Set("B", "C", 3)
	mx.Set("A", "D", 1)
	for _, self := range []similarity.Self{similarity.SelfHighest, similarity.SelfZero, similarity.SelfOmit} {
		s, err := mx.S("A", "B", similarity.WithSelf(self))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(s)
	}
	// Output:
	// -0.166667
	// 0.833333
	// 0.666667
}

func ExampleWithDistance() {
	// A and B both ally with C; A alone with D. S on the squared distance
	// between tie values (Häge's recommended metric) against the absolute
	// one, Signorino and Ritter's original.
	mx := similarity.NewMatrix([]relations.ActorID{"A", "B", "C", "D"}, similarity.ATOP)
	mx.Set("A", "C", 3)
	mx.Set("B", "C", 3)
	mx.Set("A", "D", 1)
	for _, d := range []similarity.Distance{similarity.Absolute, similarity.Squared} {
		s, err := mx.S("A", "B", similarity.WithDistance(d))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(s)
	}
	// Output:
	// -0.166667
	// -0.055556
}
