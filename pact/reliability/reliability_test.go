package reliability_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/record"
	"github.com/entente-go/entente/pact/reliability"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/cow/war"
)

var y = relations.MustDate

func mustWorld(t *testing.T) *pact.Model {
	t.Helper()
	m, err := world()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// row is a judgement in brief, for comparing tables.
type row struct {
	Holder, Beneficiary relations.ActorID
	Bound               relations.Truth
	Conduct             reliability.Conduct
	Outcome             record.Outcome
	ByRule              bool
}

func rows(js []reliability.Judgement) []row {
	var out []row
	for _, j := range js {
		out = append(out, row{j.Holder, j.Beneficiary, j.Bound, j.Conduct, j.Outcome, j.ByRule})
	}
	return out
}

func participant(id relations.ActorID, s reliability.Side, entered string, initiator bool) reliability.Participant {
	return reliability.Participant{Actor: id, Side: s, Entered: y(entered), Initiator: initiator}
}

func TestJudge(t *testing.T) {
	A, B := reliability.SideA, reliability.SideB
	tests := []struct {
		name string
		war  reliability.War
		want []row
	}{
		{"west fights on the other side; east stays out",
			reliability.War{ID: "w", Onset: y("1991"), Participants: []reliability.Participant{
				participant("north", A, "1991", true), participant("south", B, "1991", false),
				participant("west", A, "1993", false)}},
			[]row{{"east", "south", relations.Yes, reliability.StayedOut, record.Unmet, false},
				{"upper", "north", relations.Yes, reliability.StayedOut, record.Unmet, false},
				{"west", "south", relations.Yes, reliability.JoinedOtherSide, record.Unmet, true}}},
		{"south initiates: north is attacked, and owed nothing",
			reliability.War{ID: "w", Onset: y("1991"), Participants: []reliability.Participant{
				participant("south", A, "1991", true), participant("north", B, "1991", false)}},
			nil},
		{"the onset year cannot settle a pact in force from March",
			reliability.War{ID: "w", Onset: y("1985"), Participants: []reliability.Participant{
				participant("north", A, "1985", true), participant("south", B, "1985", false),
				participant("west", B, "1985", false)}},
			[]row{{"east", "south", relations.Yes, reliability.StayedOut, record.Unmet, false},
				{"south", "west", relations.CannotTell, reliability.JoinedAtOnset, record.CannotJudge, false},
				{"west", "south", relations.CannotTell, reliability.JoinedAtOnset, record.CannotJudge, false}}},
		{"upper joins north, but the offense names south only",
			reliability.War{ID: "w", Onset: y("1995"), Participants: []reliability.Participant{
				participant("north", A, "1995", true), participant("east", B, "1995", false),
				participant("upper", A, "1995", false)}},
			[]row{{"upper", "north", relations.No, reliability.JoinedAtOnset, record.NotOwed, false}}},
		{"an offense duty toward the initiator binds if it binds against any target",
			reliability.War{ID: "w", Onset: y("1995"), Participants: []reliability.Participant{
				participant("north", A, "1995", true), participant("east", B, "1995", false),
				participant("south", B, "1995", false), participant("upper", A, "1996", false)}},
			[]row{{"east", "south", relations.Yes, reliability.JoinedAtOnset, record.Honoured, false},
				{"upper", "north", relations.Yes, reliability.JoinedLater, record.Honoured, false},
				{"west", "south", relations.Yes, reliability.StayedOut, record.Unmet, true}}},
		{"explicit attacks carry their own facts: no rule",
			reliability.War{ID: "w", Onset: y("1995"), Participants: []reliability.Participant{
				participant("north", A, "1995", true), participant("south", B, "1995", false),
				participant("west", B, "1997", false)},
				Attacks: []pact.Attack{{Aggressors: []relations.ActorID{"north"}, Target: "south", On: y("1995-05-01"), Provoked: relations.Yes}}},
			[]row{{"east", "south", relations.Yes, reliability.StayedOut, record.Unmet, false},
				{"upper", "north", relations.Yes, reliability.StayedOut, record.Unmet, false},
				{"west", "south", relations.No, reliability.JoinedLater, record.NotOwed, false}}},
	}
	m := mustWorld(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := reliability.Judge(m, []reliability.War{tt.war})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, rows(r.Judgements)); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
			for _, j := range r.Judgements {
				if j.Reason == "" {
					t.Errorf("%s toward %s: no reason", j.Holder, j.Beneficiary)
				}
			}
		})
	}
}

