package relations

import (
	"cmp"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"

	"github.com/entente-go/entente/internal/errs"

	"github.com/entente-go/entente/internal/calendar"
)

// History is an immutable, indexed record of actors and the events between
// them. The standing of a pair on a day is a fold over the events before it,
// so every answer names the events that produced it.
//
// Build a History with [NewHistory] (or [ParseHistoryJSON]); it is then
// safe for concurrent use, and its queries have no side effects.
type History struct {
	actors   []Actor // sorted by ID
	actorIdx map[ActorID]int32
	// events are in input order, which copying them keeps sequential;
	// order lists their places in fold order: by last possible day, then
	// by first day, then by ID. eventIdx finds an event's place in events,
	// and holds its ID; refs holds its actors and those it acted toward
	// (idx, off and mid only), and mediators[medFrom[i]:medFrom[i+1]] are
	// event i's mediators (medFrom is nil if no event has any).
	events    []storedEvent
	texts     []eventText // see storedEvent
	order     []int32
	eventIdx  idIndex
	refs      eventRefs
	mediators []ActorID
	medFrom   []int32
	// The logs of every pair, sorted by pair: the logs of the pairs whose
	// lower actor is lo are numbered logsFrom[lo] to logsFrom[lo+1]-1, and
	// logHi holds each log's higher actor. Log p is entries
	// logStart[p]:logStart[p+1] of the flat arrays that pairLog describes,
	// which hold no pointer per pair for the garbage collector to follow.
	logStart  []int32
	logEvents []int32
	logFirst  []int32
	logLast   []int32
	logAfter  []levels
	logHi     []int32
	logsFrom  []int32
	// byActor lists, for each actor index, the keys of every pair it is in
	// (from events and from agreements), sorted by counterpart ID.
	byActor    [][]pairKey
	agreements AgreementSource
	// coverage holds what each dataset observes, by its name.
	coverage map[string]Coverage
}

// HistoryOption configures [NewHistory].
type HistoryOption func(*History)

// WithCoverage declares what a dataset observes: past c's end, a standing
// that an event of the dataset (one whose Dataset is c.Source) set, and
// that no later event moved, is answered as last observed by the dataset
// — cannot tell, [PastCoverage] — not as certain. Thompson & Dreyer's
// rivalries end in 2010, so a rivalry they still observed then is not known
// to hold, nor to have ended, in 2023, unless a later event says.
func WithCoverage(c Coverage) HistoryOption {
	return func(h *History) {
		if h.coverage == nil {
			h.coverage = map[string]Coverage{}
		}
		h.coverage[c.Source] = c
	}
}

// pairKey is an unordered pair of actor indexes, lower first.
type pairKey struct{ lo, hi int32 }

func makePairKey(a, b int32) pairKey {
	if a > b {
		a, b = b, a
	}
	return pairKey{a, b}
}

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

// NewHistory validates actors and events and builds the indexed History.
// It copies its inputs. It reports every problem at once, as an
// [errors.Join] of [*FieldError]s naming the element and field: invalid or
// duplicate IDs, unknown actors, an actor paired with itself, invalid dates,
// an event kind that needs a counterpart without one, a level its kind
// cannot take, and events past what a History indexes (2³¹−1 events, bytes
// of event IDs and actors named, each; 2²⁷ pairs touched, an event among n
// actors touching n(n-1)/2). At most the first 100 problems are reported,
// then "and N more problems".
func NewHistory(actors []Actor, events []Event, opts ...HistoryOption) (*History, error) {
	h := &History{actors: cloneActors(actors), actorIdx: make(map[ActorID]int32, len(actors))}
	for _, o := range opts {
		if o != nil {
			o(h)
		}
	}
	p := &problems{scope: "relations"}
	for name, c := range h.coverage {
		if name == "" || !c.Observed.IsValid() {
			p.addf("coverage "+strconv.Quote(name), "observed", "want a named dataset and an interval that does not end before it begins, got "+c.String())
		}
	}
	h.checkActors(p)
	if err := p.err(); err != nil {
		// Events are checked against the actors only once these are sound.
		h.checkEvents(p, events, nil)
		return nil, p.err()
	}
	h.sortActors()
	refs := h.checkEvents(p, events, make([]int32, 0, 2*len(events)))
	if err := p.err(); err != nil {
		return nil, err
	}
	// One scratch array serves both radix sorts.
	pairs := countPairs(refs)
	scratch := make([]uint64, 2*max(len(events), pairs))
	folded := sortEvents(events, refs, scratch)
	h.order = make([]int32, len(folded))
	for at := range folded {
		h.order[at] = folded[at].in
	}
	h.refs = eventRefs{idx: refs.idx, off: refs.off, mid: refs.mid}
	h.fold(folded, refs, scratch[:2*pairs])
	h.indexActors(nil)
	return h, nil
}

