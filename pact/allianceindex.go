package pact

import (
	"cmp"
	"math"
	"slices"
	"sort"

	"github.com/entente-go/entente/internal/slab"
	"github.com/entente-go/entente/relations"
)

// partnerSpan is one entry of the alliance index: the obligations, in
// either direction, that bind an actor and one counterpart across one
// window.
type partnerSpan struct {
	w     window
	other int32
	set   ObligationSet // the binding obligations
	// varies marks spans of obligations that vary by partner: never
	// certain by themselves, whatever the day.
	varies variance
}

// variance says whether a clause's obligation varies by partner, and if
// so whether the source records the pair's obligation all the same.
type variance uint8

const (
	steady   variance = iota // the clause binds toward each of its partners
	varies                   // it may bind toward any one of them
	pairOwed                 // it may, and the pair's obligation is owed (Clause.PairOwed)
)

// varianceOf returns the variance of clause c.
func varianceOf(c *Clause) variance {
	switch {
	case !c.VariesByPartner:
		return steady
	case c.PairOwed:
		return pairOwed
	}
	return varies
}

// crowdedRecord is how many actors both sides of a record must pass for
// the alliance index to leave its pairs out: a clause that binds every
// pair of a thousand members would put a million spans in the index (its
// first query took 2.1 s), while the index of every other record stays
// within crowdedRecord spans per actor the record lists, linear in
// parties × clauses. A variable, so that a test can lower it.
var crowdedRecord = 64

// crowded reports whether record r binds too many pairs for the index.
func (r *clauseRecord) crowded() bool {
	return len(r.by.order) > crowdedRecord && len(r.to.order) > crowdedRecord
}

// indexPartners builds, for every actor, its partner spans: ties to the
// same counterpart over the same window merged into one, and sorted by the
// window's end, latest first. A query on a day then reads only the spans
// that end after it — for a recent day, about the alliances in force —
// instead of every tie of the actor's history. An actor that a crowded
// record lists has no spans in the index: its queries make them (see
// alliancePartners), so that the index stays near-linear in parties ×
// clauses; crowded marks them.
func (m *Model) indexPartners(q *queryIndex) ([][]partnerSpan, []bool) {
	partnerSpans := make([][]partnerSpan, len(m.actors))
	var crowded []bool
	for ai := range q.records {
		for ri := range q.records[ai] {
			if r := &q.records[ai][ri]; r.crowded() {
				if crowded == nil {
					crowded = make([]bool, len(m.actors))
				}
				for _, l := range [2][]int32{r.by.order, r.to.order} {
					for _, x := range l {
						crowded[x] = true
					}
				}
			}
		}
	}
	sc := newSpanScratch(len(m.actors))
	var kept slab.Of[partnerSpan]
	for xi := range m.actors {
		if crowded != nil && crowded[xi] {
			continue
		}
		out := m.spansOf(q, int32(xi), sc)
		partnerSpans[xi] = kept.Make(len(out))
		copy(partnerSpans[xi], out)
	}
	return partnerSpans, crowded
}

// tieBound bounds the binding ties of actor xi that makeTies makes for
// spansOf, counting each spell once: to size its buffer once.
func (m *Model) tieBound(q *queryIndex, xi int32) int {
	n := 0
	for _, r := range q.refs[xi] {
		rec := &q.records[r.agreement][r.record]
		if rec.obligation.binding() && !rec.twin && m.agreements[r.agreement].Form != Assurance {
			n += (len(rec.by.order) + len(rec.to.order)) * len(m.inForce[r.agreement])
		}
	}
	return n
}

// spanScratch is the scratch space of spansOf, reused from actor to actor.
type spanScratch struct {
	es, grouped []spanEntry
	ws, merged  []window
	spans, out  []partnerSpan
	ties        []tie
	keys        []uint64
	// count has one slot per actor, left zeroed between calls.
	count []int32
}

// spanEntry is one tie's obligation toward a counterpart, over a window.
type spanEntry struct {
	other  int32
	o      Obligation
	varies variance
	w      window
}

func newSpanScratch(actors int) *spanScratch { return &spanScratch{count: make([]int32, actors)} }

