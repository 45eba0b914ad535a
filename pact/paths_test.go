package pact_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

// d reads a date the tests write out.
var d = relations.MustDate

// pathActors are the actors of the worlds the paths build.
func pathActors() []relations.Actor {
	var out []relations.Actor
	for _, id := range []relations.ActorID{"SAU", "PAK", "QAT"} {
		out = append(out, relations.Actor{ID: id, Kind: relations.StateActor, Name: string(id)})
	}
	return out
}

// smda is an agreement in force from 2025-09-17.
func smda() pact.Agreement {
	return pact.Agreement{ID: "smda", Name: "smda",
		Parties:   []pact.Party{{Actor: "SAU", Roles: pact.Member}, {Actor: "PAK", Roles: pact.Member}},
		Lifecycle: []pact.StatusChange{{Status: pact.Signed, Date: d("2025-09-17")}, {Status: pact.InForce, Date: d("2025-09-17")}},
		Clauses:   []pact.Clause{{Obligation: pact.Defense}}}
}

// paths builds a world of actors and agreements in every way a model is
// built: New, With a layer on an empty base, ParseModelJSON, and With a
// layer on a base that holds the actors; each returns New's error.
var paths = []struct {
	name  string
	build func(actors []relations.Actor, agreements []pact.Agreement) error
}{
	{"New", func(actors []relations.Actor, agreements []pact.Agreement) error {
		_, err := pact.New(actors, agreements)
		return err
	}},
	{"With", func(actors []relations.Actor, agreements []pact.Agreement) error {
		base, err := pact.New(nil, nil)
		if err != nil {
			return err
		}
		_, err = base.With(pact.Layer{Actors: actors, Agreements: agreements})
		return err
	}},
	{"ParseModelJSON", func(actors []relations.Actor, agreements []pact.Agreement) error {
		doc, err := json.Marshal(map[string]any{"version": 1, "agreements": agreements})
		if err != nil {
			return err
		}
		_, err = pact.ParseModelJSON(actors, doc)
		return err
	}},
}

// TestOneValidatorOnEveryPath: a rule holds on every path that builds a
// model, because every path calls the one validator.
func TestOneValidatorOnEveryPath(t *testing.T) {
	org := func(members ...relations.Membership) relations.Actor {
		return relations.Actor{ID: "gcc", Kind: relations.Organisation, Name: "GCC", Members: members}
	}
	with := func(mod func(*pact.Agreement)) []pact.Agreement {
		a := smda()
		mod(&a)
		return []pact.Agreement{a}
	}
	tests := []struct {
		name       string
		actors     []relations.Actor
		agreements []pact.Agreement
		want       string
	}{
		{"an organisation with an unknown member", append(pathActors(), org(relations.Membership{Member: "XXX", During: relations.Interval{From: d("1981")}})),
			nil, `actor "gcc": members[0].member: unknown actor "XXX"`},
		{"an organisation in itself", append(pathActors(), org(relations.Membership{Member: "gcc", During: relations.Interval{From: d("1981")}})),
			nil, `an organisation cannot be its own member`},
		{"a reversed spell", append(pathActors(), org(relations.Membership{Member: "SAU", During: relations.Interval{From: d("1981"), Until: d("1980")}})),
			nil, `members[0].during: interval [1981, 1980) has no start or ends before it starts`},
		{"overlapping spells of one member", append(pathActors(), org(
			relations.Membership{Member: "SAU", During: relations.Interval{From: d("1981"), Until: d("1990")}},
			relations.Membership{Member: "SAU", During: relations.Interval{From: d("1989")}})),
			nil, `members[1].during: spell [1989, …) of "SAU" may overlap its spell [1981, 1990) (members[0])`},
		{"an amendment before the agreement", pathActors(), with(func(a *pact.Agreement) {
			a.Amendments = []pact.Amendment{{Date: d("2020")}}
		}), `amendments[0].date: 2020 comes before the agreement's first date, 2025-09-17 (signed)`},
		{"joining before the agreement", pathActors(), with(func(a *pact.Agreement) { a.Parties[1].Joined = d("2024") }),
			`parties[1].joined: 2024 comes before the agreement's first date, 2025-09-17 (signed)`},
		{"joining after its end", pathActors(), with(func(a *pact.Agreement) {
			a.Lifecycle = append(a.Lifecycle, pact.StatusChange{Status: pact.Terminated, Date: d("2027")})
			a.Parties[1].Joined = d("2028-01-01")
		}), `parties[1].joined: 2028-01-01 comes after the agreement's end, 2027 (terminated)`},
		{"withdrawing after its end", pathActors(), with(func(a *pact.Agreement) {
			a.Lifecycle = append(a.Lifecycle, pact.StatusChange{Status: pact.Terminated, Date: d("2027")})
			a.Parties[1].Withdrew = d("2030")
		}), `parties[1].withdrew: 2030 comes after the agreement's end, 2027 (terminated)`},
		{"withdrawing before it", pathActors(), with(func(a *pact.Agreement) { a.Parties[1].Withdrew = d("2025-09-16") }),
			`parties[1].withdrew: 2025-09-16 comes before the agreement's first date, 2025-09-17 (signed)`},
		{"too many parties", pathActors(), with(func(a *pact.Agreement) {
			a.Parties = make([]pact.Party, pact.MaxParties+1)
		}), `parties: 1001 parties is more than the limit of 1000 (pact.MaxParties)`},
	}
	for _, tc := range tests {
		for _, p := range paths {
			t.Run(tc.name+"/"+p.name, func(t *testing.T) {
				err := p.build(tc.actors, tc.agreements)
				if err == nil || !strings.Contains(err.Error(), tc.want) {
					t.Errorf("got %v\nwant an error saying %s", err, tc.want)
				}
			})
		}
		if tc.agreements == nil {
			t.Run(tc.name+"/NewHistory", func(t *testing.T) {
				if _, err := relations.NewHistory(tc.actors, nil); err == nil || !strings.Contains(err.Error(), tc.want) {
					t.Errorf("got %v\nwant an error saying %s", err, tc.want)
				}
			})
		}
	}
}

