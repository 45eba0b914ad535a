package pact

import (
	"cmp"
	"slices"

	"github.com/entente-go/entente/internal/slab"
	"github.com/entente-go/entente/relations"
)

// The tie index stores each clause and provision once, with who owes it to
// whom, and lists per actor the clauses it is in: memory grows with
// parties × clauses, never with the pairs a clause binds. A query resolves
// an actor's ties from its clauses when it asks, and the alliance index
// (partner spans) is built from them the first time a query needs it, so a
// model built only for panels never pays for either.

// tie is one directed obligation or provision between two actors, with the
// span in which it binds: made at query time, never stored in the model.
type tie struct {
	other      int32 // the counterpart's actor index
	outgoing   bool  // the actor asking owes it (or gives the provision)
	obligation Obligation
	provision  ProvisionKind
	agreement  int32
	phase      int32
	item       int32 // index of the clause or provision in its phase
	w          window
}

// clauseRecord is one clause or provision of one phase of an agreement,
// stored once however many members it binds.
type clauseRecord struct {
	obligation Obligation    // UnknownObligation for a provision
	provision  ProvisionKind // UnknownProvision for a clause
	phase      int32
	item       int32  // index of the clause or provision in its phase
	w          window // from the phase's start to the next phase's
	by, to     actorList
	// twin says an earlier record of the agreement binds the same pairs
	// in the same phase by the same obligation, as the clauses that bind
	// every member do: the alliance index, which knows no clauses, skips
	// it.
	twin bool
}

// actorList is who owes (or is owed) a clause: order is the order ties are
// made in — the clause's own list, or the members sorted by index when it
// names none — and sorted with pos answers membership by binary search.
type actorList struct {
	order  []int32
	sorted []int32 // nil when order is itself sorted
	pos    []int32 // pos[i] is the place of sorted[i] in order
	// members: the clause names none, so it binds the members, each only
	// in its spells as a member.
	members bool
}

// newActorList makes the list of order, its sorted copy (if needed) from
// sl, and idx scratch space for the sort.
func newActorList(order []int32, sl *slab.Of[int32], idx *[]int32) actorList {
	if slices.IsSorted(order) {
		return actorList{order: order}
	}
	l := actorList{order: order, sorted: sl.Make(len(order)), pos: sl.Make(len(order))}
	*idx = (*idx)[:0]
	for i := range order {
		*idx = append(*idx, int32(i))
	}
	slices.SortFunc(*idx, func(a, b int32) int { return cmp.Or(cmp.Compare(order[a], order[b]), cmp.Compare(a, b)) })
	for i, p := range *idx {
		l.sorted[i], l.pos[i] = order[p], p
	}
	return l
}

// find returns x's place in the list's order and whether it is there.
func (l *actorList) find(x int32) (int32, bool) {
	if l.sorted == nil {
		i, ok := slices.BinarySearch(l.order, x)
		return int32(i), ok
	}
	i, ok := slices.BinarySearch(l.sorted, x)
	if !ok {
		return 0, false
	}
	return l.pos[i], true
}

// clauseRef is one entry of an actor's clause list: a record it owes or is
// owed, in agreement ai.
type clauseRef struct {
	agreement int32
	record    int32 // index into queryIndex.records[agreement]
}

// queryIndex holds what the queries need beyond the panel index, built the
// first time a query asks for it.
type queryIndex struct {
	// records lists, per agreement, its clauses and provisions in the
	// order ties are made: by phase, clauses before provisions, by item.
	records [][]clauseRecord
	// refs lists, per actor, the records it is in, by agreement and
	// record.
	refs [][]clauseRef
	// partnerSpans is the alliance index: per actor, its partner spans, by
	// latest end first; crowded (nil if none) marks the actors a crowded
	// record lists, which have none (see indexPartners).
	partnerSpans [][]partnerSpan
	crowded      []bool
}

// queries returns the query index, building it on first use; safe for
// concurrent use.
func (m *Model) queries() *queryIndex {
	m.queryOnce.Do(func() { m.query = m.buildQueryIndex() })
	return m.query
}

func (m *Model) buildQueryIndex() *queryIndex {
	q := &queryIndex{records: make([][]clauseRecord, len(m.agreements)), refs: make([][]clauseRef, len(m.actors))}
	var sl recordSlabs
	twins := map[twinKey]bool{}
	for ai := range m.agreements {
		q.records[ai] = m.clauseRecords(int32(ai), &sl)
		m.markTwins(int32(ai), q.records[ai], twins)
	}
	// Each actor's refs, counted, then filled into one array.
	count, total := make([]int32, len(m.actors)), 0
	m.eachRef(q, func(x int32, _ clauseRef) { count[x]++; total++ })
	flat := make([]clauseRef, total)
	for x, n := range count {
		q.refs[x], flat = flat[:0:n], flat[n:]
	}
	m.eachRef(q, func(x int32, ref clauseRef) { q.refs[x] = append(q.refs[x], ref) })
	q.partnerSpans, q.crowded = m.indexPartners(q)
	return q
}

