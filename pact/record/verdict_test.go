package record_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/pact/record"
	"github.com/entente-go/entente/relations"
)

var grades = []record.Grade{record.None, record.Statement, record.Consultation, record.Sanctions,
	record.Reinforcement, record.Defensive, record.Retaliation, record.WarEntry}

// TestEveryKindAtEveryGrade judges each kind of commitment the engine
// reports at each grade, against the outcome the default rules say, in
// grade order (U unmet, P partly honoured, H honoured).
func TestEveryKindAtEveryGrade(t *testing.T) {
	m := world(t)
	for _, tc := range []struct {
		name      string
		protector relations.ActorID
		kind      string
		want      string // one letter per grade, none to war-entry
	}{
		{"defense", "DEF", "defense", "UUUUPHHH"},
		{"expectation", "EXP", "expectation", "UUPPHHHH"},
		{"consultation", "CON", "consultation", "UPHHHHHH"},
		{"basing", "BAS", "basing", "UUPPHHHH"},
		{"military aid", "AID", "military-aid", "UUPPHHHH"},
	} {
		for i, g := range grades {
			t.Run(tc.name+"/"+g.String(), func(t *testing.T) {
				v := verdictOf(t, m, strike("2020-03-01"), tc.protector, []record.Response{respond(tc.protector, "2020-03-06", g)})
				letter := map[record.Outcome]string{record.Unmet: "U", record.PartlyHonoured: "P", record.Honoured: "H"}[v.Outcome]
				got := struct {
					Kind, Outcome, Response string
					Lag                     int
				}{v.Kind, letter, v.Response(), v.Responses[0].Lag}
				want := struct {
					Kind, Outcome, Response string
					Lag                     int
				}{tc.kind, tc.want[i : i+1], g.String(), 5}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("verdict (-want +got):\n%s\n%v", diff, v.Reasons)
				}
			})
		}
	}
}

