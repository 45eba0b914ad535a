package relations

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/entente-go/entente/internal/errs"
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
	events   []Event // sorted by last possible day, then by first day, then ID
	eventIdx map[string]int32
	pairs    map[pairKey]*pairLog
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
	events []int32 // indexes into History.events
	first  []int32 // first possible day of each event
	last   []int32 // last possible day of each event (ascending)
	after  []levels
}

// levels is the standing of a pair after a step of the fold, with the event
// that set each ladder (-1 if none).
type levels struct {
	rep        [2]Representation // [0]: lo's mission in hi; [1]: hi's in lo
	repCause   [2]int32
	align      Alignment
	alignCause int32
}

var noLevels = levels{repCause: [2]int32{-1, -1}, alignCause: -1}

// NewHistory validates actors and events and builds the indexed History.
// It copies its inputs. It reports every problem at once, as an
// [errors.Join] of [*FieldError]s naming the element and field: invalid or
// duplicate IDs, unknown actors, an actor paired with itself, invalid dates,
// an event kind that needs a counterpart without one, a level its kind
// cannot take. At most the first 100 problems are reported, then "and N
// more problems".
func NewHistory(actors []Actor, events []Event, opts ...HistoryOption) (*History, error) {
	h := &History{
		actors:   cloneActors(actors),
		actorIdx: make(map[ActorID]int32, len(actors)),
		eventIdx: make(map[string]int32, len(events)),
		pairs:    make(map[pairKey]*pairLog),
	}
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
	h.events = make([]Event, len(events))
	for i, e := range events {
		h.events[i] = cloneEvent(e)
	}
	h.checkEvents(p)
	if err := p.err(); err != nil {
		return nil, err
	}
	slices.SortFunc(h.actors, func(a, b Actor) int { return cmp.Compare(a.ID, b.ID) })
	for i, a := range h.actors {
		h.actorIdx[a.ID] = int32(i)
	}
	h.events = sortEvents(h.events)
	for i, e := range h.events {
		h.eventIdx[e.ID] = int32(i)
	}
	h.fold()
	h.indexActors(nil)
	return h, nil
}

// sortEvents puts events in fold order: an event is applied once it has
// certainly happened, so events sort by the last day they could have
// happened on, then by their first day, then — so that a curated fact
// dated like a dataset's is the one a standing names as its cause — events
// of a dataset before the others, then by ID for determinism. It
// sorts a permutation by precomputed keys rather than moving the large
// Event values on every comparison.
func sortEvents(events []Event) []Event {
	curated := func(e *Event) int { // 0 for a dataset's event, 1 for a curated one
		if e.Dataset != "" {
			return 0
		}
		return 1
	}
	type key struct {
		last, first int32
		i           int32
	}
	keys := make([]key, len(events))
	for i := range events {
		keys[i] = key{events[i].Date.lastDay(), events[i].Date.firstDay(), int32(i)}
	}
	slices.SortFunc(keys, func(a, b key) int {
		switch {
		case a.last != b.last:
			return cmp.Compare(a.last, b.last)
		case a.first != b.first:
			return cmp.Compare(a.first, b.first)
		}
		ea, eb := &events[a.i], &events[b.i]
		return cmp.Or(cmp.Compare(curated(ea), curated(eb)), cmp.Compare(ea.ID, eb.ID))
	})
	out := make([]Event, len(events))
	for i, k := range keys {
		out[i] = events[k.i]
	}
	return out
}

func cloneActors(in []Actor) []Actor {
	out := slices.Clone(in)
	for i := range out {
		out[i].Members = slices.Clone(out[i].Members)
	}
	return out
}

