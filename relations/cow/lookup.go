package cow

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/relations"
)

// Lookup returns the state a person names, as on a command line: by its
// COW code ("670"), its COW abbreviation ("SAU", "AUH"), its ISO 3166
// code ("SAU") or actor ID ("cow-gfr"), or its name ("Saudi Arabia",
// "Austria-Hungary"). Letters may be in any case; spaces around the
// spelling are ignored, and a run of spaces inside a name counts as one.
// An ISO code several states held names the one that holds it last, as
// the state's ID and [ByISO] with the zero day do: "DEU" is Germany (255);
// the German Federal Republic of 1955–1990 is "260", "GFR" or its name.
//
// A name is matched whole, never by a prefix ("Saudi" names no state), so
// that a spelling never comes to mean another state as the data grows. A
// spelling that names several states, as "AUS" does (Austria's COW
// abbreviation, Australia's ISO code), is an [*AmbiguousError] listing
// them; one that names none is an error wrapping
// [relations.ErrUnknownActor].
func Lookup(spelling string) (State, error) {
	key := lookupKey(spelling)
	found := bySpelling()[key]
	if n, err := strconv.Atoi(key); err == nil && strings.Trim(key, "0123456789") == "" {
		found = nil
		if i, ok := byCode[n]; ok {
			found = []int{i}
		}
	}
	switch len(found) {
	case 0:
		return State{}, errs.Wrap(errs.Quote(spelling)+" is not a COW state's code, abbreviation, ISO code or name", relations.ErrUnknownActor)
	case 1:
		return clone(states[found[0]]), nil
	}
	e := &AmbiguousError{Spelling: spelling}
	for _, i := range found {
		e.States = append(e.States, clone(states[i]))
	}
	return State{}, e
}

// AmbiguousError is the error of a spelling [Lookup] finds several states
// for.
type AmbiguousError struct {
	Spelling string
	// States are the states it names, by COW code.
	States []State
}

// Error names each candidate with the spellings that name it alone, as in
// `"AUS" names 2 states: Austria (COW 305, AUS, ISO AUT), Australia (COW 900, AUL,
// ISO AUS); give the COW code`.
func (e *AmbiguousError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s names %d states: ", errs.Quote(e.Spelling), len(e.States))
	for i, s := range e.States {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s (COW %d, %s", s.Name, s.Code, s.Abbrev)
		if s.ISO3 != "" {
			b.WriteString(", ISO " + s.ISO3)
		}
		b.WriteString(")")
	}
	b.WriteString("; give the COW code")
	return b.String()
}

// bySpelling lists, for each spelling's key, the states it names (by
// index, in code order), for every spelling but the code; made on first
// use, after init has made the states.
var bySpelling = sync.OnceValue(func() map[string][]int {
	m := make(map[string][]int, 4*len(states))
	for i, s := range states {
		for _, sp := range []string{s.Abbrev, string(s.ID), s.Name} {
			k := lookupKey(sp)
			if n := len(m[k]); n == 0 || m[k][n-1] != i {
				m[k] = append(m[k], i)
			}
		}
	}
	return m
})

// lookupKey is the form spellings are compared in: lower case, spaces
// trimmed, inner runs of spaces one space.
func lookupKey(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }
