package relations

import (
	"errors"
	"iter"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func testActors() []Actor {
	return []Actor{
		{ID: "EGY", Kind: StateActor, Name: "Egypt"},
		{ID: "TUR", Kind: StateActor, Name: "Turkey"},
		{ID: "IRN", Kind: StateActor, Name: "Iran"},
		{ID: "houthis", Kind: ArmedGroup, Name: "Ansar Allah"},
		{ID: "SAU", Kind: StateActor, Name: "Saudi Arabia"},
	}
}

func TestNewHistoryReportsEveryProblem(t *testing.T) {
	actors := append(testActors(),
		Actor{ID: "EGY", Kind: StateActor, Name: "Egypt again"},
		Actor{ID: "bad id", Kind: StateActor, Name: "x"},
		Actor{ID: "gcc", Name: "GCC", Members: []Membership{{Member: "QQQ", During: Interval{From: MustDate("1981")}}}},
		Actor{ID: "arab-league", Kind: Organisation, Name: "Arab League",
			Members: []Membership{{Member: "EGY", During: Interval{From: MustDate("1990"), Until: MustDate("1979")}}}},
		Actor{ID: "ISR", Kind: StateActor},
	)
	events := []Event{
		{ID: "ok", Kind: Strike, Date: MustDate("2019-09-14"), Actors: []ActorID{"houthis"}, Toward: []ActorID{"SAU"}},
		{ID: "ok", Kind: StateVisit, Date: MustDate("2024-02-14"), Actors: []ActorID{"TUR"}, Toward: []ActorID{"EGY"}},
		{ID: "unknown", Kind: SeverTies, Date: MustDate("1979"), Actors: []ActorID{"IRN"}, Toward: []ActorID{"XYZ"}},
		{ID: "self", Kind: Strike, Date: MustDate("2020"), Actors: []ActorID{"IRN"}, Toward: []ActorID{"IRN"}},
		{ID: "twice", Kind: Rapprochement, Date: MustDate("2020"), Actors: []ActorID{"IRN", "IRN"}},
		{ID: "nodate", Kind: Rapprochement, Actors: []ActorID{"IRN", "EGY"}},
		{ID: "nokind", Date: MustDate("2020"), Actors: []ActorID{"IRN", "EGY"}},
		{ID: "alone", Kind: SeverTies, Date: MustDate("2020"), Actors: []ActorID{"IRN"}},
		{ID: "level", Kind: SeverTies, Level: Ambassador, Date: MustDate("2020"), Actors: []ActorID{"IRN", "EGY"}},
		{ID: "nolevel", Kind: ChangeRepresentation, Date: MustDate("2020"), Actors: []ActorID{"IRN", "EGY"}},
		{ID: "oneway", Kind: WithdrawAmbassadors, OneWay: true, Date: MustDate("2020"), Actors: []ActorID{"IRN", "EGY"}},
		{Kind: Statement, Date: MustDate("2020"), Actors: []ActorID{"IRN"}},
	}
	_, err := NewHistory(actors, events)
	if err == nil {
		t.Fatal("NewHistory accepted invalid input")
	}
	want := []string{
		`relations: actor "EGY": id: duplicate actor ID`,
		`relations: actor "bad id": id: "bad id" is not an actor ID: byte 3 (' ') is not a lowercase letter, digit or '-'; want an ISO 3166-1 alpha-3 code (SAU) or a lowercase slug (houthis, arab-league)`,
		`relations: actor "gcc": kind: kind unknown is not one of state, organisation, armed-group, other`,
		`relations: actor "gcc": members: only an organisation has members`,
		`relations: actor "ISR": name: is empty; give the actor a name reports can print`,
		`relations: actor "gcc": members[0].member: unknown actor "QQQ"`,
		`relations: actor "arab-league": members[0].during: interval [1990, 1979) has no start or ends before it starts`,
		`relations: event "ok": id: duplicate event ID`,
		`relations: event "unknown": toward[0]: unknown actor "XYZ"`,
		`relations: event "self": toward[0]: actor "IRN" is paired with itself`,
		`relations: event "twice": actors[1]: actor "IRN" is paired with itself (listed twice)`,
		`relations: event "nodate": date: missing`,
		`relations: event "nokind": kind: unknown event kind unknown`,
		`relations: event "alone": toward: a sever-ties event needs a counterpart: a second actor or toward`,
		`relations: event "level": level: severed ties leave at most an interests section, not ambassador`,
		`relations: event "nolevel": level: a change of representation needs the new level`,
		`relations: event "oneway": one_way: a one-way change needs toward`,
		`relations: events[11]: id: empty`,
	}
	got := strings.Split(err.Error(), "\n")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if !errors.Is(err, ErrUnknownActor) {
		t.Error("errors.Is(err, ErrUnknownActor) = false")
	}
	var ve *ValidationError
	if !errors.As(err, &ve) || ve.Path != `actor "EGY": id` {
		t.Errorf("errors.As gave %+v", ve)
	}
}

func TestNewHistoryCopiesInput(t *testing.T) {
	actors := testActors()
	events := []Event{{ID: "v", Kind: StateVisit, Date: MustDate("2024-02-14"), Actors: []ActorID{"TUR", "EGY"}}}
	h, err := NewHistory(actors, events)
	if err != nil {
		t.Fatal(err)
	}
	events[0].Actors[0] = "IRN"
	actors[0].Name = "changed"
	e, _ := h.Event("v")
	if e.Actors[0] != "TUR" || h.Name("EGY") != "Egypt" {
		t.Error("History shares memory with its input")
	}
	e.Actors[0] = "SAU"
	if e2, _ := h.Event("v"); e2.Actors[0] != "TUR" {
		t.Error("Event returns memory the History holds")
	}
}

func TestStateQueries(t *testing.T) {
	events := []Event{
		{ID: "obs", Kind: Observation, Date: MustDate("2012"), Actors: []ActorID{"EGY", "TUR"}, Level: Ambassador, Stance: Normal},
		{ID: "expel", Kind: WithdrawAmbassadors, Date: MustDate("2013-11"), Actors: []ActorID{"EGY"}, Toward: []ActorID{"TUR"}, OneWay: true},
		{ID: "recip", Kind: WithdrawAmbassadors, Date: MustDate("2013-11-23"), Actors: []ActorID{"TUR"}, Toward: []ActorID{"EGY"}, OneWay: true},
		{ID: "strike", Kind: Strike, Date: MustDate("2019-09-14"), Actors: []ActorID{"houthis"}, Toward: []ActorID{"SAU"}},
	}
	h, err := NewHistory(testActors(), events)
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		AinB, BinA Representation
		Align      Alignment
		Uncertain  []string
	}
	tests := []struct {
		name string
		a, b ActorID
		day  string
		want row
	}{
		{"before anything", "EGY", "TUR", "2011-06-01", row{}},
		{"inside the observation's year", "EGY", "TUR", "2012-06-01", row{Uncertain: []string{"obs"}}},
		{"baseline", "EGY", "TUR", "2013-01-01", row{Ambassador, Ambassador, Normal, nil}},
		{"month-precise expulsion pending", "EGY", "TUR", "2013-11-23", row{Ambassador, ChargeDAffaires, Strained, []string{"expel"}}},
		{"both applied", "TUR", "EGY", "2014-01-01", row{ChargeDAffaires, ChargeDAffaires, Strained, nil}},
		{"one way", "EGY", "TUR", "2013-11-23", row{Ambassador, ChargeDAffaires, Strained, []string{"expel"}}},
		{"attack", "SAU", "houthis", "2019-09-14", row{Align: Hostile}},
		{"no events", "IRN", "SAU", "2020-01-01", row{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := h.Standing(tc.a, tc.b, MustDate(tc.day))
			if err != nil {
				t.Fatal(err)
			}
			got := row{s.AinB.Level, s.BinA.Level, s.Alignment.Level, s.Uncertain}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("State(%s, %s, %s) (-want +got):\n%s", tc.a, tc.b, tc.day, diff)
			}
		})
	}
	for _, bad := range []struct{ a, b ActorID }{{"EGY", "EGY"}, {"EGY", "XXX"}, {"nobody", "EGY"}} {
		if _, err := h.Standing(bad.a, bad.b, MustDate("2020")); err == nil {
			t.Errorf("State(%s, %s) gave no error", bad.a, bad.b)
		}
	}
	if _, err := h.Standing("EGY", "TUR", Date{}); err == nil {
		t.Error("State on the zero Date gave no error")
	}
	if _, err := h.Changes(MustDate("2025"), MustDate("2019")); err == nil {
		t.Error("Changes with reversed days gave no error")
	}
	if _, err := h.Partners("XXX", MustDate("2025")); !errors.Is(err, ErrUnknownActor) {
		t.Errorf("Partners of unknown actor: %v", err)
	}
}