func cloneEvent(e Event) Event {
	e.Actors = slices.Clone(e.Actors)
	e.Toward = slices.Clone(e.Toward)
	e.Mediators = slices.Clone(e.Mediators)
	return e
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
			if _, ok := h.actorIdx[m.Member]; !ok {
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

func (h *History) checkEvents(p *problems) {
	seen := make(map[string]bool, len(h.events))
	for i, e := range h.events {
		el := "events[" + strconv.Itoa(i) + "]"
		if e.ID != "" {
			el = "event " + errs.Quote(e.ID)
		}
		switch {
		case e.ID == "":
			p.addf(el, "id", "empty")
		case seen[e.ID]:
			p.addf(el, "id", "duplicate event ID")
		}
		seen[e.ID] = true
		if e.Kind == UnknownEvent || int(e.Kind) >= len(eventKindNames) {
			p.addf(el, "kind", "unknown event kind "+e.Kind.String())
		}
		if !e.Date.IsValid() {
			p.addf(el, "date", "missing")
		}
		if len(e.Actors) == 0 {
			p.addf(el, "actors", "no actor")
		}
		h.checkIDs(p, el, "actors", e.Actors)
		h.checkIDs(p, el, "toward", e.Toward)
		h.checkIDs(p, el, "mediators", e.Mediators)
		for j, t := range e.Toward {
			if slices.Contains(e.Actors, t) {
				p.addf(el, "toward["+strconv.Itoa(j)+"]", "actor "+errs.Quote(string(t))+" is paired with itself")
			}
		}
		touchesPair := len(e.Toward) > 0 || len(e.Actors) > 1
		_, setsRep := e.representationAfter()
		_, setsAlign := e.alignmentAfter(Normal)
		if (setsRep || setsAlign) && !touchesPair {
			p.addf(el, "toward", "a "+e.Kind.String()+" event needs a counterpart: a second actor or toward")
		}
		if int(e.Level) >= len(representationNames) {
			p.addf(el, "level", "unknown level "+e.Level.String())
		}
		if int(e.Stance) >= len(alignmentNames) {
			p.addf(el, "stance", "unknown stance "+e.Stance.String())
		}
		switch {
		case e.Kind == SeverTies && e.Level > InterestsSection:
			p.addf(el, "level", "severed ties leave at most an interests section, not "+e.Level.String())
		case e.Kind == WithdrawAmbassadors && e.Level >= Ambassador:
			p.addf(el, "level", "a withdrawn ambassador leaves a lower level than "+e.Level.String())
		case e.Kind == ExchangeAmbassadors && e.Level != UnknownRepresentation && e.Level != Ambassador:
			p.addf(el, "level", "an exchange of ambassadors leaves ambassadors, not "+e.Level.String())
		case e.Kind == ChangeRepresentation && e.Level == UnknownRepresentation:
			p.addf(el, "level", "a change of representation needs the new level")
		case e.Level != UnknownRepresentation && !takesLevel(e.Kind):
			p.addf(el, "level", "a "+e.Kind.String()+" event leaves no representation; a level is for sever-ties, restore-ties, "+
				"exchange-ambassadors, withdraw-ambassadors, change-representation, statement or observation")
		}
		if e.OneWay && len(e.Toward) == 0 {
			p.addf(el, "one_way", "a one-way change needs toward")
		}
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

// checkIDs reports unknown IDs and an ID listed twice in one field.
func (h *History) checkIDs(p *problems, el, field string, ids []ActorID) {
	for j, id := range ids {
		f := field + "[" + strconv.Itoa(j) + "]"
		if _, ok := h.actorIdx[id]; !ok {
			p.add(el, f, unknownActor(id))
		} else if slices.Index(ids, id) < j {
			p.addf(el, f, "actor "+errs.Quote(string(id))+" is paired with itself (listed twice)")
		}
	}
}

// fold builds every pair's log: events are already in fold order, so each
// pair's standing after each event is its standing before plus the event.
// The logs share flat arrays, filled pair by pair after a sort of (pair,
// event) entries: a large history costs a few large allocations, not
// several per pair.
func (h *History) fold() {
	type entry struct {
		key   pairKey
		event int32
		actor int32 // the acting side, for one-way changes
	}
	var entries []entry
	for i := range h.events {
		h.events[i].pairs(func(actor, counterpart ActorID) {
			ai, ci := h.actorIdx[actor], h.actorIdx[counterpart]
			entries = append(entries, entry{makePairKey(ai, ci), int32(i), ai})
		})
	}
	slices.SortFunc(entries, func(a, b entry) int {
		switch {
		case a.key.lo != b.key.lo:
			return cmp.Compare(a.key.lo, b.key.lo)
		case a.key.hi != b.key.hi:
			return cmp.Compare(a.key.hi, b.key.hi)
		}
		return cmp.Compare(a.event, b.event)
	})
	n := len(entries)
	events, first, last, after := make([]int32, n), make([]int32, n), make([]int32, n), make([]levels, n)
	pairs := 0
	for i := range entries {
		if i == 0 || entries[i].key != entries[i-1].key {
			pairs++
		}
	}
	logs := make([]pairLog, 0, pairs)
	h.pairs = make(map[pairKey]*pairLog, pairs)
	for start := 0; start < n; {
		k := entries[start].key
		end := start
		prev := noLevels
		for ; end < n && entries[end].key == k; end++ {
			ei := entries[end].event
			e := &h.events[ei]
			next := prev
			if r, ok := e.representationAfter(); ok {
				// Side 0 is lo's mission in hi. One-way changes touch only
				// the actor's mission in the counterpart.
				actorSide := 0
				if entries[end].actor != k.lo {
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
			events[end], first[end], last[end], after[end] = ei, e.Date.firstDay(), e.Date.lastDay(), next
			prev = next
		}
		logs = append(logs, pairLog{events: events[start:end:end], first: first[start:end:end],
			last: last[start:end:end], after: after[start:end:end]})
		h.pairs[k] = &logs[len(logs)-1]
		start = end
	}
}

// indexActors lists each actor's pairs, from the event logs and, when
// agreements are attached, from the agreements too.
func (h *History) indexActors(extra []pairKey) {
	h.byActor = make([][]pairKey, len(h.actors))
	add := func(k pairKey) {
		h.byActor[k.lo] = append(h.byActor[k.lo], k)
		h.byActor[k.hi] = append(h.byActor[k.hi], k)
	}
	for k := range h.pairs {
		add(k)
	}
	for _, k := range extra {
		if h.pairs[k] == nil {
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
	i, ok := h.actorIdx[id]
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
	if i, ok := h.actorIdx[id]; ok {
		return h.actors[i].Name
	}
	return string(id)
}

// Events returns a copy of the events in fold order: by the last day each
// could have happened on, then by first day, then by ID.
func (h *History) Events() []Event {
	out := make([]Event, len(h.events))
	for i, e := range h.events {
		out[i] = cloneEvent(e)
	}
	return out
}

// Event returns the event with the given ID and whether it exists.
func (h *History) Event(id string) (Event, bool) {
	i, ok := h.eventIdx[id]
	if !ok {
		return Event{}, false
	}
	return cloneEvent(h.events[i]), true
}

// index returns the actor's index or an error wrapping ErrUnknownActor.
func (h *History) index(id ActorID) (int32, error) {
	i, ok := h.actorIdx[id]
	if !ok {
		return 0, &FieldError{Scope: "relations", Element: "query", Field: "actor", Err: unknownActor(id)}
	}
	return i, nil
}
