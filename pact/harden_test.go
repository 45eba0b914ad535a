package pact

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/relations"
)

func TestNewNilOptionDoesNotPanic(t *testing.T) {
	m, err := New(testActors(), []Agreement{{ID: "a", Name: "a",
		Parties:   []Party{{Actor: "SAU", Roles: Member}, {Actor: "PAK", Roles: Member}},
		Lifecycle: inForce("2000"), Clauses: []Clause{{Obligation: Defense}}}}, nil, WithCoverage(relations.Coverage{}), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := m.CertainAlliancePartners("SAU", day("2001")); !cmp.Equal(got, ids("PAK")) {
		t.Errorf("partners = %v", got)
	}
}

// TestRespondClausesWithoutIDs is the regression test for clauses without
// IDs collapsing in Respond: the first clause a tie reached stood for
// every clause of the agreement, so the answer depended on their order.
func TestRespondClausesWithoutIDs(t *testing.T) {
	conditional := Clause{Obligation: Defense, Conditions: []Condition{{Kind: SpecificAdversary, Adversaries: ids("IND")}}}
	plain := Clause{Obligation: Defense}
	tests := []struct {
		name    string
		clauses []Clause
	}{
		{"conditional first", []Clause{conditional, plain}},
		{"plain first", []Clause{plain, conditional}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := New(testActors(), []Agreement{{ID: "smda", Name: "smda",
				Parties:   []Party{{Actor: "SAU", Roles: Member}, {Actor: "PAK", Roles: Member}},
				Lifecycle: inForce("2025-09-17"), Clauses: tc.clauses}})
			if err != nil {
				t.Fatal(err)
			}
			r, err := m.Respond(Attack{Aggressors: ids("IRN"), Target: "SAU", On: day("2026-01-01")})
			if err != nil {
				t.Fatal(err)
			}
			var must, released int
			for _, d := range r.Duties {
				if d.Actor == "PAK" && d.For == "SAU" && d.Kind == Defend && d.Holds == relations.Yes {
					must++
				}
			}
			for _, d := range r.Released {
				if d.Actor == "PAK" && d.For == "SAU" && d.Kind == Defend {
					released++
				}
			}
			if must != 1 || released != 1 {
				t.Errorf("PAK toward SAU: %d duties that hold and %d released, want 1 and 1\n%v", must, released, r)
			}
		})
	}
}