// sortActors sorts the actors by ID and indexes them.
func (h *History) sortActors() {
	sortByID(h.actors)
	// The IDs move into one string, so that the lookups of every event's
	// actors read the keys from a few cache lines, not from all over the
	// heap. (For the 22,000 actors of the x100 world, a map looks an ID up
	// twice as fast as an idIndex; it is the 220,000 event IDs that a map
	// is slow to build for.)
	n := 0
	for _, a := range h.actors {
		n += len(a.ID)
	}
	var arena strings.Builder
	arena.Grow(n)
	for _, a := range h.actors {
		arena.WriteString(string(a.ID))
	}
	all, at := arena.String(), 0
	clear(h.actorIdx)
	for i := range h.actors {
		id := ActorID(all[at : at+len(h.actors[i].ID)])
		at += len(id)
		h.actors[i].ID = id
		h.actorIdx[id] = int32(i)
	}
}

// sortByID sorts the actors by ID. It sorts their IDs' 8-byte prefixes
// with their places, comparing IDs only where prefixes tie, then moves each
// actor once: not the large Actor values at every swap, with a string
// comparison at each step.
func sortByID(actors []Actor) {
	type key struct {
		prefix uint64
		i      int32
	}
	keys := make([]key, len(actors))
	for i := range actors {
		keys[i] = key{idPrefix(string(actors[i].ID)), int32(i)}
	}
	slices.SortFunc(keys, func(a, b key) int {
		if a.prefix != b.prefix {
			return cmp.Compare(a.prefix, b.prefix)
		}
		return cmp.Compare(actors[a.i].ID, actors[b.i].ID)
	})
	// actors[at] takes actors[keys[at].i]: follow each cycle of the
	// permutation from its first place, marking the places done.
	for start := range keys {
		if keys[start].i < 0 {
			continue
		}
		first, at := actors[start], start
		for {
			from := int(keys[at].i)
			keys[at].i = -1
			if from == start {
				actors[at] = first
				break
			}
			actors[at], at = actors[from], from
		}
	}
}

// storedEvent is an event as a History keeps it, in input order. Its ID
// is the event index's, its actors and those it acted toward are the
// actor indexes in History.refs, its mediators (rare) in
// History.mediators, and its texts are History.texts[text]: consecutive
// events mostly share them (their source, their dataset), and share an
// entry then. A tenth of an Event's size, without pointers for the
// garbage collector to follow, and written by the pass that checks the
// events, it spares the build a second pass over the input and a copy of
// every Event: at 220,000 events, the largest memory traffic of a build.
type storedEvent struct {
	text   int32
	date   Date
	kind   EventKind
	level  Representation
	stance Alignment
	oneWay bool
	// Whether the event's Toward and Mediators were not nil, so that the
	// Event given back has nil where it had nil.
	hasToward, hasMediators bool
}

// eventText holds the texts of an event.
type eventText struct{ agreement, summary, source, dataset string }

