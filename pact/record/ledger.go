package record

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/entente-go/entente/relations"
)

// Ledger is one protector's record toward one protégé: its verdicts, in
// date order.
type Ledger struct {
	Protector, Protege relations.ActorID
	Lines              []Verdict
}

// Credibility is a ledger's record as a share honest about the unknown.
// An honoured line counts 1, a partly honoured one ½, an unmet one 0, and
// a not-owed line is left out of the share (nothing was owed, so nothing
// was kept or broken). Settled is the share over the judged lines alone;
// Low and High bound it over every way the lines that cannot be judged
// may settle, each within what its verdict allows (met 2 of 3 judged, 1
// cannot judge: 67% settled, 50–75%). Each is NaN when no line is, or may
// be, owed.
type Credibility struct {
	Honoured, Partly, Unmet, NotOwed, Unjudged int
	Settled, Low, High                         float64
}

// Credibility returns the ledger's credibility: [Tally] of its lines.
func (l Ledger) Credibility() Credibility { return Tally(l.Lines) }

// Tally counts any verdicts as a [Credibility]: a ledger's lines, or every
// verdict of a study (package pact/reliability tallies its wars with it).
// The bounds are exact and take n log n time in the unjudged verdicts,
// without enumerating their settlements: for k verdicts taken into the
// share, the lowest share takes the k whose worst value is lowest (the
// highest, the k whose best value is highest), so the bound is the best
// over k of one sorted prefix.
func Tally(vs []Verdict) Credibility {
	var c Credibility
	var num, den float64
	type open struct {
		lo, hi   float64
		optional bool // NotOwed is possible: the line may leave the share
	}
	var opens []open
	for _, v := range vs {
		switch v.Outcome {
		case Honoured:
			c.Honoured++
		case PartlyHonoured:
			c.Partly++
		case Unmet:
			c.Unmet++
		case NotOwed:
			c.NotOwed++
		default:
			c.Unjudged++
			o := open{lo: math.Inf(1), hi: math.Inf(-1)}
			for _, p := range v.Possible {
				if p == NotOwed {
					o.optional = true
					continue
				}
				o.lo, o.hi = min(o.lo, value(p)), max(o.hi, value(p))
			}
			if !math.IsInf(o.lo, 1) {
				opens = append(opens, o)
			}
		}
	}
	num, den = float64(c.Honoured)+0.5*float64(c.Partly), float64(c.Honoured+c.Partly+c.Unmet)
	c.Settled = ratio(num, den)
	bound := func(pick func(open) float64, better func(a, b float64) bool) float64 {
		n, d := num, den
		var opt []float64
		for _, o := range opens {
			if o.optional {
				opt = append(opt, pick(o))
			} else {
				n, d = n+pick(o), d+1
			}
		}
		slices.SortFunc(opt, func(a, b float64) int {
			switch {
			case better(a, b):
				return -1
			case better(b, a):
				return 1
			}
			return 0
		})
		best := ratio(n, d)
		for _, x := range opt {
			n, d = n+x, d+1
			if r := ratio(n, d); math.IsNaN(best) || better(r, best) {
				best = r
			}
		}
		return best
	}
	c.Low = bound(func(o open) float64 { return o.lo }, func(a, b float64) bool { return a < b })
	c.High = bound(func(o open) float64 { return o.hi }, func(a, b float64) bool { return a > b })
	return c
}

func value(o Outcome) float64 {
	switch o {
	case Honoured:
		return 1
	case PartlyHonoured:
		return 0.5
	}
	return 0
}

func ratio(n, d float64) float64 {
	if d == 0 {
		return math.NaN()
	}
	return n / d
}

// String reads as in `2 honoured, 0 partly, 1 unmet, 1 cannot judge, 0
// not owed: 67% settled, 50–75%`.
func (c Credibility) String() string {
	pct := func(x float64) string {
		if math.IsNaN(x) {
			return "n/a"
		}
		return fmt.Sprintf("%.0f%%", 100*x)
	}
	s := fmt.Sprintf("%d honoured, %d partly, %d unmet, %d cannot judge, %d not owed: ",
		c.Honoured, c.Partly, c.Unmet, c.Unjudged, c.NotOwed)
	switch {
	case math.IsNaN(c.Low):
		return s + "nothing owed to judge"
	case math.IsNaN(c.Settled):
		return s + "none settled, " + pct(c.Low) + "–" + pct(c.High)
	}
	return s + pct(c.Settled) + " settled, " + pct(c.Low) + "–" + pct(c.High)
}

// String prints the ledger, one verdict a line, under a header naming the
// pair.
func (l Ledger) String() string {
	var b strings.Builder
	b.WriteString(string(l.Protector) + " toward " + string(l.Protege) + ": " + l.Credibility().String())
	for _, v := range l.Lines {
		b.WriteString("\n  " + v.String())
	}
	return b.String()
}