// twinKey is what a record binds, for finding its twins: its phase,
// obligation and whether it varies by partner, and its lists, known by
// their arrays (the members' list is one array for every clause that
// binds every member).
type twinKey struct {
	phase  int32
	o      Obligation
	varies bool
	by, to *int32
	nb, nt int
	mb, mt bool
}

// markTwins marks the records of agreement ai that bind what an earlier
// one binds; seen is scratch space.
func (m *Model) markTwins(ai int32, recs []clauseRecord, seen map[twinKey]bool) {
	if len(recs) < 2 {
		return
	}
	clear(seen)
	first := func(l []int32) *int32 {
		if len(l) == 0 {
			return nil
		}
		return &l[0]
	}
	for ri := range recs {
		r := &recs[ri]
		if r.obligation == UnknownObligation {
			continue // a provision
		}
		k := twinKey{phase: r.phase, o: r.obligation, varies: m.phases[ai][r.phase].clauses[r.item].VariesByPartner,
			by: first(r.by.order), to: first(r.to.order), nb: len(r.by.order), nt: len(r.to.order), mb: r.by.members, mt: r.to.members}
		r.twin = seen[k]
		seen[k] = true
	}
}

// eachRef calls f with every actor of every record and the record, once
// for an actor both owing and owed a record, in the order of the records.
func (m *Model) eachRef(q *queryIndex, f func(x int32, ref clauseRef)) {
	last := make([]clauseRef, len(m.actors))
	for x := range last {
		last[x].agreement = -1
	}
	for ai := range q.records {
		for ri := range q.records[ai] {
			r := &q.records[ai][ri]
			ref := clauseRef{int32(ai), int32(ri)}
			for _, l := range [2][]int32{r.by.order, r.to.order} {
				for _, x := range l {
					if last[x] != ref {
						last[x] = ref
						f(x, ref)
					}
				}
			}
		}
	}
}

// recordSlabs are the arrays the records take their slices from, and the
// scratch space of newActorList.
type recordSlabs struct {
	records slab.Of[clauseRecord]
	actors  slab.Of[int32]
	idx     []int32
}

// clauseRecords lists the clauses and provisions of agreement ai.
func (m *Model) clauseRecords(ai int32, sl *recordSlabs) []clauseRecord {
	ix := &m.agreementIdx[ai]
	orMembers := func(ids []relations.ActorID) actorList {
		if len(ids) == 0 {
			return actorList{order: ix.members, members: true}
		}
		out := sl.actors.Make(len(ids))
		for i, id := range ids {
			out[i] = m.actorIdx[id]
		}
		return newActorList(out, &sl.actors, &sl.idx)
	}
	n := 0
	for _, ph := range m.phases[ai] {
		n += len(ph.clauses) + len(ph.provisions)
	}
	out := sl.records.Make(n)[:0]
	for pi, ph := range m.phases[ai] {
		pw := ix.phases[pi].w
		for ci, c := range ph.clauses {
			out = append(out, clauseRecord{obligation: c.Obligation, phase: int32(pi), item: int32(ci), w: pw,
				by: orMembers(c.By), to: orMembers(c.To)})
		}
		for vi, v := range ph.provisions {
			out = append(out, clauseRecord{provision: v.Kind, phase: int32(pi), item: int32(vi), w: pw,
				by: orMembers(v.By), to: orMembers(v.To)})
		}
	}
	return out
}

// tiesOf appends the ties of actor xi to buf — only those to other, when
// other is not -1 — in the order of the alliance index: by counterpart,
// and for each counterpart in the order they are made (agreement, span in
// force, phase, clauses before provisions, item, the clause's list of
// obligors, spells), which follows the agreements' ID order and so does not
// depend on the order of the input.
func (m *Model) tiesOf(xi, other int32, buf []tie) []tie {
	start := len(buf)
	buf = m.makeTies(m.queries(), xi, other, false, buf)
	if other < 0 {
		sortByOther(buf[start:])
	}
	return buf
}

