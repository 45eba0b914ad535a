package pact_test

import (
	"fmt"
	"log"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

// ChecksWith picks out the conditions a duty turned on: the one that
// released it, or the ones its holding hinges on.
func ExampleDuty_ChecksWith() {
	actors := []relations.Actor{
		{ID: "GBR", Kind: relations.StateActor, Name: "United Kingdom"},
		{ID: "FRA", Kind: relations.StateActor, Name: "France"},
		{ID: "DEU", Kind: relations.StateActor, Name: "Germany"},
	}
	m, err := pact.New(actors, []pact.Agreement{{ID: "entente", Name: "a pact for Europe",
		Parties:   []pact.Party{{Actor: "GBR", Roles: pact.Member}, {Actor: "FRA", Roles: pact.Member}},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1904-04-08")}},
		Clauses: []pact.Clause{{ID: "art1", Obligation: pact.Defense,
			Conditions: []pact.Condition{{Kind: pact.Location, Locations: []string{"Europe"}}}}}}})
	if err != nil {
		log.Fatal(err)
	}
	for _, where := range []string{"Africa", ""} {
		r, err := m.Respond(pact.Attack{Aggressors: []relations.ActorID{"DEU"}, Target: "FRA",
			On: relations.MustDate("1911-07-01"), Location: where})
		if err != nil {
			log.Fatal(err)
		}
		for _, d := range append(r.Duties, r.Released...) {
			fmt.Println(d.Actor, d.Holds, "released by:", d.ChecksWith(relations.No), "open:", d.ChecksWith(relations.CannotTell))
		}
	}
	// Output:
	// GBR no released by: [location: failed (Africa is not among Europe)] open: []
	// GBR cannot tell released by: [] open: [location: cannot tell (no location given)]
}