// fakeAgreements gives EGY–TUR an alliance from 2020 on.
type fakeAgreements struct{}

func (fakeAgreements) AgreementAlignment(a, b ActorID, day Date) AgreementStanding {
	if a == "EGY" && b == "IRN" || a == "IRN" && b == "EGY" {
		switch MustDate("2020-01-01").OnOrBefore(day) {
		case Yes:
			return AgreementStanding{Alignment: Ally, Cause: Cause{Since: MustDate("2020-01-01"), Agreement: "pact"}}
		case CannotTell:
			return AgreementStanding{Possible: Ally, Doubt: Doubt{Reason: PartialDate, Detail: "pact"}}
		}
	}
	return AgreementStanding{}
}

func (fakeAgreements) AgreementPairs() iter.Seq2[ActorID, ActorID] {
	return func(yield func(ActorID, ActorID) bool) { yield("EGY", "IRN") }
}

func TestWithAgreements(t *testing.T) {
	h, err := NewHistory(testActors(), []Event{
		{ID: "rivals", Kind: DeclaredRivalry, Date: MustDate("2021-01-01"), Actors: []ActorID{"SAU", "IRN"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	g := h.WithAgreements(fakeAgreements{})
	if p, _ := h.Partners("EGY", MustDate("2021-01-01")); p.Len() != 0 {
		t.Errorf("plain history has partners %v", p)
	}
	p, _ := g.Partners("EGY", MustDate("2021-01-01"))
	if diff := cmp.Diff(Answer[ActorID]{Certain: []ActorID{"IRN"}}, p); diff != "" {
		t.Errorf("partners with agreements (-want +got):\n%s", diff)
	}
	s, _ := g.Standing("IRN", "EGY", MustDate("2021-01-01"))
	if s.Alignment.Cause.Agreement != "pact" {
		t.Errorf("alliance cause = %+v", s.Alignment.Cause)
	}
	ch, _ := g.Changes(MustDate("2019-01-01"), MustDate("2021-06-01"))
	var got []string
	for _, c := range ch.Certain {
		got = append(got, c.String())
	}
	want := []string{"EGY–IRN thawed: unknown → ally", "IRN–SAU deteriorated: unknown → hostile"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("changes (-want +got):\n%s", diff)
	}
}

func TestConcurrentQueries(t *testing.T) {
	h, err := NewHistory(testActors(), []Event{
		{ID: "a", Kind: Strike, Date: MustDate("2019-09-14"), Actors: []ActorID{"houthis"}, Toward: []ActorID{"SAU"}},
		{ID: "b", Kind: JointExercise, Date: MustDate("2025-09"), Actors: []ActorID{"EGY", "TUR"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	g := h.WithAgreements(fakeAgreements{})
	want, _ := g.Network(MustDate("2025-12-31"))
	var wg sync.WaitGroup
	for range 16 {
		wg.Go(func() {
			for range 100 {
				got, _ := g.Network(MustDate("2025-12-31"))
				if !cmp.Equal(want, got, cmp.Comparer(func(a, b Date) bool { return a == b })) {
					t.Error("concurrent Network differs")
					return
				}
				_, _ = g.Changes(MustDate("2019"), MustDate("2026"))
				_, _ = g.Timeline("EGY", "TUR")
			}
		})
	}
	wg.Wait()
}

// TestPastADatasetsCoverage: a standing an event of a dataset set is known
// only as last observed once the dataset's coverage ends; a later event
// settles it again; and the same answers come back through JSON.
func TestPastADatasetsCoverage(t *testing.T) {
	actors := []Actor{{ID: "IRN", Kind: StateActor, Name: "Iran"}, {ID: "SAU", Kind: StateActor, Name: "Saudi Arabia"}}
	events := []Event{
		{ID: "td-1", Kind: DeclaredRivalry, Date: MustDate("1979"), Actors: []ActorID{"IRN"}, Toward: []ActorID{"SAU"}, Dataset: "rivalries"},
		{ID: "beijing", Kind: RestoreTies, Date: MustDate("2023-03-10"), Actors: []ActorID{"IRN"}, Toward: []ActorID{"SAU"}, Level: Ambassador},
	}
	cov := Coverage{Source: "rivalries", Observed: Interval{From: MustDate("1494-01-01"), Until: MustDate("2011-01-01")}}
	h, err := NewHistory(actors, events, WithCoverage(cov))
	if err != nil {
		t.Fatal(err)
	}
	b, err := h.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	round, err := ParseHistoryJSON(b)
	if err != nil {
		t.Fatal(err)
	}
	stale := []Doubtful[ActorID]{{Item: "IRN", Doubt: Doubt{Reason: PastCoverage, Detail: `event "td-1" as last observed by rivalries on 2010-12-31`}}}
	tests := []struct {
		day  string
		want Answer[ActorID]
	}{
		{"2005-01-01", Answer[ActorID]{Certain: []ActorID{"IRN"}}},
		{"2020-01-01", Answer[ActorID]{Uncertain: stale}},
		{"2024-01-01", Answer[ActorID]{}}, // the restoration settles it: no longer a rival
	}
	for _, hist := range []*History{h, round} {
		for _, tc := range tests {
			got, err := hist.Rivals("SAU", MustDate(tc.day))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("rivals of SAU on %s (-want +got):\n%s", tc.day, diff)
			}
		}
		ch, _ := hist.Changes(MustDate("2005-01-01"), MustDate("2020-01-01"))
		if len(ch.Certain) != 0 || len(ch.Uncertain) != 1 || ch.Uncertain[0].Doubt.Reason != PastCoverage {
			t.Errorf("changes 2005–2020 = %v, want one that cannot tell, past coverage", ch)
		}
	}
	if _, err := NewHistory(actors, events, WithCoverage(Coverage{Source: "x", Observed: Interval{From: MustDate("2000"), Until: MustDate("1990")}})); err == nil {
		t.Error("a reversed coverage is accepted")
	}
}

// TestPartialDatesInListAnswers: an event whose month-precision date a day
// falls inside leaves the pair uncertain in every list answer — partners,
// changes, the network — never silently absent; the same through JSON.
func TestPartialDatesInListAnswers(t *testing.T) {
	actors := []Actor{{ID: "EGY", Kind: StateActor, Name: "Egypt"}, {ID: "IRN", Kind: StateActor, Name: "Iran"},
		{ID: "TUR", Kind: StateActor, Name: "Turkey"}}
	events := []Event{
		{ID: "eg-tr-2012", Kind: Observation, Date: MustDate("2012"), Actors: []ActorID{"EGY", "TUR"}, Level: Ambassador, Stance: Normal},
		{ID: "eg-tr-2013", Kind: WithdrawAmbassadors, Date: MustDate("2013-11"), Actors: []ActorID{"EGY"}, Toward: []ActorID{"TUR"}},
		{ID: "eg-ir-2025", Kind: JointExercise, Date: MustDate("2025-06"), Actors: []ActorID{"EGY", "IRN"}},
	}
	h, err := NewHistory(actors, events)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := h.MarshalJSON()
	round, err := ParseHistoryJSON(b)
	if err != nil {
		t.Fatal(err)
	}
	for _, hist := range []*History{h, round} {
		p, _ := hist.Partners("EGY", MustDate("2025-06-15"))
		want := Answer[ActorID]{Uncertain: []Doubtful[ActorID]{{Item: "IRN",
			Doubt: Doubt{Reason: PartialDate, Detail: `cannot tell whether event "eg-ir-2025" had happened by 2025-06-15`}}}}
		if diff := cmp.Diff(want, p); diff != "" {
			t.Errorf("Egypt's partners in June 2025 (-want +got):\n%s", diff)
		}
		ch, _ := hist.Changes(MustDate("2013-01-01"), MustDate("2013-11-15"))
		if len(ch.Certain) != 0 || len(ch.Uncertain) != 1 || ch.Uncertain[0].Item.B != "TUR" || ch.Uncertain[0].Doubt.Reason != PartialDate {
			t.Errorf("changes to 2013-11-15 = %v, want Egypt–Turkey as cannot tell", ch)
		}
		n, _ := hist.Network(MustDate("2013-11-15"))
		if len(n.Edges.Uncertain) != 1 || n.Edges.Uncertain[0].Item.B != "TUR" {
			t.Errorf("network on 2013-11-15: uncertain edges %v, want Egypt–Turkey", n.Edges.Uncertain)
		}
		r, _ := hist.Rivals("EGY", MustDate("2013-11-15"))
		if r.Len() != 0 {
			t.Errorf("rivals on 2013-11-15 = %v, want none: a withdrawal of ambassadors strains, never makes rivals", r)
		}
	}
}

// TestLevelOnlyWhereTheKindTakesOne: a joint exercise leaves no
// representation, so a level on one is refused, not applied.
func TestLevelOnlyWhereTheKindTakesOne(t *testing.T) {
	actors := []Actor{{ID: "EGY", Kind: StateActor, Name: "Egypt"}, {ID: "TUR", Kind: StateActor, Name: "Turkey"}}
	_, err := NewHistory(actors, []Event{{ID: "drill", Kind: JointExercise, Date: MustDate("2025-09-22"),
		Actors: []ActorID{"EGY", "TUR"}, Level: Ambassador}})
	if err == nil || !strings.Contains(err.Error(), "a joint-exercise event leaves no representation") {
		t.Errorf("error = %v, want the level refused", err)
	}
}
