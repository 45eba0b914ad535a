package pact

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/relations"
)

// answersOf writes every answer of m on each day, in a fixed order: what a
// round trip through JSON must keep, where equal bytes prove only that the
// encoding is stable. pairs bounds the actors whose bonds to each other
// are asked, so that a large world is asked in reasonable time.
func answersOf(m *Model, days []relations.Date, pairs int) string {
	var b strings.Builder
	say := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	say("coverage %v; sources %v; observations %v; %d agreements", m.Coverage(), m.Sources(), m.Observations(), m.Len())
	for _, a := range m.Agreements() {
		src, ok := m.Source(a.ID)
		say("agreement %+v; source %v %v", a, src, ok)
		for _, d := range days {
			st, sure, err := m.StatusOn(a.ID, d)
			say("  %s: %v %v %v", d, st, sure, err)
			if a.Form == Assurance {
				as, err := m.AssuranceOn(a.ID, d)
				say("  %s: %+v %v", d, as, err)
			}
		}
	}
	actors := m.Actors()
	filters := [][]Obligation{nil, {Defense}, {Offense}, {Neutrality}, {NonAggression}, {Consultation}}
	for _, d := range days {
		in, err := m.InForce(d)
		say("%s in force %v %v", d, in, err)
		pr, err := m.Proposals(d)
		say("%s proposals %v %v", d, pr, err)
		for i, x := range actors {
			for _, f := range filters {
				p, err := m.AlliancePartners(x.ID, d, f...)
				say("%s %s partners %v: %v %v", d, x.ID, f, p, err)
			}
			g, err := m.Guarantors(x.ID, d)
			say("%s %s guarantors %v %v", d, x.ID, g, err)
			df, err := m.Defends(x.ID, d)
			say("%s %s defends %v %v", d, x.ID, df, err)
			e, err := m.Expectations(x.ID, d)
			say("%s %s expectations %v %v", d, x.ID, e, err)
			if i >= pairs {
				continue
			}
			for _, y := range actors[:pairs] {
				bs, err := m.Bonds(x.ID, y.ID, d)
				say("%s %s→%s bonds %v %v", d, x.ID, y.ID, bs, err)
			}
			if len(actors) > 1 {
				r, err := m.Respond(Attack{Aggressors: []relations.ActorID{actors[(i+1)%len(actors)].ID}, Target: x.ID, On: d})
				say("%s attack on %s: %v %v", d, x.ID, r, err)
			}
		}
	}
	if len(days) > 0 {
		y := days[0].Year()
		panel, err := m.DyadYears(Directed, y, y+3)
		say("panel %d–%d: %v", y, y+3, err)
		if err == nil {
			for a, rows := range panel {
				say("  %s %v", a, rows)
			}
		}
	}
	return b.String()
}

// roundTrip encodes m and decodes it over its actors.
func roundTrip(t testing.TB, m *Model) *Model {
	t.Helper()
	data, err := m.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	back, err := ParseModelJSON(m.Actors(), data)
	if err != nil {
		t.Fatalf("decoding our own document: %v\n%s", err, data)
	}
	return back
}

// TestJSONKeepsEveryAnswer: a world in layers — a base with coverage, a
// sourced layer of agreements and observations, a curated layer — answers
// every question after a JSON round trip as it did before. Its layers'
// coverage and observations used to be dropped: a partner certain before
// the trip was cannot tell after.
func TestJSONKeepsEveryAnswer(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			actors, agreements := randomWorld(seed)
			base, err := New(actors, agreements,
				WithCoverage(relations.Coverage{Source: "base", Observed: relations.Interval{From: day("1816-01-01"), Until: day("2019-01-01")}}))
			if err != nil {
				t.Fatal(err)
			}
			var observed []Observation
			for i, a := range agreements {
				if i%3 == 0 && len(a.Lifecycle) == 1 { // still in force
					observed = append(observed, Observation{Agreement: a.ID, On: day("2024-06-01"), Source: "a gazette"})
				}
			}
			sourced, err := base.With(Layer{
				Coverage: relations.Coverage{Source: "a gazette", Observed: relations.Interval{From: day("2019-01-01"), Until: day("2026-01-01")}},
				Agreements: []Agreement{{ID: "new", Name: "new", Lifecycle: inForce("2021-03"), Clauses: []Clause{{Obligation: Defense}},
					Parties: []Party{{Actor: actors[0].ID, Roles: Member}, {Actor: actors[1].ID, Roles: Member}}}},
				Observations: observed,
			})
			if err != nil {
				t.Fatal(err)
			}
			world, err := sourced.With(Layer{Observations: []Observation{{Agreement: "new", On: day("2027-01-01"), Source: "a scenario"}}})
			if err != nil {
				t.Fatal(err)
			}
			days := []relations.Date{day("1930-01-01"), day("1975"), day("2018-12-31"), day("2021"), day("2024-01-01"), day("2025-12-31")}
			before := answersOf(world, days, 4)
			after := answersOf(roundTrip(t, world), days, 4)
			if diff := cmp.Diff(before, after); diff != "" {
				t.Errorf("answers after a JSON round trip (-before +after):\n%s", diff)
			}
		})
	}
}