// TestDatesThatMayFallInside: a partial date that may fall inside the
// agreement's life is accepted on every path.
func TestDatesThatMayFallInside(t *testing.T) {
	a := smda()
	a.Lifecycle = append(a.Lifecycle, pact.StatusChange{Status: pact.Terminated, Date: d("2030-06-01")})
	a.Parties[1].Joined = d("2025")   // the year of signature
	a.Parties[0].Withdrew = d("2030") // the year of the end
	a.Amendments = []pact.Amendment{{Date: d("2025-09"), Clauses: []pact.Clause{{Obligation: pact.Consultation}}}}
	for _, p := range paths {
		if err := p.build(pathActors(), []pact.Agreement{a}); err != nil {
			t.Errorf("%s: %v", p.name, err)
		}
	}
}

// TestWithChecksLayersAsNewDoes: a layer's coverage follows the rule the
// model's own follows, and no two sources share a name.
func TestWithChecksLayersAsNewDoes(t *testing.T) {
	base, err := pact.New(pathActors(), []pact.Agreement{smda()},
		pact.WithCoverage(relations.Coverage{Source: "base", Observed: relations.Interval{From: d("1815-01-01"), Until: d("2019-01-01")}}))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		c    relations.Coverage
		want string
	}{
		{"an end before the beginning", relations.Coverage{Source: "x", Observed: relations.Interval{From: d("2020"), Until: d("2010")}},
			`pact: layers[0].coverage: the coverage of "x" ends before it begins: [2020, 2010)`},
		{"no source", relations.Coverage{Observed: relations.Interval{From: d("2020")}}, `pact: layers[0].coverage: the source is empty`},
		{"no first day", relations.Coverage{Source: "x", Observed: relations.Interval{Until: d("2020")}},
			`pact: layers[0].coverage: the coverage of "x" has no first day`},
		{"a source that is already one", relations.Coverage{Source: "base", Observed: relations.Interval{From: d("2020")}},
			`pact: layers[0].coverage: source: source "base" is already the source of the model's coverage`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := base.With(pact.Layer{Coverage: tc.c})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want %s", err, tc.want)
			}
			_, err = pact.New(nil, nil, pact.WithCoverage(tc.c))
			if want := strings.Replace(tc.want, "layers[0].coverage", "coverage", 1); tc.name != "a source that is already one" && (err == nil || !strings.Contains(err.Error(), want)) {
				t.Errorf("New: got %v, want %s", err, want)
			}
		})
	}
	// A second layer from a source an earlier layer has.
	once, err := base.With(pact.Layer{Coverage: relations.Coverage{Source: "gazette", Observed: relations.Interval{From: d("2020")}}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = once.With(pact.Layer{Coverage: relations.Coverage{Source: "gazette", Observed: relations.Interval{From: d("2022")}}})
	if want := `pact: layers[1].coverage: source: source "gazette" is already the source of layers[0]`; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("got %v, want %s", err, want)
	}
	// Curated layers, without coverage, are many.
	two, err := base.With(pact.Layer{})
	if err == nil {
		_, err = two.With(pact.Layer{})
	}
	if err != nil {
		t.Errorf("two curated layers: %v", err)
	}
	// An observation outside the agreement's life.
	_, err = base.With(pact.Layer{Observations: []pact.Observation{{Agreement: "smda", On: d("2020"), Source: "a communiqué"}}})
	if want := `pact: observations[0]: on: 2020 comes before the agreement's first date, 2025-09-17 (signed)`; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("got %v, want %s", err, want)
	}
}
