package similarity

import (
	"math"
	"testing"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

func TestTiesYearOutOfRangeHasNoTies(t *testing.T) {
	actors := []relations.Actor{
		{ID: "FRA", Kind: relations.StateActor, Name: "France"},
		{ID: "RUS", Kind: relations.StateActor, Name: "Russia"},
	}
	m, err := pact.New(actors, []pact.Agreement{{ID: "fr-ru", Name: "Franco-Russian",
		Parties:   []pact.Party{{Actor: "FRA", Roles: pact.Member}, {Actor: "RUS", Roles: pact.Member}},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1894-01-04")}},
		Clauses:   []pact.Clause{{Obligation: pact.Defense}}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, year := range []int{math.MinInt, -1, 0, relations.MaxYear + 1, math.MaxInt} {
		mx := Ties(m, year, []relations.ActorID{"FRA", "RUS"}, ATOP)
		if v, ok := mx.Value("FRA", "RUS"); !ok || v != relations.Exact(0) {
			t.Errorf("Ties(m, %d, …): FRA→RUS = %v, %v; want 0, true", year, v, ok)
		}
	}
}
