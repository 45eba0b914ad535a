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

// bounds returns the least and greatest distance between a value of x and
// one of y.
func (d Distance) bounds(x, y span) (near, far float64) {
	gap := max(0, max(x.lo, y.lo)-min(x.hi, y.hi))
	return d.of(gap, 0), d.of(max(x.hi-y.lo, y.hi-x.lo), 0)
}

// S returns Signorino and Ritter's S for the portfolios of i and j:
//
//	S = 1 − 2 · Σₖ wₖ·δ(xᵢₖ, xⱼₖ) / Σₖ wₖ·δ(max, min)
//
// where δ is the absolute or squared distance ([WithDistance]) and max and
// min bound the coding's values. S runs from −1 (opposite portfolios) to 1
// (identical). With [WithWeight] it is the weighted S. It is NaN when the weights sum to
// zero (nothing to compare). Where ties are unsettled (see [Ties]), each
// reference member contributes its own term, so S's exact bounds are the
// sums of each term's least and greatest distance: the measure is given
// as those bounds with the ties' doubt ([relations.Measure]).
func (mx *Matrix) S(i, j relations.ActorID, opts ...Option) (relations.Measure, error) {
	o, err := collect("Matrix.S", opts, "WithSelf", "WithDistance", "WithWeight")
	if err != nil {
		return relations.Exact(math.NaN()), err
	}
	span0 := o.distance.of(mx.coding.Max, mx.coding.Min)
	var dlo, dhi, dmax float64
	err = mx.eachRange(i, j, o.self, o.weight, func(x, y span, w float64) {
		near, far := o.distance.bounds(x, y)
		dlo += w * near
		dhi += w * far
		dmax += w * span0
	})
	if err != nil {
		return relations.Exact(math.NaN()), err
	}
	if dmax == 0 {
		return mx.measure(i, j, math.NaN(), math.NaN()), nil
	}
	return mx.measure(i, j, 1-2*dhi/dmax, 1-2*dlo/dmax), nil
}

// measure returns a measure of i's and j's portfolios bounded by lo and
// hi, with the matrix's doubt when one of their ties is unsettled.
func (mx *Matrix) measure(i, j relations.ActorID, lo, hi float64) relations.Measure {
	m := relations.Measure{Lo: lo, Hi: hi}
	if mx.unsettled(i, j) {
		m.Doubt = mx.doubt
	}
	return m
}

// cannotTell returns the measure κ, π and τ-b give where ties of i or j
// are unsettled, or false when they are settled.
func (mx *Matrix) cannotTell(i, j relations.ActorID) (relations.Measure, bool) {
	if !mx.unsettled(i, j) {
		return relations.Measure{}, false
	}
	return relations.Measure{Lo: math.NaN(), Hi: math.NaN(), Doubt: mx.doubt}, true
}

// Kappa returns Häge's (2011) Cohen's κ for the portfolios of i and j: the
// observed mean distance corrected for the distance expected by chance
// given each actor's own distribution of tie values,
//
//	κ = 1 − Dₒ / Dₑ,  Dₒ = Σₖ wₖ·δ(xᵢₖ, xⱼₖ) / Σₖ wₖ,  Dₑ = Σₐ Σ_b pᵢ(a)·pⱼ(b)·δ(a, b),
//
// where pᵢ(a) is the (weighted) share of i's ties with value a. It is 1 for
// identical portfolios and 0 for agreement no better than chance; NaN when
// Dₑ is 0 (both portfolios constant), where chance agreement is total. It
// takes the options S takes.
//
// Where ties of i or j are unsettled, κ is cannot tell: the chance
// correction couples every reference member, so its bounds are not a sum
// of terms ([relations.Measure]).
func (mx *Matrix) Kappa(i, j relations.ActorID, opts ...Option) (relations.Measure, error) {
	return mx.chanceCorrected(i, j, opts, false)
}

// Pi returns Häge's (2011) Scott's π: as [Matrix.Kappa], but chance
// agreement uses the pooled distribution of both actors' tie values,
// p(a) = (pᵢ(a) + pⱼ(a)) / 2, for both.
// Where ties of i or j are unsettled, π is cannot tell, as κ is.
func (mx *Matrix) Pi(i, j relations.ActorID, opts ...Option) (relations.Measure, error) {
	return mx.chanceCorrected(i, j, opts, true)
}

func (mx *Matrix) chanceCorrected(i, j relations.ActorID, opts []Option, pooled bool) (relations.Measure, error) {
	call := "Matrix.Kappa"
	if pooled {
		call = "Matrix.Pi"
	}
	o, err := collect(call, opts, "WithSelf", "WithDistance", "WithWeight")
	if err != nil {
		return relations.Exact(math.NaN()), err
	}
	if err := mx.inReference(i, j); err != nil {
		return relations.Exact(math.NaN()), err
	}
	if m, open := mx.cannotTell(i, j); open {
		return m, nil
	}
	v, err := mx.chanceCorrectedValue(i, j, o, pooled)
	return relations.Exact(v), err
}

func (mx *Matrix) chanceCorrectedValue(i, j relations.ActorID, o settings, pooled bool) (float64, error) {
	// Every sum runs in a fixed order — the reference set's, which the
	// Matrix keeps sorted by ID, and the tie values' — so that the result
	// is the same to the last bit from run to run and whatever the order
	// the reference set was given in.
	var total, do float64
	px, py := map[float64]float64{}, map[float64]float64{}
	err := mx.each(i, j, o.self, o.weight, func(x, y, w float64) {
		total += w
		do += w * o.distance.of(x, y)
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
			de += px[a] / total * py[b] / total * o.distance.of(a, b)
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
// tied in i's and j's portfolio. It takes one [Option], [WithSelf]: a
// rank correlation has no distance and no weights, and is given none. It
// is NaN when either
// portfolio has no variation. Where ties of i or j are unsettled, τ-b is
// cannot tell: every pair of members counts, so its bounds are not a sum
// of terms ([relations.Measure]).
func (mx *Matrix) TauB(i, j relations.ActorID, opts ...Option) (relations.Measure, error) {
	o, err := collect("Matrix.TauB", opts, "WithSelf")
	if err != nil {
		return relations.Exact(math.NaN()), err
	}
	if err := mx.inReference(i, j); err != nil {
		return relations.Exact(math.NaN()), err
	}
	if m, open := mx.cannotTell(i, j); open {
		return m, nil // before counting: unsettled ties are no values to rank
	}
	v, err := mx.tauB(i, j, o)
	return relations.Exact(v), err
}

func (mx *Matrix) tauB(i, j relations.ActorID, o settings) (float64, error) {
	var x, y []float64
	if err := mx.each(i, j, o.self, nil, func(a, b, _ float64) { x, y = append(x, a), append(y, b) }); err != nil {
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
