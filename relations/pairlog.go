package relations

import (
	"cmp"
	"math/bits"
	"slices"
)

// pairLog is the event-sourced timeline of one pair: the events touching it
// in fold order, with the standing after each.
type pairLog struct {
	events []int32 // places in History.events
	first  []int32 // first possible day of each event
	last   []int32 // last possible day of each event (ascending)
	after  []levels
}

// levels is the standing of a pair after a step of the fold, with the event
// that set each ladder (-1 if none).
type levels struct {
	repCause   [2]int32
	alignCause int32
	rep        [2]Representation // [0]: lo's mission in hi; [1]: hi's in lo
	align      Alignment
}

var noLevels = levels{repCause: [2]int32{-1, -1}, alignCause: -1}

// fold builds every pair's log from the facts in fold order: each pair's
// standing after each event is its standing before plus the event. The
// (pair, event) entries are packed into integers and radix-sorted, and the
// logs share flat arrays filled pair by pair: a large history costs a few
// large allocations and no map. scratch holds twice as many integers as
// there are entries (see countPairs).
func (h *History) fold(folded []eventFacts, refs eventRefs, scratch []uint64) {
	// An entry: the pair's actors, the event's place in fold order, and
	// whether the acting side (for one-way changes) is the higher actor.
	actorBits, eventBits := bits.Len(uint(len(h.actors))), bits.Len(uint(len(folded)))
	packed := 2*actorBits+eventBits+1 <= 64
	type entry struct {
		key    pairKey
		event  int32
		hiActs bool
	}
	n := len(scratch) / 2
	keys := scratch[:0:n]
	var entries []entry
	if !packed {
		entries = make([]entry, 0, n)
	}
	add := func(a, b, at int32) {
		k := makePairKey(a, b)
		if packed {
			keys = append(keys, uint64(k.lo)<<(actorBits+eventBits+1)|uint64(k.hi)<<(eventBits+1)|uint64(at)<<1|b2u(a != k.lo))
		} else {
			entries = append(entries, entry{k, at, a != k.lo})
		}
	}
	// Every unordered pair an event touches, the acting side first: each
	// actor with each actor it is toward, or else each two of its actors.
	// Read in fold order, the entries need sorting by pair only: an event
	// touches a pair once.
	for at := range folded {
		i := folded[at].in
		acts, toward := refs.idx[refs.off[i]:refs.mid[i]], refs.idx[refs.mid[i]:refs.off[i+1]]
		if len(toward) > 0 {
			for _, a := range acts {
				for _, b := range toward {
					add(a, b, int32(at))
				}
			}
			continue
		}
		for x, a := range acts {
			for _, b := range acts[x+1:] {
				add(a, b, int32(at))
			}
		}
	}
	// entryAt decodes entry i, so that packed entries take 8 bytes.
	amask, emask := uint64(1)<<actorBits-1, uint64(1)<<eventBits-1
	entryAt := func(i int) entry {
		if !packed {
			return entries[i]
		}
		k := keys[i]
		return entry{pairKey{int32(k >> (actorBits + eventBits + 1)), int32((k >> (eventBits + 1)) & amask)},
			int32((k >> 1) & emask), k&1 == 1}
	}
	if packed {
		radixSort(keys, scratch[n:], eventBits+1, 2*actorBits+eventBits+1)
	} else {
		slices.SortStableFunc(entries, func(a, b entry) int {
			return cmp.Or(cmp.Compare(a.key.lo, b.key.lo), cmp.Compare(a.key.hi, b.key.hi))
		})
	}
	events, first, last, after := make([]int32, n), make([]int32, n), make([]int32, n), make([]levels, n)
	pairs := 0
	for i := range n {
		if i == 0 || entryAt(i).key != entryAt(i-1).key {
			pairs++
		}
	}
	h.logStart, h.logHi = make([]int32, 0, pairs+1), make([]int32, 0, pairs)
	h.logsFrom = make([]int32, len(h.actors)+1)
	for start := 0; start < n; {
		k := entryAt(start).key
		end := start
		prev := noLevels
		for ; end < n; end++ {
			en := entryAt(end)
			if en.key != k {
				break
			}
			f := &folded[en.event]
			ei := f.in // the event's place in h.events
			e := f.event()
			next := prev
			if r, ok := e.representationAfter(); ok {
				// Side 0 is lo's mission in hi. One-way changes touch only
				// the actor's mission in the counterpart.
				actorSide := 0
				if en.hiActs {
					actorSide = 1
				}
				for side := range 2 {
					if e.OneWay && side != actorSide {
						continue
					}
					next.rep[side], next.repCause[side] = r, ei
				}
			}
			if a, ok := e.alignmentAfter(prev.align); ok {
				next.align, next.alignCause = a, ei
			}
			events[end], first[end], last[end], after[end] = ei, f.first(), f.last, next
			prev = next
		}
		h.logStart = append(h.logStart, int32(start))
		h.logHi = append(h.logHi, k.hi)
		h.logsFrom[k.lo+1]++
		start = end
	}
	h.logStart = append(h.logStart, int32(n))
	h.logEvents, h.logFirst, h.logLast, h.logAfter = events, first, last, after
	for i := range len(h.actors) {
		h.logsFrom[i+1] += h.logsFrom[i]
	}
}

// countPairs returns how many (pair, event) entries the events of refs
// make.
func countPairs(refs eventRefs) int {
	n := 0
	for i := range refs.mid {
		acts, toward := int(refs.mid[i]-refs.off[i]), int(refs.off[i+1]-refs.mid[i])
		if toward > 0 {
			n += acts * toward
		} else {
			n += acts * (acts - 1) / 2
		}
	}
	return n
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// pairLog returns the log of pair k, and false if no event touches it.
func (h *History) pairLog(k pairKey) (pairLog, bool) {
	from, to := h.logsFrom[k.lo], h.logsFrom[k.lo+1]
	i, ok := slices.BinarySearch(h.logHi[from:to], k.hi)
	if !ok {
		return pairLog{}, false
	}
	p := int(from) + i
	s, e := h.logStart[p], h.logStart[p+1]
	return pairLog{events: h.logEvents[s:e:e], first: h.logFirst[s:e:e], last: h.logLast[s:e:e], after: h.logAfter[s:e:e]}, true
}