func TestVerdictRules(t *testing.T) {
	m := world(t)
	hosted := strike("2020-03-01")
	hosted.Kind, hosted.Hosted = record.AttackOnHosted, "BAS"
	for _, tc := range []struct {
		name      string
		test      record.Test
		protector relations.ActorID
		responses []record.Response
		opts      []record.Option
		want      []record.Outcome // the possible outcomes
		response  string
	}{
		{name: "an unrecorded response cannot be judged, never none", test: strike("2020-03-01"), protector: "DEF",
			want: []record.Outcome{record.Unmet, record.PartlyHonoured, record.Honoured}, response: "cannot tell"},
		{name: "none is a sourced finding", test: strike("2020-03-01"), protector: "DEF",
			responses: []record.Response{respond("DEF", "2020-03-01", record.None)},
			want:      []record.Outcome{record.Unmet}, response: "none"},
		{name: "a test inside the month a treaty entered into force", test: strike("2020-06-15"), protector: "LAT",
			responses: []record.Response{respond("LAT", "2020-06-16", record.Defensive)},
			want:      []record.Outcome{record.Honoured, record.NotOwed}, response: "defensive"},
		{name: "a treaty that may not bind yet, and no help", test: strike("2020-06-15"), protector: "LAT",
			responses: []record.Response{respond("LAT", "2020-06-16", record.None)},
			want:      []record.Outcome{record.Unmet, record.NotOwed}, response: "none"},
		{name: "a test known to its year against a treaty of the year's middle", test: strike("2020"), protector: "LAT",
			responses: []record.Response{respond("LAT", "2020-12-31", record.Defensive)},
			want:      []record.Outcome{record.Honoured, record.NotOwed}, response: "defensive"},
		{name: "a guarantee revoked before the test is not owed", test: strike("2020-03-01"), protector: "GUA",
			responses: []record.Response{respond("GUA", "2020-03-02", record.Statement)},
			want:      []record.Outcome{record.NotOwed}, response: "statement"},
		{name: "a responder that owed nothing", test: strike("2020-03-01"), protector: "ZZZ",
			responses: []record.Response{respond("ZZZ", "2020-03-02", record.WarEntry)},
			want:      []record.Outcome{record.NotOwed}, response: "war-entry"},
		{name: "a response after the window does not count", test: strike("2020-03-01"), protector: "DEF",
			responses: []record.Response{respond("DEF", "2020-07-01", record.WarEntry)},
			want:      []record.Outcome{record.Unmet}, response: "none"},
		{name: "a response in a month the window ends in may count", test: strike("2020-03-01"), protector: "DEF",
			responses: []record.Response{respond("DEF", "2020-05", record.Defensive)},
			want:      []record.Outcome{record.Unmet, record.PartlyHonoured, record.Honoured}, response: "cannot tell"},
		{name: "a shorter window", test: strike("2020-03-01"), protector: "DEF", opts: []record.Option{record.WithWindow(3)},
			responses: []record.Response{respond("DEF", "2020-03-06", record.Defensive)},
			want:      []record.Outcome{record.Unmet}, response: "none"},
		{name: "an expectation held to a stricter rule", test: strike("2020-03-01"), protector: "EXP",
			opts:      []record.Option{record.WithRule("expectation", record.Rule{Honours: record.Defensive})},
			responses: []record.Response{respond("EXP", "2020-03-06", record.Reinforcement)},
			want:      []record.Outcome{record.Unmet}, response: "reinforcement"},
		{name: "an attack on a base makes the host the protégé", test: hosted, protector: "BAS",
			responses: []record.Response{respond("BAS", "2020-03-01", record.Defensive)},
			want:      []record.Outcome{record.Honoured}, response: "defensive"},
		{name: "a duty a failed condition released is not owed", test: strike("2020-03-01"), protector: "CND",
			responses: []record.Response{respond("CND", "2020-03-02", record.None)},
			want:      []record.Outcome{record.NotOwed}, response: "none"},
		{name: "a condition the test cannot settle", test: strike("2020-03-01"), protector: "LOC",
			responses: []record.Response{respond("LOC", "2020-03-02", record.None)},
			want:      []record.Outcome{record.Unmet, record.NotOwed}, response: "none"},
		{name: "an organisation speaking for its alliance", test: strike("2020-03-01"), protector: "secretariat",
			responses: []record.Response{{Test: "strike", Actor: "secretariat", On: d("2020-03-02"), Grade: record.Consultation,
				As: "league", Description: "a summit", Sources: []string{"s"}}},
			want: []record.Outcome{record.Unmet}, response: "consultation"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := verdictOf(t, m, tc.test, tc.protector, tc.responses, tc.opts...)
			if diff := cmp.Diff(tc.want, v.Possible); diff != "" {
				t.Errorf("possible outcomes (-want +got):\n%s\nreasons: %v", diff, v.Reasons)
			}
			if v.Response() != tc.response {
				t.Errorf("response %q, want %q", v.Response(), tc.response)
			}
			if len(v.Sources()) == 0 {
				t.Error("a verdict with no sources")
			}
		})
	}
}