// event returns a copy of event i; its actor lists are appended to *ids,
// whose array they share, full.
func (h *History) event(i int32, ids *[]ActorID) Event {
	s := &h.events[i]
	t := &h.texts[s.text]
	e := Event{ID: h.eventIdx.key(i), Kind: s.kind, Date: s.date, OneWay: s.oneWay, Level: s.level, Stance: s.stance,
		Agreement: t.agreement, Summary: t.summary, Source: t.source, Dataset: t.dataset}
	e.Actors = h.actorNames(h.refs.idx[h.refs.off[i]:h.refs.mid[i]], ids)
	if s.hasToward {
		e.Toward = h.actorNames(h.refs.idx[h.refs.mid[i]:h.refs.off[i+1]], ids)
	}
	if s.hasMediators {
		var m []ActorID
		if h.medFrom != nil {
			m = h.mediators[h.medFrom[i]:h.medFrom[i+1]]
		}
		*ids = append(*ids, m...)
		e.Mediators = (*ids)[len(*ids)-len(m) : len(*ids) : len(*ids)]
	}
	return e
}

// actorNames appends the IDs of the actors idx to *ids and returns them.
// *ids is not nil, so neither is what it returns.
func (h *History) actorNames(idx []int32, ids *[]ActorID) []ActorID {
	for _, a := range idx {
		*ids = append(*ids, h.actors[a].ID)
	}
	return (*ids)[len(*ids)-len(idx) : len(*ids) : len(*ids)]
}

// eventIDs returns a buffer for the actor lists of n events' copies.
func (h *History) eventIDs(n int) []ActorID {
	return make([]ActorID, 0, min(n*4, len(h.refs.idx)+len(h.mediators)))
}

// eventRefs holds the actor indexes of every event, resolved once: the
// actors of event i are idx[off[i]:mid[i]], the actors it is toward
// idx[mid[i]:off[i+1]]. facts[i] and prefix[i] are what sorting and
// folding need of event i.
type eventRefs struct {
	idx, off, mid []int32
	facts         []eventFacts
	prefix        []uint64 // of each ID: see idPrefix
}

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

func cloneActors(in []Actor) []Actor {
	out := slices.Clone(in)
	for i := range out {
		out[i].Members = slices.Clone(out[i].Members)
	}
	return out
}

func (h *History) checkActors(p *problems) {
	for i, a := range h.actors {
		el := "actors[" + strconv.Itoa(i) + "]"
		if a.ID != "" {
			el = "actor " + errs.Quote(string(a.ID))
		}
		a.check(p, el)
		if _, err := ParseActorID(string(a.ID)); err != nil {
			continue
		}
		if _, dup := h.actorIdx[a.ID]; dup {
			p.addf(el, "id", "duplicate actor ID")
		} else {
			h.actorIdx[a.ID] = int32(i)
		}
	}
	// Members are checked once every ID is known.
	for _, a := range h.actors {
		for j, m := range a.Members {
			el := "actor " + errs.Quote(string(a.ID))
			f := "members[" + strconv.Itoa(j) + "]"
			if _, ok := h.actorIndex(m.Member); !ok {
				p.add(el, f+".member", unknownActor(m.Member))
			} else if m.Member == a.ID {
				p.addf(el, f+".member", "an organisation cannot be its own member")
			}
			if !m.During.IsValid() {
				p.addf(el, f+".during", "interval "+m.During.String()+" has no start or ends before it starts")
			}
		}
	}
}

