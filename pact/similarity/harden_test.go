package similarity

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

// francoRussian is a model of the Franco-Russian alliance of 1894 among
// France, Russia and Britain.
func francoRussian(t *testing.T) *pact.Model {
	actors := []relations.Actor{
		{ID: "FRA", Kind: relations.StateActor, Name: "France"},
		{ID: "RUS", Kind: relations.StateActor, Name: "Russia"},
		{ID: "GBR", Kind: relations.StateActor, Name: "Britain"},
	}
	m, err := pact.New(actors, []pact.Agreement{{ID: "fr-ru", Name: "Franco-Russian",
		Parties:   []pact.Party{{Actor: "FRA", Roles: pact.Member}, {Actor: "RUS", Roles: pact.Member}},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1894-01-04")}},
		Clauses:   []pact.Clause{{Obligation: pact.Defense}}}})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestTiesYearOutOfRangeHasNoTies(t *testing.T) {
	m := francoRussian(t)
	for _, year := range []int{math.MinInt, -1, 0, relations.MaxYear + 1, math.MaxInt} {
		mx := Ties(m, year, []relations.ActorID{"FRA", "RUS"}, ATOP)
		if v, ok := mx.Value("FRA", "RUS"); !ok || v != relations.Exact(0) {
			t.Errorf("Ties(m, %d, …): FRA→RUS = %v, %v; want 0, true", year, v, ok)
		}
	}
}

// TestCallerValuesValidated: a coding, its values and the weights are
// validated as a file's rows are: no S outside [−1, 1], no weight that
// is negative or not a number, and an error naming what is wrong.
func TestCallerValuesValidated(t *testing.T) {
	m := francoRussian(t)
	ref := []relations.ActorID{"FRA", "RUS", "GBR"}
	tests := []struct {
		name string
		mx   *Matrix
		opts []Option
		want string
	}{
		{"Min above Max", Ties(m, 1900, ref, Coding{Name: "upside-down", Min: 3, Max: 0, Value: atopValue}), nil,
			`similarity: coding "upside-down": bounds [3, 0] are not two finite numbers, Min below Max`},
		{"a NaN bound", NewMatrix(ref, Coding{Name: "nan", Min: 0, Max: math.NaN()}), nil, `bounds [0, NaN]`},
		{"a value past Max", Ties(m, 1900, ref, Coding{Name: "ten", Min: 0, Max: 3, Value: func(s pact.ObligationSet) float64 { return 10 * float64(s) }}), nil,
			`similarity: coding "ten": gives 20 for defense, outside its Min and Max`},
		{"a value for no tie", Ties(m, 1900, ref, Coding{Name: "one", Min: 0, Max: 3, Value: func(pact.ObligationSet) float64 { return 1 }}), nil,
			`similarity: coding "one": gives 1 for no obligation; a pair without ties holds 0`},
		{"bounds without 0", NewMatrix(ref, Coding{Name: "positive", Min: 1, Max: 3}), nil,
			`similarity: coding "positive": bounds [1, 3] leave out 0, the value of a pair without ties`},
		{"no Value", Ties(m, 1900, ref, Coding{Name: "none", Min: 0, Max: 3}), nil, `similarity: coding "none": has no Value function`},
		{"a negative weight", Ties(m, 1900, ref, ATOP), []Option{WithWeight(func(x relations.ActorID) float64 { return -1 })},
			`similarity: query: weight: the weight of "FRA" is -1; want a finite number ≥ 0`},
		{"a NaN weight", Ties(m, 1900, ref, ATOP), []Option{WithWeight(func(x relations.ActorID) float64 { return math.NaN() })}, `is NaN`},
		{"an infinite weight", Ties(m, 1900, ref, ATOP), []Option{WithWeight(func(x relations.ActorID) float64 { return math.Inf(1) })}, `is +Inf`},
		{"too large a reference set", NewMatrix(manyIDs(MaxReference+1), ATOP), nil,
			`similarity: reference set: 4097 members is more than the limit of 4096 (similarity.MaxReference)`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for name, measure := range map[string]func(i, j relations.ActorID, opts ...Option) (relations.Measure, error){
				"S": tc.mx.S, "Kappa": tc.mx.Kappa, "Pi": tc.mx.Pi, "TauB": tc.mx.TauB} {
				if name == "TauB" && tc.opts != nil {
					continue // τ-b takes no weights
				}
				v, err := measure("FRA", "RUS", tc.opts...)
				if err == nil || !strings.Contains(err.Error(), tc.want) || !math.IsNaN(v.Lo) || !math.IsNaN(v.Hi) {
					t.Errorf("%s = %v, %v; want NaN and an error saying %s", name, v, err, tc.want)
				}
			}
		})
	}
	mx := NewMatrix(ref, ATOP)
	for _, v := range []float64{-1, 4, math.NaN()} {
		if mx.Set("FRA", "RUS", v) {
			t.Errorf("Set(%v) outside [0, 3] accepted", v)
		}
	}
	if s, err := Ties(nil, 1900, ref, ATOP).S("FRA", "RUS"); err != nil || !s.Settled() || math.IsNaN(s.Lo) {
		t.Errorf("a nil model: S = %v, %v; want a matrix without ties", s, err)
	}
}

func manyIDs(n int) []relations.ActorID {
	out := make([]relations.ActorID, n)
	for i := range out {
		out[i] = relations.ActorID("a" + strconv.Itoa(i))
	}
	return out
}
