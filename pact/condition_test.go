package pact

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/relations"
)

// TestConditionChecks checks every condition kind against every value of
// the attack fact it reads. OutsideAdversary and PartyAttacked read facts
// the war settles (who is a party, who is attacked), so they are never
// CannotTell.
func TestConditionChecks(t *testing.T) {
	agreement := &Agreement{ID: "a", Parties: []Party{{Actor: "SAU", Roles: Member}, {Actor: "PAK", Roles: Member}, {Actor: "QAT", Roles: Member}}}
	base := func(mod func(*situation)) situation {
		s := situation{party: "SAU", adversaries: ids("IRN"), provoked: relations.CannotTell, attack: &Attack{}, agreement: agreement, attacked: true}
		if mod != nil {
			mod(&s)
		}
		return s
	}
	tests := []struct {
		name string
		s    situation
		c    Condition
		want relations.Truth
		why  string
	}{
		{"specific adversary named", base(nil), Condition{Kind: SpecificAdversary, Adversaries: ids("IND", "IRN")}, relations.Yes, "IRN is named"},
		{"specific adversary not named", base(nil), Condition{Kind: SpecificAdversary, Adversaries: ids("IND")}, relations.No, "none of IRN is named (IND)"},
		{"specific adversary unnamed", base(nil), Condition{Kind: SpecificAdversary, Text: "SPECTHRT 0"}, relations.CannotTell,
			"the clause does not name the adversary (SPECTHRT 0)"},

		{"location named", base(func(s *situation) { s.attack.Location = "gulf" }), Condition{Kind: Location, Locations: []string{"gulf", "IND"}}, relations.Yes, "gulf is named"},
		{"location not named", base(func(s *situation) { s.attack.Location = "kashmir" }), Condition{Kind: Location, Locations: []string{"gulf"}}, relations.No, "kashmir is not among gulf"},
		{"location unknown", base(nil), Condition{Kind: Location, Locations: []string{"gulf"}}, relations.CannotTell, "no location given"},

		{"war named", base(func(s *situation) { s.attack.War = "gulf-war" }), Condition{Kind: SpecificWar, War: "gulf-war"}, relations.Yes, `the clause names "gulf-war"`},
		{"war not named", base(func(s *situation) { s.attack.War = "other" }), Condition{Kind: SpecificWar, War: "gulf-war"}, relations.No, `the clause names "gulf-war"`},
		{"war unknown", base(nil), Condition{Kind: SpecificWar, War: "gulf-war"}, relations.CannotTell, "no conflict named"},

		{"adversary count reached", base(func(s *situation) { s.adversaries = ids("IRN", "IND") }), Condition{Kind: AdversaryCount, MinAdversaries: 2}, relations.Yes,
			"adversaries: 2, at least 2 needed"},
		{"adversary count short", base(nil), Condition{Kind: AdversaryCount, MinAdversaries: 2}, relations.No, "adversaries: 1, at least 2 needed"},
		{"adversary count unrecorded", base(nil), Condition{Kind: AdversaryCount}, relations.CannotTell, "the clause does not say how many adversaries"},

		{"demand refused", base(func(s *situation) { s.attack.DemandRefused = relations.Yes }), Condition{Kind: DemandRefused}, relations.Yes, "whether a demand was refused: yes"},
		{"demand not refused", base(func(s *situation) { s.attack.DemandRefused = relations.No }), Condition{Kind: DemandRefused}, relations.No, "whether a demand was refused: no"},
		{"demand unknown", base(nil), Condition{Kind: DemandRefused}, relations.CannotTell, "whether a demand was refused: cannot tell"},

		{"not provoked", base(func(s *situation) { s.provoked = relations.No }), Condition{Kind: NonProvocation}, relations.Yes, "SAU did not provoke it"},
		{"provoked", base(func(s *situation) { s.provoked = relations.Yes }), Condition{Kind: NonProvocation}, relations.No, "SAU provoked it"},
		{"provocation unknown", base(nil), Condition{Kind: NonProvocation}, relations.CannotTell, "not known whether SAU provoked it"},

		{"requested", base(func(s *situation) { s.attack.Requested = relations.Yes }), Condition{Kind: OnRequest}, relations.Yes, "whether SAU asked: yes"},
		{"not requested", base(func(s *situation) { s.attack.Requested = relations.No }), Condition{Kind: OnRequest}, relations.No, "whether SAU asked: no"},
		{"request unknown", base(nil), Condition{Kind: OnRequest}, relations.CannotTell, "whether SAU asked: cannot tell"},

		{"outside adversary", base(func(s *situation) { s.adversaries = ids("QAT", "IRN") }), Condition{Kind: OutsideAdversary}, relations.Yes, "IRN is not a party"},
		{"inside adversary", base(func(s *situation) { s.adversaries = ids("QAT") }), Condition{Kind: OutsideAdversary}, relations.No, "every adversary (QAT) is a party"},
		{"no adversary at all", base(func(s *situation) { s.adversaries = nil }), Condition{Kind: OutsideAdversary}, relations.No, "every adversary () is a party"},

		{"party attacked", base(nil), Condition{Kind: PartyAttacked}, relations.Yes, "SAU is attacked"},
		{"party not attacked", base(func(s *situation) { s.attacked = false }), Condition{Kind: PartyAttacked}, relations.No, "SAU is not attacked"},

		{"unknown condition", base(nil), Condition{}, relations.CannotTell, ""},
	}
	seen := map[ConditionKind]bool{}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.s.check(tc.c)
			want := ConditionCheck{Condition: tc.c, Result: tc.want, Why: tc.why}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("check (-want +got):\n%s", diff)
			}
			if got.String() == "" {
				t.Error("empty String")
			}
		})
		seen[tc.c.Kind] = true
	}
	for k := range ConditionKind(len(conditionNames)) {
		if !seen[k] {
			t.Errorf("no case for %v", k)
		}
	}
}

