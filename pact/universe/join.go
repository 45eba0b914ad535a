package universe

import (
	"cmp"
	"math"
	"slices"

	"github.com/entente-go/entente/relations"
)

// Join is a source a universe can join: its rows gain the source's
// columns, with peacesciencer's names. Each is made by an Add function (or
// is a [*Table]); Join them to a universe in any order, each at most once.
type Join interface {
	// Name names the join in errors and columns' documentation: "atop",
	// "nmc", "rivalries", "majors", "wars", "peace-years", or a table's
	// file name.
	Name() string
	// Coverage is what the source observes. Outside it a joined value is
	// cannot tell (NA in CSV), never 0.
	Coverage() relations.Coverage
	// prepare makes the join ready for a universe, or says why it cannot
	// join it.
	prepare(u *core) (prepared, error)
}

// prepared is a join made ready for one universe: a stateJoin or a
// dyadJoin, as the universe's unit.
type prepared interface {
	columns() []Column
	// text appends the row's fields as CSV, each after a comma.
	text(b []byte, k *key) []byte
}

type stateJoin interface {
	prepared
	state(r *StateYear, k *key)
	stateCells(r *StateYear, c []Cell)
}

type dyadJoin interface {
	prepared
	dyad(r *DyadYear, k *key)
	dyadCells(r *DyadYear, c []Cell)
}

// pairWatcher is a join that follows each pair through its years: it is
// told where a pair's rows begin and when each of its dyad-years ends.
type pairWatcher interface {
	startPair(k *key, firstRow int)
	endYear(k *key)
}

// multiplier is a join that may give a dyad-year more than one row.
type multiplier interface {
	rows(k *key) int
}

// key is where a universe's generator stands: the row it is making. Each
// goroutine that makes rows has its own.
type key struct {
	i1, i2 int   // the states' indexes (i2 unused in state-years)
	c1, c2 int   // their codes
	s1, s2 int32 // their slots this year
	pair   int32 // i1*states + i2
	year   int
	// war is the row's place among the dyad-year's wars (WithEveryWar).
	war int
	// spell is the pair's peace-years before this year, or -1 when
	// unknown (AddPeaceYears).
	spell int
}

// Kind is the kind of a column's values.
type Kind uint8

const (
	// UnknownKind is the zero Kind.
	UnknownKind Kind = iota
	// Integer values are whole numbers: codes, years, flags, counts.
	Integer
	// Real values are floating-point numbers, written in the shortest
	// form that reads back as the same number.
	Real
	// Text values are strings.
	Text
)

var kindNames = []string{"unknown", "integer", "real", "text"}

// String returns "integer", "real" or "text", or "Kind(N)".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + itoa(int(k)) + ")"
}

// Column is a column of a universe's table.
type Column struct {
	Name string
	Kind Kind
}

// Cell is one value of a row: Int for an Integer column, Real for a Real
// one, Text for Text. Valid is false for a value that is missing or cannot
// be told (NA in CSV).
type Cell struct {
	Valid bool
	Int   int64
	Real  float64
	Text  string
}

// intCell, realCell, textCell and truthCell make cells; NaN and
// CannotTell are not valid.
func intCell(n int) Cell      { return Cell{Valid: true, Int: int64(n)} }
func realCell(f float64) Cell { return Cell{Valid: !math.IsNaN(f), Real: f} }
func textCell(s string) Cell  { return Cell{Valid: true, Text: s} }
func truthCell(t relations.Truth) Cell {
	switch t {
	case relations.Yes:
		return intCell(1)
	case relations.No:
		return intCell(0)
	}
	return Cell{}
}

func columnsOf(kind Kind, names ...string) []Column {
	out := make([]Column, len(names))
	for i, n := range names {
		out[i] = Column{n, kind}
	}
	return out
}

// sparse indexes values by unit (a pair or a state) and year, for the
// sources that hold a few of a universe's rows: each unit's entries are a
// run, sorted by year.
type sparse[T any] struct {
	start []int32 // unit u's entries are [start[u], start[u+1])
	years []int16
	vals  []T
}

// entry is one value for a sparse index, while it is built.
type entry[T any] struct {
	unit int32
	year int
	val  T
}

// newSparse indexes the entries (sorted here, stably, so that the first of
// entries with one unit and year is the one found) over units units.
func newSparse[T any](units int, entries []entry[T]) *sparse[T] {
	slices.SortStableFunc(entries, func(a, b entry[T]) int {
		return cmp.Or(cmp.Compare(a.unit, b.unit), cmp.Compare(a.year, b.year))
	})
	s := &sparse[T]{start: make([]int32, units+1), years: make([]int16, len(entries)), vals: make([]T, len(entries))}
	for i, e := range entries {
		s.start[e.unit+1]++
		s.years[i], s.vals[i] = int16(e.year), e.val
	}
	for u := range units {
		s.start[u+1] += s.start[u]
	}
	return s
}

// find returns the index of unit's entry for year, or -1.
func (s *sparse[T]) find(unit int32, year int) int {
	lo, hi := int(s.start[unit]), int(s.start[unit+1])
	for lo < hi {
		m := (lo + hi) / 2
		if int(s.years[m]) < year {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < int(s.start[unit+1]) && int(s.years[lo]) == year {
		return lo
	}
	return -1
}

// coveredYears returns the first and last whole years a coverage
// observes; a zero coverage observes every year.
func coveredYears(c relations.Coverage) (first, last int) {
	if c.IsZero() {
		return relations.MinYear, relations.MaxYear
	}
	from := c.Observed.From
	first = from.Year()
	if from.Month() > 1 || from.Day() > 1 {
		first++
	}
	if c.Observed.IsOpen() {
		return first, relations.MaxYear
	}
	// Until is the first day not observed: whatever its day, the last
	// whole year observed is the one before.
	return first, c.Observed.Until.Year() - 1
}
