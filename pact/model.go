package pact

import (
	"cmp"
	"errors"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/entente-go/entente/internal/calendar"
	"github.com/entente-go/entente/internal/slab"

	"github.com/entente-go/entente/relations"
)

// MaxParties bounds the parties of one agreement. Mutual clauses bind every
// pair of members, so a dyad-year panel and the alliance index grow with
// the square of the parties (the model itself only with parties ×
// clauses); the largest real alliances have fewer than a hundred members.
const MaxParties = 1000

// ErrUnknownAgreement is wrapped by errors about an agreement ID that is not
// in the model.
var ErrUnknownAgreement = errors.New("unknown agreement")

// Model is an immutable, validated and indexed collection of agreements
// over a set of actors. Build one with [New] (or [ParseModelJSON]); it is
// then safe for concurrent use, and no query scans every agreement.
type Model struct {
	actors     []relations.Actor // sorted by ID
	actorIdx   map[relations.ActorID]int32
	agreements []Agreement // sorted by ID; see agreementAt
	inForce    [][]window  // per agreement: the spans it is in force
	phases     [][]phase   // per agreement: the original text and amendments
	// agreementIdx holds, per agreement, what dyad-year panels need.
	agreementIdx []agreementIndex

	// byActor lists each actor's agreements (indexes, ascending).
	byActor [][]int32
	// query is the index the queries read (clauses per actor, partner
	// spans), built by queries on first use: a model built only for
	// dyad-year panels never pays for it.
	queryOnce sync.Once
	query     *queryIndex
	// byYear lists the agreements in force at some time in each year from
	// firstYear on (see inForceIn); openFrom lists the ones whose last span
	// is open, by start.
	byYear    [][]int32
	firstYear int
	openFrom  []int32
	// proposals lists the agreements that were ever proposed.
	proposals []int32
	// coverage is what the model's source observes; covered, the same as
	// a window; observedUntil, per agreement, the first day its source no
	// longer observes (a later observation may push it on), and
	// lastObservation, the observation that pushed it on, if any: an index
	// into observations, or -1 (nil when there are none), so that the
	// model holds no string per agreement for the GC to scan.
	coverage        relations.Coverage
	covered         window
	observedUntil   []int32
	lastObservation []int32
	// A world built with layers (see [Model.With]) keeps every source and,
	// per agreement, which source it came from (agreementSource indexes
	// layerSources); layerSourceOf carries it into New by agreement ID.
	layerSources    []relations.Coverage
	layerSourceOf   map[string]int32
	agreementSource []int32
	observations    []Observation

	// While New runs: each agreement's parties as actor indexes (-1 for
	// an unknown actor; see resolveParties), and a stamp per actor for
	// checking who is a party.
	partyFlat  []int32 // in ID order; see partiesOf
	partyAt    []int32 // where each agreement's parties begin in partyFlat
	partyStamp []int32
	stamp      int32
}

// Coverage returns what the model's source observes; the zero Coverage if
// none was declared.
func (m *Model) Coverage() relations.Coverage { return m.coverage }

// New validates the agreements against the actors and builds the indexed
// Model. It copies its inputs. It reports every problem at once, as an
// [errors.Join] of [*relations.ValidationError]s that name the agreement and the
// field: the actors' problems ([relations.ValidateActors], as
// [relations.NewHistory] reports them), unknown or duplicate IDs, an
// unknown party or one listed twice with spells that overlap, an agreement
// with fewer than two parties or more than [MaxParties], a clause or
// provision naming a non-party, dates out of order, a lifecycle that skips
// stages, an amendment, accession or withdrawal dated certainly outside
// the agreement's life (from its first stage to its end), and a coverage
// that [relations.Coverage.Validate] refuses. It is the one validator of a
// model: [Model.With], [ParseModelJSON] and the ATOP reader build through
// it. At most the first 100 problems are reported, then "and N more
// problems". It takes one [Option], [WithCoverage].
func New(actors []relations.Actor, agreements []Agreement, opts ...Option) (*Model, error) {
	o, err := collect("New", opts, "WithCoverage")
	if err != nil {
		return nil, err
	}
	return build(actors, agreements, o)
}