// spansOf returns actor xi's partner spans, sorted by latest end first, in
// sc's space (valid until its next use).
func (m *Model) spansOf(q *queryIndex, xi int32, sc *spanScratch) []partnerSpan {
	sc.ties = m.makeTies(q, xi, -1, true, sc.ties[:0])
	// Per counterpart and obligation, the union of the windows.
	es := sc.es[:0]
	for i := range sc.ties {
		if t := &sc.ties[i]; t.obligation.binding() {
			es = append(es, spanEntry{t.other, t.obligation, varianceOf(m.clause(t)), t.w})
		}
	}
	// Group by counterpart (a counting sort, count being one slot per
	// actor, left zeroed), then order each group.
	count := sc.count
	var others []int32
	for i := range es {
		o := es[i].other
		if count[o] == 0 {
			others = append(others, o)
		}
		count[o]++
	}
	slices.Sort(others)
	pos := int32(0)
	for _, o := range others {
		pos, count[o] = pos+count[o], pos
	}
	grouped := slices.Grow(sc.grouped[:0], len(es))[:len(es)]
	for _, e := range es {
		grouped[count[e.other]] = e
		count[e.other]++
	}
	for _, o := range others {
		count[o] = 0
	}
	es, grouped = grouped, es
	sc.es, sc.grouped = es, grouped
	for i := 0; i < len(es); {
		j := i + 1
		for j < len(es) && es[j].other == es[i].other {
			j++
		}
		slices.SortFunc(es[i:j], func(a, b spanEntry) int {
			switch {
			case a.o != b.o:
				return cmp.Compare(a.o, b.o)
			case a.varies != b.varies:
				return cmp.Compare(a.varies, b.varies)
			}
			return compareWindows(a.w, b.w)
		})
		i = j
	}
	spans := sc.spans[:0]
	for i := 0; i < len(es); {
		j := i
		sc.ws = sc.ws[:0]
		for ; j < len(es) && es[j].other == es[i].other && es[j].o == es[i].o && es[j].varies == es[i].varies; j++ {
			sc.ws = append(sc.ws, es[j].w)
		}
		sc.merged = union(sc.ws, sc.merged[:0])
		for _, w := range sc.merged {
			spans = append(spans, partnerSpan{w: w, other: es[i].other, set: ObligationSet(0).With(es[i].o), varies: es[i].varies})
		}
		i = j
	}
	sc.spans = spans
	// Then per counterpart and window, the obligations: spans are
	// grouped by counterpart, so order each group by window.
	for i := 0; i < len(spans); {
		j := i + 1
		for j < len(spans) && spans[j].other == spans[i].other {
			j++
		}
		slices.SortFunc(spans[i:j], func(a, b partnerSpan) int { return compareWindows(a.w, b.w) })
		i = j
	}
	merged := spans[:0]
	for _, sp := range spans {
		if n := len(merged); n > 0 && merged[n-1].other == sp.other && merged[n-1].w == sp.w && merged[n-1].varies == sp.varies {
			merged[n-1].set |= sp.set
			continue
		}
		merged = append(merged, sp)
	}
	// By latest end first; spans ending alike stay in the order they
	// were made in (by counterpart, then window): a sort of packed
	// keys (the end reversed, the place), then one move of each span.
	sc.keys = sc.keys[:0]
	for i, sp := range merged {
		sc.keys = append(sc.keys, uint64(math.MaxInt32-int64(sp.w.untilLast))<<32|uint64(i))
	}
	slices.Sort(sc.keys)
	out := slices.Grow(sc.out[:0], len(merged))[:len(merged)]
	for i, k := range sc.keys {
		out[i] = merged[uint32(k)]
	}
	sc.out = out
	return out
}

func compareWindows(a, b window) int {
	switch {
	case a.fromFirst != b.fromFirst:
		return cmp.Compare(a.fromFirst, b.fromFirst)
	case a.fromLast != b.fromLast:
		return cmp.Compare(a.fromLast, b.fromLast)
	case a.untilFirst != b.untilFirst:
		return cmp.Compare(a.untilFirst, b.untilFirst)
	}
	return cmp.Compare(a.untilLast, b.untilLast)
}