// TestJSONKeepsTheLayersAnswer is the case reported: Saudi Arabia's
// partner Pakistan, certain through a layer's observation, stays certain
// after the world's JSON round trip.
func TestJSONKeepsTheLayersAnswer(t *testing.T) {
	base, err := New(testActors(), []Agreement{{ID: "a", Name: "a", Lifecycle: inForce("2000"), Clauses: []Clause{{Obligation: Defense}},
		Parties: []Party{{Actor: "SAU", Roles: Member}, {Actor: "PAK", Roles: Member}}}},
		WithCoverage(relations.Coverage{Source: "ATOP", Observed: relations.Interval{From: day("1815-01-01"), Until: day("2019-01-01")}}))
	if err != nil {
		t.Fatal(err)
	}
	world, err := base.With(Layer{Coverage: relations.Coverage{Source: "a communiqué", Observed: relations.Interval{From: day("2019-01-01")}},
		Observations: []Observation{{Agreement: "a", On: day("2025-09-18"), Source: "a communiqué"}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range []*Model{world, roundTrip(t, world)} {
		if p, err := m.AlliancePartners("SAU", day("2025-06-01")); err != nil || !cmp.Equal(p.Certain, ids("PAK")) {
			t.Errorf("SAU's partners on 2025-06-01: %v, %v; want PAK, certain", p, err)
		}
	}
}

// TestJSONLayersChecked: a document's layers name its own agreements, each
// in one layer, and their coverage follows the rule of every coverage.
func TestJSONLayersChecked(t *testing.T) {
	doc := func(layers string) []byte {
		return []byte(`{"version": 1, "agreements": [{"id": "a", "name": "a", "lifecycle": [{"status": "in-force", "date": "2000"}],
			"parties": [{"actor": "SAU", "roles": ["member"]}, {"actor": "PAK", "roles": ["member"]}]}], "layers": ` + layers + `}`)
	}
	tests := []struct{ layers, want string }{
		{`[{"agreements": ["b"]}]`, `pact: JSON: layers[0].agreements[0]: unknown agreement "b"`},
		{`[{"agreements": ["a"]}, {"agreements": ["a"]}]`, `pact: JSON: layers[1].agreements[0]: agreement "a" is in layers[0] too`},
		{`[{"coverage": {"source": "x", "from": "2010", "until": "2000"}}]`, `pact: layers[0].coverage: the coverage of "x" ends before it begins`},
		{`[{"coverage": {"source": "", "from": "2010"}}]`, `pact: layers[0].coverage: the source is empty`},
		{`[{"colour": 1}]`, `pact: JSON: 2:109: layers[0].colour: unknown key "colour"`},
	}
	for _, tc := range tests {
		if _, err := ParseModelJSON(testActors(), doc(tc.layers)); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want %s", tc.layers, err, tc.want)
		}
	}
	if _, err := ParseModelJSON(testActors(), doc(`[{}, {"agreements": ["a"]}]`)); err != nil {
		t.Errorf("two layers, a curated one first: %v", err)
	}
}

// FuzzModelJSONKeepsAnswers builds a random world, puts a random layer on
// it, and holds the answers after a JSON round trip to the answers before.
func FuzzModelJSONKeepsAnswers(f *testing.F) {
	for _, s := range slowSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, _, g, ok := slowModel(data)
		if !ok {
			return
		}
		// Some worlds hold an agreement whose text is not public, whose
		// untold obligations must answer alike after the round trip.
		if as := m.Agreements(); len(as) > 0 && g.intn(2) == 0 {
			as[g.intn(len(as))].TextNotPublic = "not public"
			if undisclosed, err := New(m.Actors(), as, WithCoverage(m.Coverage())); err == nil {
				m = undisclosed
			}
		}
		var layer Layer
		if g.intn(2) == 0 {
			layer.Coverage = relations.Coverage{Source: "layer", Observed: relations.Interval{From: g.date(false), Until: g.date(true)}}
		}
		for _, a := range m.Agreements() {
			if g.intn(2) == 0 {
				layer.Observations = append(layer.Observations, Observation{Agreement: a.ID, On: g.date(false), Source: "a source"})
			}
		}
		if world, err := m.With(layer); err == nil {
			m = world
		}
		days := []relations.Date{g.exactDay(), g.date(false), g.exactDay()}
		if diff := cmp.Diff(answersOf(m, days, 4), answersOf(roundTrip(t, m), days, 4)); diff != "" {
			t.Errorf("answers after a JSON round trip (-before +after):\n%s", diff)
		}
	})
}