func TestJudgeSkips(t *testing.T) {
	A, B := reliability.SideA, reliability.SideB
	wars := []reliability.War{
		{ID: "no-initiator", Onset: y("1990"), Participants: []reliability.Participant{
			participant("north", A, "1990", false), participant("south", B, "1990", false)}},
		{ID: "unknown-initiator", Onset: y("1990"), Participants: []reliability.Participant{
			participant("XXX", A, "1990", true), participant("south", B, "1990", false)}},
		{ID: "both-sides", Onset: y("1990"), Participants: []reliability.Participant{
			participant("north", A, "1990", true), participant("south", B, "1990", true)}},
		{ID: "no-target", Onset: y("1990"), Participants: []reliability.Participant{
			participant("north", A, "1990", true), participant("south", B, "1992", false)}},
		{ID: "bad-attack", Onset: y("1990"), Participants: []reliability.Participant{
			participant("north", A, "1990", true)},
			Attacks: []pact.Attack{{Aggressors: []relations.ActorID{"nobody"}, Target: "south", On: y("1990")}}},
	}
	r, err := reliability.Judge(mustWorld(t), wars)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range r.Skipped {
		got = append(got, s.War+": "+s.Reason)
	}
	want := []string{
		"no-initiator: no initiator",
		"unknown-initiator: no initiator is an actor of the model",
		"both-sides: initiators on both sides",
		"no-target: no original participant of the other side is an actor of the model",
		`bad-attack: pact: query: actor: unknown actor "nobody"`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	if len(r.Judgements) != 0 {
		t.Errorf("judgements: %v", r.Judgements)
	}
}

func TestJudgeErrors(t *testing.T) {
	if _, err := reliability.Judge(nil, nil); !errors.Is(err, reliability.ErrNoModel) {
		t.Errorf("nil model: %v", err)
	}
	wars := []reliability.War{
		{Participants: []reliability.Participant{{Actor: "bad id", Side: reliability.Side(7)}}},
		{ID: "twice", Onset: y("1990"), Participants: []reliability.Participant{
			participant("north", reliability.SideA, "1990", true), participant("north", reliability.SideA, "1991", false)}},
		// An entry before the war's onset, and an ID another war has.
		{ID: "twice", Onset: y("1990"), Participants: []reliability.Participant{
			participant("north", reliability.SideA, "1989", true), participant("south", reliability.SideB, "1990", false)}},
	}
	_, err := reliability.Judge(mustWorld(t), wars)
	var fe *relations.ValidationError
	if !errors.As(err, &fe) {
		t.Fatalf("want a ValidationError, got %v", err)
	}
	want := []string{
		"reliability: wars[0]: id: is empty",
		"reliability: wars[0]: onset: is the zero date",
		`reliability: wars[0]: participants[0].actor: "bad id" is not an actor ID`,
		"reliability: wars[0]: participants[0].side: is Side(7); want A or B",
		"reliability: wars[0]: participants[0].entered: is the zero date",
		`reliability: war "twice": participants[1]: "north" is listed twice on side A`,
		`reliability: war "twice": id: duplicate war ID (also wars[1])`,
		`reliability: war "twice": participants[0].entered: 1989 comes before the war's onset, 1990`,
	}
	if diff := cmp.Diff(want, strings.Split(err.Error(), "\n")); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}

func TestFromCOW(t *testing.T) {
	for _, w := range war.All() {
		if w.Number != 139 {
			continue
		}
		got := reliability.FromCOW(w)
		if got.ID != "139" || got.Onset != y("1939") || len(got.Participants) != len(w.Participants) ||
			got.Source != "COW Inter-State War Data v4.0, war 139" {
			t.Fatalf("FromCOW: %+v", got)
		}
		var italy []reliability.Participant
		for _, p := range got.Participants {
			if p.Actor == "ITA" {
				italy = append(italy, p)
			}
		}
		want := []reliability.Participant{{Actor: "ITA", Side: reliability.SideA, Entered: y("1943")},
			{Actor: "ITA", Side: reliability.SideB, Entered: y("1940")}}
		if diff := cmp.Diff(want, italy, cmp.Comparer(func(a, b relations.Date) bool { return a == b })); diff != "" {
			t.Errorf("Italy (-want +got)\n%s", diff)
		}
		return
	}
	t.Fatal("no war 139")
}

// TestVerdict: a war's judgements are record's verdicts — participation
// the response, the outcomes the unknowns allow — and tally as record's.
func TestVerdict(t *testing.T) {
	A, B := reliability.SideA, reliability.SideB
	type line struct {
		Protector, Protege relations.ActorID
		Kind               string
		Response           string
		Outcome            record.Outcome
		Possible           []record.Outcome
		Sources            []string
	}
	cow := "war w"
	tests := []struct {
		name string
		war  reliability.War
		want []line
	}{
		{"bound: staying out and fighting against are unmet, joining later honours",
			reliability.War{ID: "w", Onset: y("1995"), Participants: []reliability.Participant{
				participant("north", A, "1995", true), participant("south", B, "1995", false),
				participant("east", A, "1996", false), participant("upper", A, "1997", false)}},
			[]line{{"east", "south", "defense", "none", record.Unmet, []record.Outcome{record.Unmet}, []string{cow, "agreement guarantee"}},
				{"upper", "north", "offense", "war-entry", record.Honoured, []record.Outcome{record.Honoured}, []string{cow, "agreement offensive"}},
				{"west", "south", "defense", "none", record.Unmet, []record.Outcome{record.Unmet}, []string{cow, "agreement mutual"}}}},
		{"may be bound: the outcome or not owed",
			reliability.War{ID: "w", Onset: y("1985"), Participants: []reliability.Participant{
				participant("north", A, "1985", true), participant("south", B, "1985", false),
				participant("west", B, "1985", false)}},
			[]line{{"east", "south", "defense", "none", record.Unmet, []record.Outcome{record.Unmet}, []string{cow, "agreement guarantee"}},
				{"south", "west", "defense", "war-entry", record.CannotJudge, []record.Outcome{record.Honoured, record.NotOwed}, []string{cow, "agreement mutual"}},
				{"west", "south", "defense", "war-entry", record.CannotJudge, []record.Outcome{record.Honoured, record.NotOwed}, []string{cow, "agreement mutual"}}}},
		{"released: not owed, and no commitment",
			reliability.War{ID: "w", Onset: y("1995"), Participants: []reliability.Participant{
				participant("north", A, "1995", true), participant("east", B, "1995", false),
				participant("upper", A, "1995", false)}},
			[]line{{"upper", "north", "", "war-entry", record.NotOwed, []record.Outcome{record.NotOwed}, []string{cow}}}},
		{"absent from the war's data: no response, honoured or unmet",
			reliability.War{ID: "w", Onset: y("1995"), Covered: []relations.ActorID{"north", "south", "west", "upper"},
				Participants: []reliability.Participant{participant("north", A, "1995", true), participant("south", B, "1995", false)}},
			[]line{{"east", "south", "defense", "cannot tell", record.CannotJudge, []record.Outcome{record.Unmet, record.Honoured}, []string{cow, "agreement guarantee"}},
				{"upper", "north", "offense", "none", record.Unmet, []record.Outcome{record.Unmet}, []string{cow, "agreement offensive"}},
				{"west", "south", "defense", "none", record.Unmet, []record.Outcome{record.Unmet}, []string{cow, "agreement mutual"}}}},
	}
	m := mustWorld(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := reliability.Judge(m, []reliability.War{tt.war})
			if err != nil {
				t.Fatal(err)
			}
			vs := r.Verdicts(m)
			var got []line
			want := record.Credibility{}
			for _, v := range vs {
				got = append(got, line{v.Protector, v.Protege(), v.Kind, v.Response(), v.Outcome, v.Possible, v.Sources()})
			}
			for _, l := range tt.want {
				switch l.Outcome {
				case record.Honoured:
					want.Honoured++
				case record.Unmet:
					want.Unmet++
				case record.NotOwed:
					want.NotOwed++
				default:
					want.Unjudged++
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
			c := record.Tally(vs)
			c.Settled, c.Low, c.High = 0, 0, 0
			if diff := cmp.Diff(want, c); diff != "" {
				t.Errorf("Tally (-want +got)\n%s", diff)
			}
		})
	}
}

func TestEnumStrings(t *testing.T) {
	got := []string{reliability.SideA.String(), reliability.Side(9).String(), reliability.JoinedOtherSide.String(),
		reliability.Conduct(9).String()}
	want := []string{"A", "Side(9)", "joined-other-side", "Conduct(9)"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}

// world is a small hand-built model: east guarantees south outright; west
// and south defend each other unless the one attacked provoked it; upper
// pledges to join north's offense against south.
func world() (*pact.Model, error) {
	d := relations.MustDate
	actors := []relations.Actor{
		{ID: "north", Kind: relations.StateActor, Name: "North"},
		{ID: "south", Kind: relations.StateActor, Name: "South"},
		{ID: "east", Kind: relations.StateActor, Name: "East"},
		{ID: "west", Kind: relations.StateActor, Name: "West"},
		{ID: "upper", Kind: relations.StateActor, Name: "Upper"},
	}
	inForce := func(day string) []pact.StatusChange {
		return []pact.StatusChange{{Status: pact.InForce, Date: d(day)}}
	}
	members := func(ids ...relations.ActorID) []pact.Party {
		var ps []pact.Party
		for _, id := range ids {
			ps = append(ps, pact.Party{Actor: id, Roles: pact.Member})
		}
		return ps
	}
	return pact.New(actors, []pact.Agreement{
		{ID: "guarantee", Name: "East's guarantee of South", Parties: members("east", "south"), Lifecycle: inForce("1980"),
			Clauses: []pact.Clause{{ID: "art1", Obligation: pact.Defense, By: []relations.ActorID{"east"}, To: []relations.ActorID{"south"}}}},
		{ID: "mutual", Name: "South–West defense pact", Parties: members("south", "west"), Lifecycle: inForce("1985-03-01"),
			Clauses: []pact.Clause{{ID: "art2", Obligation: pact.Defense,
				Conditions: []pact.Condition{{Kind: pact.NonProvocation}}}}},
		{ID: "offensive", Name: "North–Upper offensive alliance", Parties: members("north", "upper"), Lifecycle: inForce("1989-06-01"),
			Clauses: []pact.Clause{{ID: "art3", Obligation: pact.Offense, By: []relations.ActorID{"upper"}, To: []relations.ActorID{"north"},
				Conditions: []pact.Condition{{Kind: pact.SpecificAdversary, Adversaries: []relations.ActorID{"south"}}}}}},
	})
}

// TestAbsence holds holder and beneficiary to one rule: a state the war
// data cannot place — a holder they do not cover, a beneficiary they do
// not list — leaves the judgement cannot judge, naming the state; a holder
// they cover and do not list stayed out.
func TestAbsence(t *testing.T) {
	A, B := reliability.SideA, reliability.SideB
	onset := []reliability.Participant{participant("north", A, "1991", true), participant("south", B, "1991", false)}
	attack := []pact.Attack{{Aggressors: []relations.ActorID{"north"}, Target: "south", On: y("1991-05-01"), Provoked: relations.No}}
	type absence struct {
		Holder, Beneficiary, Absent relations.ActorID
		Conduct                     reliability.Conduct
		Outcome                     record.Outcome
	}
	tests := []struct {
		name string
		war  reliability.War
		want []absence
	}{
		{"nil Covered: every state is covered, so the absent stayed out",
			reliability.War{ID: "w", Onset: y("1991"), Participants: onset},
			[]absence{{"east", "south", "", reliability.StayedOut, record.Unmet},
				{"upper", "north", "", reliability.StayedOut, record.Unmet},
				{"west", "south", "", reliability.StayedOut, record.Unmet}}},
		{"a holder the data do not cover is absent, not staying out",
			reliability.War{ID: "w", Onset: y("1991"), Participants: onset,
				Covered: []relations.ActorID{"north", "south", "west", "upper"}},
			[]absence{{"east", "south", "east", reliability.UnknownConduct, record.CannotJudge},
				{"upper", "north", "", reliability.StayedOut, record.Unmet},
				{"west", "south", "", reliability.StayedOut, record.Unmet}}},
		{"a beneficiary the data do not list is absent, covered or not",
			reliability.War{ID: "w", Onset: y("1991"), Attacks: attack,
				Participants: []reliability.Participant{participant("north", A, "1991", true), participant("west", B, "1991", false)}},
			[]absence{{"east", "south", "south", reliability.UnknownConduct, record.CannotJudge},
				{"upper", "north", "", reliability.StayedOut, record.Unmet},
				{"west", "south", "south", reliability.UnknownConduct, record.CannotJudge}}},
	}
	m := mustWorld(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := reliability.Judge(m, []reliability.War{tt.war})
			if err != nil {
				t.Fatal(err)
			}
			var got []absence
			for _, j := range r.Judgements {
				got = append(got, absence{j.Holder, j.Beneficiary, j.Absent, j.Conduct, j.Outcome})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

// TestFromCOWCovers: COW's data cover the states of its system in the
// onset's year, and Montenegro, outside it until 2006, is absent in 1914.
func TestFromCOWCovers(t *testing.T) {
	for _, w := range war.All() {
		if w.Number != 106 {
			continue
		}
		got := reliability.FromCOW(w)
		covers := map[relations.ActorID]bool{}
		for _, id := range got.Covered {
			covers[id] = true
		}
		want := map[relations.ActorID]bool{"DEU": true, "SRB": true, "USA": true, "MNE": false, "ALB": true}
		for id, w := range want {
			if covers[id] != w {
				t.Errorf("covers %s: %v, want %v", id, covers[id], w)
			}
		}
		return
	}
	t.Fatal("no war 106")
}

// TestVerdictDoubt: a commitment in force that hinges on a condition says
// which condition, not an unknown doubt; one whose dates leave it open
// keeps the dates' doubt.
func TestVerdictDoubt(t *testing.T) {
	A, B := reliability.SideA, reliability.SideB
	tests := []struct {
		name string
		war  reliability.War
		want string
	}{
		{"provocation unknown",
			reliability.War{ID: "w", Onset: y("1995"), Participants: []reliability.Participant{
				participant("north", A, "1995", true), participant("south", B, "1995", false)},
				Attacks: []pact.Attack{{Aggressors: []relations.ActorID{"north"}, Target: "south", On: y("1995-05-01")}}},
			"unknown: conditions cannot tell: non-provocation: cannot tell (not known whether south provoked it)"},
		{"the onset's year against a pact from March",
			reliability.War{ID: "w", Onset: y("1985"), Participants: []reliability.Participant{
				participant("north", A, "1985", true), participant("south", B, "1985", false)}},
			`partial-date: the dates of agreement "mutual" cannot settle 1985`},
	}
	m := mustWorld(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := reliability.Judge(m, []reliability.War{tt.war})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, v := range r.Verdicts(m) {
				if v.Protector == "west" {
					for _, c := range v.Owed {
						got = append(got, c.Doubt.String())
					}
				}
			}
			if diff := cmp.Diff([]string{tt.want}, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}
