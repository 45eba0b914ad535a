package pact

import (
	"errors"

	"github.com/entente-go/entente/relations"
)

// ErrOutsideCoverage is wrapped by errors for a day before the data's
// coverage begins (ATOP observes alliances from 1815 on): the answer there
// is not "no" but "not observed". A day after the coverage ends is no error:
// what the source last observed is answered as cannot tell.
var ErrOutsideCoverage = errors.New("outside the data's coverage")

// checkCoverage validates the declared coverage and turns it into the
// window queries check days against.
func (m *Model) checkCoverage(p *problems) {
	if m.coverage.IsZero() {
		return
	}
	c := m.coverage
	switch {
	case c.Source == "":
		p.add("coverage", "source", "is empty; name the source, as in \"ATOP 5.1\"")
	case !c.Observed.From.IsValid():
		p.add("coverage", "observed", "has no first day")
	case !c.Observed.IsValid():
		p.add("coverage", "observed", "ends before it begins: "+c.Observed.String())
	}
	m.covered = startingAt(c.Observed.From).intersect(endingAt(c.Observed.Until))
}

// observed caps the certain end of an agreement's windows at the first day
// its source no longer observes: past it, a window that was still open is
// not known to have ended, nor to go on.
func (m *Model) observed(ai int32, ws []window) []window {
	u := m.observedUntil[ai]
	for i := range ws {
		ws[i].untilFirst = min(ws[i].untilFirst, u)
	}
	return ws
}

// pastCoverage reports whether the span [f, l] reaches past what agreement
// ai's source observes.
func (m *Model) pastCoverage(ai, l int32) bool { return l >= m.observedUntil[ai] }

// doubtOf explains why a fact of agreement ai cannot be told on day.
func (m *Model) doubtOf(ai int32, day relations.Date, l int32) relations.Doubt {
	a := &m.agreements[ai]
	if m.pastCoverage(ai, l) {
		last := m.lastObserved(ai)
		return relations.Doubt{Reason: relations.PastCoverage,
			Detail: "agreement " + quote(a.ID) + " as last observed by " + last.source + " on " + last.day.String()}
	}
	return relations.Doubt{Reason: relations.PartialDate,
		Detail: "the dates of agreement " + quote(a.ID) + " cannot settle " + day.String()}
}
