package cow

import (
	"github.com/entente-go/entente/internal/calendar"
	"slices"
	"strings"

	"github.com/entente-go/entente/relations"
)

// State is a member of the Correlates of War state system.
type State struct {
	// Code is the COW state number (ATOP's "ccode"), Abbrev its three-letter
	// abbreviation ("UKG").
	Code   int
	Abbrev string
	// ISO3 is the ISO 3166-1 alpha-3 code (ISO 3166-3 for withdrawn ones),
	// or empty where none exists, as for Bavaria.
	ISO3 string
	Name string
	// ID is the state's actor ID: its ISO code when no other state of the
	// system holds it later, otherwise "cow-" and the lowercase abbreviation
	// (the German Federal Republic of 1955–1990 is "cow-gfr"; Germany,
	// code 255, is "DEU").
	ID relations.ActorID
	// Spells are the state's spells in the system, half-open: Until is the
	// day after the last day, and is zero for a state still in the system
	// at the end of the data.
	Spells []relations.Interval
}

// Actor returns the state as a [relations.Actor].
func (s State) Actor() relations.Actor {
	return relations.Actor{ID: s.ID, Kind: relations.StateActor, Name: s.Name, ISO3: s.ISO3, COW: s.Code}
}

// InSystem reports whether the state was a member of the system on day:
// Yes, No, or CannotTell for a partial day that straddles a spell's edge.
func (s State) InSystem(day relations.Date) relations.Truth {
	t := relations.No
	for _, sp := range s.Spells {
		t = t.Or(sp.Contains(day))
	}
	return t
}

// End is the last day the v2016 data observes; spells open at the end of
// the data ran through it.
var End = relations.MustDate("2016-12-31")

type row struct {
	code               int
	abbrev, iso3, name string
	spells             []string // first, last, first, last, …; "" for open
}

var (
	states []State
	byCode map[int]int
	byID   map[relations.ActorID]int
)

func init() {
	states = make([]State, len(table))
	byCode = make(map[int]int, len(table))
	byID = make(map[relations.ActorID]int, len(table))
	current := map[string]int{} // ISO code → the state that holds it last
	for i, r := range table {
		s := State{Code: r.code, Abbrev: r.abbrev, ISO3: r.iso3, Name: r.name, Spells: spellsOf(r.spells)}
		if r.iso3 != "" {
			if j, ok := current[r.iso3]; !ok || lastDay(s) > lastDay(states[j]) {
				current[r.iso3] = i
			}
		}
		states[i] = s
		byCode[r.code] = i
	}
	for i := range states {
		s := &states[i]
		if s.ISO3 != "" && current[s.ISO3] == i {
			s.ID = relations.ActorID(s.ISO3)
		} else {
			s.ID = relations.ActorID("cow-" + strings.ToLower(s.Abbrev))
		}
		byID[s.ID] = i
	}
}

// spellsOf turns a table's first and last days (inclusive; an empty last
// day for open) into half-open intervals.
func spellsOf(days []string) []relations.Interval {
	var out []relations.Interval
	for j := 0; j < len(days); j += 2 {
		iv := relations.Interval{From: relations.MustDate(days[j])}
		if last := days[j+1]; last != "" {
			iv.Until, _ = relations.MustDate(last).AddDays(1)
		}
		out = append(out, iv)
	}
	return out
}

// lastDay orders states by the end of their last spell, open last.
func lastDay(s State) int32 {
	u := s.Spells[len(s.Spells)-1].Until
	if !u.IsValid() {
		return 1 << 30
	}
	f, _ := calendar.Span(u.Year(), u.Month(), u.Day())
	return f
}

func clone(s State) State {
	s.Spells = slices.Clone(s.Spells)
	return s
}

// States returns every state of the system, sorted by code.
func States() []State {
	out := make([]State, len(states))
	for i, s := range states {
		out[i] = clone(s)
	}
	return out
}

// ByCode returns the state with the given COW number.
func ByCode(code int) (State, bool) {
	i, ok := byCode[code]
	if !ok {
		return State{}, false
	}
	return clone(states[i]), true
}

// ByID returns the state with the given actor ID.
func ByID(id relations.ActorID) (State, bool) {
	i, ok := byID[id]
	if !ok {
		return State{}, false
	}
	return clone(states[i]), true
}

// ByISO returns the state that held the ISO 3166 alpha-3 code on day: "DEU"
// is the German Federal Republic (260) in 1970 and Germany (255) in 2000.
// With the zero day it returns the state that holds the code last.
func ByISO(iso3 string, day relations.Date) (State, bool) {
	var best *State
	for i := range states {
		s := &states[i]
		if s.ISO3 != iso3 {
			continue
		}
		if !day.IsValid() {
			if best == nil || lastDay(*s) > lastDay(*best) {
				best = s
			}
			continue
		}
		if s.InSystem(day) == relations.Yes {
			best = s
		}
	}
	if best == nil {
		return State{}, false
	}
	return clone(*best), true
}
