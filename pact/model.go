package pact

import (
	"cmp"
	"errors"
	"slices"

	"github.com/entente-go/entente/internal/calendar"
	"github.com/entente-go/entente/internal/errs"

	"github.com/entente-go/entente/relations"
)

// MaxParties bounds the parties of one agreement. Mutual clauses bind every
// pair of members, so the index grows with the square of the parties; the
// largest real alliances have fewer than a hundred members.
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
	agreements []Agreement // sorted by ID
	agrIdx     map[string]int32
	inForce    [][]window // per agreement: the spans it is in force
	phases     [][]phase  // per agreement: the original text and amendments
	// agreementIdx holds, per agreement, what dyad-year panels need.
	agreementIdx []agreementIndex

	// byActor lists each actor's agreements (indexes, ascending).
	byActor [][]int32
	// ties lists, per actor, every tie it has to another actor, in either
	// direction, sorted by the other actor's index: the alliance index.
	ties [][]tie
	// partnerSpans is the alliance index: per actor, its partner spans, by
	// latest end first.
	partnerSpans [][]partnerSpan
	// byYear lists the agreements in force at some time in each year;
	// openFrom lists the ones whose last span is open, by start.
	byYear   map[int][]int32
	openFrom []int32
	// proposals lists the agreements that were ever proposed.
	proposals []int32
	// coverage is what the model's source observes; covered, the same as
	// a window; observedUntil, per agreement, the first day its source no
	// longer observes (a later observation may push it on).
	coverage      relations.Coverage
	covered       window
	observedUntil []int32
	lastObserved  []observed
	// A world built with layers (see [Model.With]) keeps every source and,
	// per agreement, which source it came from (agreementSource indexes
	// layerSources); layerSourceOf carries it into New by agreement ID.
	layerSources    []relations.Coverage
	layerSourceOf   map[string]int32
	agreementSource []int32
	observations    []Observation
}

// tie is one directed obligation or provision between two actors, with the
// span in which it binds.
type tie struct {
	other      int32 // the counterpart's actor index
	outgoing   bool  // the owner of the list owes it (or gives the provision)
	obligation Obligation
	provision  ProvisionKind
	agreement  int32
	phase      int16
	item       int16 // index of the clause or provision in its phase
	w          window
}

// Option configures [New].
type Option func(*Model)

// WithCoverage declares what the model's source observes. A question about
// a day before the coverage begins reports [ErrOutsideCoverage]; about a
// day after it ends, the facts that held when the source last observed
// them are answered as cannot tell ([relations.PastCoverage]), never as
// certain and never as "no".
func WithCoverage(c relations.Coverage) Option {
	return func(m *Model) { m.coverage = c }
}

// Coverage returns what the model's source observes; the zero Coverage if
// none was declared.
func (m *Model) Coverage() relations.Coverage { return m.coverage }

// New validates the agreements against the actors and builds the indexed
// Model. It copies its inputs. It reports every problem at once, as an
// [errors.Join] of [*relations.FieldError]s that name the agreement and the
// field: unknown or duplicate IDs, an unknown party or one listed twice
// with spells that overlap, an
// agreement with fewer than two parties, a clause or provision naming a
// non-party, dates out of order, a lifecycle that skips stages. At most
// the first 100 problems are reported, then "and N more problems". A nil
// Option is ignored.
func New(actors []relations.Actor, agreements []Agreement, opts ...Option) (*Model, error) {
	m := &Model{
		actors:   slices.Clone(actors),
		actorIdx: make(map[relations.ActorID]int32, len(actors)),
		agrIdx:   make(map[string]int32, len(agreements)),
		covered:  always,
	}
	for _, o := range opts {
		if o != nil { // a nil Option configures nothing
			o(m)
		}
	}
	slices.SortFunc(m.actors, func(a, b relations.Actor) int { return cmp.Compare(a.ID, b.ID) })
	p := &problems{}
	m.checkCoverage(p)
	for i, a := range m.actors {
		if i > 0 && m.actors[i-1].ID == a.ID {
			p.add("actor "+errs.Quote(string(a.ID)), "id", "duplicate actor ID")
		}
		if err := a.Validate(); err != nil {
			p.addAll(err)
		}
		m.actorIdx[a.ID] = int32(i)
	}
	m.agreements = make([]Agreement, len(agreements))
	for i, a := range agreements {
		m.agreements[i] = a.clone()
	}
	for i := range m.agreements {
		m.check(p, i)
	}
	if err := p.err(); err != nil {
		return nil, err
	}
	slices.SortFunc(m.agreements, func(a, b Agreement) int { return cmp.Compare(a.ID, b.ID) })
	m.index()
	return m, nil
}

