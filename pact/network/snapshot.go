package network

import (
	"errors"
	"fmt"
	"slices"

	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/cow"
)

// FirstYear is the first year of the COW state system, and so of a network.
const FirstYear = 1816

// ErrNoSystem is wrapped by the error for a year or day before the COW
// state system begins (1816-01-01).
var ErrNoSystem = errors.New("before the COW state system")

// Networks gives the networks of one model over time: the snapshot of a year
// or a day, and yearly series of their measures. Build it with [New]; it is
// immutable and safe for concurrent use.
type Networks struct {
	src     *allianceSource
	rivals  []rivalSpan
	through int // last year the rivalry data observe; 0 without rivalries
	states  []cow.State
}

func newNetworks(src *allianceSource, rivals []rivalSpan, through int) *Networks {
	return &Networks{src: src, rivals: rivals, through: through, states: cow.States()}
}

// Snapshot is the network on one day or in one year: the states of the COW
// system then as nodes, and the ties between them, the certain apart from
// the uncertain. It is immutable.
type Snapshot struct {
	when      relations.Date
	nodes     []relations.Actor // by COW code
	index     map[relations.ActorID]int32
	ties      []Tie
	uncertain []Tie
	rivalries bool // whether rivalry data observe this time
}

// yearNodes returns the states in the system at some time in year y, by
// code; after the COW data end (2016) membership is carried forward.
func (n *Networks) yearNodes(y int) []relations.Actor {
	var out []relations.Actor
	first, _ := relations.DayDate(min(y, cow.End.Year()), 1, 1)
	last, _ := relations.DayDate(min(y, cow.End.Year()), 12, 31)
	for _, s := range n.states {
		for _, sp := range s.Spells {
			if sp.From.Compare(last) <= 0 && (!sp.Until.IsValid() || sp.Until.Compare(first) > 0) {
				if y <= cow.End.Year() || !sp.Until.IsValid() {
					out = append(out, s.Actor())
				}
				break
			}
		}
	}
	return out
}

// dayNodes returns the states certainly in the system on day, by code;
// after the COW data end, those in it on its last day.
func (n *Networks) dayNodes(day relations.Date) []relations.Actor {
	if day.Compare(cow.End) > 0 {
		day = cow.End
	}
	var out []relations.Actor
	for _, s := range n.states {
		if s.InSystem(day) == relations.Yes {
			out = append(out, s.Actor())
		}
	}
	return out
}

// Year returns the network in year y: the states in the COW system at some
// time in y, and the alliance ties of ATOP's directed dyad-year panel for y
// (A's obligations to B in y). In a year after the model's coverage every
// alliance tie is uncertain ([CoverageEnd]). Rivalries are ties in every
// year from their first through their last. It reports an error for a year
// before 1816.
func (n *Networks) Year(y int) (*Snapshot, error) {
	switch {
	case y < FirstYear:
		return nil, fmt.Errorf("network: year %d: %w (%d)", y, ErrNoSystem, FirstYear)
	case y > 9999:
		return nil, fmt.Errorf("network: year %d: not a year a date can hold (up to 9999)", y)
	}
	var ties []Tie
	n.src.yearTies(y, y, func(_ int, t Tie) { ties = append(ties, t) })
	when, _ := relations.YearDate(y)
	return n.snapshot(when, n.yearNodes(y), ties, n.src.covered(y), n.yearRivals(y)), nil
}

func (n *Networks) yearRivals(y int) []Tie {
	var out []Tie
	for _, r := range n.rivals {
		if r.from > y || r.to < y && !r.ongoing {
			continue
		}
		t := Tie{A: r.a, B: r.b, Kind: RivalryTie}
		if y > n.through {
			t.Cause = CoverageEnd
		}
		out = append(out, t)
	}
	return out
}

