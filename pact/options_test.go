package pact

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/relations"
)

// TestOptionsBelongToTheirCalls: each call takes the options its
// documentation names and reports any other by name, as a program exits on
// a flag its mode does not use; a nil Option is ignored.
func TestOptionsBelongToTheirCalls(t *testing.T) {
	m := uncertainWorld(t)
	attack := []Attack{{Aggressors: ids("IRN"), Target: "SAU", On: day("2015-01-01")}}
	errText := func(err error) string {
		if err == nil {
			return ""
		}
		return err.Error()
	}
	for _, tc := range []struct {
		name string
		call func() error
		want string
	}{
		{"New takes WithCoverage", func() error {
			_, err := New(testActors(), nil, WithCoverage(relations.Coverage{Source: "x", Observed: relations.Interval{From: day("2000")}}))
			return err
		}, ""},
		{"New refuses a Cascade option", func() error {
			_, err := New(testActors(), nil, WithUncertainDuties())
			return err
		}, "pact: New: options: WithUncertainDuties is not an option of New (it takes WithCoverage)"},
		{"New refuses WithReadOptions, which only a reader uses", func() error {
			_, err := New(testActors(), nil, WithReadOptions())
			return err
		}, "pact: New: options: WithReadOptions is not an option of New (it takes WithCoverage)"},
		{"New ignores a nil Option", func() error {
			_, err := New(testActors(), nil, nil)
			return err
		}, ""},
		{"Cascade refuses WithWeights", func() error {
			_, err := m.Cascade(attack, WithWeights(DefaultWeights))
			return err
		}, "pact: Model.Cascade: options: WithWeights is not an option of Model.Cascade (it takes WithUncertainDuties)"},
		{"Portfolio refuses WithCoverage", func() error {
			_, err := m.Portfolio("SAU", day("2015-01-01"), WithCoverage(relations.Coverage{}))
			return err
		}, "pact: Model.Portfolio: options: WithCoverage is not an option of Model.Portfolio (it takes WithWeights)"},
		{"ParseModelJSON refuses WithUncertainDuties", func() error {
			_, err := ParseModelJSON(testActors(), []byte(`{"version": 1, "agreements": []}`), WithUncertainDuties())
			return err
		}, "pact: ParseModelJSON: options: WithUncertainDuties is not an option of ParseModelJSON (it takes WithCoverage, WithReadOptions)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, errText(tc.call())); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
		})
	}
}

// TestWithUncertainDuties: a duty that cannot be told draws an actor into
// a cascade only under WithUncertainDuties. On 2012-06-15 the United
// States certainly defends Saudi Arabia; Pakistan's defense, in force from
// the month 2012-06, cannot be told.
func TestWithUncertainDuties(t *testing.T) {
	m := uncertainWorld(t)
	attack := []Attack{{Aggressors: ids("IRN"), Target: "SAU", On: day("2012-06-15")}}
	entered := func(c Cascade) []relations.ActorID {
		var out []relations.ActorID
		for _, r := range c.Rounds {
			for _, e := range r.Entered {
				out = append(out, e.Actor)
			}
		}
		return out
	}
	certain, err := m.Cascade(attack)
	if err != nil {
		t.Fatal(err)
	}
	uncertain, err := m.Cascade(attack, WithUncertainDuties())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(ids("USA"), entered(certain)); diff != "" {
		t.Errorf("entered with certain duties only (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(ids("PAK", "USA"), entered(uncertain)); diff != "" {
		t.Errorf("entered with uncertain duties (-want +got):\n%s", diff)
	}
}

// TestWithWeights: the weights given replace DefaultWeights.
func TestWithWeights(t *testing.T) {
	m := uncertainWorld(t)
	weights := func(opts ...Option) map[relations.ActorID]float64 {
		t.Helper()
		p, err := m.Portfolio("SAU", day("2015-01-01"), opts...)
		if err != nil {
			t.Fatal(err)
		}
		out := map[relations.ActorID]float64{}
		for _, x := range p.Protectors.Certain {
			out[x.Actor] = x.Weight
		}
		return out
	}
	if diff := cmp.Diff(map[relations.ActorID]float64{"PAK": 1, "USA": 1}, weights()); diff != "" {
		t.Errorf("default weights (-want +got):\n%s", diff)
	}
	only := PortfolioWeights{Defense: 0, Expectation: 2}
	if diff := cmp.Diff(map[relations.ActorID]float64{"USA": 2}, weights(WithWeights(only))); diff != "" {
		t.Errorf("expectations only (-want +got):\n%s", diff)
	}
}
