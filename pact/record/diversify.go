package record

import (
	"math"
	"slices"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

// Bounds is a figure the sources may not settle: Settled counts only what
// they settle; Low and High bound it over every way the rest may settle.
// Each is NaN where no figure is defined (no protector at all).
type Bounds struct {
	Settled, Low, High float64
}

// Diversification is how one actor's security is spread on a day: the
// protectors bound for certain, those the sources cannot settle, and two
// figures with bounds — the share resting on one protector, and the
// concentration (the Herfindahl–Hirschman index of the shares, 1 for a
// single protector). A source whose coverage ends turns its protectors
// from certain to unsettled: the bounds widen, where a figure counted on
// the settled ties alone would move.
type Diversification struct {
	Actor relations.ActorID
	On    relations.Date
	// Of is the protector whose Share is measured.
	Of        relations.ActorID
	Certain   []pact.Protector
	Unsettled []relations.Doubtful[pact.Protector]
	Share     Bounds
	// Concentration is the Herfindahl–Hirschman index.
	Concentration Bounds
}

// Diversify measures a portfolio's spread and the share that rests on
// protector of. An unsettled protector is in the portfolio with its weight,
// or not at all. The share's bounds take every unsettled protector in or
// none; the concentration's are exact over every subset, found by counting
// how many of each distinct weight are in (polynomial in the protectors,
// never the 2ⁿ subsets: a portfolio weighs ties at a few weights).
func Diversify(p pact.Portfolio, of relations.ActorID) Diversification {
	d := Diversification{Actor: p.Actor, On: p.On, Of: of, Certain: slices.Clone(p.Protectors.Certain), Unsettled: slices.Clone(p.Protectors.Uncertain)}
	var s, q, w float64 // certain total, sum of squares, of's weight
	for _, x := range p.Protectors.Certain {
		s, q = s+x.Weight, q+x.Weight*x.Weight
		if x.Actor == of {
			w = x.Weight
		}
	}
	var u, uw float64 // unsettled total, and of's weight if unsettled
	classes := map[float64]int{}
	for _, x := range p.Protectors.Uncertain {
		u += x.Item.Weight
		classes[x.Item.Weight]++
		if x.Item.Actor == of {
			uw = x.Item.Weight
		}
	}
	nan := math.NaN()
	d.Share = Bounds{Settled: ratio(w, s), Low: nan, High: nan}
	switch {
	case w > 0:
		d.Share.Low, d.Share.High = w/(s+u), w/s
	case uw > 0:
		d.Share.High = uw / (s + uw)
		if s+u-uw > 0 {
			d.Share.Low = 0
		} else {
			d.Share.Low = 1
		}
	case s+u > 0:
		d.Share.Low, d.Share.High = 0, 0
	}
	d.Concentration = Bounds{Settled: ratio(q, s*s), Low: nan, High: nan}
	weights := make([]float64, 0, len(classes))
	for x := range classes {
		weights = append(weights, x)
	}
	slices.Sort(weights)
	var walk func(i int, s, q float64)
	walk = func(i int, s, q float64) {
		if i == len(weights) {
			if s > 0 {
				h := q / (s * s)
				if math.IsNaN(d.Concentration.Low) || h < d.Concentration.Low {
					d.Concentration.Low = h
				}
				if math.IsNaN(d.Concentration.High) || h > d.Concentration.High {
					d.Concentration.High = h
				}
			}
			return
		}
		x := weights[i]
		for k := 0; k <= classes[x]; k++ {
			walk(i+1, s+float64(k)*x, q+float64(k)*x*x)
		}
	}
	walk(0, s, q)
	return d
}
