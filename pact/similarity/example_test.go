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
	s, _ := portfolios().S("A", "B", similarity.Options{})
	fmt.Printf("%.3f\n", s)
	// Output: -0.167
}

func ExampleMatrix_Kappa() {
	k, _ := portfolios().Kappa("A", "B", similarity.Options{Distance: similarity.Squared})
	fmt.Printf("%.3f\n", k)
	// Output: -0.188
}

func ExampleMatrix_Pi() {
	p, _ := portfolios().Pi("A", "B", similarity.Options{Distance: similarity.Squared})
	fmt.Printf("%.3f\n", p)
	// Output: -0.197
}

func ExampleMatrix_TauB() {
	t, _ := portfolios().TauB("A", "B", similarity.Options{})
	fmt.Printf("%.3f\n", t)
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
	s, _ := mx.S("FRA", "RUS", similarity.Options{})
	fmt.Println(v, s)
	// Output: 3 1
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
	// Output: 1 true
}

func ExampleMatrix_Reference() {
	fmt.Println(portfolios().Reference())
	// Output: [A B C D]
}

func ExampleSystemMembers() {
	fmt.Println(similarity.SystemMembers(1816, similarity.AsiaOceania))
	// Output: []
}