// build is New once its options are collected.
func build(actors []relations.Actor, agreements []Agreement, o options) (*Model, error) {
	m := &Model{
		actors:   slices.Clone(actors),
		actorIdx: make(map[relations.ActorID]int32, len(actors)),
		covered:  always,
		coverage: o.coverage,
	}
	if l := o.layers; l != nil {
		m.layerSources, m.layerSourceOf, m.observations = l.sources, l.sourceOf, l.observations
	}
	if m.layerSources != nil && m.layerSources[0] != m.coverage {
		// An option set the model's coverage over its document's (as
		// ParseModelJSON's options may): the first source is the model's.
		m.layerSources = slices.Clone(m.layerSources)
		m.layerSources[0] = m.coverage
	}
	slices.SortFunc(m.actors, func(a, b relations.Actor) int { return cmp.Compare(a.ID, b.ID) })
	p := &problems{}
	m.checkSources(p)
	// The IDs move into one string, so that the lookups of every party
	// read the keys from a few cache lines, not from all over the heap.
	var names strings.Builder
	for _, a := range m.actors {
		names.WriteString(string(a.ID))
	}
	all, at := names.String(), 0
	for i := range m.actors {
		a := &m.actors[i]
		a.ID, at = relations.ActorID(all[at:at+len(a.ID)]), at+len(a.ID)
		m.actorIdx[a.ID] = int32(i)
	}
	// The actors are checked as NewHistory checks them, in input order.
	if err := relations.ValidateActors(actors); err != nil {
		p.addAll(err)
	}
	// The agreements in ID order, as a permutation, which also finds the
	// duplicate IDs: every one after the first in input order.
	order := make([]int32, len(agreements))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(a, b int32) int { return cmp.Compare(agreements[a].ID, agreements[b].ID) })
	dup, slot := make([]bool, len(agreements)), make([]int32, len(agreements))
	for k, i := range order {
		slot[i] = int32(k)
		dup[i] = k > 0 && agreements[i].ID == agreements[order[k-1]].ID
	}
	// Each agreement is copied once, in input order, straight into its
	// place in ID order, its slices from one arena laid out in ID order:
	// the input is read in the order it lies in memory.
	places, total := arenaPlaces(agreements, slot)
	ar := &arena{}
	ar.alloc(total)
	m.agreements = make([]Agreement, len(agreements))
	for i := range agreements {
		ar.next = places[slot[i]]
		m.agreements[slot[i]] = ar.take(&agreements[i])
	}
	m.resolveParties(ar.parties)
	// The copies are checked in ID order, the order they lie in. Should
	// any be at fault, all are checked again in input order, the order
	// the problems are reported in.
	m.partyStamp = make([]int32, len(m.actors))
	found := &problems{}
	for k, i := range order {
		m.check(found, k, int(i), dup[i])
	}
	if found.list.Len() > 0 {
		for i := range agreements {
			m.check(p, int(slot[i]), i, dup[i])
		}
	}
	m.checkObservations(p)
	if err := p.err(); err != nil {
		return nil, err
	}
	m.partyStamp = nil
	m.index()
	m.partyFlat, m.partyAt = nil, nil
	return m, nil
}

// resolveParties sets the actor indexes (see partiesOf) of the parties of
// every agreement, -1 for an unknown actor; parties holds the parties of
// all the agreements in ID order (the arena's array). The lookups are
// made in one tight pass, not one agreement at a time between copying and
// checking: a lookup costs mostly cache misses, and with nothing else
// running the table and the IDs stay in the cache.
func (m *Model) resolveParties(parties []Party) {
	flat := make([]int32, len(parties))
	for k := range parties {
		xi, ok := m.actorIdx[parties[k].Actor]
		if !ok {
			xi = -1
		}
		flat[k] = xi
	}
	m.partyFlat, m.partyAt = flat, make([]int32, len(m.agreements)+1)
	for ai := range m.agreements {
		m.partyAt[ai+1] = m.partyAt[ai] + int32(len(m.agreements[ai].Parties))
	}
}

// partiesOf returns the actor indexes of agreement ai's parties, as
// resolveParties set them, while New runs (New drops them once the indexes
// are built): windows of one array, found by offsets rather
// than kept as a slice per agreement, which the GC would have to scan.
func (m *Model) partiesOf(ai int32) []int32 {
	return m.partyFlat[m.partyAt[ai]:m.partyAt[ai+1]:m.partyAt[ai+1]]
}

// index builds every index from the validated agreements.
func (m *Model) index() {
	m.inForce = make([][]window, len(m.agreements))
	m.phases = make([][]phase, len(m.agreements))
	m.agreementIdx = make([]agreementIndex, len(m.agreements))
	m.indexSources()
	var slabs indexSlabs
	m.indexByActor()
	for ai := range m.agreements {
		a := &m.agreements[ai]
		m.inForce[ai] = m.observed(int32(ai), inForceWindows(a.Lifecycle, &slabs.windows))
		m.phases[ai] = a.phases(&slabs.texts)
		if len(a.Lifecycle) > 0 && a.Lifecycle[0].Status == Proposed {
			m.proposals = append(m.proposals, int32(ai))
		}
		m.agreementIdx[ai] = m.indexAgreement(int32(ai), &slabs)
	}
	m.indexYears()
	slices.SortFunc(m.openFrom, func(a, b int32) int {
		return cmp.Compare(m.lastSpan(a).fromFirst, m.lastSpan(b).fromFirst)
	})
}

