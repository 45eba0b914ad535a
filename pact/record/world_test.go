package record_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/record"
	"github.com/entente-go/entente/relations"
)

var d = relations.MustDate

// dates compares dates, whose fields are unexported, by value.
var dates = cmp.Comparer(func(a, b relations.Date) bool { return a == b })

type ids = []relations.ActorID

// world is a hand-built world with one protector per kind of commitment
// toward X: D owes defense, E is expected to protect, C owes
// consultation, B bases forces on X's soil, M gives military aid; T's
// defense treaty enters into force in June 2020 (day unknown), G's
// guarantee was revoked on 2019-01-01, and X, L1 and L2 are the league, for
// which the organisation ORG speaks. CND owes defense against Z only, LOC
// in Europe only. Z owes X nothing; A is the aggressor.
func world(t testing.TB) *pact.Model {
	t.Helper()
	var actors []relations.Actor
	for _, id := range []relations.ActorID{"PRO", "AGG", "DEF", "EXP", "CON", "BAS", "AID", "LAT", "GUA", "ZZZ", "LGA", "LGB", "CND", "LOC"} {
		actors = append(actors, relations.Actor{ID: id, Kind: relations.StateActor, Name: "state " + string(id)})
	}
	actors = append(actors, relations.Actor{ID: "secretariat", Kind: relations.Organisation, Name: "the league's secretariat"})
	inForce := func(day string) []pact.StatusChange {
		return []pact.StatusChange{{Status: pact.InForce, Date: d(day)}}
	}
	two := func(a, b relations.ActorID) []pact.Party {
		return []pact.Party{{Actor: a, Roles: pact.Member}, {Actor: b, Roles: pact.Member}}
	}
	src := []string{"hand-built"}
	agreements := []pact.Agreement{
		{ID: "def", Name: "defense", Parties: two("DEF", "PRO"), Lifecycle: inForce("2000-01-01"), Sources: src,
			Clauses: []pact.Clause{{ID: "art1", Obligation: pact.Defense}}},
		{ID: "exp", Name: "umbrella", Lifecycle: inForce("2000-01-01"), Sources: src,
			Parties: []pact.Party{{Actor: "EXP", Roles: pact.Guarantor}, {Actor: "PRO", Roles: pact.Beneficiary}},
			Clauses: []pact.Clause{{Obligation: pact.Expectation, By: ids{"EXP"}, To: ids{"PRO"}}}},
		{ID: "cons", Name: "consultation", Parties: two("CON", "PRO"), Lifecycle: inForce("2000-01-01"), Sources: src,
			Clauses: []pact.Clause{{Obligation: pact.Consultation}}},
		{ID: "base", Name: "basing", Lifecycle: inForce("2000-01-01"), Sources: src,
			Parties:    []pact.Party{{Actor: "PRO", Roles: pact.Host}, {Actor: "BAS", Roles: pact.Member}},
			Provisions: []pact.Provision{{Kind: pact.Basing, By: ids{"BAS"}, To: ids{"PRO"}}}},
		{ID: "aid", Name: "aid", Parties: two("AID", "PRO"), Lifecycle: inForce("2000-01-01"), Sources: src,
			Provisions: []pact.Provision{{Kind: pact.MilitaryAid, By: ids{"AID"}, To: ids{"PRO"}}}},
		{ID: "late", Name: "late treaty", Parties: two("LAT", "PRO"), Lifecycle: inForce("2020-06"), Sources: src,
			Clauses: []pact.Clause{{Obligation: pact.Defense}}},
		{ID: "revoked", Name: "revoked guarantee", Lifecycle: inForce("2000-01-01"), Sources: src,
			Parties: []pact.Party{{Actor: "GUA", Roles: pact.Guarantor, Withdrew: d("2019-01-01")}, {Actor: "PRO", Roles: pact.Beneficiary}},
			Clauses: []pact.Clause{{Obligation: pact.Defense, By: ids{"GUA"}, To: ids{"PRO"}}}},
		{ID: "league", Name: "league", Lifecycle: inForce("2000-01-01"), Sources: src,
			Parties: []pact.Party{{Actor: "PRO", Roles: pact.Member}, {Actor: "LGA", Roles: pact.Member}, {Actor: "LGB", Roles: pact.Member}},
			Clauses: []pact.Clause{{Obligation: pact.Defense}}},
	}
	agreements = append(agreements,
		pact.Agreement{ID: "against-zzz", Name: "defense against ZZZ only", Parties: two("CND", "PRO"), Lifecycle: inForce("2000-01-01"),
			Sources: src, Clauses: []pact.Clause{{Obligation: pact.Defense, By: ids{"CND"}, To: ids{"PRO"},
				Conditions: []pact.Condition{{Kind: pact.SpecificAdversary, Adversaries: ids{"ZZZ"}}}}}},
		pact.Agreement{ID: "in-europe", Name: "defense in Europe only", Parties: two("LOC", "PRO"), Lifecycle: inForce("2000-01-01"),
			Sources: src, Clauses: []pact.Clause{{Obligation: pact.Defense, By: ids{"LOC"}, To: ids{"PRO"},
				Conditions: []pact.Condition{{Kind: pact.Location, Locations: []string{"Europe"}}}}}})
	m, err := pact.New(actors, agreements)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// strike is an attack on X by A on day.
func strike(day string) record.Test {
	return record.Test{ID: "strike", Kind: record.Attack, On: d(day), Protege: "PRO", Aggressors: ids{"AGG"},
		Summary: "A strikes X", Sources: []string{"test source"}}
}

func respond(actor relations.ActorID, day string, g record.Grade) record.Response {
	return record.Response{Test: "strike", Actor: actor, On: d(day), Grade: g, Description: "an act", Sources: []string{"response source"}}
}

// verdictOf judges one test and returns by's verdict, failing if there is
// not exactly one.
func verdictOf(t *testing.T, m *pact.Model, test record.Test, by relations.ActorID, rs []record.Response, opts ...record.Option) record.Verdict {
	t.Helper()
	r, err := record.New(m, []record.Test{test}, rs, opts...)
	if err != nil {
		t.Fatal(err)
	}
	l := r.Ledger(by, test.Protege)
	if len(l.Lines) != 1 {
		t.Fatalf("%s has %d verdicts toward %s, want 1: %v", by, len(l.Lines), test.Protege, l)
	}
	return l.Lines[0]
}
