package pact

import (
	"errors"

	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/relations"
)

// ErrOutsideCoverage is wrapped by errors for a day before the data's
// coverage begins (ATOP observes alliances from 1815 on): the answer there
// is not "no" but "not observed". A day after the coverage ends is no error:
// what the source last observed is answered as cannot tell.
var ErrOutsideCoverage = errors.New("outside the data's coverage")

// checkSources validates the coverage of every source — the model's own,
// then each layer's (see [Model.With]) — with one rule for all,
// [relations.Coverage.Validate], and no two sources of one name. It turns
// the model's coverage into the window queries check days against.
func (m *Model) checkSources(p *problems) {
	srcs := m.sources()
	first := map[string]int{} // a source's name → its place in srcs
	for i, c := range srcs {
		el := "coverage"
		if i > 0 {
			el = idx("layers", i-1) + ".coverage"
		}
		if c.IsZero() {
			continue // a curated source, whose facts hold as dated
		}
		if err := c.Validate(); err != nil {
			p.wrap(el, "", err)
		}
		if c.Source == "" {
			continue
		}
		if j, dup := first[c.Source]; dup {
			other := "the model's coverage"
			if j > 0 {
				other = idx("layers", j-1)
			}
			p.add(el, "source", "source "+errs.Quote(c.Source)+" is already the source of "+other+"; a source is one layer")
			continue
		}
		first[c.Source] = i
	}
	if !m.coverage.IsZero() {
		c := m.coverage
		m.covered = startingAt(c.Observed.From).intersect(endingAt(c.Observed.Until))
	}
}

// checkObservations validates every observation of the world's layers
// against the agreements: an agreement the model has, a day, a source,
// and a day that may fall in the agreement's life. Observations are named
// by their place among the world's, the earlier layers' first.
func (m *Model) checkObservations(p *problems) {
	for i := range m.observations {
		o := &m.observations[i]
		el := idx("observations", i)
		ai, known := m.agreementAt(o.Agreement)
		if !known {
			p.wrap(el, "agreement", unknownAgreement(o.Agreement))
		}
		switch {
		case !o.On.IsValid():
			p.add(el, "on", "is empty; give the day the source observed the agreement in force")
		case known:
			if msg := lifeOf(&m.agreements[ai]).problem(o.On); msg != "" {
				p.add(el, "on", msg)
			}
		}
		if o.Source == "" {
			p.add(el, "source", "is empty; cite where the observation comes from")
		}
	}
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