// TestEveryoneCalledOnIsJudged checks that one test gives a line to every
// actor owing X something that day, and to the responder that owes nothing,
// never to the protégé or the aggressor.
func TestEveryoneCalledOnIsJudged(t *testing.T) {
	r, err := record.New(world(t), []record.Test{strike("2020-03-01")}, []record.Response{
		respond("ZZZ", "2020-03-02", record.Statement), respond("PRO", "2020-03-01", record.Defensive),
		respond("AGG", "2020-03-01", record.Statement)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, v := range r.Verdicts() {
		got = append(got, fmt.Sprintf("%s %s %s", v.Protector, v.Kind, v.Outcome))
	}
	want := []string{"AID military-aid cannot judge", "BAS basing cannot judge", "CND  not owed", "CON consultation cannot judge", "DEF defense cannot judge",
		"EXP expectation cannot judge", "LGA defense cannot judge", "LGB defense cannot judge", "LOC defense cannot judge",
		"ZZZ  not owed"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("verdicts (-want +got):\n%s", diff)
	}
	for _, v := range r.Verdicts() {
		if v.Protector == "CND" && !slices.ContainsFunc(v.Reasons, func(s string) bool {
			return strings.Contains(s, `released from defense under "against-zzz": specific-adversary`)
		}) {
			t.Errorf("CND's verdict does not say what released it: %v", v.Reasons)
		}
	}
	if n := len(r.Responses("strike")); n != 3 {
		t.Errorf("%d responses kept, want all 3", n)
	}
}

func TestBadInput(t *testing.T) {
	m := world(t)
	ok := strike("2020-03-01")
	for _, tc := range []struct {
		name  string
		tests []record.Test
		rs    []record.Response
		opts  []record.Option
		want  string
	}{
		{"unknown actor", []record.Test{{ID: "t", Kind: record.Attack, On: d("2020"), Protege: "NOPE", Sources: []string{"s"}}}, nil, nil,
			`protege: unknown actor "NOPE"`},
		{"no sources", []record.Test{{ID: "t", Kind: record.Attack, On: d("2020"), Protege: "PRO"}}, nil, nil, "sources: want at least one"},
		{"repeated id", []record.Test{ok, ok}, nil, nil, "id given twice"},
		{"no kind", []record.Test{{ID: "t", On: d("2020"), Protege: "PRO", Sources: []string{"s"}}}, nil, nil, "is not a test kind"},
		{"no date", []record.Test{{ID: "t", Kind: record.Attack, Protege: "PRO", Sources: []string{"s"}}}, nil, nil, "date: empty"},
		{"aggressor is the protege", []record.Test{{ID: "t", Kind: record.Attack, On: d("2020"), Protege: "PRO", Aggressors: ids{"PRO"}, Sources: []string{"s"}}}, nil, nil,
			"is the protege"},
		{"a base without whose", []record.Test{{ID: "t", Kind: record.AttackOnHosted, On: d("2020"), Protege: "PRO", Sources: []string{"s"}}}, nil, nil,
			"hosted:"},
		{"response to an unknown test", []record.Test{ok}, []record.Response{{Test: "other", Actor: "DEF", On: d("2020"), Grade: record.None, Sources: []string{"s"}}}, nil,
			"test: unknown test"},
		{"response with no grade", []record.Test{ok}, []record.Response{{Test: "strike", Actor: "DEF", On: d("2020"), Sources: []string{"s"}}}, nil,
			"grade: cannot tell is not a grade"},
		{"response as an unknown agreement", []record.Test{ok}, []record.Response{{Test: "strike", Actor: "DEF", On: d("2020"), Grade: record.None, As: "nope", Sources: []string{"s"}}}, nil,
			`as: unknown agreement "nope"`},
		{"one actor, two voices", []record.Test{ok}, []record.Response{
			{Test: "strike", Actor: "secretariat", On: d("2020"), Grade: record.None, As: "league", Sources: []string{"s"}},
			{Test: "strike", Actor: "secretariat", On: d("2020"), Grade: record.None, Sources: []string{"s"}}}, nil,
			"one actor, one voice"},
		{"negative window", []record.Test{ok}, nil, []record.Option{record.WithWindow(-1)}, "WithWindow(-1)"},
		{"a rule whose partial grade is not below", []record.Test{ok}, nil,
			[]record.Option{record.WithRule("defense", record.Rule{Honours: record.Statement, Partly: record.Defensive})}, "must be below"},
		{"a rule honoured by nothing", []record.Test{ok}, nil, []record.Option{record.WithRule("defense", record.Rule{Honours: record.None})}, "statement to war-entry"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := record.New(m, tc.tests, tc.rs, tc.opts...)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
	if _, err := record.New(nil, nil, nil); err == nil {
		t.Error("a nil model gave no error")
	}
}

func TestDecisive(t *testing.T) {
	v := verdictOf(t, world(t), strike("2020-03-01"), "DEF", []record.Response{
		respond("DEF", "2020-09-01", record.WarEntry), respond("DEF", "2020-03-09", record.Reinforcement),
		respond("DEF", "2020-03-02", record.Statement), respond("DEF", "2020-03-20", record.Reinforcement)})
	got, ok := v.Decisive()
	if !ok || got.On != d("2020-03-09") || got.Lag != 8 {
		t.Errorf("decisive %+v, %v; want the first reinforcement, 8 days on", got, ok)
	}
	if v.Outcome != record.PartlyHonoured {
		t.Errorf("outcome %v, want partly honoured: the war came after the window", v.Outcome)
	}
	if _, ok := verdictOf(t, world(t), strike("2020-03-01"), "DEF", nil).Decisive(); ok {
		t.Error("a verdict with no response has a decisive one")
	}
}
