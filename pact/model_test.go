package pact

import (
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/relations"
)

var day = relations.MustDate

func ids(s ...relations.ActorID) []relations.ActorID { return s }

func testActors() []relations.Actor {
	var out []relations.Actor
	for _, id := range []relations.ActorID{"SAU", "PAK", "USA", "IRN", "QAT", "TUR", "EGY", "IND"} {
		out = append(out, relations.Actor{ID: id, Kind: relations.StateActor, Name: string(id)})
	}
	return out
}

func inForce(from string) []StatusChange {
	return []StatusChange{{Status: InForce, Date: day(from)}}
}

func TestNewReportsEveryProblem(t *testing.T) {
	agreements := []Agreement{
		{ID: "ok", Name: "ok", Parties: []Party{{Actor: "SAU", Roles: Member}, {Actor: "PAK", Roles: Member}}, Lifecycle: inForce("2025")},
		{ID: "ok", Name: "dup", Parties: []Party{{Actor: "SAU", Roles: Member}, {Actor: "PAK", Roles: Member}}, Lifecycle: inForce("2025")},
		{ID: "one", Name: "one party", Parties: []Party{{Actor: "SAU", Roles: Member}}, Lifecycle: inForce("2025")},
		{ID: "unknown", Name: "x", Parties: []Party{{Actor: "SAU", Roles: Member}, {Actor: "PAKK", Roles: Member}}, Lifecycle: inForce("2025")},
		{ID: "twice", Name: "x", Parties: []Party{{Actor: "SAU", Roles: Member}, {Actor: "SAU", Roles: Member}, {Actor: "PAK"}}, Lifecycle: inForce("2025")},
		{ID: "nonparty", Name: "x", Parties: []Party{{Actor: "SAU", Roles: Member}, {Actor: "PAK", Roles: Member}}, Lifecycle: inForce("2025"),
			Clauses:    []Clause{{Obligation: Defense, By: ids("USA"), To: ids("SAU")}, {Obligation: Defense, By: ids("SAU"), To: ids("SAU")}},
			Provisions: []Provision{{Kind: ForceContribution, Troops: -1, Commander: "EGY"}}},
		{ID: "dates", Name: "x", Parties: []Party{{Actor: "SAU", Roles: Member, Joined: day("2020"), Withdrew: day("2019")}, {Actor: "PAK", Roles: Member}},
			Lifecycle: []StatusChange{{Status: Signed, Date: day("2025-09-17")}, {Status: InForce, Date: day("2025-01-01")}}},
		{ID: "skip", Name: "x", Parties: []Party{{Actor: "SAU", Roles: Member}, {Actor: "PAK", Roles: Member}},
			Lifecycle: []StatusChange{{Status: Terminated, Date: day("2025")}}},
		{ID: "nolife", Name: "x", Parties: []Party{{Actor: "SAU", Roles: Member}, {Actor: "PAK", Roles: Member}}},
		{ID: "cond", Name: "x", Parties: []Party{{Actor: "SAU", Roles: Member}, {Actor: "PAK", Roles: Member}}, Lifecycle: inForce("2025"),
			Clauses: []Clause{{Obligation: Defense, Conditions: []Condition{{Kind: AdversaryCount, MinAdversaries: -1}, {Kind: SpecificAdversary, Adversaries: ids("XXX")}, {}}}}},
		{Name: "no id", Parties: []Party{{Actor: "SAU", Roles: Member}, {Actor: "PAK", Roles: Member}}, Lifecycle: inForce("2025"),
			Clauses: []Clause{{}}, Amendments: []Amendment{{Clauses: []Clause{{Obligation: Offense}}}}},
	}
	_, err := New(testActors(), agreements)
	if err == nil {
		t.Fatal("New accepted invalid agreements")
	}
	want := []string{
		`pact: agreement "ok": id: duplicate agreement ID`,
		`pact: agreement "one": parties: an agreement needs at least two parties, has 1`,
		`pact: agreement "unknown": parties[1].actor: unknown actor "PAKK"`,
		`pact: agreement "twice": parties[1].actor: party "SAU" is listed twice with spells that may overlap`,
		`pact: agreement "twice": parties[2].roles: are empty; give the party at least one role: member, guarantor, beneficiary, host, broker, proposed-leader`,
		`pact: agreement "nonparty": clauses[0].by[0]: "USA" is not a party`,
		`pact: agreement "nonparty": clauses[1]: "SAU" owes an obligation to itself`,
		`pact: agreement "nonparty": provisions[0].troops: negative troops -1`,
		`pact: agreement "nonparty": provisions[0].commander: "EGY" is not a party`,
		`pact: agreement "dates": parties[0].withdrew: withdrawal 2019 comes before joining 2020`,
		`pact: agreement "dates": lifecycle[1].date: 2025-01-01 comes before the stage before it (2025-09-17)`,
		`pact: agreement "dates": parties[0].joined: 2020 comes before the agreement's first date, 2025-09-17 (signed)`,
		`pact: agreement "dates": parties[0].withdrew: 2019 comes before the agreement's first date, 2025-09-17 (signed)`,
		`pact: agreement "skip": lifecycle[0].status: cannot go from unknown to terminated`,
		`pact: agreement "nolife": lifecycle: empty: say at least when it was proposed, signed or in force`,
		`pact: agreement "cond": clauses[0].conditions[0].min_adversaries: negative minimum -1`,
		`pact: agreement "cond": clauses[0].conditions[1].adversaries[0]: unknown actor "XXX"`,
		`pact: agreement "cond": clauses[0].conditions[2].kind: unknown condition unknown`,
		`pact: agreements[10]: id: empty`,
		`pact: agreements[10]: clauses[0].obligation: is unknown; want one of defense, offense, neutrality, non-aggression, consultation, expectation`,
		`pact: agreements[10]: amendments[0].date: missing`,
	}
	if diff := cmp.Diff(want, strings.Split(err.Error(), "\n")); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if !errors.Is(err, relations.ErrUnknownActor) {
		t.Error("errors.Is(err, ErrUnknownActor) = false")
	}
}

