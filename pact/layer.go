package pact

import (
	"slices"

	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/relations"
)

// Layer is one source's contribution to a world built on a model: the
// actors it adds, its own agreements, and its observations of agreements
// the world already holds. A world is a base dataset plus layers (ATOP 5.1,
// then a curated scenario); every agreement keeps the source it came from,
// and every source its coverage.
type Layer struct {
	// Coverage is what the layer's source observes; the zero Coverage for a
	// curated layer whose facts hold as dated.
	Coverage relations.Coverage
	// Actors are added to the world's; an actor the world already has keeps
	// the world's record.
	Actors []relations.Actor
	// Agreements are the layer's own; their IDs must be new to the world.
	Agreements []Agreement
	// Observations settle what earlier sources last observed.
	Observations []Observation
}

// Observation is a sourced statement that an agreement is in force on a
// day, such as "the Arab League's joint defence treaty is in force on
// 2025-06-13", with its citation. Past the end of the coverage of the
// agreement's own source, the agreement is then certainly in force through
// that day, and after it as last observed by the observation's source.
type Observation struct {
	Agreement string         `json:"agreement"`
	On        relations.Date `json:"on"`
	Source    string         `json:"source"`
}

// With returns a new model: m's actors and agreements, each keeping its
// source, with the layer on top. m is not changed, and its agreements are
// copied once. It reports every problem at once: a layer agreement whose ID
// the world already has, and whatever [New] reports of the world with the
// layer, which checks the layer as it checks the model — its coverage
// (named, with a first day, not ending before it begins, and a source
// that is not already the source of another layer), its actors, its
// agreements, and its observations (of an agreement the world has, with a
// day inside that agreement's life, and a source; named observations[i]
// among the world's, earlier layers' first).
func (m *Model) With(l Layer) (*Model, error) {
	p := &problems{}
	for i, a := range l.Agreements {
		if _, ok := m.agreementAt(a.ID); ok {
			p.add(idx("agreements", i), "id", "agreement "+errs.Quote(a.ID)+" is already in the world")
		}
	}
	if err := p.err(); err != nil {
		return nil, err
	}
	actors := slices.Clone(m.actors)
	for _, a := range l.Actors {
		if _, ok := m.actorIdx[a.ID]; !ok {
			actors = append(actors, a)
		}
	}
	agreements := slices.Concat(m.agreements, l.Agreements)
	sources := append(slices.Clone(m.sources()), l.Coverage)
	sourceOf := make(map[string]int32, len(agreements))
	for ai, a := range m.agreements {
		sourceOf[a.ID] = m.sourceIndex(int32(ai))
	}
	for _, a := range l.Agreements {
		sourceOf[a.ID] = int32(len(sources) - 1)
	}
	observations := slices.Concat(m.observations, l.Observations)
	return build(actors, agreements, options{coverage: m.coverage,
		layers: &layers{sources: sources, sourceOf: sourceOf, observations: observations}})
}

// sameSources are the options that give a model built from m's agreements
// (as a what-if does) m's coverage, sources and observations.
func (m *Model) sameSources() options {
	sourceOf := make(map[string]int32, len(m.agreements))
	for ai, a := range m.agreements {
		sourceOf[a.ID] = m.sourceIndex(int32(ai))
	}
	return options{coverage: m.coverage,
		layers: &layers{sources: m.layerSources, sourceOf: sourceOf, observations: m.observations}}
}

// sources returns the coverage of every source of the world, the model's
// own first.
func (m *Model) sources() []relations.Coverage {
	if m.layerSources != nil {
		return m.layerSources
	}
	return []relations.Coverage{m.coverage}
}

// Sources returns the coverage of every source the model's agreements come
// from: the model's own first, then each layer's, in the order added.
func (m *Model) Sources() []relations.Coverage { return slices.Clone(m.sources()) }

// sourceIndex returns the index in sources of agreement ai's source.
func (m *Model) sourceIndex(ai int32) int32 {
	if m.agreementSource == nil {
		return 0
	}
	return m.agreementSource[ai]
}

// Source returns the coverage of the source the agreement comes from, and
// whether the agreement exists.
func (m *Model) Source(agreement string) (relations.Coverage, bool) {
	ai, ok := m.agreementAt(agreement)
	if !ok {
		return relations.Coverage{}, false
	}
	return m.sources()[m.sourceIndex(ai)], true
}

// Observations returns the observations the world's layers made, in the
// order given.
func (m *Model) Observations() []Observation { return slices.Clone(m.observations) }

// indexSources resolves, once the agreements are sorted, each agreement's
// source and the last day it is known to be observed: its source's
// coverage end, pushed on by the latest observation of it.
func (m *Model) indexSources() {
	srcs := m.sources()
	if m.layerSourceOf != nil {
		m.agreementSource = make([]int32, len(m.agreements))
		for ai, a := range m.agreements {
			m.agreementSource[ai] = m.layerSourceOf[a.ID]
		}
		m.layerSourceOf = nil
	}
	m.observedUntil = make([]int32, len(m.agreements))
	for ai := range m.agreements {
		c := srcs[m.sourceIndex(int32(ai))]
		m.observedUntil[ai] = always.untilFirst
		if c.Observed.Until.IsValid() {
			m.observedUntil[ai] = first(c.Observed.Until)
		}
	}
	if len(m.observations) > 0 {
		m.lastObservation = make([]int32, len(m.agreements))
		for ai := range m.lastObservation {
			m.lastObservation[ai] = -1
		}
	}
	for oi, o := range m.observations {
		ai, _ := m.agreementAt(o.Agreement)
		f, _ := days(o.On)
		if f+1 > m.observedUntil[ai] && m.observedUntil[ai] != always.untilFirst {
			m.observedUntil[ai] = f + 1
			m.lastObservation[ai] = int32(oi)
		}
	}
}

// lastObserved returns the last observation of agreement ai, whose
// source's coverage ends: the latest of m.observations that pushed the
// end on, or else the end of the source's coverage.
func (m *Model) lastObserved(ai int32) observed {
	if m.lastObservation != nil {
		if oi := m.lastObservation[ai]; oi >= 0 {
			o := &m.observations[oi]
			return observed{source: o.Source, day: o.On.First()}
		}
	}
	c := m.sources()[m.sourceIndex(ai)]
	last, _ := c.LastObserved()
	return observed{source: c.Source, day: last}
}

// observed is the last observation of an agreement: by which source, on
// which day.
type observed struct {
	source string
	day    relations.Date
}
