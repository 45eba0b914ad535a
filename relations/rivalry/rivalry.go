package rivalry

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"slices"
	"strconv"
	"sync"

	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/cow"
)

// Coverage is the span the data observe: 1494 through 2010. A question
// about a year outside it has no answer in the data, which is not the
// answer "no".
var Coverage = relations.Interval{From: relations.MustDate("1494-01-01"), Until: relations.MustDate("2011-01-01")}

// The first and last years of [Coverage].
const (
	FirstYear = 1494
	LastYear  = 2010
)

// Rivalry is one strategic rivalry: a row of the data.
type Rivalry struct {
	// Number is the data's rivalryno, 1 to 197.
	Number int
	// Name is the handbook's name: "Britain-France 1".
	Name string
	// CCode1 and CCode2 are the rivals' COW codes, CCode1 < CCode2; A and
	// B are their actor IDs (see the package documentation).
	CCode1, CCode2 int
	A, B           relations.ActorID
	// Start is the rivalry's first year; End its last, or zero for a
	// rivalry still running when the data end (see [Rivalry.Ongoing]).
	// Both have year precision.
	Start, End relations.Date
	// Region is the handbook's region: "European GPs", "Gulf", ….
	Region string
	// Types are the kinds of rivalry it is.
	Types Types
}

// Ongoing reports whether the rivalry was still running in 2010, when the
// data end: the file's end year 2010 marks the end of the data, not of the
// rivalry.
func (r Rivalry) Ongoing() bool { return !r.End.IsValid() }

// Active reports whether the rivalry was running in year: Yes from its
// first year through its last, No before and after, and CannotTell where
// the data cannot say — before 1494 for a rivalry already running then,
// and after 2010 for one still running then.
func (r Rivalry) Active(year int) relations.Truth {
	switch {
	case year < r.Start.Year():
		if r.Start.Year() <= FirstYear {
			return relations.CannotTell
		}
		return relations.No
	case r.Ongoing():
		if year > LastYear {
			return relations.CannotTell
		}
		return relations.Yes
	default:
		return relations.TruthOf(year <= r.End.Year())
	}
}

// actorID returns the actor ID of a COW code: the COW state's ID, or, for
// a code outside the COW state system, "cow-" and the code, as
// atop.Actor names such actors.
func actorID(ccode int) relations.ActorID {
	if s, ok := cow.ByCode(ccode); ok {
		return s.ID
	}
	return relations.ActorID("cow-" + strconv.Itoa(ccode))
}

//go:embed rivalries.csv.gz
var compressed []byte

// fileName is the embedded file's name, as errors about it name it.
const fileName = "rivalries.csv"

// embedded is the embedded data, decoded once, with an index by pair.
type embedded struct {
	all    []Rivalry
	byPair map[[2]relations.ActorID][]int
}

var data = sync.OnceValue(func() embedded {
	var e embedded
	zr, err := gzip.NewReader(bytes.NewReader(compressed))
	if err != nil {
		return e // a test guards the embedded copy; All is then empty
	}
	e.all, err = Parse(zr, fileName)
	if err != nil {
		return embedded{}
	}
	e.byPair = map[[2]relations.ActorID][]int{}
	for i, r := range e.all {
		k := pair(r.A, r.B)
		e.byPair[k] = append(e.byPair[k], i)
	}
	return e
})

func pair(a, b relations.ActorID) [2]relations.ActorID {
	if b < a {
		a, b = b, a
	}
	return [2]relations.ActorID{a, b}
}

// All returns the 197 rivalries, sorted by Number. The data are decoded
// on first use, once for the program; each call returns a fresh slice.
func All() []Rivalry { return slices.Clone(data().all) }

// Between returns the rivalry between a and b, in either order, running in
// year: Yes with the rivalry when one was; CannotTell when the data cannot
// say, with the rivalry if one was still running when the data end (a
// year after 2010) or already running when they begin (before 1494), and
// with the zero Rivalry for a year outside [Coverage] otherwise; No
// otherwise. No pair has two rivalries at once.
func Between(a, b relations.ActorID, year int) (Rivalry, relations.Truth) {
	e := data()
	var unsure *Rivalry
	for _, i := range e.byPair[pair(a, b)] {
		r := &e.all[i]
		switch r.Active(year) {
		case relations.Yes:
			return *r, relations.Yes
		case relations.CannotTell:
			unsure = r
		}
	}
	if unsure != nil {
		return *unsure, relations.CannotTell
	}
	if year < FirstYear || year > LastYear {
		return Rivalry{}, relations.CannotTell
	}
	return Rivalry{}, relations.No
}