func TestNewLimitsParties(t *testing.T) {
	var actors []relations.Actor
	var parties []Party
	for i := range MaxParties + 1 {
		id := relations.ActorID("a" + strings.Repeat("x", i%7) + itoa(i))
		actors = append(actors, relations.Actor{ID: id, Kind: relations.StateActor, Name: string(id)})
		parties = append(parties, Party{Actor: id, Roles: Member})
	}
	_, err := New(actors, []Agreement{{ID: "huge", Name: "huge", Parties: parties, Lifecycle: inForce("2000"),
		Clauses: []Clause{{Obligation: Defense}}}})
	if err == nil || !strings.Contains(err.Error(), "more than the limit") {
		t.Errorf("an agreement of %d parties: %v", MaxParties+1, err)
	}
}

// phased is an alliance whose defense clause becomes consultation, which
// Pakistan joins late and leaves, and which is suspended for a while.
func phased(t *testing.T) *Model {
	t.Helper()
	m, err := New(testActors(), []Agreement{{
		ID: "phased", Name: "phased",
		Parties: []Party{{Actor: "SAU", Roles: Member}, {Actor: "QAT", Roles: Member},
			{Actor: "PAK", Roles: Member, Joined: day("2012-06"), Withdrew: day("2016-01-01")}},
		Lifecycle: []StatusChange{{Status: Signed, Date: day("2009")}, {Status: InForce, Date: day("2010-01-01")},
			{Status: Suspended, Date: day("2017-06-05")}, {Status: InForce, Date: day("2021-01-05")}},
		Clauses:    []Clause{{ID: "def", Obligation: Defense}},
		Amendments: []Amendment{{Date: day("2014-01-01"), Clauses: []Clause{{ID: "cons", Obligation: Consultation}}}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestPartnersOverTime(t *testing.T) {
	m := phased(t)
	tests := []struct {
		day          string
		all, defense []relations.ActorID
	}{
		{"2009-06-01", nil, nil},
		{"2011-01-01", ids("QAT"), ids("QAT")},
		{"2012-06-15", ids("QAT"), ids("QAT")}, // Pakistan's joining month: cannot tell
		{"2013-01-01", ids("PAK", "QAT"), ids("PAK", "QAT")},
		{"2015-01-01", ids("PAK", "QAT"), nil},
		{"2016-01-01", ids("QAT"), nil},
		{"2018-01-01", nil, nil},
		{"2022-01-01", ids("QAT"), nil},
	}
	for _, tc := range tests {
		all, err := m.AlliancePartners("SAU", day(tc.day))
		if err != nil {
			t.Fatal(err)
		}
		def, _ := m.AlliancePartners("SAU", day(tc.day), Defense)
		if diff := cmp.Diff(tc.all, all.Certain); diff != "" {
			t.Errorf("%s: partners (-want +got):\n%s", tc.day, diff)
		}
		if tc.day == "2012-06-15" {
			want := []relations.Doubtful[relations.ActorID]{{Item: "PAK", Doubt: relations.Doubt{Reason: relations.PartialDate,
				Detail: `the dates of agreement "phased" cannot settle 2012-06-15`}}}
			if diff := cmp.Diff(want, all.Uncertain); diff != "" {
				t.Errorf("%s: uncertain partners (-want +got):\n%s", tc.day, diff)
			}
		} else if !all.Settled() {
			t.Errorf("%s: uncertain partners %v, want none", tc.day, all.Uncertain)
		}
		if diff := cmp.Diff(tc.defense, def.Certain); diff != "" {
			t.Errorf("%s: defense partners (-want +got):\n%s", tc.day, diff)
		}
	}
	b, _ := m.Bonds("PAK", "SAU", day("2012-06-15"))
	if len(b) != 1 || b[0].InForce != relations.CannotTell {
		t.Errorf("bonds in Pakistan's joining month = %v, want one that cannot tell", b)
	}
	ids, _ := m.InForce(day("2019-01-01"))
	if ids.Len() != 0 {
		t.Errorf("a suspended agreement is in force: %v", ids)
	}
	ids, _ = m.InForce(day("2030-01-01"))
	if diff := cmp.Diff(relations.Answer[string]{Certain: []string{"phased"}}, ids); diff != "" {
		t.Errorf("InForce (-want +got):\n%s", diff)
	}
}

func TestQueryErrors(t *testing.T) {
	m, err := New(testActors(), nil, WithCoverage(relations.Coverage{Source: "ATOP 5.1", Observed: relations.Interval{From: day("1815-01-01"), Until: day("2019-01-01")}}))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.AlliancePartners("SAU", day("1814-12-31")); !errors.Is(err, ErrOutsideCoverage) {
		t.Errorf("before coverage: %v", err)
	}
	if _, err := m.AlliancePartners("SAU", day("2025-01-01")); err != nil {
		t.Errorf("after coverage: %v, want an answer (as last observed)", err)
	}
	if _, err := m.AlliancePartners("SAU", day("2018")); err != nil {
		t.Errorf("inside coverage: %v", err)
	}
	if _, err := m.Guarantors("XXX", day("2018-01-01")); !errors.Is(err, relations.ErrUnknownActor) {
		t.Errorf("unknown actor: %v", err)
	}
	if _, _, err := m.StatusOn("nope", day("2018-01-01")); !errors.Is(err, ErrUnknownAgreement) {
		t.Errorf("unknown agreement: %v", err)
	}
	for _, a := range []Attack{
		{Target: "SAU", On: day("2018-01-01")},
		{Aggressors: ids("SAU"), Target: "SAU", On: day("2018-01-01")},
		{Aggressors: ids("IRN"), Target: "SAU"},
		{Aggressors: ids("IRN"), Target: "XXX", On: day("2018-01-01")},
	} {
		if _, err := m.Respond(a); err == nil {
			t.Errorf("Respond(%+v) gave no error", a)
		}
	}
	if _, err := m.WhatIf("nope", day("2018-01-01")); !errors.Is(err, ErrUnknownAgreement) {
		t.Errorf("WhatIf of unknown agreement: %v", err)
	}
}

func TestConditionsAreCheckedThreeValued(t *testing.T) {
	m, err := New(testActors(), []Agreement{{
		ID: "c", Name: "c", Parties: []Party{{Actor: "SAU", Roles: Member}, {Actor: "PAK", Roles: Member}, {Actor: "QAT", Roles: Member}},
		Lifecycle: inForce("2025-09-17"),
		Clauses: []Clause{
			{ID: "india", Obligation: Defense, Conditions: []Condition{{Kind: SpecificAdversary, Adversaries: ids("IND")}}},
			{ID: "gulf", Obligation: Defense, Conditions: []Condition{{Kind: Location, Locations: []string{"gulf"}}}},
			{ID: "unprovoked", Obligation: Defense, Conditions: []Condition{{Kind: NonProvocation}}},
			{ID: "unnamed", Obligation: Defense, Conditions: []Condition{{Kind: SpecificAdversary}}},
			{ID: "external", Obligation: Defense, Conditions: []Condition{{Kind: OutsideAdversary}}},
		},
	}})
	if err != nil {
		t.Fatal(err)
	}
	r, err := m.Respond(Attack{Aggressors: ids("IRN"), Target: "SAU", On: day("2026-01-01"), Provoked: relations.No})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]relations.Truth{}
	for _, d := range append(r.Duties, r.Released...) {
		if d.Actor == "PAK" {
			got[d.Clause] = d.Holds
		}
	}
	want := map[string]relations.Truth{"india": relations.No, "gulf": relations.CannotTell,
		"unprovoked": relations.Yes, "unnamed": relations.CannotTell, "external": relations.Yes}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("holds by clause (-want +got):\n%s", diff)
	}
	r, _ = m.Respond(Attack{Aggressors: ids("QAT"), Target: "SAU", On: day("2026-01-01")})
	for _, d := range r.Released {
		if d.Clause == "external" && d.Actor == "PAK" {
			got["internal"] = d.Holds
		}
	}
	if got["internal"] != relations.No {
		t.Errorf("an outside-adversary clause held against a party: %v", got["internal"])
	}
	c, _ := m.Cascade([]Attack{{Aggressors: ids("IRN"), Target: "SAU", On: day("2026-01-01"), Provoked: relations.No}})
	if len(c.Rounds) != 1 || len(c.Rounds[0].Entered) != 2 {
		t.Errorf("cascade rounds = %v", c.Rounds)
	}
}

func TestConcurrentQueries(t *testing.T) {
	m := phased(t)
	want, _ := m.Respond(Attack{Aggressors: ids("IRN"), Target: "SAU", On: day("2013-01-01")})
	var wg sync.WaitGroup
	for range 16 {
		wg.Go(func() {
			for range 200 {
				got, err := m.Respond(Attack{Aggressors: ids("IRN"), Target: "SAU", On: day("2013-01-01")})
				if err != nil || !cmp.Equal(want, got, cmp.Comparer(func(a, b relations.Date) bool { return a == b })) {
					t.Error("concurrent Respond differs")
					return
				}
				_, _ = m.AlliancePartners("QAT", day("2011-01-01"))
				_, _ = m.InForce(day("2011-01-01"))
				_, _ = m.Cascade([]Attack{{Aggressors: ids("IRN"), Target: "QAT", On: day("2011-01-01")}})
			}
		})
	}
	wg.Wait()
}

func TestEnumStrings(t *testing.T) {
	for _, s := range []interface{ String() string }{Obligation(99), Status(99), ConditionKind(99), ProvisionKind(99), DutyKind(99), DutyConflictKind(99)} {
		if !strings.HasSuffix(s.String(), "(99)") {
			t.Errorf("%T(99).String() = %q", s, s.String())
		}
	}
	if got := (Member | Host).String(); got != "member+host" {
		t.Errorf("roles = %q", got)
	}
}

// TestMillionParties: an agreement with 10^6 parties is refused at once,
// before any index is built.
func TestMillionParties(t *testing.T) {
	if testing.Short() {
		t.Skip("large input: the race run (-short) leaves it to go test ./...")
	}
	parties := make([]Party, 1_000_000)
	for i := range parties {
		parties[i] = Party{Actor: relations.ActorID("x" + itoa(i)), Roles: Member}
	}
	_, err := New(testActors(), []Agreement{{ID: "huge", Name: "huge", Parties: parties,
		Lifecycle: inForce("2000"), Clauses: []Clause{{Obligation: Defense}}}})
	if err == nil || !strings.Contains(err.Error(), "more than the limit of 1000") {
		t.Errorf("10^6 parties: %v", err)
	}
}

// TestActorsValidateAlike: New refuses an actor NewHistory refuses.
func TestActorsValidateAlike(t *testing.T) {
	bad := []relations.Actor{{ID: "SAU"}, {ID: "QAT", Kind: relations.StateActor, Name: "Qatar"}}
	_, herr := relations.NewHistory(bad, nil)
	_, perr := New(bad, nil)
	if herr == nil || perr == nil {
		t.Fatalf("NewHistory: %v; New: %v — want both to refuse an actor with no kind and no name", herr, perr)
	}
	if herr.Error() != perr.Error() {
		t.Errorf("the two report it differently:\n%v\n%v", herr, perr)
	}
}
