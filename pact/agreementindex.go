package pact

import (
	"cmp"
	"slices"
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

type spellIndex struct {
	actor int32
	w     window
}

type phaseIndex struct {
	w window // from the phase's start to the next phase's
	// by lists, by obligor, each clause's obligation and to whom it is
	// owed (nil for every member).
	by map[int32][]owing
}

type owing struct {
	obligation Obligation
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
// a phase) that are owed to b.
func owes(owed []owing, ag *agreementIndex, b int32) ObligationSet {
	var set ObligationSet
	for _, o := range owed {
		if set.Has(o.obligation) {
			continue
		}
		if o.to == nil {
			if _, ok := slices.BinarySearch(ag.members, b); ok {
				set = set.With(o.obligation)
			}
		} else if slices.Contains(o.to, b) {
			set = set.With(o.obligation)
		}
	}
	return set
}

// indexAgreement builds the panel index of agreement ai.
func (m *Model) indexAgreement(ai int32) agreementIndex {
	a := &m.agreements[ai]
	var ix agreementIndex
	for j, p := range a.Parties {
		xi := m.partyIdx[ai][j]
		ix.spells = append(ix.spells, spellIndex{actor: xi, w: startingAt(p.Joined).intersect(endingAt(p.Withdrew))})
		if p.Roles.Has(Member) {
			ix.members = append(ix.members, xi)
		}
	}
	ix.bySpell = slices.Clone(ix.spells)
	slices.SortStableFunc(ix.bySpell, func(a, b spellIndex) int { return cmp.Compare(a.actor, b.actor) })
	slices.Sort(ix.members)
	ix.members = slices.Compact(ix.members)
	phases := m.phases[ai]
	for pi, ph := range phases {
		pw := startingAt(ph.from)
		if pi+1 < len(phases) {
			pw = pw.intersect(endingAt(phases[pi+1].from))
		}
		px := phaseIndex{w: pw, by: map[int32][]owing{}}
		for _, c := range ph.clauses {
			if !c.Obligation.binding() {
				continue
			}
			var to []int32
			for _, id := range c.To {
				to = append(to, m.actorIdx[id])
			}
			by := c.By
			if len(by) == 0 {
				by = a.members()
			}
			for _, id := range by {
				xi := m.actorIdx[id]
				px.by[xi] = append(px.by[xi], owing{obligation: c.Obligation, to: to})
			}
		}
		ix.phases = append(ix.phases, px)
	}
	return ix
}
