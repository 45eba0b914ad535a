package similarity_test

import (
	"fmt"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/similarity"
	"github.com/entente-go/entente/relations"
)

// portfolios: A and B both ally with C; A alone with D.
func portfolios() *similarity.Matrix {
	mx := similarity.NewMatrix([]relations.ActorID{"A", "B", "C", "D"}, similarity.ATOP)
	mx.Set("A", "C", 3)
	mx.Set("B", "C", 3)
	mx.Set("A", "D", 1)
	return mx
}

func ExampleMatrix_S() {
	m, err := portfolios().S("A", "B")
	if err != nil {
		fmt.Println(err)
		return
	}
	v, _ := m.Value() // settled: every tie is known
	fmt.Printf("%.3f\n", v)
	// Output: -0.167
}

func ExampleMatrix_Kappa() {
	m, err := portfolios().Kappa("A", "B", similarity.WithDistance(similarity.Squared))
	if err != nil {
		fmt.Println(err)
		return
	}
	v, _ := m.Value() // settled: every tie is known
	fmt.Printf("%.3f\n", v)
	// Output: -0.188
}

func ExampleMatrix_Pi() {
	m, err := portfolios().Pi("A", "B", similarity.WithDistance(similarity.Squared))
	if err != nil {
		fmt.Println(err)
		return
	}
	v, _ := m.Value() // settled: every tie is known
	fmt.Printf("%.3f\n", v)
	// Output: -0.197
}

func ExampleMatrix_TauB() {
	m, err := portfolios().TauB("A", "B")
	if err != nil {
		fmt.Println(err)
		return
	}
	v, _ := m.Value() // settled: every tie is known
	fmt.Printf("%.3f\n", v)
	// Output: -0.224
}

func ExampleTies() {
	actors := []relations.Actor{
		{ID: "FRA", Kind: relations.StateActor, Name: "France"},
		{ID: "GBR", Kind: relations.StateActor, Name: "United Kingdom"},
		{ID: "RUS", Kind: relations.StateActor, Name: "Russia"},
	}
	m, _ := pact.New(actors, []pact.Agreement{{ID: "fr-ru", Name: "Franco-Russian",
		Parties:   []pact.Party{{Actor: "FRA", Roles: pact.Member}, {Actor: "RUS", Roles: pact.Member}},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1894-01-04")}},
		Clauses:   []pact.Clause{{Obligation: pact.Defense}}}})
	mx := similarity.Ties(m, 1900, []relations.ActorID{"FRA", "GBR", "RUS"}, similarity.ATOP)
	v, _ := mx.Value("FRA", "RUS")
	s, err := mx.S("FRA", "RUS")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(v, s)
	// Output: 3.000000 1.000000
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
		s, _ := mx.S("FRA", "RUS")
		t, _ := mx.TauB("FRA", "RUS")
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
	v, ok := portfolios().Value("A", "D")
	fmt.Println(v, ok)
	// Output: 1.000000 true
}

func ExampleMatrix_SetUnsettled() {
	// A's tie to D is known only to lie between 0 and 3: S gives its
	// bounds, each member's term apart; κ cannot tell.
	mx := portfolios()
	mx.SetUnsettled("A", "D", 0, 3, relations.Doubt{Reason: relations.PartialDate, Detail: "a treaty of that year"})
	s, _ := mx.S("A", "B")
	k, _ := mx.Kappa("A", "B", similarity.WithDistance(similarity.Squared))
	fmt.Println(s)
	fmt.Println(k)
	// Output:
	// between -0.500000 and 0.000000 (partial-date: a treaty of that year)
	// cannot tell (partial-date: a treaty of that year)
}

func ExampleMatrix_Reference() {
	fmt.Println(portfolios().Reference())
	// Output: [A B C D]
}

func ExampleSystemMembers() {
	fmt.Println(similarity.SystemMembers(1816, similarity.AsiaOceania))
	// Output: []
}
