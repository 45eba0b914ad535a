package pact

import (
	"cmp"
	"errors"
	"iter"
	"slices"
	"strings"

	"github.com/entente-go/entente/relations"
)

// ObligationSet is a set of the five binding obligations, as the columns
// of a dyad-year panel.
type ObligationSet uint8

// Has reports whether the set holds o.
func (s ObligationSet) Has(o Obligation) bool { return o < 8 && s&(1<<o) != 0 }

// With returns the set with o added.
func (s ObligationSet) With(o Obligation) ObligationSet { return s | 1<<o }

// String lists the obligations, as in "defense+consultation"; the empty set
// is "none".
func (s ObligationSet) String() string {
	var parts []string
	for o := Defense; o <= Consultation; o++ {
		if s.Has(o) {
			parts = append(parts, o.String())
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, "+")
}

// DyadYear is one row of a dyad-year panel: two actors that share an
// agreement at some time in Year, and the obligations between them. In a
// directed panel they are A's obligations to B; in an undirected one, the
// obligations either owes the other. A row may hold no obligation: the two
// share an agreement but owe each other nothing (ATOP's SHAREOB), as two
// guarantors of a third state do.
type DyadYear struct {
	A, B        ActorID
	Year        int
	Obligations ObligationSet
}

var errYears = errors.New("the last year comes before the first")

// DyadYearsOf returns the dyad-year rows of actor a from year from through
// year to, sorted by B's ID and then year: for every agreement a is party
// to and every other party b, each year in which both are in it at the
// same time while it is in force. Two parties whose spells only touch (one
// leaves on the day the other joins) are never in it together.
//
// The rows follow ATOP's construction (codebook sections 2.6 and 2.7):
// within one agreement, a year takes the obligations of the latest phase
// the two share in it, and obligations from different agreements are
// combined. Directed rows hold a's obligations to b; undirected ones, the
// obligations either owes the other. Expectations are never counted.
func (m *Model) DyadYearsOf(a ActorID, from, to int, directed bool) ([]DyadYear, error) {
	ai, err := m.actor(a)
	if err != nil {
		return nil, err
	}
	if to < from {
		return nil, &relations.FieldError{Scope: "pact", Element: "query", Field: "to", Err: errYears}
	}
	return m.dyadYears(ai, from, to, directed), nil
}

// DirectedDyadYears yields the directed dyad-year panel from year from
// through year to: the rows of [Model.DyadYearsOf] for every actor in ID
// order. Rows are computed one actor at a time, so a caller that stops
// early does no more work.
func (m *Model) DirectedDyadYears(from, to int) iter.Seq[DyadYear] {
	return m.panel(from, to, true)
}

// UndirectedDyadYears yields the undirected dyad-year panel: one row per
// pair (A before B in ID order) and year, holding the obligations either
// owes the other.
func (m *Model) UndirectedDyadYears(from, to int) iter.Seq[DyadYear] {
	return m.panel(from, to, false)
}

func (m *Model) panel(from, to int, directed bool) iter.Seq[DyadYear] {
	return func(yield func(DyadYear) bool) {
		for ai := range m.actors {
			for _, r := range m.dyadYears(int32(ai), from, to, directed) {
				if !directed && r.B < r.A {
					continue
				}
				if !yield(r) {
					return
				}
			}
		}
	}
}

// shared is what one agreement gives a dyad in a year: the obligations of
// the latest phase the two share in it.
type shared struct {
	phase int
	set   ObligationSet
}

func (m *Model) dyadYears(ai int32, from, to int, directed bool) []DyadYear {
	type key struct {
		b    int32
		year int
	}
	a := m.actors[ai].ID
	rows := map[key]ObligationSet{}
	for _, agr := range m.byActor[ai] {
		ag := &m.agreements[agr]
		spells := partySpells(ag)
		phases := m.phases[agr]
		byYear := map[key]shared{}
		for pi, ph := range phases {
			pw := startingAt(ph.from)
			if pi+1 < len(phases) {
				pw = pw.intersect(endingAt(phases[pi+1].from))
			}
			for _, iw := range m.inForce[agr] {
				base := pw.intersect(iw)
				for b, bs := range spells {
					if b == a {
						continue
					}
					set := phaseObligations(ag, ph, a, b)
					if !directed {
						set |= phaseObligations(ag, ph, b, a)
					}
					bi := m.actorIdx[b]
					for _, sa := range spells[a] {
						for _, sb := range bs {
							w := base.intersect(sa).intersect(sb)
							if w.empty() {
								continue
							}
							first, last := max(yearOf(w.fromFirst), from), to
							if w.untilLast != always.untilLast {
								last = min(yearOf(w.untilLast), to)
							}
							for y := first; y <= last; y++ {
								k := key{bi, y}
								cur, ok := byYear[k]
								switch {
								case !ok || pi > cur.phase:
									byYear[k] = shared{phase: pi, set: set}
								case pi == cur.phase:
									byYear[k] = shared{phase: pi, set: set | cur.set}
								}
							}
						}
					}
				}
			}
		}
		for k, s := range byYear {
			rows[k] |= s.set
		}
	}
	out := make([]DyadYear, 0, len(rows))
	for k, set := range rows {
		out = append(out, DyadYear{A: a, B: m.actors[k.b].ID, Year: k.year, Obligations: set})
	}
	slices.SortFunc(out, func(x, y DyadYear) int { return cmp.Or(cmp.Compare(x.B, y.B), cmp.Compare(x.Year, y.Year)) })
	return out
}

// phaseObligations returns the binding obligations a owes b in one phase of
// an agreement.
func phaseObligations(ag *Agreement, ph phase, a, b ActorID) ObligationSet {
	var set ObligationSet
	for i := range ph.clauses {
		c := &ph.clauses[i]
		if !c.Obligation.binding() || set.Has(c.Obligation) {
			continue
		}
		if bound(ag, c.By, a) && bound(ag, c.To, b) {
			set = set.With(c.Obligation)
		}
	}
	return set
}

// bound reports whether x is among ids, or, when ids is empty, among the
// agreement's members.
func bound(ag *Agreement, ids []ActorID, x ActorID) bool {
	if len(ids) > 0 {
		return slices.Contains(ids, x)
	}
	p, ok := ag.Party(x)
	return ok && p.Roles.Has(Member)
}
