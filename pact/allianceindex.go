package pact

import (
	"cmp"
	"slices"
	"sort"
)

// partnerSpan is one entry of the alliance index: the obligations, in
// either direction, that bind an actor and one counterpart across one
// window.
type partnerSpan struct {
	w     window
	other int32
	mask  uint8 // 1<<Obligation for each binding obligation
}

// indexPartners builds, for every actor, its partner spans: ties to the
// same counterpart over the same window merged into one, and sorted by the
// window's end, latest first. A query on a day then reads only the spans
// that end after it — for a recent day, about the alliances in force —
// instead of every tie of the actor's history.
func (m *Model) indexPartners() {
	m.partnerSpans = make([][]partnerSpan, len(m.ties))
	type entry struct {
		other int32
		o     Obligation
		w     window
	}
	var es []entry
	var ws []window
	for xi, ties := range m.ties {
		// Per counterpart and obligation, the union of the windows.
		es = es[:0]
		for i := range ties {
			if t := &ties[i]; t.obligation.binding() {
				es = append(es, entry{t.other, t.obligation, t.w})
			}
		}
		// Ties arrive grouped by counterpart; order each group.
		for i := 0; i < len(es); {
			j := i + 1
			for j < len(es) && es[j].other == es[i].other {
				j++
			}
			slices.SortFunc(es[i:j], func(a, b entry) int {
				if a.o != b.o {
					return cmp.Compare(a.o, b.o)
				}
				return compareWindows(a.w, b.w)
			})
			i = j
		}
		var spans []partnerSpan
		for i := 0; i < len(es); {
			j := i
			ws = ws[:0]
			for ; j < len(es) && es[j].other == es[i].other && es[j].o == es[i].o; j++ {
				ws = append(ws, es[j].w)
			}
			for _, w := range union(ws) {
				spans = append(spans, partnerSpan{w: w, other: es[i].other, mask: 1 << es[i].o})
			}
			i = j
		}
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
		out := spans[:0]
		for _, sp := range spans {
			if n := len(out); n > 0 && out[n-1].other == sp.other && out[n-1].w == sp.w {
				out[n-1].mask |= sp.mask
				continue
			}
			out = append(out, sp)
		}
		slices.SortStableFunc(out, func(a, b partnerSpan) int { return cmp.Compare(b.w.untilFirst, a.w.untilFirst) })
		m.partnerSpans[xi] = slices.Clip(out)
	}
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
func union(ws []window) []window {
	exact := func(w window) bool { return w.fromFirst == w.fromLast && w.untilFirst == w.untilLast }
	out := ws[:0:0] // ws arrives sorted by start
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

// alliancePartners returns the counterparts whose obligations in mask
// certainly bind x across the span [f, l], sorted by ID, allocating only the
// result (for up to allianceCandidates matching spans).
func (m *Model) alliancePartners(xi, f, l int32, mask uint8) []ActorID {
	spans := m.partnerSpans[xi]
	// Spans that may still bind at l: those ending after it, a prefix.
	n := sort.Search(len(spans), func(i int) bool { return spans[i].w.untilFirst <= l })
	var stack [allianceCandidates]int32
	found := stack[:0]
	for i := range spans[:n] {
		s := &spans[i]
		if s.mask&mask != 0 && s.w.fromLast <= f {
			found = append(found, s.other)
		}
	}
	if len(found) == 0 {
		return nil
	}
	slices.Sort(found)
	found = slices.Compact(found)
	out := make([]ActorID, len(found))
	for i, o := range found {
		out[i] = m.actors[o].ID
	}
	return out
}
