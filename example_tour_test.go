package entente_test

import (
	"fmt"
	"log"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

// The README's tour: build a world, ask who its partners are, answer an
// attack, and read a dyad-year panel.
func Example_tour() {
	// A world: three states, a mutual defense pact whose month of entry into
	// force is known but not its day, and an informal U.S. umbrella.
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "houthis", Kind: relations.ArmedGroup, Name: "Houthis"},
	}
	agreements := []pact.Agreement{
		{ID: "smda", Name: "Strategic Mutual Defense Agreement",
			Parties:   []pact.Party{{Actor: "SAU", Roles: pact.Member}, {Actor: "PAK", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("2025-09")}},
			Clauses:   []pact.Clause{{ID: "art-1", Obligation: pact.Defense}}}, // mutual: By and To empty
		{ID: "umbrella", Name: "U.S. security umbrella",
			Parties:   []pact.Party{{Actor: "USA", Roles: pact.Member}, {Actor: "SAU", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1945")}},
			Clauses: []pact.Clause{{ID: "protect", Obligation: pact.Expectation,
				By: []relations.ActorID{"USA"}, To: []relations.ActorID{"SAU"}}}},
	}
	m, err := pact.New(actors, agreements)
	if err != nil {
		log.Fatal(err)
	}

	// Who are Saudi Arabia's alliance partners? In September 2025 the
	// data cannot tell which day the pact began; by December they can.
	for _, day := range []string{"2025-09-10", "2025-12-31"} {
		partners, err := m.AlliancePartners("SAU", relations.MustDate(day))
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(day, partners)
	}

	// If the Houthis strike Saudi Arabia, who must act, and who is merely
	// expected to?
	r, err := m.Respond(pact.Attack{Aggressors: []relations.ActorID{"houthis"}, Target: "SAU", On: relations.MustDate("2025-12-31")})
	if err != nil {
		log.Fatal(err)
	}
	for _, d := range r.Obliged() {
		fmt.Println("must act:", d)
	}
	for _, e := range r.Expectations {
		fmt.Println("expected:", e)
	}

	// The directed dyad-year panel, ATOP's unit of analysis.
	rows, err := m.DyadYears(pact.Directed, 2025, 2025)
	if err != nil {
		log.Fatal(err)
	}
	for _, dyads := range rows {
		for _, row := range dyads {
			fmt.Println(row.A, row.B, row.Year, row.Obligations)
		}
	}
	// Output:
	// 2025-09-10 []; cannot tell: PAK (partial-date: the dates of agreement "smda" cannot settle 2025-09-10)
	// 2025-12-31 [PAK]
	// must act: PAK must defend SAU against houthis (agreement "smda", clause "art-1")
	// expected: USA owes expectation to SAU (agreement "umbrella", clause "protect")
	// PAK SAU 2025 defense
	// SAU PAK 2025 defense
	// SAU USA 2025 none
	// USA SAU 2025 none
}
