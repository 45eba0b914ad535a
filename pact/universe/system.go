package universe

import (
	"slices"

	"github.com/entente-go/entente/internal/calendar"
	"github.com/entente-go/entente/relations/cow"
)

// FirstYear is the first year of the COW state system, and of every
// universe; LastYear is the last it observes (v2016). Later years are only
// in a universe made WithCarryForward, and are assumed.
const (
	FirstYear = 1816
	LastYear  = 2016
)

// The membership of a state in a year.
const (
	notMember uint8 = iota
	wholeYear       // a member on every day of the year
	partYear        // a member on some days: see system.days
)

// dayRange is a half-open range of day numbers.
type dayRange struct{ from, until int32 }

// system is the COW state system from FirstYear through the last year of a
// universe, at the precision of days, in dense slots: state i in year y is
// slot i*years + y - FirstYear. States are in code order.
type system struct {
	states   []cow.State
	codes    []int
	csvNames []string // each state's name as a CSV field
	last     int      // the last year of the slots
	years    int
	member   []uint8
	// days holds, for each partYear slot, the days the state was a member.
	days map[int32][]dayRange
	// first and final are each state's first and last years in the system,
	// or final < first for a state never in it within the slots.
	first, final []int
}

// newSystem lays out the state system through year last; a state still in
// the system at the end of the data (2016-12-31) stays in it through last
// (the carry-forward, for last after LastYear).
func newSystem(last int) *system {
	states := cow.States()
	s := &system{states: states, last: last, years: last - FirstYear + 1, days: map[int32][]dayRange{}}
	s.member = make([]uint8, len(states)*s.years)
	s.codes = make([]int, len(states))
	s.first, s.final = make([]int, len(states)), make([]int, len(states))
	end := calendar.DayNumber(last+1, 1, 1)
	for i, st := range states {
		s.codes[i] = st.Code
		s.csvNames = append(s.csvNames, csvField(st.Name))
		s.first[i], s.final[i] = last+1, FirstYear-1
		for _, sp := range st.Spells {
			r := dayRange{from: calendar.DayNumber(sp.From.Year(), sp.From.Month(), sp.From.Day()), until: end}
			if !sp.IsOpen() {
				r.until = min(end, calendar.DayNumber(sp.Until.Year(), sp.Until.Month(), sp.Until.Day()))
			}
			s.add(i, r)
		}
	}
	return s
}

// add marks the years of state i's spell r.
func (s *system) add(i int, r dayRange) {
	if r.until <= r.from {
		return
	}
	for y := max(calendar.Year(r.from), FirstYear); y <= min(calendar.Year(r.until-1), s.last); y++ {
		jan1, next := calendar.DayNumber(y, 1, 1), calendar.DayNumber(y+1, 1, 1)
		in := dayRange{max(r.from, jan1), min(r.until, next)}
		slot := s.slot(i, y)
		switch {
		case in.from == jan1 && in.until == next:
			s.member[slot] = wholeYear
		default:
			s.member[slot] = partYear
			s.days[slot] = append(s.days[slot], in)
		}
		s.first[i], s.final[i] = min(s.first[i], y), max(s.final[i], y)
	}
}

// slot returns state i's slot in year y.
func (s *system) slot(i, y int) int32 { return int32(i*s.years + y - FirstYear) }

// together reports whether the states of two slots of one year were
// members of the system on a same day of it.
func (s *system) together(a, b int32) bool {
	ma, mb := s.member[a], s.member[b]
	switch {
	case ma == notMember || mb == notMember:
		return false
	case ma == wholeYear || mb == wholeYear:
		return true
	}
	for _, x := range s.days[a] {
		for _, y := range s.days[b] {
			if max(x.from, y.from) < min(x.until, y.until) {
				return true
			}
		}
	}
	return false
}

// index returns the index of the state with the given code, or -1.
func (s *system) index(code int) int {
	if i, ok := slices.BinarySearch(s.codes, code); ok {
		return i
	}
	return -1
}
