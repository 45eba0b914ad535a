package cow

import (
	"slices"

	"github.com/entente-go/entente/relations"
)

// MajorPower is a state's record as a major power of the COW state system
// (COW's majors2016.csv): its code and abbreviation, and its spells as a
// major power.
type MajorPower struct {
	Code   int
	Abbrev string
	// Spells are half-open, as a State's are: Until is the day after the
	// last day, and is zero for a state still a major power at the end of
	// the data (2016-12-31).
	Spells []relations.Interval
}

// majorTable lists COW's major powers, v2016, with each spell as first and
// last day, inclusive; an empty last day means still a major power at the
// end of the data. Written by hand; a test checks it against COW's own
// majors2016.csv.
var majorTable = []row{
	{2, "USA", "", "", []string{"1898-08-13", ""}},
	{200, "UKG", "", "", []string{"1816-01-01", ""}},
	{220, "FRN", "", "", []string{"1816-01-01", "1940-06-22", "1945-08-15", ""}},
	{255, "GMY", "", "", []string{"1816-01-01", "1918-11-11", "1925-01-01", "1945-05-07", "1991-12-11", ""}},
	{300, "AUH", "", "", []string{"1816-01-01", "1918-11-03"}},
	{325, "ITA", "", "", []string{"1860-01-01", "1943-09-02"}},
	{365, "RUS", "", "", []string{"1816-01-01", "1917-12-05", "1922-01-01", ""}},
	{710, "CHN", "", "", []string{"1950-01-01", ""}},
	{740, "JPN", "", "", []string{"1895-04-01", "1945-08-14", "1991-12-11", ""}},
}

var majors = func() []MajorPower {
	out := make([]MajorPower, len(majorTable))
	for i, r := range majorTable {
		out[i] = MajorPower{Code: r.code, Abbrev: r.abbrev, Spells: spellsOf(r.spells)}
	}
	return out
}()

// MajorPowers returns COW's major powers, v2016, sorted by code: the nine
// states that were major powers at some time from 1816 through 2016.
func MajorPowers() []MajorPower {
	out := make([]MajorPower, len(majors))
	for i, m := range majors {
		m.Spells = slices.Clone(m.Spells)
		out[i] = m
	}
	return out
}
