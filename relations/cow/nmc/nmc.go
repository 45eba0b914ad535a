package nmc

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"math"
	"slices"
	"sync"

	"github.com/entente-go/entente/relations"
)

// Coverage is the span the data observe: 1816 through 2022.
var Coverage = relations.Interval{From: relations.MustDate("1816-01-01"), Until: relations.MustDate("2023-01-01")}

// The first and last years of [Coverage].
const (
	FirstYear = 1816
	LastYear  = 2022
)

// Record is one state-year: a row of the data. A missing value is NaN.
type Record struct {
	// CCode is the state's COW code, Year the year.
	CCode, Year int
	// MilEx is military expenditure (thousands of current U.S. dollars),
	// MilPer military personnel (thousands).
	MilEx, MilPer float64
	// IrSt is iron and steel production (thousands of tons), PEC primary
	// energy consumption (thousands of coal-ton equivalents).
	IrSt, PEC float64
	// TPop is total population, UPop the population of cities of 100,000
	// or more (thousands).
	TPop, UPop float64
	// CINC is the Composite Index of National Capability: the mean of the
	// state's world shares of the six values above in that year.
	CINC float64
}

//go:embed nmc.csv.gz
var compressed []byte

// fileName is the embedded file's name, as errors about it name it.
const fileName = "nmc.csv"

type key struct{ ccode, year int }

// embedded is the embedded data, decoded once, with its indexes.
type embedded struct {
	records []Record      // by ccode, then year
	at      map[key]int   // state-year → record
	years   map[int][]int // year → its records
}

var data = sync.OnceValue(func() embedded {
	var e embedded
	zr, err := gzip.NewReader(bytes.NewReader(compressed))
	if err != nil {
		return e // a test guards the embedded copy; the data are then empty
	}
	recs, err := Parse(zr, fileName)
	if err != nil {
		return e
	}
	e.records = recs
	e.at = make(map[key]int, len(recs))
	e.years = map[int][]int{}
	for i, r := range recs {
		e.at[key{r.CCode, r.Year}] = i
		e.years[r.Year] = append(e.years[r.Year], i)
	}
	return e
})

// Records returns every state-year, sorted by COW code and then year. The
// data are decoded on first use, once for the program; each call returns
// a fresh slice.
func Records() []Record { return slices.Clone(data().records) }

// Lookup returns the record of a state in a year, if there is one.
func Lookup(ccode, year int) (Record, bool) {
	e := data()
	i, ok := e.at[key{ccode, year}]
	if !ok {
		return Record{}, false
	}
	return e.records[i], true
}

// CINC returns a state's Composite Index of National Capability in a year.
// It reports false when the state has no record that year (it was not a
// member of the state system, or the year is outside [Coverage]) or its
// CINC is missing.
func CINC(ccode, year int) (float64, bool) {
	r, ok := Lookup(ccode, year)
	if !ok || math.IsNaN(r.CINC) {
		return 0, false
	}
	return r.CINC, true
}

// Year returns every state's CINC in a year, by COW code: the weights a
// capability-weighted measure needs. States without a record that year,
// or with a missing CINC, are absent; a year outside [Coverage] gives an
// empty map. Each call returns a new map, which the caller may change.
func Year(year int) map[int]float64 {
	e := data()
	out := make(map[int]float64, len(e.years[year]))
	for _, i := range e.years[year] {
		if r := e.records[i]; !math.IsNaN(r.CINC) {
			out[r.CCode] = r.CINC
		}
	}
	return out
}
