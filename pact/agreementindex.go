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
		type entry struct {
			by int32
			o  owing
		}
		var es []entry
		for _, c := range ph.clauses {
			if !c.Obligation.binding() {
				continue
			}
			var to []int32
			for _, id := range c.To {
				to = append(to, m.actorIdx[id])
			}
			o := owing{obligation: c.Obligation, to: to}
			if len(c.By) == 0 {
				for _, xi := range ix.members {
					es = append(es, entry{xi, o})
				}
				continue
			}
			for _, id := range c.By {
				es = append(es, entry{m.actorIdx[id], o})
			}
		}
		slices.SortStableFunc(es, func(a, b entry) int { return cmp.Compare(a.by, b.by) })
		px := phaseIndex{w: pw, obligors: make([]int32, len(es)), owings: make([]owing, len(es))}
		for i, e := range es {
			px.obligors[i], px.owings[i] = e.by, e.o
		}
		ix.phases = append(ix.phases, px)
	}
	return ix
}
