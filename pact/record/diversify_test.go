package record_test

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/record"
	"github.com/entente-go/entente/relations"
)

func portfolio(certain map[relations.ActorID]float64, unsettled ...float64) pact.Portfolio {
	pf := pact.Portfolio{Actor: "PRO", On: d("2025")}
	for id, w := range certain {
		pf.Protectors.Certain = append(pf.Protectors.Certain, pact.Protector{Actor: id, Weight: w})
	}
	for i, w := range unsettled {
		pf.Protectors.Uncertain = append(pf.Protectors.Uncertain, relations.Doubtful[pact.Protector]{
			Item: pact.Protector{Actor: relations.ActorID("u" + string(rune('a'+i)) + "x"), Weight: w}})
	}
	return pf
}

func TestDiversify(t *testing.T) {
	for _, tc := range []struct {
		name                 string
		pf                   pact.Portfolio
		share, concentration record.Bounds
	}{
		{"a source's end widens the bounds, not the figure", portfolio(map[relations.ActorID]float64{"USA": 0.5, "PAK": 1}, 1, 1),
			record.Bounds{Settled: 1.0 / 3, Low: 0.5 / 3.5, High: 1.0 / 3},
			record.Bounds{Settled: (0.25 + 1) / 2.25, Low: (0.25 + 3) / (3.5 * 3.5), High: (0.25 + 1) / 2.25}},
		{"a single settled protector", portfolio(map[relations.ActorID]float64{"USA": 1}),
			record.Bounds{Settled: 1, Low: 1, High: 1}, record.Bounds{Settled: 1, Low: 1, High: 1}},
		{"the protector asked about is absent", portfolio(map[relations.ActorID]float64{"PAK": 1}, 0.5),
			record.Bounds{Settled: 0, Low: 0, High: 0}, record.Bounds{Settled: 1, Low: 1.25 / 2.25, High: 1}},
		{"nothing settled", portfolio(nil, 1),
			record.Bounds{Settled: nan, Low: 0, High: 0}, record.Bounds{Settled: nan, Low: 1, High: 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := record.Diversify(tc.pf, "USA")
			opts := cmp.Options{cmpopts.EquateNaNs(), cmpopts.EquateApprox(0, 1e-12)}
			if diff := cmp.Diff(tc.share, got.Share, opts); diff != "" {
				t.Errorf("share (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.concentration, got.Concentration, opts); diff != "" {
				t.Errorf("concentration (-want +got):\n%s", diff)
			}
		})
	}
}

// TestConcentrationBoundsAgainstEnumeration holds the bounds to every
// subset of the unsettled protectors.
func TestConcentrationBoundsAgainstEnumeration(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	weights := []float64{0.25, 0.5, 1}
	for range 500 {
		certain := map[relations.ActorID]float64{}
		if rng.IntN(3) > 0 {
			certain["USA"] = weights[rng.IntN(3)]
		}
		var unsettled []float64
		for range rng.IntN(8) {
			unsettled = append(unsettled, weights[rng.IntN(3)])
		}
		got := record.Diversify(portfolio(certain, unsettled...), "USA").Concentration
		lo, hi := nan, nan
		for mask := 0; mask < 1<<len(unsettled); mask++ {
			s, q := certain["USA"], certain["USA"]*certain["USA"]
			for i, w := range unsettled {
				if mask&(1<<i) != 0 {
					s, q = s+w, q+w*w
				}
			}
			if s == 0 {
				continue
			}
			x := q / (s * s)
			lo, hi = minNaN(lo, x), -minNaN(-hi, -x)
		}
		if !same(lo, got.Low) || !same(hi, got.High) {
			t.Fatalf("%v %v: bounds %v–%v, enumeration %v–%v", certain, unsettled, got.Low, got.High, lo, hi)
		}
	}
}

func minNaN(a, b float64) float64 {
	if math.IsNaN(a) {
		return b
	}
	return math.Min(a, b)
}
