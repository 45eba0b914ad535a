package relations

import (
	"cmp"
	"math"
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
	// coverage holds what each dataset observes, by its name; declared,
	// the coverage the options declared, in order, until NewHistory has
	// checked them.
	coverage map[string]Coverage
	declared []Coverage
}

// HistoryOption configures [NewHistory], as its last, variadic
// arguments; with none, a History declares no coverage and answers every
// day its events reach. A nil HistoryOption is ignored.
type HistoryOption func(*historyOptions)

// historyOptions are what the HistoryOptions given to NewHistory set.
type historyOptions struct {
	coverage []Coverage // in the order declared
}

// WithCoverage declares what a dataset observes: past c's end, a standing
// that an event of the dataset (one whose Dataset is c.Source) set, and
// that no later event moved, is answered as last observed by the dataset
// — cannot tell, [PastCoverage] — not as certain. Thompson & Dreyer's
// rivalries end in 2010, so a rivalry they still observed then is not known
// to hold, nor to have ended, in 2023, unless a later event says.
func WithCoverage(c Coverage) HistoryOption {
	return func(o *historyOptions) { o.coverage = append(o.coverage, c) }
}

// pairKey is an unordered pair of actor indexes, lower first.
type pairKey struct{ lo, hi int32 }

func makePairKey(a, b int32) pairKey {
	if a > b {
		a, b = b, a
	}
	return pairKey{a, b}
}