// makeTies appends the ties of actor xi to buf as tiesOf does, but in the
// order they are made, not by counterpart; with binding, only the ties of
// binding obligations, and a record's twins left out (for the alliance
// index, which knows no clauses).
func (m *Model) makeTies(q *queryIndex, xi, other int32, binding bool, buf []tie) []tie {
	refs := q.refs[xi]
	for i := 0; i < len(refs); {
		ai := refs[i].agreement
		j := i + 1
		for j < len(refs) && refs[j].agreement == ai {
			j++
		}
		if binding && m.agreements[ai].Form == Assurance {
			i = j // a promise, not an alliance
			continue
		}
		for _, iw := range m.inForce[ai] {
			for _, r := range refs[i:j] {
				rec := &q.records[ai][r.record]
				if binding && (!rec.obligation.binding() || rec.twin) {
					continue
				}
				base := iw.intersect(rec.w)
				if base.empty() {
					continue
				}
				buf = m.appendTies(buf, ai, rec, base, xi, other)
			}
		}
		i = j
	}
	return buf
}

// sortByOther orders ties by counterpart, keeping the order they were made
// in among ties to the same counterpart: a sort of compact keys, then one
// move of each tie.
func sortByOther(ts []tie) {
	if slices.IsSortedFunc(ts, func(a, b tie) int { return cmp.Compare(a.other, b.other) }) {
		return
	}
	if len(ts) <= 32 {
		// An insertion sort: stable, and no allocation for the few ties
		// of most actors.
		for i := 1; i < len(ts); i++ {
			for j := i; j > 0 && ts[j].other < ts[j-1].other; j-- {
				ts[j], ts[j-1] = ts[j-1], ts[j]
			}
		}
		return
	}
	keys := make([]uint64, len(ts))
	for i := range ts {
		keys[i] = uint64(ts[i].other)<<32 | uint64(i)
	}
	slices.Sort(keys)
	out := make([]tie, len(ts))
	for i, k := range keys {
		out[i] = ts[uint32(k)]
	}
	copy(ts, out)
}

// appendTies appends the ties that record rec of agreement ai gives actor
// xi (to other only, unless other is -1) within the window base.
func (m *Model) appendTies(buf []tie, ai int32, rec *clauseRecord, base window, xi, other int32) []tie {
	ix := &m.agreementIdx[ai]
	t := tie{obligation: rec.obligation, provision: rec.provision, agreement: ai, phase: rec.phase, item: rec.item}
	own := ix.spellsOf(xi)
	// add makes the ties from the spells sx of an obligor to the spells sy
	// of the one it owes.
	add := func(sx, sy []spellIndex, other int32, outgoing bool) {
		for _, a := range sx {
			wa := base.intersect(a.w)
			if wa.empty() || (rec.by.members && !a.member) {
				continue
			}
			for _, b := range sy {
				w := wa.intersect(b.w)
				if w.empty() || (rec.to.members && !b.member) {
					continue
				}
				t.w, t.outgoing, t.other = w, outgoing, other
				buf = append(buf, t)
			}
		}
	}
	xPos, xBy := rec.by.find(xi)
	_, xTo := rec.to.find(xi)
	if other >= 0 {
		if other == xi {
			return buf
		}
		oPos, oBy := rec.by.find(other)
		_, oTo := rec.to.find(other)
		out, in := xBy && oTo, oBy && xTo
		theirs := ix.spellsOf(other)
		if out && (!in || xPos < oPos) {
			add(own, theirs, other, true)
			out = false
		}
		if in {
			add(theirs, own, other, false)
		}
		if out {
			add(own, theirs, other, true)
		}
		return buf
	}
	// Walk the list with a cursor into the spells, which are sorted by
	// actor as a list of members is.
	walk := func(l *actorList, f func(y int32, sy []spellIndex)) {
		k := 0
		for _, y := range l.order {
			if y == xi {
				f(y, own)
				continue
			}
			if l.sorted != nil {
				f(y, ix.spellsOf(y))
				continue
			}
			for k < len(ix.bySpell) && ix.bySpell[k].actor < y {
				k++
			}
			e := k
			for e < len(ix.bySpell) && ix.bySpell[e].actor == y {
				e++
			}
			f(y, ix.bySpell[k:e])
		}
	}
	outgoing := func(y int32, sy []spellIndex) {
		if y != xi {
			add(own, sy, y, true)
		}
	}
	if !xTo {
		if xBy {
			walk(&rec.to, outgoing)
		}
		return buf
	}
	walk(&rec.by, func(b int32, sb []spellIndex) {
		if b != xi {
			add(sb, own, b, false)
			return
		}
		walk(&rec.to, outgoing)
	})
	return buf
}

// clause returns the clause a tie comes from.
func (m *Model) clause(t *tie) *Clause {
	return &m.phases[t.agreement][t.phase].clauses[t.item]
}
