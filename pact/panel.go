package pact

import (
	"cmp"
	"errors"
	"iter"
	"slices"

	"github.com/entente-go/entente/internal/enum"
	"github.com/entente-go/entente/relations"
)

// DyadYear is one row of a dyad-year panel: two actors that share an
// agreement at some time in Year, and the obligations between them. In a
// directed panel they are A's obligations to B; in an undirected one, the
// obligations either owes the other. A row may hold no obligation: the two
// share an agreement but owe each other nothing (ATOP's SHAREOB), as two
// guarantors of a third state do.
type DyadYear struct {
	A, B        relations.ActorID
	Year        int
	Obligations ObligationSet
}

// Dyads says how a dyad-year panel reads a pair.
type Dyads uint8

const (
	// UnknownDyads is the zero Dyads; asking for it is an error.
	UnknownDyads Dyads = iota
	// Directed panels have a row per ordered pair: A's obligations to B.
	Directed
	// Undirected panels have a row per pair: the obligations either owes
	// the other.
	Undirected
)

var dyadsNames = []string{"unknown", "directed", "undirected"}

// String returns "directed" or "undirected", or "Dyads(N)".
func (d Dyads) String() string { return enum.Text("Dyads", dyadsNames, d) }

// DyadYears yields the dyad-year panel from year from through year to, one
// actor at a time, with that actor's rows (it is A in each) sorted by B's ID
// and then year: for every agreement the actor is party to and every other
// party b, each year in which both are in it at the same time while it is
// in force. Two parties whose spells only touch (one leaves on the day the
// other joins) are never in it together.
//
// With no actors given it goes through every actor in ID order and an
// Undirected panel holds each pair once, from the side of the actor whose ID
// sorts first. With actors given it yields theirs in the order given (the
// way to build a panel in an order of one's own, by COW code say), and an
// Undirected panel holds both sides of a pair: keep the one you need.
// Rows are computed one actor at a time, sharing one scratch buffer, so a
// caller that stops early does no more work.
//
// The rows follow ATOP's construction (codebook sections 2.6 and 2.7):
// within one agreement, a year takes the obligations of the latest phase
// the two share in it, and obligations from different agreements are
// combined. Expectations are never counted, and the panel is binary: an
// obligation that varies by partner (ATOP's OBVARY) counts toward the
// partners its clause lists, ATOP's own rule for its dyad-year files. A
// panel ends at the last year its sources observe ([Model.PanelYears]):
// years past the coverage have no rows, never a copy of the last one. It
// reports an error for an unknown Dyads or actor, or years out of order or
// out of range.
func (m *Model) DyadYears(d Dyads, from, to int, actors ...relations.ActorID) (iter.Seq2[relations.ActorID, []DyadYear], error) {
	if err := checkPanel(d, from, to); err != nil {
		return nil, err
	}
	idx := make([]int32, len(actors))
	for i, a := range actors {
		ai, err := m.actor(a)
		if err != nil {
			return nil, err
		}
		idx[i] = ai
	}
	directed, all := d == Directed, len(actors) == 0
	return func(yield func(relations.ActorID, []DyadYear) bool) {
		b := m.newPanelBuffer(from, to)
		if !all {
			for i, ai := range idx {
				if !yield(actors[i], b.rows(ai, directed)) {
					return
				}
			}
			return
		}
		for ai := range m.actors {
			rows := b.rows(int32(ai), directed)
			if !directed {
				rows = slices.DeleteFunc(rows, func(r DyadYear) bool { return r.B < r.A })
			}
			if !yield(m.actors[ai].ID, rows) {
				return
			}
		}
	}, nil
}

// CodedDyadYear is one row of a dyad-year panel in integer codes of the
// caller's choosing, such as COW state numbers: see
// [Model.CodedDyadYears].
type CodedDyadYear struct {
	A, B        int
	Year        int
	Obligations ObligationSet
}