// Day returns the network on day, which must be a full date: the states
// certainly in the COW system then (after 2016-12-31, those in it on that
// day) and the obligations that bind on day, those the dates leave open
// apart ([PartialDate]). Rivalries, known to the year only, are certain in
// the years strictly inside them and uncertain in their first and last year
// (except a last year that is the end of the data, when they were still
// observed). It reports an error for a partial or invalid day, a day before
// 1816, or one outside the model's coverage that it cannot answer as last
// observed.
func (n *Networks) Day(day relations.Date) (*Snapshot, error) {
	if !day.IsValid() || day.Precision() != relations.DayPrecision {
		return nil, fmt.Errorf("network: day %q: a snapshot needs a full date (use Year for a year)", day)
	}
	if day.Year() < FirstYear {
		return nil, fmt.Errorf("network: day %s: %w", day, ErrNoSystem)
	}
	ties, err := n.src.dayTies(day)
	if err != nil {
		return nil, err
	}
	var rivals []Tie
	y := day.Year()
	for _, r := range n.rivals {
		if r.from > y || r.to < y && !r.ongoing {
			continue
		}
		t := Tie{A: r.a, B: r.b, Kind: RivalryTie}
		switch {
		case y > n.through:
			t.Cause = CoverageEnd
		case y == r.from || y == r.to && !r.ongoing:
			t.Cause = PartialDate
		}
		rivals = append(rivals, t)
	}
	return n.snapshot(day, n.dayNodes(day), ties, true, rivals), nil
}

func (n *Networks) snapshot(when relations.Date, nodes []relations.Actor, alliances []Tie, covered bool, rivals []Tie) *Snapshot {
	s := &Snapshot{when: when, nodes: nodes, index: make(map[relations.ActorID]int32, len(nodes)),
		rivalries: n.through != 0 && when.Year() <= n.through}
	for i, a := range nodes {
		s.index[a.ID] = int32(i)
	}
	for _, t := range append(alliances, rivals...) {
		if t.Kind == AllianceTie && !covered && t.Cause == Certain {
			t.Cause = CoverageEnd
		}
		if t.Cause == Certain && (!s.has(t.A) || !s.has(t.B)) {
			t.Cause = OutsideSystem
		}
		if t.Cause == Certain {
			s.ties = append(s.ties, t)
		} else {
			s.uncertain = append(s.uncertain, t)
		}
	}
	slices.SortFunc(s.ties, compareTies)
	slices.SortFunc(s.uncertain, compareTies)
	return s
}

func (s *Snapshot) has(id relations.ActorID) bool { _, ok := s.index[id]; return ok }

// When returns the day of the snapshot, or its year as a year-precision
// date.
func (s *Snapshot) When() relations.Date { return s.when }

// Nodes returns the states of the snapshot, sorted by COW code.
func (s *Snapshot) Nodes() []relations.Actor { return slices.Clone(s.nodes) }

// Ties returns the certain ties, alliances and rivalries, sorted by A, B,
// kind and obligations.
func (s *Snapshot) Ties() []Tie { return slices.Clone(s.ties) }

// Uncertain returns the ties that may hold but cannot be counted as
// certain, each with its [Cause], in the order of Ties. No measure counts
// them.
func (s *Snapshot) Uncertain() []Tie { return slices.Clone(s.uncertain) }

// HasRivalries reports whether rivalry data observe the snapshot's time, so
// that its negative ties mean something (without them, or after the data
// end, balance has no answer).
func (s *Snapshot) HasRivalries() bool { return s.rivalries }

// Pair is an unordered pair of actors, A before B in ID order.
type Pair struct{ A, B relations.ActorID }

// Ambivalent returns the pairs that are both allied (by an obligation of f
// in either direction) and rivals, certainly: 16–21 a year in defense pacts
// from the mid-1960s to 2010, Greece–Turkey in NATO among them. Sorted by A, then B. Each measure states
// how it counts them.
func (s *Snapshot) Ambivalent(f Obligations) []Pair {
	allied := map[Pair]bool{}
	for _, t := range s.ties {
		if t.Kind == AllianceTie && t.Obligations&f != 0 {
			allied[pairOf(t.A, t.B)] = true
		}
	}
	var out []Pair
	for _, t := range s.ties {
		if p := pairOf(t.A, t.B); t.Kind == RivalryTie && allied[p] {
			out = append(out, p)
		}
	}
	slices.SortFunc(out, func(x, y Pair) int {
		if x.A != y.A {
			return cmpID(x.A, y.A)
		}
		return cmpID(x.B, y.B)
	})
	return out
}

func pairOf(a, b relations.ActorID) Pair {
	if b < a {
		a, b = b, a
	}
	return Pair{a, b}
}

func cmpID(a, b relations.ActorID) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