// NewHistory validates actors and events and builds the indexed History.
// It copies its inputs. It reports every problem at once, as an
// [errors.Join] of [*ValidationError]s naming the element and field: the
// actors' problems ([ValidateActors]), unknown actors, an actor paired
// with itself, invalid dates, an event kind that needs a counterpart
// without one, a level its kind cannot take, a coverage
// [Coverage.Validate] refuses or a dataset declared twice, and events
// past what a History indexes (2³¹−1 events, bytes of event IDs and
// actors named, each; 2²⁰ pairs touched and one more per actor named, an
// event among n actors touching n(n-1)/2), each an error wrapping
// [ErrLimitExceeded]. At most the first 100 problems are reported, then
// "and N more problems".
func NewHistory(actors []Actor, events []Event, opts ...HistoryOption) (*History, error) {
	var o historyOptions
	for _, opt := range opts {
		if opt != nil {
			opt(&o)
		}
	}
	h := &History{actors: cloneActors(actors), actorIdx: make(map[ActorID]int32, len(actors)), declared: o.coverage}
	p := &problems{}
	h.checkCoverage(p)
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

// checkCoverage checks the coverage the options declared, each with
// [Coverage.Validate] and no two of one dataset, and keeps it by dataset.
func (h *History) checkCoverage(p *problems) {
	for i, c := range h.declared {
		el := "coverage[" + strconv.Itoa(i) + "]"
		if c.IsZero() {
			p.addf(el, "source", "is empty; WithCoverage declares a named dataset's coverage")
			continue
		}
		if err := c.Validate(); err != nil {
			p.add(el, "", err)
			continue
		}
		if _, dup := h.coverage[c.Source]; dup {
			p.addf(el, "source", "dataset "+errs.Quote(c.Source)+" is declared twice")
			continue
		}
		if h.coverage == nil {
			h.coverage = map[string]Coverage{}
		}
		h.coverage[c.Source] = c
	}
	h.declared = nil
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

func cloneActors(in []Actor) []Actor {
	out := slices.Clone(in)
	for i := range out {
		out[i].Members = slices.Clone(out[i].Members)
	}
	return out
}

func (h *History) checkActors(p *problems) { checkActors(p, h.actors, h.actorIdx) }

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
			p.atf(el, "id", "empty")
		case dup != nil && dup[i]:
			p.atf(el, "id", "duplicate event ID")
		}
		if e.Kind == UnknownEvent || int(e.Kind) >= len(eventKindNames) {
			p.atf(el, "kind", "unknown event kind "+e.Kind.String())
		}
		if !e.Date.IsValid() {
			p.atf(el, "date", "missing")
		}
		if len(e.Actors) == 0 {
			p.atf(el, "actors", "no actor")
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
				p.atf(el, "toward["+strconv.Itoa(j)+"]", "actor "+errs.Quote(string(t))+" is paired with itself")
			}
		}
		touchesPair := len(e.Toward) > 0 || len(e.Actors) > 1
		_, setsRep := e.representationAfter()
		_, setsAlign := e.alignmentAfter(Normal)
		if (setsRep || setsAlign) && !touchesPair {
			p.atf(el, "toward", "a "+e.Kind.String()+" event needs a counterpart: a second actor or toward")
		}
		if int(e.Level) >= len(representationNames) {
			p.atf(el, "level", "unknown level "+e.Level.String())
		}
		if int(e.Stance) >= len(alignmentNames) {
			p.atf(el, "stance", "unknown stance "+e.Stance.String())
		}
		switch {
		case e.Kind == SeverTies && e.Level > InterestsSection:
			p.atf(el, "level", "severed ties leave at most an interests section, not "+e.Level.String())
		case e.Kind == WithdrawAmbassadors && e.Level >= Ambassador:
			p.atf(el, "level", "a withdrawn ambassador leaves a lower level than "+e.Level.String())
		case e.Kind == ExchangeAmbassadors && e.Level != UnknownRepresentation && e.Level != Ambassador:
			p.atf(el, "level", "an exchange of ambassadors leaves ambassadors, not "+e.Level.String())
		case e.Kind == ChangeRepresentation && e.Level == UnknownRepresentation:
			p.atf(el, "level", "a change of representation needs the new level")
		case e.Level != UnknownRepresentation && !takesLevel(e.Kind):
			p.atf(el, "level", "a "+e.Kind.String()+" event leaves no representation; a level is for sever-ties, restore-ties, "+
				"exchange-ambassadors, withdraw-ambassadors, change-representation, statement or observation")
		}
		if e.OneWay && len(e.Toward) == 0 {
			p.atf(el, "one_way", "a one-way change needs toward")
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

// The pairs the events touch, each counted once per event that touches
// it (an event among n actors touches n(n-1)/2 pairs, one from a actors
// toward b actors a×b), are bounded relative to the input: at most
// pairFloor, and pairsPerName more for each actor an event names. A
// history keeps about 65 bytes for each, so the bound keeps its memory in
// proportion to its input: events between two actors, or one actor and
// another toward it, touch half a pair per actor named and always fit,
// while one event among 8,000 actors, 32 million pairs, does not.
// Variables, so that a test can lower them.
var (
	pairFloor    = 1 << 20
	pairsPerName = 1
)

// maxPairs returns the pairs events that name names actors may touch.
func maxPairs(names int) int { return pairFloor + pairsPerName*names }

// fitsIndexes reports whether the events fit the History's indexes, and
// reports a problem for each bound they pass: checked before the indexes
// are sized, so that no count wraps around and no allocation grows with a
// hostile event's square.
func fitsIndexes(p *problems, events []Event) bool {
	var ids, names, pairs int
	// Every count is capped, so that no sum or product overflows: each
	// factor below 2³¹, each sum below 2³⁴.
	const most = math.MaxInt32
	for i := range events {
		e := &events[i]
		ids = min(ids+len(e.ID), most+1)
		names = min(names+len(e.Actors)+len(e.Toward)+len(e.Mediators), most+1)
		if a, t := min(len(e.Actors), most), min(len(e.Toward), most); t > 0 {
			pairs += a * t
		} else {
			pairs += a * max(a-1, 0) / 2
		}
		pairs = min(pairs, 4*most)
	}
	fits := true
	over := func(field string, n, limit int, what string) {
		if n > limit {
			p.add("events", field, errs.Limit(strconv.Itoa(n)+" "+what, int64(limit), "", "relations: the 32-bit indexes of a history"))
			fits = false
		}
	}
	over("", len(events), maxIndexed, "events")
	over("id", ids, maxIndexed, "bytes of event IDs")
	over("actors", names, maxIndexed, "actors named by events")
	if limit := maxPairs(names); pairs > limit {
		p.add("events", "actors", errs.Limit("the events touch "+strconv.Itoa(pairs)+" pairs of actors (an event among n actors touches n(n-1)/2)",
			int64(limit), "pairs", "relations: the pair limit of a history, "+strconv.Itoa(pairFloor)+" and "+strconv.Itoa(pairsPerName)+
				" more per actor an event names"))
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
			p.at(el, field+"["+strconv.Itoa(j)+"]", unknownActor(id))
		} else if slices.Index(ids[:j], id) >= 0 {
			p.atf(el, field+"["+strconv.Itoa(j)+"]", "actor "+errs.Quote(string(id))+" is paired with itself (listed twice)")
		}
		if out != nil {
			out = append(out, i)
		}
	}
	return out
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
		return 0, invalid("query: actor", unknownActor(id))
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