// CodedDyadYears yields the dyad-year panel from year from through year to
// with each actor replaced by its code, one row at a time, sorted by A's
// code, then B's, then year: the rows of [Model.DyadYears] between the
// actors that code keeps (it returns an actor's code, and false to leave
// the actor out, as A and as B). An Undirected panel holds each pair once,
// with A's code below B's. Actors that share a code sort by ID. It is the
// fast way to a whole panel: no string per row, and the rows come out in
// code order without a sort of the rows. It reports the errors of
// [Model.DyadYears], and a nil code.
func (m *Model) CodedDyadYears(d Dyads, from, to int, code func(relations.Actor) (int, bool)) (iter.Seq[CodedDyadYear], error) {
	if err := checkPanel(d, from, to); err != nil {
		return nil, err
	}
	if code == nil {
		return nil, invalid("query: code", errors.New("is nil; give the function that codes each actor"))
	}
	// rank[i] is actor i's place in code order, or -1 if it is left out.
	codes := make([]int, len(m.actors))
	rank := make([]int32, len(m.actors))
	var order []int32
	for i, a := range m.actors {
		rank[i] = -1
		if c, ok := code(a); ok {
			codes[i] = c
			order = append(order, int32(i))
		}
	}
	slices.SortStableFunc(order, func(a, b int32) int { return cmp.Compare(codes[a], codes[b]) })
	for r, i := range order {
		rank[i] = int32(r)
	}
	directed := d == Directed
	return func(yield func(CodedDyadYear) bool) {
		b := m.newPanelBuffer(from, to)
		for _, ai := range order {
			b.fill(ai, directed)
			// Keep the counterparts with codes (above A's, undirected), in
			// code order.
			others := b.others[:0]
			for _, o := range b.others {
				if rank[o] >= 0 && (directed || rank[o] > rank[ai]) {
					others = append(others, o)
				} else {
					b.clear(o)
				}
			}
			b.others = others
			slices.SortFunc(b.others, func(x, y int32) int { return cmp.Compare(rank[x], rank[y]) })
			row := CodedDyadYear{A: codes[ai]}
			if !b.emit(func(o int32, year int, set ObligationSet) bool {
				row.B, row.Year, row.Obligations = codes[o], year, set
				return yield(row)
			}) {
				return
			}
		}
	}, nil
}

// checkPanel checks a panel's kind and years.
func checkPanel(d Dyads, from, to int) error {
	if d != Directed && d != Undirected {
		return invalid("query: dyads", errors.New(d.String()+" is not a kind of panel; want directed or undirected"))
	}
	return checkYears(from, to)
}

// panelBuffer holds dense scratch space for one actor's rows: a cell per
// (counterpart, year), reused from actor to actor, so a whole panel costs no
// map, and no sort beyond the counterparts each actor has. Counterparts
// take slots as they are touched, so that the cells are as many as the
// counterparts one actor may have (the parties of its agreements) times
// the years, not every actor of the model times the years: a model of
// 100,000 actors asked 500 years would have taken 700 MB.
type panelBuffer struct {
	m        *Model
	from, to int
	years    int
	// slot holds each actor's slot while it is a touched counterpart, -1
	// otherwise; slotActor the actor of each slot; slots the slots taken.
	slot      []int32
	slotActor []int32
	slots     int32
	// rows: the obligations of each touched cell, combined across
	// agreements.
	set  []ObligationSet
	seen []bool
	// The touched counterparts, and per counterpart its first and last
	// touched year (offsets from from): its run of cells.
	others    []int32
	lo, hi    []int32
	otherSeen []bool
	// The current agreement's cells: which agreement last touched each
	// cell, at which phase, with which obligations.
	agrOf   []int32
	phaseOf []int32
	agrSet  []ObligationSet
	agrCell []int
}