// checkEvents checks the events against the actors, and when idx is not
// nil resolves their actor IDs into it (see eventRefs).
func (h *History) checkEvents(p *problems, events []Event, idx []int32) eventRefs {
	refs := eventRefs{idx: idx}
	var dup []bool
	if !fitsIndexes(p, events) {
		return refs
	}
	h.eventIdx, dup = newIDIndex(len(events), func(i int32) (string, bool) { return events[i].ID, events[i].ID != "" })
	if idx != nil {
		h.events = make([]storedEvent, len(events))
		refs.off, refs.mid = make([]int32, len(events)+1), make([]int32, len(events))
		refs.facts, refs.prefix = make([]eventFacts, len(events)), make([]uint64, len(events))
	}
	for i := range events {
		e := &events[i]
		if idx != nil {
			f, l := calendar.Span(int(e.Date.year), int(e.Date.month), int(e.Date.day))
			refs.facts[i] = eventFacts{last: l, span: uint16(l - f), kind: e.Kind, level: e.Level, stance: e.Stance,
				oneWay: e.OneWay, curated: e.Dataset == "", in: int32(i)}
			refs.prefix[i] = idPrefix(h.eventIdx.key(int32(i)))
			h.store(i, e)
		}
		// The element's name is built only for a problem.
		el := func() string {
			if e.ID != "" {
				return "event " + errs.Quote(e.ID)
			}
			return "events[" + strconv.Itoa(i) + "]"
		}
		switch {
		case e.ID == "":
			p.addf(el(), "id", "empty")
		case dup != nil && dup[i]:
			p.addf(el(), "id", "duplicate event ID")
		}
		if e.Kind == UnknownEvent || int(e.Kind) >= len(eventKindNames) {
			p.addf(el(), "kind", "unknown event kind "+e.Kind.String())
		}
		if !e.Date.IsValid() {
			p.addf(el(), "date", "missing")
		}
		if len(e.Actors) == 0 {
			p.addf(el(), "actors", "no actor")
		}
		if idx != nil {
			refs.off[i] = int32(len(refs.idx))
		}
		refs.idx = h.checkIDs(p, el, "actors", e.Actors, refs.idx)
		if idx != nil {
			refs.mid[i] = int32(len(refs.idx))
		}
		refs.idx = h.checkIDs(p, el, "toward", e.Toward, refs.idx)
		h.checkIDs(p, el, "mediators", e.Mediators, nil)
		for j, t := range e.Toward {
			if slices.Contains(e.Actors, t) {
				p.addf(el(), "toward["+strconv.Itoa(j)+"]", "actor "+errs.Quote(string(t))+" is paired with itself")
			}
		}
		touchesPair := len(e.Toward) > 0 || len(e.Actors) > 1
		_, setsRep := e.representationAfter()
		_, setsAlign := e.alignmentAfter(Normal)
		if (setsRep || setsAlign) && !touchesPair {
			p.addf(el(), "toward", "a "+e.Kind.String()+" event needs a counterpart: a second actor or toward")
		}
		if int(e.Level) >= len(representationNames) {
			p.addf(el(), "level", "unknown level "+e.Level.String())
		}
		if int(e.Stance) >= len(alignmentNames) {
			p.addf(el(), "stance", "unknown stance "+e.Stance.String())
		}
		switch {
		case e.Kind == SeverTies && e.Level > InterestsSection:
			p.addf(el(), "level", "severed ties leave at most an interests section, not "+e.Level.String())
		case e.Kind == WithdrawAmbassadors && e.Level >= Ambassador:
			p.addf(el(), "level", "a withdrawn ambassador leaves a lower level than "+e.Level.String())
		case e.Kind == ExchangeAmbassadors && e.Level != UnknownRepresentation && e.Level != Ambassador:
			p.addf(el(), "level", "an exchange of ambassadors leaves ambassadors, not "+e.Level.String())
		case e.Kind == ChangeRepresentation && e.Level == UnknownRepresentation:
			p.addf(el(), "level", "a change of representation needs the new level")
		case e.Level != UnknownRepresentation && !takesLevel(e.Kind):
			p.addf(el(), "level", "a "+e.Kind.String()+" event leaves no representation; a level is for sever-ties, restore-ties, "+
				"exchange-ambassadors, withdraw-ambassadors, change-representation, statement or observation")
		}
		if e.OneWay && len(e.Toward) == 0 {
			p.addf(el(), "one_way", "a one-way change needs toward")
		}
	}
	if idx != nil {
		refs.off[len(events)] = int32(len(refs.idx))
	}
	return refs
}

