package relations

// A slow reference for History.Standing, after net/netip's slow_test.go:
// a plain scan over every event, written from the documented rules, that
// FuzzStandingAgainstSlow compares with the indexed fold on random small
// histories.

import (
	"cmp"
	"slices"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
)

// slowStanding is the reference for [History.Standing] (without
// agreements): events apply in fold order — by the last day they could
// have happened on, then the first, then ID — once they have certainly
// happened by the first day of day's span; the ones that may have happened
// within the span but not certainly before it are uncertain.
func slowStanding(events []Event, a, b ActorID, day Date) Standing {
	events = slices.Clone(events)
	slices.SortFunc(events, func(x, y Event) int {
		// A dataset's events fold before curated ones dated alike.
		curated := func(e Event) int {
			if e.Dataset != "" {
				return 0
			}
			return 1
		}
		return cmp.Or(x.Date.Last().Compare(y.Date.Last()), x.Date.First().Compare(y.Date.First()),
			cmp.Compare(curated(x), curated(y)), cmp.Compare(x.ID, y.ID))
	})
	s := Standing{A: a, B: b, On: day}
	for _, e := range events {
		// actor is the acting side of the pair, if the event touches it.
		var actor ActorID
		eventPairs(&e, func(x, y ActorID) {
			if (x == a && y == b) || (x == b && y == a) {
				actor = x
			}
		})
		if actor == "" {
			continue
		}
		if e.Date.Last().Compare(day.First()) > 0 {
			if e.Date.First().Compare(day.Last()) <= 0 {
				s.Uncertain = append(s.Uncertain, e.ID)
			}
			continue
		}
		cause := Cause{Since: e.Date, Event: e.ID}
		if r, ok := e.representationAfter(); ok {
			if !e.OneWay || actor == a {
				s.AinB = RepresentationState{Level: r, Cause: cause}
			}
			if !e.OneWay || actor == b {
				s.BinA = RepresentationState{Level: r, Cause: cause}
			}
		}
		if al, ok := e.alignmentAfter(s.Alignment.Level); ok {
			s.Alignment = AlignmentState{Level: al, Cause: cause}
		}
	}
	return s
}

// historyGen builds a small random history from fuzz bytes; once they run
// out, it goes on with a generator seeded by them.
type historyGen struct {
	data []byte
	seed uint64
}

func (g *historyGen) intn(n int) int {
	if len(g.data) > 0 {
		b := g.data[0]
		g.data = g.data[1:]
		g.seed = g.seed*31 + uint64(b) + 1
		return int(b) % n
	}
	if g.seed == 0 {
		g.seed = 0x9e3779b97f4a7c15
	}
	g.seed ^= g.seed << 13 // xorshift64
	g.seed ^= g.seed >> 7
	g.seed ^= g.seed << 17
	return int(g.seed>>56) % n
}

var historyActors = []ActorID{"AAA", "BBB", "CCC"}

func (g *historyGen) actor() ActorID { return historyActors[g.intn(len(historyActors))] }

// date is a year, a month or a day in 2000–2002.
func (g *historyGen) date() Date {
	y := 2000 + g.intn(3)
	switch g.intn(3) {
	case 0:
		return Date{year: int16(y)}
	case 1:
		d, _ := MonthDate(y, 1+g.intn(12))
		return d
	}
	d, _ := DayDate(y, 1+g.intn(12), 1+g.intn(28))
	return d
}

func (g *historyGen) events() []Event {
	var out []Event
	for i := range g.intn(10) {
		e := Event{ID: "e" + string(rune('a'+i)), Kind: EventKind(1 + g.intn(len(eventKindNames)-1)), Date: g.date(),
			Actors: []ActorID{g.actor()}}
		if g.intn(2) == 0 {
			e.Toward = []ActorID{g.actor()}
			e.OneWay = g.intn(3) == 0
		} else {
			e.Actors = append(e.Actors, g.actor())
		}
		if g.intn(3) == 0 {
			e.Level = Representation(g.intn(len(representationNames)))
		}
		if g.intn(3) == 0 {
			e.Stance = Alignment(g.intn(len(alignmentNames)))
		}
		out = append(out, e)
	}
	return out
}

func FuzzStandingAgainstSlow(f *testing.F) {
	f.Add([]byte(nil))
	f.Add([]byte("\x05\x01\x00\x01\x02\x00\x01\x03\x08\x02\x01\x01\x02\x00\x00\x04"))
	f.Add([]byte("history of a pair, told in bytes"))
	var actors []Actor
	for _, id := range historyActors {
		actors = append(actors, Actor{ID: id, Kind: StateActor, Name: string(id)})
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		g := &historyGen{data: data}
		events := g.events()
		h, err := NewHistory(actors, events)
		if err != nil {
			return
		}
		for range 6 {
			a, b, day := g.actor(), g.actor(), g.date()
			got, err := h.Standing(a, b, day)
			if a == b {
				if err == nil {
					t.Fatalf("Standing(%s, %s, %s) gave no error", a, b, day)
				}
				continue
			}
			if err != nil {
				t.Fatalf("Standing(%s, %s, %s): %v", a, b, day, err)
			}
			want := slowStanding(events, a, b, day)
			if diff := gocmp.Diff(want, got, gocmp.Comparer(func(x, y Date) bool { return x == y })); diff != "" {
				t.Fatalf("Standing(%s, %s, %s) (-reference +indexed):\n%s\nevents: %+v", a, b, day, diff, events)
			}
		}
	})
}

// eventPairs calls f for every unordered pair the event touches, with the
// acting side first: each actor with each of Toward, or, without Toward,
// each two of Actors.
func eventPairs(e *Event, f func(actor, counterpart ActorID)) {
	if len(e.Toward) > 0 {
		for _, a := range e.Actors {
			for _, b := range e.Toward {
				f(a, b)
			}
		}
		return
	}
	for i, a := range e.Actors {
		for _, b := range e.Actors[i+1:] {
			f(a, b)
		}
	}
}