// union merges windows that overlap or touch and whose bounds are exact
// days, where the union is again one window; it keeps the others as they
// are, since a union of uncertain bounds is not a window.
func union(ws, out []window) []window {
	exact := func(w window) bool { return w.fromFirst == w.fromLast && w.untilFirst == w.untilLast }
	// ws arrives sorted by start
	for _, w := range ws {
		if n := len(out); n > 0 && exact(out[n-1]) && exact(w) && w.fromFirst <= out[n-1].untilFirst {
			if w.untilFirst > out[n-1].untilFirst {
				out[n-1].untilFirst, out[n-1].untilLast = w.untilFirst, w.untilLast
			}
			continue
		}
		out = append(out, w)
	}
	return out
}

// allianceCandidates is the most partners AlliancePartners sorts on the
// stack; beyond it, it sorts on the heap.
const allianceCandidates = 256

// alliancePartners answers which counterparts' obligations in set bind x
// across the span [f, l] of day, sorted by ID: certainly, or as far as the
// data can tell. Certain answers allocate only the result (for up to
// allianceCandidates matching spans); uncertain ones are looked up in the
// ties to name their cause.
func (m *Model) alliancePartners(xi int32, day relations.Date, f, l int32, set ObligationSet) relations.Answer[relations.ActorID] {
	var ans relations.Answer[relations.ActorID]
	q := m.queries()
	spans := q.partnerSpans[xi]
	if q.crowded != nil && q.crowded[xi] {
		// Not in the index: made for this query, in scratch space of its
		// own, so that queries stay safe for concurrent use.
		sc := newSpanScratch(len(m.actors))
		sc.ties = make([]tie, 0, m.tieBound(q, xi))
		spans = m.spansOf(q, xi, sc)
	}
	// Spans that may still bind on some day of [f, l]: those that may end
	// after f, a prefix.
	n := sort.Search(len(spans), func(i int) bool { return spans[i].w.untilLast <= f })
	var stack, maybeStack, owedStack [allianceCandidates]int32
	found, maybe, owed := stack[:0], maybeStack[:0], owedStack[:0]
	for i := range spans[:n] {
		s := &spans[i]
		if s.set&set == 0 {
			continue
		}
		switch in := s.w.contains(f, l); {
		case in == relations.Yes && s.varies == steady:
			found = append(found, s.other)
		case in != relations.No:
			maybe = append(maybe, s.other)
			if in == relations.Yes && s.varies == pairOwed {
				owed = append(owed, s.other)
			}
		}
	}
	// A pair no one clause settles may still be certain, where the source
	// records its obligation and every agreement that may carry it binds.
	if len(owed) > 0 {
		slices.Sort(found)
		slices.Sort(owed)
		for _, o := range slices.Compact(owed) {
			if _, sure := slices.BinarySearch(found, o); sure {
				continue
			}
			keep := func(t *tie) bool { return set.Has(t.obligation) }
			if m.pairCertain(m.tiesOf(xi, o, nil), day, f, l, keep) {
				found = append(found, o)
			}
		}
	}
	if len(found) > 0 {
		slices.Sort(found)
		found = slices.Compact(found)
		ans.Certain = make([]relations.ActorID, len(found))
		for i, o := range found {
			ans.Certain[i] = m.actors[o].ID
		}
	}
	if len(maybe) > 0 {
		slices.Sort(maybe)
		for _, o := range slices.Compact(maybe) {
			if _, sure := slices.BinarySearch(found, o); sure {
				continue
			}
			ans.Uncertain = append(ans.Uncertain, relations.Doubtful[relations.ActorID]{Item: m.actors[o].ID, Doubt: m.pairDoubt(xi, o, day, f, l, set)})
		}
	}
	return ans
}

// pairDoubt explains why a binding obligation in set between xi and other
// cannot be told on day: the first uncertain tie's cause.
func (m *Model) pairDoubt(xi, other int32, day relations.Date, f, l int32, set ObligationSet) relations.Doubt {
	ties := m.tiesOf(xi, other, nil)
	for i := range ties {
		t := &ties[i]
		if !set.Has(t.obligation) {
			continue
		}
		if in, d := m.tieTruth(t, day, f, l); in == relations.CannotTell {
			return d
		}
	}
	return relations.Doubt{Reason: relations.PartialDate}
}