// maxIndexed bounds what a History numbers with 32-bit integers: its
// events, the bytes of their IDs, and the actors they name, each counted
// over all events. A variable, so that a test can lower it.
var maxIndexed = math.MaxInt32

// maxPairEntries bounds the pairs the events touch, each counted once per
// event that touches it: an event among n actors touches n(n-1)/2 pairs,
// one from a actors toward b actors a×b, and building the history takes
// about 50 bytes for each.
var maxPairEntries = 1 << 27

// fitsIndexes reports whether the events fit the History's indexes, and
// reports a problem for each bound they pass: checked before the indexes
// are sized, so that no count wraps around and no allocation grows with a
// hostile event's square.
func fitsIndexes(p *problems, events []Event) bool {
	var ids, names, pairs int
	for i := range events {
		e := &events[i]
		ids += len(e.ID)
		names += len(e.Actors) + len(e.Toward) + len(e.Mediators)
		if a, t := len(e.Actors), len(e.Toward); t > 0 {
			pairs += min(a*t, maxPairEntries+1) // no overflow on a hostile product
		} else {
			pairs += min(a*(a-1)/2, maxPairEntries+1)
		}
		pairs = min(pairs, maxPairEntries+1)
	}
	fits := true
	over := func(field string, n, limit int, what string) {
		if n > limit {
			p.addf("events", field, strconv.Itoa(n)+" "+what+" is more than the limit of "+strconv.Itoa(limit))
			fits = false
		}
	}
	over("", len(events), maxIndexed, "events")
	over("id", ids, maxIndexed, "bytes of event IDs")
	over("actors", names, maxIndexed, "actors named by events")
	if pairs > maxPairEntries {
		p.addf("events", "actors", "the events touch more than "+strconv.Itoa(maxPairEntries)+
			" pairs of actors (an event among n actors touches n(n-1)/2 pairs)")
		fits = false
	}
	return fits
}

// store keeps event i, e, as a storedEvent.
func (h *History) store(i int, e *Event) {
	t := eventText{e.Agreement, e.Summary, e.Source, e.Dataset}
	if len(h.texts) == 0 || h.texts[len(h.texts)-1] != t {
		h.texts = append(h.texts, t)
	}
	h.events[i] = storedEvent{text: int32(len(h.texts) - 1), date: e.Date, kind: e.Kind, level: e.Level, stance: e.Stance,
		oneWay: e.OneWay, hasToward: e.Toward != nil, hasMediators: e.Mediators != nil}
	if len(e.Mediators) > 0 && h.medFrom == nil {
		h.medFrom = make([]int32, len(h.events)+1) // the events before have none
	}
	if h.medFrom != nil {
		h.mediators = append(h.mediators, e.Mediators...)
		h.medFrom[i+1] = int32(len(h.mediators))
	}
}

// takesLevel reports whether events of kind k may set a representation
// level.
func takesLevel(k EventKind) bool {
	switch k {
	case SeverTies, RestoreTies, ExchangeAmbassadors, WithdrawAmbassadors, ChangeRepresentation, Statement, Observation:
		return true
	}
	return false
}

// checkIDs reports unknown IDs and an ID listed twice in one field, and
// appends the IDs' indexes to out, unless out is nil.
func (h *History) checkIDs(p *problems, el func() string, field string, ids []ActorID, out []int32) []int32 {
	for j, id := range ids {
		i, ok := h.actorIndex(id)
		if !ok {
			p.add(el(), field+"["+strconv.Itoa(j)+"]", unknownActor(id))
		} else if slices.Index(ids[:j], id) >= 0 {
			p.addf(el(), field+"["+strconv.Itoa(j)+"]", "actor "+errs.Quote(string(id))+" is paired with itself (listed twice)")
		}
		if out != nil {
			out = append(out, i)
		}
	}
	return out
}

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

