package similarity

import (
	"maps"
	"math"
	"slices"

	"github.com/entente-go/entente/relations"
)

// Distance is the distance between two tie values that S, κ and π use.
type Distance uint8

const (
	// Absolute is |a − b|, Signorino and Ritter's original S.
	Absolute Distance = iota
	// Squared is (a − b)², the squared-distance S and Häge's recommended
	// metric for κ and π.
	Squared
)

func (d Distance) of(a, b float64) float64 {
	if d == Squared {
		return (a - b) * (a - b)
	}
	return math.Abs(a - b)
}

// Options tune a measure.
type Options struct {
	Self     Self
	Distance Distance
	// Weight, if set, weighs each member of the reference set (the weighted
	// S uses national capabilities); nil weighs each equally.
	Weight func(relations.ActorID) float64
}

// S returns Signorino and Ritter's S for the portfolios of i and j:
//
//	S = 1 − 2 · Σₖ wₖ·δ(xᵢₖ, xⱼₖ) / Σₖ wₖ·δ(max, min)
//
// where δ is the absolute or squared distance and max and min bound the
// coding's values. S runs from −1 (opposite portfolios) to 1 (identical).
// With Weight set it is the weighted S. It is NaN when the weights sum to
// zero (nothing to compare).
func (mx *Matrix) S(i, j relations.ActorID, o Options) (float64, error) {
	span := o.Distance.of(mx.coding.Max, mx.coding.Min)
	var d, dmax float64
	err := mx.each(i, j, o.Self, o.Weight, func(x, y, w float64) {
		d += w * o.Distance.of(x, y)
		dmax += w * span
	})
	if err != nil {
		return math.NaN(), err
	}
	if dmax == 0 {
		return math.NaN(), nil
	}
	return 1 - 2*d/dmax, nil
}

// Kappa returns Häge's (2011) Cohen's κ for the portfolios of i and j: the
// observed mean distance corrected for the distance expected by chance
// given each actor's own distribution of tie values,
//
//	κ = 1 − Dₒ / Dₑ,  Dₒ = Σₖ wₖ·δ(xᵢₖ, xⱼₖ) / Σₖ wₖ,  Dₑ = Σₐ Σ_b pᵢ(a)·pⱼ(b)·δ(a, b),
//
// where pᵢ(a) is the (weighted) share of i's ties with value a. It is 1 for
// identical portfolios and 0 for agreement no better than chance; NaN when
// Dₑ is 0 (both portfolios constant), where chance agreement is total.
func (mx *Matrix) Kappa(i, j relations.ActorID, o Options) (float64, error) {
	return mx.chanceCorrected(i, j, o, false)
}

// Pi returns Häge's (2011) Scott's π: as [Matrix.Kappa], but chance
// agreement uses the pooled distribution of both actors' tie values,
// p(a) = (pᵢ(a) + pⱼ(a)) / 2, for both.
func (mx *Matrix) Pi(i, j relations.ActorID, o Options) (float64, error) {
	return mx.chanceCorrected(i, j, o, true)
}

func (mx *Matrix) chanceCorrected(i, j relations.ActorID, o Options, pooled bool) (float64, error) {
	// Every sum runs in a fixed order — the reference set's, which the
	// Matrix keeps sorted by ID, and the tie values' — so that the result
	// is the same to the last bit from run to run and whatever the order
	// the reference set was given in.
	var total, do float64
	px, py := map[float64]float64{}, map[float64]float64{}
	err := mx.each(i, j, o.Self, o.Weight, func(x, y, w float64) {
		total += w
		do += w * o.Distance.of(x, y)
		px[x] += w
		py[y] += w
	})
	if err != nil {
		return math.NaN(), err
	}
	if total == 0 {
		return math.NaN(), nil
	}
	do /= total
	if pooled {
		for v := range py {
			px[v] += 0
		}
		for v := range px {
			p := (px[v] + py[v]) / 2
			px[v], py[v] = p, p
		}
	}
	var de float64
	xs, ys := slices.Sorted(maps.Keys(px)), slices.Sorted(maps.Keys(py))
	for _, a := range xs {
		for _, b := range ys {
			de += px[a] / total * py[b] / total * o.Distance.of(a, b)
		}
	}
	if de == 0 {
		return math.NaN(), nil
	}
	return 1 - do/de, nil
}

// TauB returns Kendall's τ-b between the portfolios of i and j, the measure
// Bueno de Mesquita (1975) introduced for alliance portfolios:
//
//	τ-b = (n_c − n_d) / √((n₀ − n₁)(n₀ − n₂))
//
// over all pairs of reference-set members, where n_c and n_d count
// concordant and discordant pairs, n₀ = n(n−1)/2, and n₁ and n₂ count pairs
// tied in i's and j's portfolio. Weights do not apply. It is NaN when either
// portfolio has no variation.
func (mx *Matrix) TauB(i, j relations.ActorID, o Options) (float64, error) {
	var x, y []float64
	if err := mx.each(i, j, o.Self, nil, func(a, b, _ float64) { x, y = append(x, a), append(y, b) }); err != nil {
		return math.NaN(), err
	}
	// Tie values take few distinct values, so count over a contingency
	// table instead of over all pairs.
	xs, ys := distinct(x), distinct(y)
	count := make([][]float64, len(xs))
	for a := range count {
		count[a] = make([]float64, len(ys))
	}
	for k := range x {
		a, _ := slices.BinarySearch(xs, x[k])
		b, _ := slices.BinarySearch(ys, y[k])
		count[a][b]++
	}
	n := float64(len(x))
	n0 := n * (n - 1) / 2
	var nc, nd, n1, n2 float64
	rows, cols := make([]float64, len(xs)), make([]float64, len(ys))
	for a := range xs {
		for b := range ys {
			c := count[a][b]
			rows[a] += c
			cols[b] += c
			for a2 := a + 1; a2 < len(xs); a2++ {
				for b2 := range ys {
					switch {
					case b2 > b:
						nc += c * count[a2][b2]
					case b2 < b:
						nd += c * count[a2][b2]
					}
				}
			}
		}
	}
	for _, r := range rows {
		n1 += r * (r - 1) / 2
	}
	for _, c := range cols {
		n2 += c * (c - 1) / 2
	}
	den := math.Sqrt((n0 - n1) * (n0 - n2))
	if den == 0 {
		return math.NaN(), nil
	}
	return (nc - nd) / den, nil
}

func distinct(v []float64) []float64 {
	out := slices.Clone(v)
	slices.Sort(out)
	return slices.Compact(out)
}