func (m *Model) newPanelBuffer(from, to int) *panelBuffer {
	// Only the years some agreement covers can hold rows.
	lo, hi := m.years()
	from, to = max(from, lo), min(to, hi)
	b := &panelBuffer{m: m, from: from, to: to, years: max(to-from+1, 0)}
	// The most counterparts one actor may have: the parties of its
	// agreements, and at most every actor.
	most := 0
	for ai := range m.actors {
		n := 0
		for _, agr := range m.byActor[ai] {
			n += len(m.agreements[agr].Parties)
		}
		most = max(most, min(n, len(m.actors)))
	}
	n := most * b.years
	b.set, b.seen = make([]ObligationSet, n), make([]bool, n)
	b.agrOf, b.phaseOf, b.agrSet = make([]int32, n), make([]int32, n), make([]ObligationSet, n)
	for i := range b.agrOf {
		b.agrOf[i] = -1
	}
	b.slot, b.slotActor = make([]int32, len(m.actors)), make([]int32, most)
	for i := range b.slot {
		b.slot[i] = -1
	}
	b.lo, b.hi, b.otherSeen = make([]int32, len(m.actors)), make([]int32, len(m.actors)), make([]bool, len(m.actors))
	return b
}

// cells returns the first cell of counterpart o's run, giving it a slot
// if it has none.
func (b *panelBuffer) cells(o int32) int {
	s := b.slot[o]
	if s < 0 {
		s, b.slots = b.slots, b.slots+1
		b.slot[o], b.slotActor[s] = s, o
	}
	return int(s) * b.years
}

// release frees counterpart o's slot; the slots are taken anew from the
// first once no counterpart holds one (see emit).
func (b *panelBuffer) release(o int32) {
	b.slot[o] = -1
	b.otherSeen[o] = false
}

// years returns the first and last year in which some agreement may be in
// force and its source observes it: an open end runs to the last year the
// agreement's source observes (its coverage, or a later observation) or,
// without an end to that, to any year asked. A year past the coverage
// has no rows, so that no panel reports as data what its source did not
// observe; the year of the last day observed has its rows.
func (m *Model) years() (int, int) {
	lo, hi := relations.MaxYear, relations.MinYear
	for ai, ws := range m.inForce {
		last := m.lastObservedYear(int32(ai))
		for _, w := range ws {
			lo = min(lo, yearOf(w.fromFirst))
			if w.untilLast == always.untilLast {
				hi = max(hi, last)
			} else {
				hi = max(hi, min(yearOf(w.untilLast), last))
			}
		}
	}
	return lo, hi
}

// lastObservedYear returns the year of the last day agreement ai's source
// observes it, or relations.MaxYear when its coverage has no end.
func (m *Model) lastObservedYear(ai int32) int {
	if u := m.observedUntil[ai]; u != always.untilFirst {
		return yearOf(u - 1)
	}
	return relations.MaxYear
}

// PanelYears returns the first and last year a dyad-year panel of the
// model can hold rows in: from the first year an agreement may be in force
// through the last year the sources observe some agreement in force (for
// ATOP 5.1, 1815 through 2018). A panel asked for later years ends there,
// without rows for them: what a source did not observe is not data. It
// reports false for a model with no agreement in force at any time.
func (m *Model) PanelYears() (first, last int, ok bool) {
	lo, hi := m.years()
	if lo > hi {
		return 0, 0, false
	}
	return lo, hi, true
}

// rows returns actor ai's rows, sorted by counterpart and year.
func (b *panelBuffer) rows(ai int32, directed bool) []DyadYear {
	b.fill(ai, directed)
	slices.Sort(b.others)
	n := 0
	for _, o := range b.others {
		base := int(b.slot[o]) * b.years
		for y := b.lo[o]; y <= b.hi[o]; y++ {
			if b.seen[base+int(y)] {
				n++
			}
		}
	}
	out := make([]DyadYear, 0, n)
	a := b.m.actors[ai].ID
	b.emit(func(o int32, year int, set ObligationSet) bool {
		out = append(out, DyadYear{A: a, B: b.m.actors[o].ID, Year: year, Obligations: set})
		return true
	})
	return out
}

