package relations

import (
	"math"
	"strconv"
)

// Measure is a number computed from facts on a date — a similarity score,
// a network's density, a portfolio's concentration — with what the data
// leave open. It is the one rule entente's measures follow when some of
// the facts they read cannot be settled (a day past a source's coverage, a
// partial date, an obligation that varies by partner):
//
//   - No measure is given as if every fact were known. When all are
//     settled, Lo and Hi are the value (NaN both, with no Doubt, where the
//     measure is undefined, as S is over nothing to compare).
//   - Where the measure's range over every way the unsettled facts may
//     fall is exact and cheap to compute — because each fact contributes
//     to it separately, as each reference member does to Signorino and
//     Ritter's S — Lo and Hi bound it, and Doubt says why it is not one
//     number.
//   - Otherwise — where the facts interact, as in a chance correction
//     (Cohen's κ, Scott's π) or a count of pairs (Kendall's τ-b) — the
//     measure is cannot tell: Lo and Hi are NaN, and Doubt says why.
//
// A carry-forward that a measure makes on purpose (COW's state system,
// which ends in 2016, held to its 2016 members in later years) is not an
// unsettled fact: it is documented where it happens, and the measure is
// settled on it.
type Measure struct {
	Lo, Hi float64
	// Doubt is the zero Doubt for a settled measure; otherwise it says why
	// the data leave the measure open.
	Doubt Doubt
}

// Exact returns the settled measure v.
func Exact(v float64) Measure { return Measure{Lo: v, Hi: v} }

// Settled reports whether the data settle the measure: no doubt, and one
// value (which may be NaN, where the measure is undefined).
func (m Measure) Settled() bool {
	return m.Doubt == Doubt{} && (m.Lo == m.Hi || math.IsNaN(m.Lo) && math.IsNaN(m.Hi))
}

// Value returns the measure's value and true when it is settled; NaN and
// false otherwise.
func (m Measure) Value() (float64, bool) {
	if !m.Settled() {
		return math.NaN(), false
	}
	return m.Lo, true
}

// CannotTell reports whether the data leave the measure wholly open: not
// settled, and no bounds.
func (m Measure) CannotTell() bool {
	return !m.Settled() && (math.IsNaN(m.Lo) || math.IsNaN(m.Hi))
}

// String formats a settled measure as its value ("0.553229"), bounds as
// "between -0.12 and 0.98 (past-coverage: …)", and a measure the data
// leave open as "cannot tell (past-coverage: …)". Values print with six
// decimals.
func (m Measure) String() string {
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', 6, 64) }
	switch {
	case m.Settled():
		return f(m.Lo)
	case m.CannotTell():
		return "cannot tell (" + m.Doubt.String() + ")"
	}
	return "between " + f(m.Lo) + " and " + f(m.Hi) + " (" + m.Doubt.String() + ")"
}
