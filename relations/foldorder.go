package relations

import (
	"cmp"
	"math"
	"math/bits"
	"slices"
)

// eventFacts is what sorting and folding need of one event, in 16 bytes
// kept apart from the large Event values, so that those passes read little
// memory.
type eventFacts struct {
	last    int32  // the last day it may have happened on
	span    uint16 // days from the first day it may have happened on to the last
	kind    EventKind
	level   Representation
	stance  Alignment
	oneWay  bool
	curated bool  // not from a dataset: see sortEvents
	in      int32 // its place in the input
}

func (f *eventFacts) first() int32 { return f.last - int32(f.span) }

// event returns an Event that carries only what folding reads.
func (f *eventFacts) event() Event {
	return Event{Kind: f.kind, Level: f.level, Stance: f.stance, OneWay: f.oneWay}
}

// sortEvents sorts the events' facts, refs.facts, into fold order and
// returns them; scratch is twice as long as the events. An event is applied
// once it has certainly happened, so events sort by the last day they
// could have happened on, then by their first day; among events with the
// same days, a dataset's come before curated ones, so that a curated fact
// dated like a dataset's is the one a standing names as its cause; then
// events sort by ID, for determinism.
//
// The days, the curated bit and the input index are packed into one
// integer key, radix-sorted, with the rest of the facts in its low bits,
// which the sort skips: the facts come out of the sorted keys in fold
// order, without reading the input-ordered facts at random. IDs are
// compared only among events tied on their days, by an 8-byte prefix
// first.
func sortEvents(events []Event, refs eventRefs, scratch []uint64) []eventFacts {
	facts := refs.facts
	lo, hi := int32(math.MaxInt32), int32(math.MinInt32)
	for i := range facts {
		lo, hi = min(lo, facts[i].last), max(hi, facts[i].last)
	}
	// key: last day (from lo), 511 less the span's length (a later first
	// day sorts later), the curated bit, input index; then the kind (5
	// bits), level and stance (3 bits each) and the one-way bit, all of
	// which checkEvents bounds.
	const payBits = 12
	idxBits := bits.Len(uint(len(events)))
	dayBits := bits.Len64(uint64(int64(hi) - int64(lo)))
	if len(events) > 0 && dayBits+10+idxBits+payBits <= 64 {
		keys := scratch[:len(events)]
		for i := range facts {
			f := &facts[i]
			keys[i] = uint64(f.last-lo)<<(10+idxBits+payBits) | uint64(511-f.span)<<(1+idxBits+payBits) |
				b2u(f.curated)<<(idxBits+payBits) | uint64(i)<<payBits |
				uint64(f.kind)<<7 | uint64(f.level)<<4 | uint64(f.stance)<<1 | b2u(f.oneWay)
		}
		radixSort(keys, scratch[len(events):], payBits, dayBits+10+idxBits+payBits)
		mask := uint64(1)<<idxBits - 1
		for at, k := range keys {
			facts[at] = eventFacts{last: lo + int32(k>>(10+idxBits+payBits)), span: uint16(511 - (k>>(1+idxBits+payBits))&511),
				curated: (k>>(idxBits+payBits))&1 == 1, in: int32((k >> payBits) & mask),
				kind: EventKind(k >> 7 & 31), level: Representation(k >> 4 & 7), stance: Alignment(k >> 1 & 7), oneWay: k&1 == 1}
		}
	} else {
		slices.SortFunc(facts, func(a, b eventFacts) int {
			return cmp.Or(cmp.Compare(a.last, b.last), cmp.Compare(b.span, a.span), cmp.Compare(b2u(a.curated), b2u(b.curated)),
				cmp.Compare(a.in, b.in))
		})
	}
	sortTies(events, refs.prefix, facts)
	return facts
}

// sortTies sorts by ID each run of events that sortEvents's key leaves
// tied, where they are adjacent in fold order.
func sortTies(events []Event, prefix []uint64, folded []eventFacts) {
	type tied struct {
		f      eventFacts
		prefix uint64
	}
	var run []tied
	same := func(a, b *eventFacts) bool {
		return a.last == b.last && a.span == b.span && a.curated == b.curated
	}
	for i := 0; i < len(folded); {
		j := i + 1
		for j < len(folded) && same(&folded[j], &folded[i]) {
			j++
		}
		if j-i > 1 {
			run = run[:0]
			for _, f := range folded[i:j] {
				run = append(run, tied{f, prefix[f.in]})
			}
			less := func(a, b *tied) bool {
				if a.prefix != b.prefix {
					return a.prefix < b.prefix
				}
				return events[a.f.in].ID < events[b.f.in].ID
			}
			if len(run) <= 12 {
				// Most runs are a few events: an insertion sort, without
				// the calls of a general sort.
				for x := 1; x < len(run); x++ {
					for y := x; y > 0 && less(&run[y], &run[y-1]); y-- {
						run[y], run[y-1] = run[y-1], run[y]
					}
				}
			} else {
				slices.SortFunc(run, func(a, b tied) int {
					if less(&a, &b) {
						return -1
					}
					if less(&b, &a) {
						return 1
					}
					return 0
				})
			}
			for x, t := range run {
				folded[i+x] = t.f
			}
		}
		i = j
	}
}

// idPrefix packs an ID's first eight bytes into an integer that orders as
// the bytes do.
func idPrefix(s string) uint64 {
	var p uint64
	for i := range 8 {
		p <<= 8
		if i < len(s) {
			p |= uint64(s[i])
		}
	}
	return p
}

// radixSort sorts keys by their bits from bit from up to bit to: a stable
// least-significant-digit sort, a byte a pass, linear in the keys. Keys
// already in order by their lower bits need no pass over those. tmp is
// scratch, at least as long as keys.
func radixSort(keys, tmp []uint64, from, to int) {
	if len(keys) < 2 {
		return
	}
	src, dst := keys, tmp[:len(keys)]
	for shift := from; shift < to; shift += 8 {
		var count [257]int
		for _, k := range src {
			count[(k>>shift)&0xff+1]++
		}
		if count[(src[0]>>shift)&0xff+1] == len(src) {
			continue // every key has this digit
		}
		for i := 1; i < 257; i++ {
			count[i] += count[i-1]
		}
		for _, k := range src {
			d := (k >> shift) & 0xff
			dst[count[d]] = k
			count[d]++
		}
		src, dst = dst, src
	}
	if &src[0] != &keys[0] {
		copy(keys, src)
	}
}