func TestNewReportsAtMost100Problems(t *testing.T) {
	if testing.Short() {
		t.Skip("large input: the race run (-short) leaves it to go test ./...")
	}
	var agreements []Agreement
	for range 100_000 {
		agreements = append(agreements, Agreement{ID: "", Name: ""})
	}
	_, err := New(testActors(), agreements)
	if err == nil {
		t.Fatal("New accepted 100,000 bad agreements")
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != errs.MaxProblems+1 {
		t.Errorf("%d lines, want %d", len(lines), errs.MaxProblems+1)
	}
	// Each agreement has three problems (id, name, parties) and a fourth
	// (lifecycle): 400,000 in all.
	if last, want := lines[len(lines)-1], "and 399900 more problems"; last != want {
		t.Errorf("last line %q, want %q", last, want)
	}
	if len(err.Error()) > 16<<10 {
		t.Errorf("error of %d bytes", len(err.Error()))
	}
}

func TestNewHugeActorIDGivesShortError(t *testing.T) {
	if testing.Short() {
		t.Skip("large input: the race run (-short) leaves it to go test ./...")
	}
	huge := relations.ActorID(strings.Repeat("x", 50<<20))
	actors := append(testActors(), relations.Actor{ID: huge, Kind: relations.StateActor, Name: "huge"})
	_, err := New(actors, []Agreement{{ID: "a", Name: "a",
		Parties:   []Party{{Actor: "SAU", Roles: Member}, {Actor: huge + "y", Roles: Member}},
		Lifecycle: inForce("2000"), Clauses: []Clause{{Obligation: Defense, By: ids(huge + "z")}}}})
	if err == nil {
		t.Fatal("New accepted a 50 MB actor ID")
	}
	if n := len(err.Error()); n > 2<<10 {
		t.Errorf("error of %d bytes: %.300s", n, err)
	}
}

func TestRespondHugeActorIDGivesShortError(t *testing.T) {
	m := phased(t)
	huge := relations.ActorID(strings.Repeat("x", 50<<20))
	_, err := m.Respond(Attack{Aggressors: ids(huge), Target: "SAU", On: day("2020")})
	if err == nil || len(err.Error()) > 200 {
		t.Errorf("Respond with a 50 MB aggressor: %.300v", err)
	}
	_, err = m.AlliancePartners(huge, day("2020"))
	if err == nil || len(err.Error()) > 200 {
		t.Errorf("AlliancePartners with a 50 MB actor: %.300v", err)
	}
}

func TestParseModelJSONReportsAtMost100Problems(t *testing.T) {
	if testing.Short() {
		t.Skip("large input: the race run (-short) leaves it to go test ./...")
	}
	var b strings.Builder
	b.WriteString(`{"version": 1, "agreements": [`)
	for i := range 100_000 {
		if i > 0 {
			b.WriteString(",\n")
		}
		b.WriteString(`{"id": "a", "clauses": [{"obligation": "love"}]}`)
	}
	b.WriteString("]}")
	_, err := ParseModelJSON(testActors(), []byte(b.String()))
	if err == nil {
		t.Fatal("no error")
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != errs.MaxProblems+1 || lines[len(lines)-1] != "and 99900 more problems" {
		t.Errorf("%d lines, the last %q", len(lines), lines[len(lines)-1])
	}
	if len(err.Error()) > 32<<10 {
		t.Errorf("error of %d bytes", len(err.Error()))
	}
}

// TestBondsClausesWithoutIDs is the regression test for Bonds merging two
// clauses without IDs: the bond kept one clause's conditions, which one
// depending on an unstable sort (found by FuzzBondsAgainstSlow).
func TestBondsClausesWithoutIDs(t *testing.T) {
	india := []Condition{{Kind: SpecificAdversary, Adversaries: ids("IND")}}
	iran := []Condition{{Kind: SpecificAdversary, Adversaries: ids("IRN")}}
	m, err := New(testActors(), []Agreement{{ID: "a", Name: "a",
		Parties:   []Party{{Actor: "SAU", Roles: Member}, {Actor: "PAK", Roles: Member}},
		Lifecycle: inForce("2000-01-01"),
		Clauses:   []Clause{{Obligation: Defense, Conditions: india}, {Obligation: Defense, Conditions: iran}, {Obligation: Defense, Conditions: india}}}})
	if err != nil {
		t.Fatal(err)
	}
	got, err := m.Bonds("PAK", "SAU", day("2001-01-01"))
	if err != nil {
		t.Fatal(err)
	}
	want := []Bond{
		{By: "PAK", To: "SAU", Obligation: Defense, Agreement: "a", Conditions: india, InForce: relations.Yes},
		{By: "PAK", To: "SAU", Obligation: Defense, Agreement: "a", Conditions: iran, InForce: relations.Yes},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Bonds (-want +got):\n%s", diff)
	}
}

// TestAlliancePartnersPartialDayEndingWithin: an alliance that ends within
// a partial day (in force until 2010-06-15, asked about "2010") may bind
// on some days of it, so the partner is uncertain, as Bonds says. The
// alliance index once left it out, searching its spans by the day's last
// day instead of its first.
func TestAlliancePartnersPartialDayEndingWithin(t *testing.T) {
	m, err := New(testActors(), []Agreement{{ID: "a", Name: "a",
		Parties:   []Party{{Actor: "SAU", Roles: Member}, {Actor: "PAK", Roles: Member}},
		Lifecycle: []StatusChange{{Status: InForce, Date: day("2000-01-01")}, {Status: Terminated, Date: day("2010-06-15")}},
		Clauses:   []Clause{{Obligation: Defense}}}})
	if err != nil {
		t.Fatal(err)
	}
	bonds, _ := m.Bonds("PAK", "SAU", day("2010"))
	if len(bonds) != 1 || bonds[0].InForce != relations.CannotTell {
		t.Fatalf("Bonds = %v, want one uncertain bond", bonds)
	}
	got, err := m.AlliancePartners("SAU", day("2010"))
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Certain) != 0 || len(got.Uncertain) != 1 || got.Uncertain[0].Item != "PAK" {
		t.Errorf("AlliancePartners(SAU, 2010) = %v, want PAK uncertain", got)
	}
}

// TestMemberRoleIsPerSpell: a party listed twice, a member in its first
// spell and a guarantor in its second, is bound by the mutual clauses
// (which bind the members) only in its first spell; a clause that names it
// binds it in both. Guarantors, partners and the panel agree.
func TestMemberRoleIsPerSpell(t *testing.T) {
	m, err := New(testActors(), []Agreement{{ID: "a", Name: "a",
		Parties: []Party{{Actor: "SAU", Roles: Member},
			{Actor: "PAK", Roles: Member, Withdrew: day("2005-01-01")}, {Actor: "PAK", Roles: Guarantor, Joined: day("2010-01-01")}},
		Lifecycle: inForce("2000-01-01"), Clauses: []Clause{{ID: "art1", Obligation: Defense},
			{ID: "art2", Obligation: Consultation, By: []relations.ActorID{"PAK"}, To: []relations.ActorID{"SAU"}}}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		on   string
		want []relations.ActorID
	}{{"2003-01-01", []relations.ActorID{"PAK"}}, {"2007-01-01", nil}, {"2012-01-01", nil}} {
		got, err := m.Guarantors("SAU", day(c.on))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got.Certain, c.want) || len(got.Uncertain) != 0 {
			t.Errorf("Guarantors(SAU, %s) = %v, want %v", c.on, got, c.want)
		}
	}
	// In 2012 PAK is still SAU's partner, by the clause that names it.
	if got, err := m.CertainAlliancePartners("SAU", day("2012-01-01")); err != nil || !slices.Equal(got, []relations.ActorID{"PAK"}) {
		t.Errorf("CertainAlliancePartners(SAU, 2012) = %v, %v; want [PAK]", got, err)
	}
	panel, err := m.DyadYears(Directed, 2003, 2012)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]ObligationSet{}
	for _, rows := range panel {
		for _, r := range rows {
			got[fmt.Sprintf("%s>%s %d", r.A, r.B, r.Year)] = r.Obligations
		}
	}
	want := map[string]ObligationSet{
		"SAU>PAK 2003": ObligationSet(0).With(Defense), "PAK>SAU 2003": ObligationSet(0).With(Defense).With(Consultation),
		"SAU>PAK 2004": ObligationSet(0).With(Defense), "PAK>SAU 2004": ObligationSet(0).With(Defense).With(Consultation),
		"SAU>PAK 2005": ObligationSet(0).With(Defense), "PAK>SAU 2005": ObligationSet(0).With(Defense).With(Consultation),
		// In its second spell PAK owes SAU only what art2 names, and SAU owes
		// PAK nothing: they are parties to one agreement, no more.
		"PAK>SAU 2010": ObligationSet(0).With(Consultation), "PAK>SAU 2011": ObligationSet(0).With(Consultation),
		"PAK>SAU 2012": ObligationSet(0).With(Consultation),
		"SAU>PAK 2010": 0, "SAU>PAK 2011": 0, "SAU>PAK 2012": 0,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("directed panel 2003–2012 (-want +got):\n%s", diff)
	}
}

// TestPanelCellsFollowTheCounterparts: a panel's scratch space holds a
// cell per counterpart an actor may have and year, not per actor of the
// model and year: 100,000 actors, two of them allied, asked 500 years,
// took 700 MB.
func TestPanelCellsFollowTheCounterparts(t *testing.T) {
	if testing.Short() {
		t.Skip("large input: the race run (-short) leaves it to go test ./...")
	}
	actors := make([]relations.Actor, 100_000)
	for i := range actors {
		id := relations.ActorID("a" + itoa(100_000+i))
		actors[i] = relations.Actor{ID: id, Kind: relations.StateActor, Name: string(id)}
	}
	m, err := New(actors, []Agreement{{ID: "a", Name: "a", Lifecycle: inForce("1600"), Clauses: []Clause{{Obligation: Defense}},
		Parties: []Party{{Actor: actors[7].ID, Roles: Member}, {Actor: actors[9].ID, Roles: Member}}}})
	if err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	rows, err := m.DyadYears(Directed, 1500, 1999, actors[7].ID)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range rows {
		n += len(r)
	}
	runtime.ReadMemStats(&after)
	if n != 400 {
		t.Errorf("%d rows, want 400 (1600–1999)", n)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 8<<20 {
		t.Errorf("a panel of one actor allocated %d MiB", alloc>>20)
	}
}