// index builds every index from the validated agreements.
func (m *Model) index() {
	m.byActor = make([][]int32, len(m.actors))
	m.ties = make([][]tie, len(m.actors))
	m.inForce = make([][]window, len(m.agreements))
	m.phases = make([][]phase, len(m.agreements))
	m.agreementIdx = make([]agreementIndex, len(m.agreements))
	m.byYear = make(map[int][]int32)
	m.indexSources()
	for ai := range m.agreements {
		a := &m.agreements[ai]
		m.agrIdx[a.ID] = int32(ai)
		for _, p := range a.Parties {
			xi := m.actorIdx[p.Actor]
			if n := len(m.byActor[xi]); n == 0 || m.byActor[xi][n-1] != int32(ai) {
				m.byActor[xi] = append(m.byActor[xi], int32(ai))
			}
		}
		m.inForce[ai] = m.observed(int32(ai), inForceWindows(a.Lifecycle))
		m.phases[ai] = a.phases()
		if len(a.Lifecycle) > 0 && a.Lifecycle[0].Status == Proposed {
			m.proposals = append(m.proposals, int32(ai))
		}
		m.indexYears(int32(ai))
		m.agreementIdx[ai] = m.indexAgreement(int32(ai))
		m.indexTies(int32(ai))

	}
	scratch := make([]int32, len(m.actors))
	for xi := range m.ties {
		sortByOther(m.ties[xi], scratch)
	}
	m.indexPartners()
	slices.SortFunc(m.openFrom, func(a, b int32) int {
		return cmp.Compare(m.lastSpan(a).fromFirst, m.lastSpan(b).fromFirst)
	})
}

func (m *Model) lastSpan(ai int32) window {
	ws := m.inForce[ai]
	return ws[len(ws)-1]
}

// inForceWindows turns a lifecycle into the spans in which the agreement is
// in force.
func inForceWindows(life []StatusChange) []window {
	var out []window
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

// indexYears lists the agreement under every year it may be in force in;
// an open last span goes to openFrom instead.
func (m *Model) indexYears(ai int32) {
	for i, w := range m.inForce[ai] {
		if w.untilLast == always.untilLast {
			if i == len(m.inForce[ai])-1 {
				m.openFrom = append(m.openFrom, ai)
			}
			continue
		}
		for y := yearOf(w.fromFirst); y <= yearOf(w.untilLast); y++ {
			if ys := m.byYear[y]; len(ys) == 0 || ys[len(ys)-1] != ai {
				m.byYear[y] = append(ys, ai)
			}
		}
	}
}

func yearOf(day int32) int { return calendar.Year(day) }

// indexTies expands every clause and provision of every phase into
// directed ties between actors, each with the span in which it binds: the
// agreement in force, the phase current, both parties in.
func (m *Model) indexTies(ai int32) {
	phases := m.phases[ai]
	// Work in actor indexes, from the agreement's panel index: each
	// party's spells, and the members.
	ix := &m.agreementIdx[ai]
	spells := map[int32][]window{}
	for _, sp := range ix.spells {
		spells[sp.actor] = append(spells[sp.actor], sp.w)
	}
	indexes := func(ids []relations.ActorID) []int32 {
		out := make([]int32, len(ids))
		for i, id := range ids {
			out[i] = m.actorIdx[id]
		}
		return out
	}
	members := ix.members
	orMembers := func(ids []relations.ActorID) []int32 {
		if len(ids) == 0 {
			return members
		}
		return indexes(ids)
	}
	for _, iw := range m.inForce[ai] {
		for pi, ph := range phases {
			pw := startingAt(ph.from)
			if pi+1 < len(phases) {
				pw = pw.intersect(endingAt(phases[pi+1].from))
			}
			base := iw.intersect(pw)
			if base.empty() {
				continue
			}
			add := func(by, to []int32, t tie) {
				for _, xi := range by {
					for _, yi := range to {
						if xi == yi {
							continue
						}
						for _, sx := range spells[xi] {
							for _, sy := range spells[yi] {
								w := base.intersect(sx).intersect(sy)
								if w.empty() {
									continue
								}
								t.w = w
								t.other, t.outgoing = yi, true
								m.ties[xi] = append(m.ties[xi], t)
								t.other, t.outgoing = xi, false
								m.ties[yi] = append(m.ties[yi], t)
							}
						}
					}
				}
			}
			for ci, c := range ph.clauses {
				add(orMembers(c.By), orMembers(c.To), tie{obligation: c.Obligation, agreement: ai, phase: int16(pi), item: int16(ci)})
			}
			for vi, v := range ph.provisions {
				add(orMembers(v.By), orMembers(v.To), tie{provision: v.Kind, agreement: ai, phase: int16(pi), item: int16(vi)})
			}
		}
	}
}

// sortByOther orders an actor's ties by counterpart — the alliance index —
// keeping the order they were made in among ties to the same counterpart,
// which follows the agreements' ID order and so does not depend on the
// order of the input. A counting sort: stable, and linear in the ties;
// next is scratch space of one slot per actor, left zeroed.
func sortByOther(ts []tie, next []int32) {
	if len(ts) < 2 {
		return
	}
	var others []int32
	for i := range ts {
		o := ts[i].other
		if next[o] == 0 {
			others = append(others, o)
		}
		next[o]++
	}
	slices.Sort(others)
	pos := int32(0)
	for _, o := range others {
		pos, next[o] = pos+next[o], pos
	}
	out := make([]tie, len(ts))
	for i := range ts {
		o := ts[i].other
		out[next[o]] = ts[i]
		next[o]++
	}
	copy(ts, out)
	for _, o := range others {
		next[o] = 0
	}
}

// clause returns the clause a tie comes from.
func (m *Model) clause(t *tie) *Clause {
	return &m.phases[t.agreement][t.phase].clauses[t.item]
}

// Actors returns a copy of the model's actors, sorted by ID.
func (m *Model) Actors() []relations.Actor { return slices.Clone(m.actors) }

// Agreement returns a copy of the agreement with the given ID and whether
// it exists.
func (m *Model) Agreement(id string) (Agreement, bool) {
	i, ok := m.agrIdx[id]
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
