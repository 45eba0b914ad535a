package relations

import (
	"cmp"
	"hash/maphash"
	"math/bits"
	"slices"
	"strings"
)

// idIndex finds an item by its ID among n items numbered 0 to n-1: a hash
// table built once, as flat arrays. A map keyed by strings spreads its
// keys over large, pointer-laden groups; a history of 220,000 events then
// spent much of its build time in cache misses inserting its event IDs.
// Here the entries of a bucket are adjacent and hold 8 bytes each, the IDs
// are copied into one string, and building the table finds every
// duplicate ID without a lookup.
type idIndex struct {
	seed  maphash.Seed
	shift uint8 // 64 less the number of bits of a bucket number
	// The entries of bucket b are slots[start[b]:start[b+1]]; an entry
	// holds the low 32 bits of its ID's hash above the item's number, so
	// that a probe compares IDs only when these agree.
	start []int32
	slots []uint64
	// The ID of item i is keys[ends[i]:ends[i+1]], empty if not indexed.
	keys string
	ends []int32
}

// newIDIndex indexes the IDs of n items: id(i) returns the ID of item i and
// whether to index it. It also reports, for each item, whether its ID is
// one an earlier item has (nil if none is): lookups find the first. The
// IDs together must hold at most maxIndexed bytes (fitsIndexes checks).
func newIDIndex(n int, id func(i int32) (string, bool)) (x idIndex, dup []bool) {
	// About one bucket an item: a bucket holds one or two entries.
	nbits := bits.Len(uint(n))
	x = idIndex{seed: maphash.MakeSeed(), shift: uint8(64 - nbits), start: make([]int32, 1<<nbits+1),
		ends: make([]int32, n+1)}
	// Each ID is read once, to hash it and to copy it: the hashes of the
	// items, 0 for an item not indexed, are kept for placing them.
	hashes := make([]uint64, n)
	var keys strings.Builder
	keys.Grow(8 * n)
	indexed := 0
	for i := range n {
		if s, ok := id(int32(i)); ok {
			h := maphash.String(x.seed, s) | 1 // never 0
			hashes[i] = h
			x.start[x.bucket(h)+1]++
			keys.WriteString(s)
			indexed++
		}
		x.ends[i+1] = int32(keys.Len())
	}
	x.keys = keys.String()
	for b := 1; b < len(x.start); b++ {
		x.start[b] += x.start[b-1]
	}
	// Items are placed in order, so each bucket lists its entries by item.
	x.slots = make([]uint64, indexed)
	next := slices.Clone(x.start[:len(x.start)-1])
	for i, h := range hashes {
		if h != 0 {
			b := x.bucket(h)
			x.slots[next[b]] = uint64(uint32(h))<<32 | uint64(i)
			next[b]++
		}
	}
	return x, x.markDuplicates(n)
}

func (x *idIndex) bucket(h uint64) uint64 { return h >> x.shift }

// key returns the ID of item i, empty if it is not indexed.
func (x *idIndex) key(i int32) string { return x.keys[x.ends[i]:x.ends[i+1]] }

// markDuplicates sorts each bucket's entries by hash, then by ID and item,
// so that equal IDs are adjacent with the first item first, and reports
// which of the n items repeat an earlier one's ID.
func (x *idIndex) markDuplicates(n int) []bool {
	var dup []bool
	key := func(e uint64) string { return x.key(int32(uint32(e))) }
	for b := 0; b+1 < len(x.start); b++ {
		slots := x.slots[x.start[b]:x.start[b+1]]
		if len(slots) < 2 {
			continue
		}
		slices.Sort(slots) // by hash, then by item
		for i := 0; i < len(slots); {
			j := i + 1
			for j < len(slots) && slots[j]>>32 == slots[i]>>32 {
				j++
			}
			if j-i > 1 {
				same := slots[i:j]
				slices.SortStableFunc(same, func(a, b uint64) int { return cmp.Compare(key(a), key(b)) })
				for k := 1; k < len(same); k++ {
					if key(same[k]) == key(same[k-1]) {
						if dup == nil {
							dup = make([]bool, n)
						}
						dup[uint32(same[k])] = true
					}
				}
			}
			i = j
		}
	}
	return dup
}

// find returns the item whose ID is s and whether there is one.
func (x *idIndex) find(s string) (int32, bool) {
	if len(x.start) == 0 {
		return 0, false
	}
	h := maphash.String(x.seed, s) | 1
	b := x.bucket(h)
	tag := uint32(h)
	for _, e := range x.slots[x.start[b]:x.start[b+1]] {
		if uint32(e>>32) == tag && x.key(int32(uint32(e))) == s {
			return int32(uint32(e)), true
		}
	}
	return 0, false
}