// indexActors lists each actor's pairs, from the event logs and, when
// agreements are attached, from the agreements too.
func (h *History) indexActors(extra []pairKey) {
	h.byActor = make([][]pairKey, len(h.actors))
	if len(extra) == 0 {
		// The logs are sorted by pair, so appending them in order leaves
		// each actor's list sorted by counterpart: first the pairs where
		// it is the higher actor, by the lower, then the others.
		count := make([]int32, len(h.actors))
		for lo := range h.actors {
			for _, hi := range h.logHi[h.logsFrom[lo]:h.logsFrom[lo+1]] {
				count[lo]++
				count[hi]++
			}
		}
		flat := make([]pairKey, 2*len(h.logHi))
		for x, c := range count {
			h.byActor[x], flat = flat[:0:c], flat[c:]
		}
		for lo := range h.actors {
			for _, hi := range h.logHi[h.logsFrom[lo]:h.logsFrom[lo+1]] {
				k := pairKey{int32(lo), hi}
				h.byActor[lo] = append(h.byActor[lo], k)
				h.byActor[hi] = append(h.byActor[hi], k)
			}
		}
		return
	}
	add := func(k pairKey) {
		h.byActor[k.lo] = append(h.byActor[k.lo], k)
		h.byActor[k.hi] = append(h.byActor[k.hi], k)
	}
	for lo := range h.actors {
		for _, hi := range h.logHi[h.logsFrom[lo]:h.logsFrom[lo+1]] {
			add(pairKey{int32(lo), hi})
		}
	}
	for _, k := range extra {
		if _, ok := h.pairLog(k); !ok {
			add(k)
		}
	}
	for i, ks := range h.byActor {
		slices.SortFunc(ks, func(a, b pairKey) int {
			return cmp.Compare(other(a, int32(i)), other(b, int32(i)))
		})
		h.byActor[i] = slices.Compact(ks)
	}
}

// other returns the member of k that is not self.
func other(k pairKey, self int32) int32 {
	if k.lo == self {
		return k.hi
	}
	return k.lo
}

// Actors returns a copy of the actors, sorted by ID.
func (h *History) Actors() []Actor { return cloneActors(h.actors) }

// Actor returns the actor with the given ID and whether it is known.
func (h *History) Actor(id ActorID) (Actor, bool) {
	i, ok := h.actorIndex(id)
	if !ok {
		return Actor{}, false
	}
	a := h.actors[i]
	a.Members = slices.Clone(a.Members)
	return a, true
}

// Name returns the actor's name, or the ID itself if the actor is unknown:
// a convenience for printing answers.
func (h *History) Name(id ActorID) string {
	if i, ok := h.actorIndex(id); ok {
		return h.actors[i].Name
	}
	return string(id)
}

// Events returns a copy of the events in fold order: by the last day each
// could have happened on, then by first day, then by ID.
func (h *History) Events() []Event {
	out := make([]Event, len(h.order))
	ids := h.eventIDs(len(h.order))
	for at, i := range h.order {
		out[at] = h.event(i, &ids)
	}
	return out
}

// Event returns the event with the given ID and whether it exists.
func (h *History) Event(id string) (Event, bool) {
	i, ok := h.eventIndex(id)
	if !ok {
		return Event{}, false
	}
	ids := h.eventIDs(1)
	return h.event(i, &ids), true
}

// index returns the actor's index or an error wrapping ErrUnknownActor.
func (h *History) index(id ActorID) (int32, error) {
	i, ok := h.actorIndex(id)
	if !ok {
		return 0, &FieldError{Scope: "relations", Element: "query", Field: "actor", Err: unknownActor(id)}
	}
	return i, nil
}

// actorIndex returns the actor's place in h.actors and whether it is
// known.
func (h *History) actorIndex(id ActorID) (int32, bool) {
	i, ok := h.actorIdx[id]
	return i, ok
}

// eventIndex returns the event's place in h.events and whether it exists.
func (h *History) eventIndex(id string) (int32, bool) {
	return h.eventIdx.find(id)
}