// agreementAt returns the index of the agreement with the given ID, and
// whether there is one: a binary search of the agreements, which are
// sorted by ID, so that no map of every ID is built.
func (m *Model) agreementAt(id string) (int32, bool) {
	i, ok := slices.BinarySearchFunc(m.agreements, id, func(a Agreement, id string) int { return strings.Compare(a.ID, id) })
	return int32(i), ok
}

func (m *Model) lastSpan(ai int32) window {
	ws := m.inForce[ai]
	return ws[len(ws)-1]
}

// indexByActor lists each actor's agreements, counting them first so that
// the lists share one array. An actor with several spells in an agreement
// lists it once.
func (m *Model) indexByActor() {
	count, last := make([]int32, len(m.actors)), make([]int32, len(m.actors))
	for xi := range last {
		last[xi] = -1
	}
	total := int32(0)
	for ai := range m.agreements {
		for _, xi := range m.partiesOf(int32(ai)) {
			if last[xi] != int32(ai) {
				last[xi] = int32(ai)
				count[xi]++
				total++
			}
		}
	}
	flat := make([]int32, total)
	m.byActor = make([][]int32, len(m.actors))
	for xi, n := range count {
		m.byActor[xi], flat = flat[:0:n], flat[n:]
	}
	for ai := range m.agreements {
		for _, xi := range m.partiesOf(int32(ai)) {
			if n := len(m.byActor[xi]); n == 0 || m.byActor[xi][n-1] != int32(ai) {
				m.byActor[xi] = append(m.byActor[xi], int32(ai))
			}
		}
	}
}

// inForceWindows turns a lifecycle into the spans in which the agreement is
// in force.
func inForceWindows(life []StatusChange, sl *slab.Of[window]) []window {
	n := 0
	for _, c := range life {
		if c.Status == InForce {
			n++
		}
	}
	out := sl.Make(n)[:0]
	for i, c := range life {
		if c.Status != InForce {
			continue
		}
		w := startingAt(c.Date)
		if i+1 < len(life) {
			w = w.intersect(endingAt(life[i+1].Date))
		}
		out = append(out, w)
	}
	return out
}

// indexYears lists every agreement under each year it may be in force in,
// in two passes (count, then fill) over one array; an open last span goes
// to openFrom instead.
func (m *Model) indexYears() {
	// each calls f with every year agreement ai may be in force in (each
	// once, ascending), and reports whether its last span is open.
	each := func(ai int, f func(year int)) (open bool) {
		last := math.MinInt
		for i, w := range m.inForce[ai] {
			if w.untilLast == always.untilLast {
				open = i == len(m.inForce[ai])-1
				continue
			}
			for y, until := max(yearOf(w.fromFirst), last+1), yearOf(w.untilLast); y <= until; y++ {
				f(y)
				last = y
			}
		}
		return open
	}
	lo, hi := math.MaxInt, math.MinInt
	total := 0
	for ai := range m.agreements {
		each(ai, func(y int) { lo, hi, total = min(lo, y), max(hi, y), total+1 })
	}
	if total == 0 {
		lo, hi = 0, -1
	}
	m.firstYear = lo
	count := make([]int, hi-lo+2)
	for ai := range m.agreements {
		each(ai, func(y int) { count[y-lo+1]++ })
	}
	flat := make([]int32, total)
	m.byYear = make([][]int32, hi-lo+1)
	for y := range m.byYear {
		count[y+1] += count[y]
		m.byYear[y] = flat[count[y]:count[y]:count[y+1]]
	}
	for ai := range m.agreements {
		if each(ai, func(y int) { m.byYear[y-lo] = append(m.byYear[y-lo], int32(ai)) }) {
			m.openFrom = append(m.openFrom, int32(ai))
		}
	}
}

// inForceIn returns the agreements whose closed spans reach into year.
func (m *Model) inForceIn(year int) []int32 {
	if y := year - m.firstYear; y >= 0 && y < len(m.byYear) {
		return m.byYear[y]
	}
	return nil
}

func yearOf(day int32) int { return calendar.Year(day) }

// Actors returns a copy of the model's actors, sorted by ID.
func (m *Model) Actors() []relations.Actor { return slices.Clone(m.actors) }

// Agreement returns a copy of the agreement with the given ID and whether
// it exists.
func (m *Model) Agreement(id string) (Agreement, bool) {
	i, ok := m.agreementAt(id)
	if !ok {
		return Agreement{}, false
	}
	return m.agreements[i].clone(), true
}

// Agreements returns a copy of every agreement, sorted by ID.
func (m *Model) Agreements() []Agreement {
	out := make([]Agreement, len(m.agreements))
	for i, a := range m.agreements {
		out[i] = a.clone()
	}
	return out
}

// Len returns the number of agreements.
func (m *Model) Len() int { return len(m.agreements) }
