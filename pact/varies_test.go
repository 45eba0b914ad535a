package pact

import (
	"strings"
	"testing"
)

// TestPairOwedNeedsVariesByPartner: PairOwed and Unsettled say how a
// clause varies by partner, so a clause that does not vary cannot have
// them.
func TestPairOwedNeedsVariesByPartner(t *testing.T) {
	for _, c := range []Clause{{Obligation: Defense, PairOwed: true}, {Obligation: Defense, Unsettled: "why"}} {
		_, err := New(testActors(), []Agreement{{ID: "a", Name: "a", Parties: []Party{{Actor: "SAU", Roles: Member}, {Actor: "PAK", Roles: Member}},
			Lifecycle: inForce("2025"), Clauses: []Clause{c}}})
		if want := `pact: agreement "a": clauses[0].varies_by_partner: is false, but pair_owed or unsettled says how the clause varies by partner`; err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("New with %+v: %v; want %q", c, err, want)
		}
	}
	c := Clause{Obligation: Defense, VariesByPartner: true, PairOwed: true, Unsettled: "why"}
	if _, err := New(testActors(), []Agreement{{ID: "a", Name: "a", Parties: []Party{{Actor: "SAU", Roles: Member}, {Actor: "PAK", Roles: Member}},
		Lifecycle: inForce("2025"), Clauses: []Clause{c}}}); err != nil {
		t.Errorf("New with %+v: %v", c, err)
	}
}
