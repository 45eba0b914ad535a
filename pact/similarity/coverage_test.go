package similarity_test

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/entente-go/entente/pact/atop/atop51"
	"github.com/entente-go/entente/pact/similarity"
	"github.com/entente-go/entente/relations"
)

// TestNoMeasurePastCoverage: ATOP observes through 2018. The ties of 2019
// and 2025 are not settled, so no measure gives a number as if they were
// (S gave 0.979 for Saudi Arabia and both the United States and Pakistan
// in 2025, and 2019 gave 2018's values): S gives bounds with the coverage's
// doubt, κ, π and τ-b cannot tell, and every tie is a range. 2018 is
// settled.
func TestNoMeasurePastCoverage(t *testing.T) {
	d, err := atop51.Read()
	if err != nil {
		t.Fatal(err)
	}
	ref := similarity.SystemMembers(2016, similarity.Global)
	squared := similarity.WithDistance(similarity.Squared)
	for _, year := range []int{2018, 2019, 2025} {
		mx := similarity.Ties(d.Model, year, ref, similarity.ATOP)
		for _, other := range []relations.ActorID{"USA", "PAK"} {
			measures := map[string]func(i, j relations.ActorID, opts ...similarity.Option) (relations.Measure, error){
				"S": mx.S, "kappa": mx.Kappa, "pi": mx.Pi, "tau-b": mx.TauB}
			for name, f := range measures {
				opts := []similarity.Option{squared}
				if name == "tau-b" {
					opts = nil // a rank correlation has no distance
				}
				m, err := f("SAU", other, opts...)
				if err != nil {
					t.Fatal(err)
				}
				switch {
				case year == 2018 && !m.Settled():
					t.Errorf("%d %s(SAU, %s) = %v; want settled", year, name, other, m)
				case year > 2018 && (m.Settled() || m.Doubt.Reason != relations.PastCoverage):
					t.Errorf("%d %s(SAU, %s) = %v; want unsettled, past ATOP's coverage", year, name, other, m)
				case year > 2018 && name != "S" && !m.CannotTell():
					t.Errorf("%d %s(SAU, %s) = %v; want cannot tell", year, name, other, m)
				case year > 2018 && name == "S" && (m.CannotTell() || m.Lo > m.Hi):
					t.Errorf("%d S(SAU, %s) = %v; want bounds", year, other, m)
				}
			}
			v, _ := mx.Value("SAU", other)
			if year > 2018 && v.Settled() {
				t.Errorf("%d: the tie SAU→%s = %v; want unsettled", year, other, v)
			}
		}
	}
}

// TestSBoundsAreExact fills a few ties of random portfolios with ranges
// and checks S's bounds against every way of filling them: each bound is
// reached, and no filling falls outside.
func TestSBoundsAreExact(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 22))
	ref := []relations.ActorID{"A", "B", "C", "D", "E"}
	for round := range 200 {
		mx := similarity.NewMatrix(ref, similarity.ATOP)
		for _, i := range ref[:2] {
			for _, k := range ref {
				if i != k {
					mx.Set(i, k, float64(rng.IntN(4)))
				}
			}
		}
		type cell struct {
			i, k   relations.ActorID
			lo, hi int
		}
		var open []cell
		for range 1 + rng.IntN(3) {
			i, k := ref[rng.IntN(2)], ref[rng.IntN(len(ref))]
			if i == k {
				continue
			}
			lo := rng.IntN(4)
			open = append(open, cell{i, k, lo, lo + rng.IntN(4-lo)})
		}
		o := []similarity.Option{similarity.WithSelf(similarity.Self(rng.IntN(3))), similarity.WithDistance(similarity.Distance(rng.IntN(2)))}
		for _, c := range open {
			mx.SetUnsettled(c.i, c.k, float64(c.lo), float64(c.hi), relations.Doubt{Reason: relations.PartialDate})
		}
		got, err := mx.S("A", "B", o...)
		if err != nil {
			t.Fatal(err)
		}
		lo, hi := math.Inf(1), math.Inf(-1)
		var fill func(n int)
		fill = func(n int) {
			if n == len(open) {
				m, _ := mx.S("A", "B", o...)
				v, ok := m.Value()
				if !ok {
					t.Fatalf("round %d: a filled matrix is not settled: %v", round, m)
				}
				lo, hi = min(lo, v), max(hi, v)
				return
			}
			c := open[n]
			for v := c.lo; v <= c.hi; v++ {
				mx.Set(c.i, c.k, float64(v))
				fill(n + 1)
			}
			mx.SetUnsettled(c.i, c.k, float64(c.lo), float64(c.hi), relations.Doubt{Reason: relations.PartialDate})
		}
		fill(0)
		if math.Abs(got.Lo-lo) > 1e-12 || math.Abs(got.Hi-hi) > 1e-12 {
			t.Errorf("round %d: S bounds %v; filling every way gives %v to %v", round, got, lo, hi)
		}
	}
}
