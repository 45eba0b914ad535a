package entente_test

import (
	"fmt"
	"log"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

// Build a tiny model and ask for alliance partners: the code sample of the
// README.
func Example() {
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
	}
	smda := pact.Agreement{ID: "smda", Name: "Strategic Mutual Defense Agreement",
		Parties:   []pact.Party{{Actor: "SAU", Roles: pact.Member}, {Actor: "PAK", Roles: pact.Member}},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("2025-09-17")}},
		Clauses:   []pact.Clause{{Obligation: pact.Defense}}} // mutual: By and To empty
	m, err := pact.New(actors, []pact.Agreement{smda})
	if err != nil {
		log.Fatal(err)
	}
	partners, err := m.AlliancePartners("SAU", relations.MustDate("2025-12-31"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(partners)
	// Output: [PAK]
}