// emit yields the filled cells, counterpart by counterpart in the order of
// b.others, each counterpart's years in order, and clears them; it reports
// whether yield asked for more.
func (b *panelBuffer) emit(yield func(other int32, year int, set ObligationSet) bool) bool {
	more := true
	for _, o := range b.others {
		base := int(b.slot[o]) * b.years
		for y := b.lo[o]; y <= b.hi[o]; y++ {
			c := base + int(y)
			if !b.seen[c] {
				continue
			}
			if more {
				more = yield(o, b.from+int(y), b.set[c])
			}
			b.set[c], b.seen[c] = 0, false
		}
		b.release(o)
	}
	b.others = b.others[:0]
	b.slots = 0 // every slot is free again
	return more
}

// clear empties counterpart o's cells without yielding them.
func (b *panelBuffer) clear(o int32) {
	base := int(b.slot[o]) * b.years
	for y := b.lo[o]; y <= b.hi[o]; y++ {
		b.set[base+int(y)], b.seen[base+int(y)] = 0, false
	}
	b.release(o)
}

// fill computes actor ai's cells.
func (b *panelBuffer) fill(ai int32, directed bool) {
	m := b.m
	if b.years == 0 {
		return
	}
	for _, agr := range m.byActor[ai] {
		ag := &m.agreementIdx[agr]
		observed := m.lastObservedYear(agr)
		for pi := range ag.phases {
			ph := &ag.phases[pi]
			owed := ph.owedBy(ai)
			for _, iw := range m.inForce[agr] {
				base := ph.w.intersect(iw)
				if base.empty() {
					continue
				}
				for _, sa := range ag.spellsOf(ai) {
					wa := base.intersect(sa.w)
					if wa.empty() {
						continue
					}
					for _, sb := range ag.spells {
						if sb.actor == ai {
							continue
						}
						w := wa.intersect(sb.w)
						if w.empty() {
							continue
						}
						set := owes(owed, &sa, &sb)
						if !directed {
							set |= owes(ph.owedBy(sb.actor), &sb, &sa)
						}
						first := max(yearOf(w.fromFirst), b.from)
						last := min(b.to, observed)
						if w.untilLast != always.untilLast {
							last = min(yearOf(w.untilLast), last)
						}
						if first > last {
							continue
						}
						base := b.cells(sb.actor) - b.from
						for y := first; y <= last; y++ {
							b.mark(int32(agr), int32(pi), base+y, set)
						}
					}
				}
			}
		}
		b.flushAgreement()
	}
}

// mark records what one phase of one agreement gives cell c: a later
// phase replaces an earlier one, the same phase adds to it.
func (b *panelBuffer) mark(agr int32, phase int32, c int, set ObligationSet) {
	switch {
	case b.agrOf[c] != agr:
		b.agrOf[c], b.phaseOf[c], b.agrSet[c] = agr, phase, set
		b.agrCell = append(b.agrCell, c)
	case phase > b.phaseOf[c]:
		b.phaseOf[c], b.agrSet[c] = phase, set
	case phase == b.phaseOf[c]:
		b.agrSet[c] |= set
	}
}

// flushAgreement combines the current agreement's cells into the rows.
func (b *panelBuffer) flushAgreement() {
	for _, c := range b.agrCell {
		b.set[c] |= b.agrSet[c]
		b.agrOf[c] = -1
		if !b.seen[c] {
			b.seen[c] = true
			o, y := b.slotActor[c/b.years], int32(c%b.years)
			switch {
			case !b.otherSeen[o]:
				b.otherSeen[o] = true
				b.others = append(b.others, o)
				b.lo[o], b.hi[o] = y, y
			case y < b.lo[o]:
				b.lo[o] = y
			case y > b.hi[o]:
				b.hi[o] = y
			}
		}
	}
	b.agrCell = b.agrCell[:0]
}
