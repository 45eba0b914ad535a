package pact

import (
	"cmp"
	"slices"

	"github.com/entente-go/entente/internal/slab"
	"github.com/entente-go/entente/relations"
)

// agreementIndex is what the panels need of one agreement, by actor index:
// each party's spells and, per phase, who owes what to whom.
type agreementIndex struct {
	spells []spellIndex // in the order of the parties
	// bySpell holds the same spells sorted by actor, each actor's in the
	// order of the parties.
	bySpell []spellIndex
	members []int32 // actor indexes of the Member parties, sorted
	phases  []phaseIndex
}

// spellIndex is one spell of a party: when it was in the agreement, and
// whether it was a member then. A party's roles belong to its spell: a
// member that withdraws and comes back as a guarantor is bound by the
// clauses that bind every member only in its first spell.
type spellIndex struct {
	actor  int32
	w      window
	member bool
}

type phaseIndex struct {
	w window // from the phase's start to the next phase's
	// owings lists each binding clause's obligation and to whom it is owed
	// (nil for every member), by obligor (obligors, ascending), each
	// obligor's in the order of the clauses.
	obligors []int32
	owings   []owing
}

// owedBy returns what actor x owes in the phase.
func (ph *phaseIndex) owedBy(x int32) []owing {
	i, _ := slices.BinarySearch(ph.obligors, x)
	j := i
	for j < len(ph.obligors) && ph.obligors[j] == x {
		j++
	}
	return ph.owings[i:j]
}

// owing is one binding obligation of one obligor: owed to the actors in to,
// or to every member when to is nil; byMembers says the obligor owes it as
// a member (the clause names no obligors), and so only in its member
// spells.
type owing struct {
	obligation Obligation
	byMembers  bool // beside obligation, so that an owing stays 32 bytes
	to         []int32
}

// spellsOf returns the spells of actor x in the agreement.
func (ag *agreementIndex) spellsOf(x int32) []spellIndex {
	i, _ := slices.BinarySearchFunc(ag.bySpell, x, func(s spellIndex, x int32) int { return cmp.Compare(s.actor, x) })
	j := i
	for j < len(ag.bySpell) && ag.bySpell[j].actor == x {
		j++
	}
	return ag.bySpell[i:j]
}

// owes returns the binding obligations among owed (what one obligor owes in
// a phase) that the obligor, in its spell by, owes to the counterpart in
// its spell to.
func owes(owed []owing, by, to *spellIndex) ObligationSet {
	var set ObligationSet
	for _, o := range owed {
		if set.Has(o.obligation) || (o.byMembers && !by.member) {
			continue
		}
		if o.to == nil {
			if to.member {
				set = set.With(o.obligation)
			}
		} else if slices.Contains(o.to, to.actor) {
			set = set.With(o.obligation)
		}
	}
	return set
}

// indexSlabs are the arrays the agreement indexes take their slices from,
// and the scratch space of indexAgreement.
type indexSlabs struct {
	spells  slab.Of[spellIndex]
	ids     slab.Of[int32]
	owings  slab.Of[owing]
	phases  slab.Of[phaseIndex]
	windows slab.Of[window]
	texts   slab.Of[phase]
	entries []obligorEntry
}

// obligorEntry is one obligation of one obligor, while a phase's owings
// are sorted by obligor.
type obligorEntry struct {
	by int32
	o  owing
}

// fewParties is the most parties an agreement may have for its parties to
// be found by a scan of its own list rather than in the table of every
// actor.
const fewParties = 16

// partyActor returns the actor index of id, a party of agreement ai, while
// New runs (it reads partiesOf). For an agreement of few parties it is
// found in the agreement's own list, which lies together in memory, rather
// than in the table of every actor, which at scale does not stay in the
// cache.
func (m *Model) partyActor(ai int32, id relations.ActorID) int32 {
	if ps := m.agreements[ai].Parties; len(ps) <= fewParties {
		for j := range ps {
			if ps[j].Actor == id {
				return m.partiesOf(ai)[j]
			}
		}
	}
	return m.actorIdx[id]
}

// indexAgreement builds the panel index of agreement ai.
func (m *Model) indexAgreement(ai int32, sl *indexSlabs) agreementIndex {
	a := &m.agreements[ai]
	parties := m.partiesOf(ai)
	ix := agreementIndex{spells: sl.spells.Make(len(a.Parties))}
	members := 0
	for j, p := range a.Parties {
		ix.spells[j] = spellIndex{actor: parties[j], w: startingAt(p.Joined).intersect(endingAt(p.Withdrew)),
			member: p.Roles.Has(Member)}
		if ix.spells[j].member {
			members++
		}
	}
	ix.members = sl.ids.Make(members)[:0]
	for _, s := range ix.spells {
		if s.member {
			ix.members = append(ix.members, s.actor)
		}
	}
	// Parties listed by actor already (half the bilateral ones) share
	// their spells: both lists are read only, and the model is smaller.
	byActor := func(a, b spellIndex) int { return cmp.Compare(a.actor, b.actor) }
	ix.bySpell = ix.spells
	if !slices.IsSortedFunc(ix.spells, byActor) {
		ix.bySpell = sl.spells.Make(len(ix.spells))
		copy(ix.bySpell, ix.spells)
		slices.SortStableFunc(ix.bySpell, byActor)
	}
	slices.Sort(ix.members)
	ix.members = slices.Compact(ix.members)
	phases := m.phases[ai]
	ix.phases = sl.phases.Make(len(phases))
	for pi, ph := range phases {
		pw := startingAt(ph.from)
		if pi+1 < len(phases) {
			pw = pw.intersect(endingAt(phases[pi+1].from))
		}
		es := sl.entries[:0]
		stated := ph.clauses[:ph.stated]
		if m.agreements[ai].Form == Assurance {
			stated = nil // a promise, not an alliance
		}
		for _, c := range stated {
			if !c.Obligation.binding() {
				continue
			}
			o := owing{obligation: c.Obligation}
			if len(c.To) > 0 { // nil: owed to every member
				o.to = sl.ids.Make(len(c.To))
				for i, id := range c.To {
					o.to[i] = m.partyActor(ai, id)
				}
			}
			if len(c.By) == 0 {
				o := o
				o.byMembers = true
				for _, xi := range ix.members {
					es = append(es, obligorEntry{xi, o})
				}
				continue
			}
			for _, id := range c.By {
				es = append(es, obligorEntry{m.partyActor(ai, id), o})
			}
		}
		slices.SortStableFunc(es, func(a, b obligorEntry) int { return cmp.Compare(a.by, b.by) })
		px := phaseIndex{w: pw, obligors: sl.ids.Make(len(es)), owings: sl.owings.Make(len(es))}
		for i, e := range es {
			px.obligors[i], px.owings[i] = e.by, e.o
		}
		ix.phases[pi] = px
		sl.entries = es[:0]
	}
	return ix
}