// TestDutyConflicts makes each kind of duty conflict happen in one war:
// IRN attacks SAU, and QAT is bound both ways.
func TestDutyConflicts(t *testing.T) {
	two := func(a, b relations.ActorID) []Party {
		return []Party{{Actor: a, Roles: Member}, {Actor: b, Roles: Member}}
	}
	agreement := func(id string, parties []Party, c Clause) Agreement {
		return Agreement{ID: id, Name: id, Parties: parties, Lifecycle: inForce("2000-01-01"), Clauses: []Clause{c}}
	}
	tests := []struct {
		name       string
		agreements []Agreement
		want       []string // the conflicts' String
	}{
		{"both sides", []Agreement{
			agreement("qat-sau", two("QAT", "SAU"), Clause{Obligation: Defense, By: ids("QAT"), To: ids("SAU")}),
			agreement("qat-irn", two("QAT", "IRN"), Clause{Obligation: Offense, By: ids("QAT"), To: ids("IRN")})},
			[]string{`QAT has conflicting duties (both-sides): defend SAU ("qat-sau") vs join-offense IRN ("qat-irn")`}},
		{"against neutrality", []Agreement{
			agreement("qat-sau", two("QAT", "SAU"), Clause{Obligation: Defense, By: ids("QAT"), To: ids("SAU")}),
			agreement("qat-irn", two("QAT", "IRN"), Clause{Obligation: Neutrality, By: ids("QAT"), To: ids("IRN")})},
			[]string{`QAT has conflicting duties (against-neutrality): defend SAU ("qat-sau") vs stay-neutral IRN ("qat-irn")`}},
		{"against non-aggression", []Agreement{
			agreement("qat-sau", two("QAT", "SAU"), Clause{Obligation: Defense, By: ids("QAT"), To: ids("SAU")}),
			agreement("qat-irn", two("QAT", "IRN"), Clause{Obligation: NonAggression, By: ids("QAT"), To: ids("IRN")})},
			[]string{`QAT has conflicting duties (against-non-aggression): defend SAU ("qat-sau") vs refrain IRN ("qat-irn")`}},
		{"bound to adversary", []Agreement{
			agreement("irn-sau", two("IRN", "SAU"), Clause{Obligation: Defense, By: ids("IRN"), To: ids("SAU")})},
			[]string{`IRN has conflicting duties (bound-to-adversary): defend SAU ("irn-sau")`}},
		{"breach", []Agreement{
			agreement("irn-sau", two("IRN", "SAU"), Clause{Obligation: NonAggression, By: ids("IRN"), To: ids("SAU")})},
			[]string{`IRN has conflicting duties (breach): refrain SAU ("irn-sau")`}},
		{"breach of neutrality", []Agreement{
			agreement("irn-sau", two("IRN", "SAU"), Clause{Obligation: Neutrality, By: ids("IRN"), To: ids("SAU")})},
			[]string{`IRN has conflicting duties (breach): stay-neutral SAU ("irn-sau")`}},
		{"no conflict: one side only", []Agreement{
			agreement("qat-sau", two("QAT", "SAU"), Clause{Obligation: Defense})}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := New(testActors(), tc.agreements)
			if err != nil {
				t.Fatal(err)
			}
			r, err := m.Respond(Attack{Aggressors: ids("IRN"), Target: "SAU", On: day("2020-01-01")})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range r.Conflicts {
				got = append(got, c.String())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("conflicts (-want +got):\n%s", diff)
			}
		})
	}
	if got := UnknownDutyConflict.String(); got != "unknown" {
		t.Errorf("UnknownDutyConflict.String() = %q", got)
	}
	if got := DutyConflictKind(9).String(); got != "DutyConflictKind(9)" {
		t.Errorf("DutyConflictKind(9).String() = %q", got)
	}
}

func TestBondStringWithConditions(t *testing.T) {
	b := Bond{By: "PAK", To: "SAU", Obligation: Defense, Agreement: "smda", Clause: "art2", InForce: relations.CannotTell,
		Doubt: relations.Doubt{Reason: relations.PartialDate},
		Conditions: []Condition{{Kind: SpecificAdversary, Adversaries: ids("IND")}, {Kind: Location, Locations: []string{"gulf"}},
			{Kind: SpecificWar, War: "w"}, {Kind: AdversaryCount, MinAdversaries: 2}, {Kind: OnRequest}}}
	want := `PAK owes defense to SAU (agreement "smda", clause "art2") if specific-adversary IND and location gulf and specific-war "w" and adversary-count ≥2 and on-request [cannot tell: partial-date]`
	if got := b.String(); got != want {
		t.Errorf("String() =\n%s\nwant\n%s", got, want)
	}
}
