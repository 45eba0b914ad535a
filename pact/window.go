package pact

import (
	"math"

	"github.com/entente-go/entente/internal/calendar"

	"github.com/entente-go/entente/relations"
)

// window is a half-open span of days whose ends are known only to within
// a range: it starts somewhere in [fromFirst, fromLast] and ends (first day
// out) somewhere in [untilFirst, untilLast]. Intersecting windows keeps that
// uncertainty exact, which a single partial Date could not.
type window struct {
	fromFirst, fromLast, untilFirst, untilLast int32
}

// days returns the first and last day numbers of d's span (0, 0 for the
// zero Date).
func days(d relations.Date) (first, last int32) { return calendar.Span(d.Year(), d.Month(), d.Day()) }

// always is the window with no bounds.
var always = window{math.MinInt32, math.MinInt32, math.MaxInt32, math.MaxInt32}

// startingAt returns the window from d on; the zero Date leaves it open.
func startingAt(d relations.Date) window {
	w := always
	if d.IsValid() {
		w.fromFirst, w.fromLast = days(d)
	}
	return w
}

// endingAt returns the window up to (not including) d; the zero Date
// leaves it open.
func endingAt(d relations.Date) window {
	w := always
	if d.IsValid() {
		w.untilFirst, w.untilLast = days(d)
	}
	return w
}

func (w window) intersect(v window) window {
	return window{max(w.fromFirst, v.fromFirst), max(w.fromLast, v.fromLast),
		min(w.untilFirst, v.untilFirst), min(w.untilLast, v.untilLast)}
}

// empty reports whether no day can fall inside w.
func (w window) empty() bool { return w.fromFirst >= w.untilLast }

// contains reports whether the span of days [first, last] lies inside w:
// Yes if every possible window holds all of it, No if none holds any of it.
func (w window) contains(first, last int32) relations.Truth {
	switch {
	case w.fromLast <= first && last < w.untilFirst:
		return relations.Yes
	case w.fromFirst > last || first >= w.untilLast:
		return relations.No
	}
	return relations.CannotTell
}

// first returns the first day number of d's span.
func first(d relations.Date) int32 { f, _ := days(d); return f }
