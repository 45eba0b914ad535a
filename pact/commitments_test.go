package pact

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/relations"
)

// giverAndBeneficiary are the parties of a one-way commitment: USA gives,
// QAT receives.
func giverAndBeneficiary() []Party {
	return []Party{{Actor: "USA", Roles: Guarantor}, {Actor: "QAT", Roles: Beneficiary}}
}

// commitmentWorld holds one of each new form: a unilateral guarantee by
// USA to QAT (revoked by its giver in 2029), one by USA to SAU from a
// month only ("2025-10") to PAK, an accord of SAU and USA whose text is not
// public, another that states only consultation, and an assurance by USA
// to IRN broken once on a known day and once in a known month.
func commitmentWorld(t *testing.T) *Model {
	t.Helper()
	m, err := New(testActors(), []Agreement{
		{ID: "eo", Name: "executive order", Form: UnilateralGuarantee, Parties: giverAndBeneficiary(),
			Lifecycle: []StatusChange{{Status: InForce, Date: day("2025-09-29")}, {Status: Revoked, Date: day("2029-01-20"), By: "USA"}},
			Clauses:   []Clause{{ID: "sec1", Obligation: Defense, By: ids("USA"), To: ids("QAT")}}, Sources: []string{"90 FR 48143"}},
		{ID: "partial", Name: "a guarantee dated to its month", Form: UnilateralGuarantee,
			Parties:   []Party{{Actor: "USA", Roles: Guarantor}, {Actor: "PAK", Roles: Beneficiary}},
			Lifecycle: inForce("2025-10"), Clauses: []Clause{{Obligation: Consultation, By: ids("USA"), To: ids("PAK")}}},
		{ID: "sda", Name: "defense agreement, text not public", TextNotPublic: "no text released",
			Parties: []Party{{Actor: "USA", Roles: Member}, {Actor: "SAU", Roles: Member}}, Lifecycle: inForce("2025-11-18")},
		{ID: "stated", Name: "consultation stated, the rest not public", TextNotPublic: "a summary only",
			Parties: []Party{{Actor: "TUR", Roles: Member}, {Actor: "EGY", Roles: Member}}, Lifecycle: inForce("2024"),
			Clauses: []Clause{{ID: "consult", Obligation: Consultation}}},
		{ID: "window", Name: "no strike during talks", Form: Assurance,
			Parties:   []Party{{Actor: "USA", Roles: Guarantor}, {Actor: "IRN", Roles: Beneficiary}},
			Lifecycle: []StatusChange{{Status: InForce, Date: day("2025-04-12")}, {Status: Terminated, Date: day("2025-07-01")}},
			Clauses:   []Clause{{ID: "no-strike", Obligation: NonAggression, By: ids("USA"), To: ids("IRN")}},
			Breaches: []AssuranceBreach{{By: "USA", Date: day("2025-06"), Summary: "a raid in June", Sources: []string{"a report"}},
				{By: "USA", Date: day("2025-06-22"), Summary: "strikes", Sources: []string{"a wire"}}},
			Sources: []string{"an essay"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestUnilateralGuarantee(t *testing.T) {
	m := commitmentWorld(t)
	partial := relations.Doubt{Reason: relations.PartialDate, Detail: `the dates of agreement "partial" cannot settle 2025-10-15`}
	tests := []struct {
		name string
		got  func() (relations.Answer[relations.ActorID], error)
		want relations.Answer[relations.ActorID]
	}{
		{"in force: the giver guarantees", func() (relations.Answer[relations.ActorID], error) { return m.Guarantors("QAT", day("2025-10-01")) },
			relations.Answer[relations.ActorID]{Certain: ids("USA")}},
		{"before it", func() (relations.Answer[relations.ActorID], error) { return m.Guarantors("QAT", day("2025-09-28")) },
			relations.Answer[relations.ActorID]{}},
		{"revoked by the giver", func() (relations.Answer[relations.ActorID], error) { return m.Guarantors("QAT", day("2029-01-20")) },
			relations.Answer[relations.ActorID]{}},
		{"the beneficiary owes nothing", func() (relations.Answer[relations.ActorID], error) { return m.Defends("QAT", day("2025-10-01")) },
			relations.Answer[relations.ActorID]{}},
		{"a partial date", func() (relations.Answer[relations.ActorID], error) {
			return m.AlliancePartners("PAK", day("2025-10-15"), Consultation)
		}, relations.Answer[relations.ActorID]{Uncertain: []relations.Doubtful[relations.ActorID]{doubtful[relations.ActorID]("USA", partial)}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.got()
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
	t.Run("status after revocation", func(t *testing.T) {
		st, sure, err := m.StatusOn("eo", day("2029-02"))
		if err != nil || st != Revoked || sure != relations.Yes {
			t.Errorf("StatusOn = %v, %v, %v; want revoked, yes", st, sure, err)
		}
	})
	t.Run("respond names the form", func(t *testing.T) {
		r, err := m.Respond(Attack{Aggressors: ids("IRN"), Target: "QAT", On: day("2025-10-01")})
		if err != nil {
			t.Fatal(err)
		}
		want := []Duty{{Actor: "USA", Kind: Defend, For: "QAT", Against: ids("IRN"), Form: UnilateralGuarantee,
			Agreement: "eo", Clause: "sec1", InForce: relations.Yes, Holds: relations.Yes}}
		if diff := cmp.Diff(want, r.Duties); diff != "" {
			t.Errorf("Duties (-want +got)\n%s", diff)
		}
		if got, want := r.Duties[0].String(), `USA must defend QAT against IRN (unilateral-guarantee "eo", clause "sec1")`; got != want {
			t.Errorf("String = %q, want %q", got, want)
		}
	})
}

func TestUndisclosedText(t *testing.T) {
	m := commitmentWorld(t)
	untold := func(id, o string) relations.Doubt {
		return relations.Doubt{Reason: relations.UndisclosedText, Detail: `agreement "` + id + `": its text is not public, so whether it holds a ` +
			o + ` obligation cannot be told (` + map[string]string{"sda": "no text released", "stated": "a summary only"}[id] + `)`}
	}
	on := day("2025-12-01")
	t.Run("alliance partners", func(t *testing.T) {
		for _, obs := range [][]Obligation{nil, {Defense}, {Offense}} {
			got, err := m.AlliancePartners("SAU", on, obs...)
			if err != nil {
				t.Fatal(err)
			}
			o := "defense"
			if len(obs) > 0 {
				o = obs[0].String()
			}
			want := relations.Answer[relations.ActorID]{Uncertain: []relations.Doubtful[relations.ActorID]{doubtful[relations.ActorID]("USA", untold("sda", o))}}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%v: (-want +got)\n%s", obs, diff)
			}
		}
	})
	t.Run("guarantors", func(t *testing.T) {
		got, err := m.Guarantors("USA", on)
		if err != nil {
			t.Fatal(err)
		}
		want := relations.Answer[relations.ActorID]{Uncertain: []relations.Doubtful[relations.ActorID]{doubtful[relations.ActorID]("SAU", untold("sda", "defense"))}}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("(-want +got)\n%s", diff)
		}
	})
	t.Run("before it", func(t *testing.T) {
		got, err := m.AlliancePartners("SAU", day("2025-11-17"))
		if err != nil || got.Len() != 0 {
			t.Errorf("AlliancePartners = %v, %v; want none", got, err)
		}
	})
	t.Run("bonds: each obligation cannot tell, the stated one certain", func(t *testing.T) {
		got, err := m.Bonds("TUR", "EGY", on)
		if err != nil {
			t.Fatal(err)
		}
		var want []Bond
		for _, o := range []Obligation{Defense, Offense, Neutrality, NonAggression, Consultation} {
			b := Bond{By: "TUR", To: "EGY", Obligation: o, Agreement: "stated", InForce: relations.CannotTell, Doubt: untold("stated", o.String())}
			if o == Consultation {
				b = Bond{By: "TUR", To: "EGY", Obligation: o, Agreement: "stated", Clause: "consult", InForce: relations.Yes}
			}
			want = append(want, b)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("(-want +got)\n%s", diff)
		}
	})
	t.Run("respond: a duty that may hold, never released", func(t *testing.T) {
		r, err := m.Respond(Attack{Aggressors: ids("IRN"), Target: "SAU", On: on})
		if err != nil {
			t.Fatal(err)
		}
		var defend []Duty
		for _, d := range r.Duties {
			if d.Kind == Defend {
				defend = append(defend, d)
			}
		}
		want := []Duty{{Actor: "USA", Kind: Defend, For: "SAU", Against: ids("IRN"), Agreement: "sda",
			InForce: relations.CannotTell, Doubt: untold("sda", "defense"), Holds: relations.CannotTell}}
		if diff := cmp.Diff(want, defend); diff != "" {
			t.Errorf("defense duties (-want +got)\n%s", diff)
		}
		if len(r.Released) != 0 {
			t.Errorf("Released = %v, want none: an untold duty is never released", r.Released)
		}
	})
	t.Run("the agreement reads as written", func(t *testing.T) {
		a, _ := m.Agreement("sda")
		if len(a.Clauses) != 0 {
			t.Errorf("Agreement(sda).Clauses = %v, want none: untold obligations are the queries' reading, not the text", a.Clauses)
		}
	})
}

func TestAssuranceOn(t *testing.T) {
	m := commitmentWorld(t)
	june := AssuranceBreach{By: "USA", Date: day("2025-06"), Summary: "a raid in June", Sources: []string{"a report"}}
	strikes := AssuranceBreach{By: "USA", Date: day("2025-06-22"), Summary: "strikes", Sources: []string{"a wire"}}
	status := func(in, breached relations.Truth, bs ...AssuranceBreach) AssuranceStatus {
		return AssuranceStatus{Agreement: "window", By: "USA", To: ids("IRN"),
			Window:  relations.Interval{From: day("2025-04-12"), Until: day("2025-07-01")},
			InForce: in, Breached: breached, Breaches: bs, Sources: []string{"an essay"}}
	}
	tests := []struct {
		name string
		on   string
		want AssuranceStatus
	}{
		{"before its window", "2025-04-11", status(relations.No, relations.No)},
		{"in force, unbroken", "2025-05-01", status(relations.Yes, relations.No)},
		{"a breach dated to its month", "2025-06-10", status(relations.Yes, relations.CannotTell, june)},
		{"broken on the day", "2025-06-22", status(relations.Yes, relations.Yes, june, strikes)},
		{"after its window", "2025-07-01", status(relations.No, relations.Yes, june, strikes)},
		{"a month that straddles", "2025-04", func() AssuranceStatus {
			s := status(relations.CannotTell, relations.No)
			s.Doubt = relations.Doubt{Reason: relations.PartialDate, Detail: `the dates of agreement "window" cannot settle 2025-04`}
			return s
		}()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := m.AssuranceOn("window", day(tt.on))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got, cmp.Comparer(func(a, b relations.Date) bool { return a == b })); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
	t.Run("errors", func(t *testing.T) {
		if _, err := m.AssuranceOn("nope", day("2025")); !errors.Is(err, ErrUnknownAgreement) {
			t.Errorf("unknown: %v, want ErrUnknownAgreement", err)
		}
		if _, err := m.AssuranceOn("sda", day("2025")); err == nil || !strings.Contains(err.Error(), `"sda" is not an assurance; its form is accord`) {
			t.Errorf("an accord: %v", err)
		}
		if _, err := m.AssuranceOn("window", relations.Date{}); err == nil {
			t.Error("zero day: no error")
		}
	})
	t.Run("a promise, not an alliance", func(t *testing.T) {
		got, err := m.AlliancePartners("IRN", day("2025-05-01"))
		if err != nil || got.Len() != 0 {
			t.Errorf("AlliancePartners(IRN) = %v, %v; want none", got, err)
		}
		bonds, err := m.Bonds("USA", "IRN", day("2025-05-01"))
		want := []Bond{{By: "USA", To: "IRN", Obligation: NonAggression, Form: Assurance, Agreement: "window", Clause: "no-strike", InForce: relations.Yes}}
		if diff := cmp.Diff(want, bonds); err != nil || diff != "" {
			t.Errorf("Bonds %v (-want +got)\n%s", err, diff)
		}
	})
	t.Run("an attack by the giver is a breach", func(t *testing.T) {
		r, err := m.Respond(Attack{Aggressors: ids("USA"), Target: "IRN", On: day("2025-06-22")})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Conflicts) != 1 || r.Conflicts[0].Kind != Breach || r.Conflicts[0].Actor != "USA" || r.Conflicts[0].Duties[0].Form != Assurance {
			t.Errorf("Conflicts = %v, want USA's breach of the assurance", r.Conflicts)
		}
	})
}

// TestOneWayFormsRefuse: what a guarantee or an assurance may not say, and
// an undisclosed text without members, each a clear error.
func TestOneWayFormsRefuse(t *testing.T) {
	guarantee := func(edit func(*Agreement)) Agreement {
		a := Agreement{ID: "g", Name: "g", Form: UnilateralGuarantee, Parties: giverAndBeneficiary(), Lifecycle: inForce("2025-09-29"),
			Clauses: []Clause{{Obligation: Defense, By: ids("USA"), To: ids("QAT")}}}
		edit(&a)
		return a
	}
	assurance := func(edit func(*Agreement)) Agreement {
		return guarantee(func(a *Agreement) {
			a.Form, a.Clauses[0].Obligation = Assurance, NonAggression
			edit(a)
		})
	}
	revoked := func(by relations.ActorID) []StatusChange {
		return []StatusChange{{Status: InForce, Date: day("2025-09-29")}, {Status: Revoked, Date: day("2026"), By: by}}
	}
	tests := []struct {
		name string
		a    Agreement
		want string
	}{
		{"revoked by the beneficiary", guarantee(func(a *Agreement) { a.Lifecycle = revoked("QAT") }),
			`lifecycle[1].by: "QAT" is a beneficiary, and a beneficiary cannot revoke a unilateral-guarantee; only its giver "USA" can`},
		{"revoked by no one", guarantee(func(a *Agreement) { a.Lifecycle = revoked("") }),
			`lifecycle[1].by: missing: a revocation names the giver who revoked it`},
		{"revoked by a stranger", guarantee(func(a *Agreement) { a.Lifecycle = revoked("IRN") }),
			`lifecycle[1].by: "IRN" is not the giver; only "USA" can revoke a unilateral-guarantee`},
		{"the beneficiary withdraws", guarantee(func(a *Agreement) { a.Parties[1].Withdrew = day("2026") }),
			`parties[1].withdrew: a beneficiary cannot end a unilateral-guarantee; only its giver can, by a revoked stage`},
		{"the giver withdraws", guarantee(func(a *Agreement) { a.Parties[0].Withdrew = day("2026") }),
			`parties[0].withdrew: the giver ends a unilateral-guarantee by a revoked stage in its lifecycle, not by withdrawing`},
		{"two givers", guarantee(func(a *Agreement) { a.Parties[1].Roles = Guarantor }),
			`parties: a unilateral-guarantee has one giver, the party with the guarantor role; has 2`},
		{"a member", guarantee(func(a *Agreement) { a.Parties[1].Roles = Member | Beneficiary }),
			`parties[1].roles: a unilateral-guarantee binds its giver alone: no party is a member`},
		{"only the giver", guarantee(func(a *Agreement) { a.Parties = a.Parties[:1]; a.Clauses = nil }),
			`parties: an agreement needs at least two parties, has 1`},
		{"owed by the beneficiary", guarantee(func(a *Agreement) { a.Clauses[0].By, a.Clauses[0].To = ids("QAT"), ids("USA") }),
			`clauses[0].by: a unilateral-guarantee binds its giver alone: by must be ["USA"]`},
		{"owed to no one", guarantee(func(a *Agreement) { a.Clauses[0].To = nil }),
			`clauses[0].to: empty: name the beneficiaries the giver owes it to`},
		{"an expectation", guarantee(func(a *Agreement) { a.Clauses[0].Obligation = Expectation }),
			`clauses[0].obligation: is expectation; a unilateral guarantee binds its giver to one of defense`},
		{"an accord revoked", guarantee(func(a *Agreement) {
			a.Form, a.Parties[0].Roles, a.Parties[1].Roles, a.Lifecycle = Accord, Member, Member, revoked("USA")
		}), `lifecycle[1].status: an accord is not revoked`},
		{"a guarantee's text not public", guarantee(func(a *Agreement) { a.TextNotPublic = "x" }),
			`text_not_public: a unilateral-guarantee is its giver's promise: state its clauses`},
		{"an undisclosed text of one member", Agreement{ID: "g", Name: "g", TextNotPublic: "x", Lifecycle: inForce("2025"),
			Parties: []Party{{Actor: "USA", Roles: Member}, {Actor: "SAU", Roles: Beneficiary}}},
			`text_not_public: an agreement whose text is not public needs two members, whose obligations it leaves untold; has 1`},
		{"an assurance of defense", assurance(func(a *Agreement) { a.Clauses[0].Obligation = Defense }),
			`clauses[0].obligation: is defense; an assurance promises non-aggression`},
		{"broken by the beneficiary", assurance(func(a *Agreement) {
			a.Breaches = []AssuranceBreach{{By: "QAT", Date: day("2025-10"), Sources: []string{"s"}}}
		}), `breaches[0].by: is "QAT"; an assurance is broken by its giver "USA"`},
		{"a breach without a source", assurance(func(a *Agreement) { a.Breaches = []AssuranceBreach{{By: "USA", Date: day("2025-10")}} }),
			`breaches[0].sources: empty: cite who says the assurance was broken`},
		{"a breach before it", assurance(func(a *Agreement) {
			a.Breaches = []AssuranceBreach{{By: "USA", Date: day("2024"), Sources: []string{"s"}}}
		}), `breaches[0].date: 2024 comes before the agreement's first date`},
		{"a guarantee breached", guarantee(func(a *Agreement) {
			a.Breaches = []AssuranceBreach{{By: "USA", Date: day("2025-10"), Sources: []string{"s"}}}
		}), `breaches: only an assurance is breached; the agreement's form is unilateral-guarantee`},
		{"an unknown form", guarantee(func(a *Agreement) { a.Form = 9 }), `form: unknown form Form(9)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(testActors(), []Agreement{tt.a})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("New: %v\nwant an error containing %q", err, tt.want)
			}
		})
	}
}

func TestFormText(t *testing.T) {
	for _, f := range []Form{Accord, UnilateralGuarantee, Assurance} {
		b, err := f.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Form
		if err := back.UnmarshalText(b); err != nil || back != f || string(b) != f.String() {
			t.Errorf("%v reads back as %v (%q, %v)", f, back, b, err)
		}
	}
	if _, err := Form(3).MarshalText(); err == nil {
		t.Error("Form(3) has a written form")
	}
	var f Form
	if err := f.UnmarshalText([]byte("treaty")); err == nil || !strings.Contains(err.Error(), `want one of "accord", "unilateral-guarantee", "assurance"`) {
		t.Errorf("treaty: %v", err)
	}
}

// TestCommitmentsRoundTrip: the new forms, the revocation, the breaches
// and the undisclosed text survive JSON, and so does every answer.
func TestCommitmentsRoundTrip(t *testing.T) {
	m := commitmentWorld(t)
	back := roundTrip(t, m)
	if diff := cmp.Diff(m.Agreements(), back.Agreements(), cmp.Comparer(func(a, b relations.Date) bool { return a == b })); diff != "" {
		t.Errorf("agreements (-want +got)\n%s", diff)
	}
	days := []relations.Date{day("2025-06"), day("2025-06-22"), day("2025-12-01"), day("2029-02")}
	if diff := cmp.Diff(answersOf(m, days, 8), answersOf(back, days, 8)); diff != "" {
		t.Errorf("answers (-before +after)\n%s", diff)
	}
}
