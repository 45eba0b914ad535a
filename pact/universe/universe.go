package universe

import (
	"errors"
	"fmt"
	"iter"
	"math"
	"slices"
	"strconv"

	"github.com/entente-go/entente/relations/cow/nmc"
)

// StateYears is a state-year universe: a row for each state of the COW
// state system and each year it was a member on some day, with the
// columns of the sources joined to it. It is immutable and safe for
// concurrent use.
type StateYears struct{ c *core }

// DyadYears is a dyad-year universe: a row for each pair of states both
// members of the COW state system on some same day of a year (directed,
// both orders, by default; WithUndirected, ccode1 < ccode2), with the
// columns of the sources joined to it. It is immutable and safe for
// concurrent use.
type DyadYears struct{ c *core }

// core is what the two kinds of universe share.
type core struct {
	sys                *system
	dyadic, undirected bool
	from, to           int
	joins              []Join
	prepared           []prepared
	watchers           []pairWatcher
	multi              multiplier
}

// NewStateYears returns the state-years from year from through year to,
// both within 1816–2016, or up to 9999 WithCarryForward. Its options are
// WithCarryForward.
func NewStateYears(from, to int, opts ...Option) (*StateYears, error) {
	c, err := newCore("NewStateYears", from, to, opts)
	if err != nil {
		return nil, err
	}
	return &StateYears{c}, nil
}

// NewDyadYears returns the dyad-years from year from through year to, both
// within 1816–2016, or up to 9999 WithCarryForward. Its options are
// WithUndirected and WithCarryForward.
func NewDyadYears(from, to int, opts ...Option) (*DyadYears, error) {
	c, err := newCore("NewDyadYears", from, to, opts)
	if err != nil {
		return nil, err
	}
	return &DyadYears{c}, nil
}

// ErrPastSystem is wrapped by the error of a universe asked to run past
// the state system's last year (2016) without WithCarryForward.
var ErrPastSystem = errors.New("the COW state system v2016 ends in 2016; later years only WithCarryForward")

func newCore(by string, from, to int, opts []Option) (*core, error) {
	o, err := collect(by, opts)
	if err != nil {
		return nil, err
	}
	last := LastYear
	if o.carryForward {
		last = 9999
	}
	switch {
	case from < FirstYear:
		return nil, fmt.Errorf("universe: %s: from: %d is before the COW state system begins (%d)", by, from, FirstYear)
	case to < from:
		return nil, fmt.Errorf("universe: %s: to: %d is before from (%d)", by, to, from)
	case to > last && !o.carryForward:
		return nil, fmt.Errorf("universe: %s: to: %d: %w", by, to, ErrPastSystem)
	case to > last:
		return nil, fmt.Errorf("universe: %s: to: %d is past the last year, %d", by, to, last)
	}
	return &core{sys: newSystem(max(to, LastYear)), dyadic: by == "NewDyadYears", undirected: o.undirected, from: from, to: to}, nil
}

// join returns a copy of c with the joins added, each prepared for it.
func (c *core) join(joins []Join) (*core, error) {
	out := *c
	out.joins = slices.Clone(c.joins)
	out.prepared = slices.Clone(c.prepared)
	out.watchers = slices.Clone(c.watchers)
	names := map[string]bool{}
	for _, col := range c.columns() {
		names[col.Name] = true
	}
	var problems []error
	for _, j := range joins {
		if j == nil {
			continue
		}
		if slices.ContainsFunc(out.joins, func(k Join) bool { return k.Name() == j.Name() }) {
			problems = append(problems, fmt.Errorf("universe: join %s: already joined", j.Name()))
			continue
		}
		p, err := j.prepare(&out)
		if err != nil {
			problems = append(problems, fmt.Errorf("universe: join %s: %w", j.Name(), err))
			continue
		}
		var clash []string
		for _, col := range p.columns() {
			if names[col.Name] {
				clash = append(clash, strconv.Quote(col.Name))
			}
			names[col.Name] = true
		}
		if len(clash) > 0 {
			problems = append(problems, fmt.Errorf("universe: join %s: the universe already has the column %v", j.Name(), clash))
			continue
		}
		if m, ok := p.(multiplier); ok {
			out.multi = m
		}
		if w, ok := p.(pairWatcher); ok {
			out.watchers = append(out.watchers, w)
		}
		out.joins = append(out.joins, j)
		out.prepared = append(out.prepared, p)
	}
	if len(problems) > 0 {
		return nil, errors.Join(problems...)
	}
	return &out, nil
}

// Join returns the universe with the joins added, in order, after those
// it has: their columns follow its own in that order. A join given twice,
// or one that cannot join state-years (AddATOP, AddWars, AddPeaceYears, a
// dyad-year table), is an error.
func (u *StateYears) Join(joins ...Join) (*StateYears, error) {
	c, err := u.c.join(joins)
	if err != nil {
		return nil, err
	}
	return &StateYears{c}, nil
}

// Join returns the universe with the joins added, in order, after those
// it has: their columns follow its own in that order. A join given twice,
// or a state-year table, is an error.
func (u *DyadYears) Join(joins ...Join) (*DyadYears, error) {
	c, err := u.c.join(joins)
	if err != nil {
		return nil, err
	}
	return &DyadYears{c}, nil
}

// Joins returns the universe's joins, in the order joined.
func (u *StateYears) Joins() []Join { return slices.Clone(u.c.joins) }

// Joins returns the universe's joins, in the order joined.
func (u *DyadYears) Joins() []Join { return slices.Clone(u.c.joins) }

// Years returns the first and last years of the universe.
func (u *StateYears) Years() (from, to int) { return u.c.from, u.c.to }

// Years returns the first and last years of the universe.
func (u *DyadYears) Years() (from, to int) { return u.c.from, u.c.to }

// Undirected reports whether the universe is undirected (WithUndirected).
func (u *DyadYears) Undirected() bool { return u.c.undirected }

// Columns returns the universe's columns, in order: peacesciencer's
// (ccode, statenme, year), then each join's.
func (u *StateYears) Columns() []Column { return u.c.columns() }

// Columns returns the universe's columns, in order: peacesciencer's
// (ccode1, ccode2, year), then each join's.
func (u *DyadYears) Columns() []Column { return u.c.columns() }

func (c *core) columns() []Column {
	out := columnsOf(Integer, "ccode1", "ccode2", "year")
	if !c.dyadic {
		out = []Column{{"ccode", Integer}, {"statenme", Text}, {"year", Integer}}
	}
	for _, p := range c.prepared {
		out = append(out, p.columns()...)
	}
	return out
}

// Len returns the number of rows.
func (u *StateYears) Len() int { return u.c.len() }

// Len returns the number of rows: with AddWars WithEveryWar, a dyad-year
// counts once for each of its wars.
func (u *DyadYears) Len() int { return u.c.len() }

func (c *core) len() int {
	n := 0
	var k key
	c.each(0, c.units(), &k, func(*key) bool { n++; return true })
	return n
}

// units is how many units (pairs or states) the generator goes through.
func (c *core) units() int {
	n := len(c.sys.states)
	if c.dyadic {
		return n * n
	}
	return n
}

// each calls yield with every row of units [u0, u1), in key order, until
// yield returns false; it reports whether it went through them all.
func (c *core) each(u0, u1 int, k *key, yield func(*key) bool) bool {
	if c.dyadic {
		return c.eachDyad(u0, u1, k, yield)
	}
	s := c.sys
	for i := u0; i < u1; i++ {
		k.i1, k.c1 = i, s.codes[i]
		for y := max(s.first[i], c.from); y <= min(s.final[i], c.to); y++ {
			k.s1, k.year = s.slot(i, y), y
			if s.member[k.s1] != notMember && !yield(k) {
				return false
			}
		}
	}
	return true
}

func (c *core) eachDyad(p0, p1 int, k *key, yield func(*key) bool) bool {
	s := c.sys
	n := len(s.states)
	for p := p0; p < p1; p++ {
		i1, i2 := p/n, p%n
		if i1 == i2 || (c.undirected && i2 < i1) {
			continue
		}
		lo, hi := max(s.first[i1], s.first[i2], c.from), min(s.final[i1], s.final[i2], c.to)
		if lo > hi {
			continue
		}
		k.i1, k.i2, k.c1, k.c2, k.pair = i1, i2, s.codes[i1], s.codes[i2], int32(p)
		for _, w := range c.watchers {
			w.startPair(k, lo)
		}
		for y := lo; y <= hi; y++ {
			k.s1, k.s2, k.year = s.slot(i1, y), s.slot(i2, y), y
			if !s.together(k.s1, k.s2) {
				continue
			}
			rows := 1
			if c.multi != nil {
				rows = c.multi.rows(k)
			}
			for w := range rows {
				k.war = w
				if !yield(k) {
					return false
				}
			}
			for _, w := range c.watchers {
				w.endYear(k)
			}
		}
	}
	return true
}

// noCapabilities is an NMC record that cannot tell: every value NaN.
func noCapabilities(ccode, year int) nmc.Record {
	nan := math.NaN()
	return nmc.Record{CCode: ccode, Year: year, MilEx: nan, MilPer: nan, IrSt: nan, PEC: nan, TPop: nan, UPop: nan, CINC: nan}
}

// Rows yields the universe's rows in key order (ccode, year).
func (u *StateYears) Rows() iter.Seq[StateYear] { return rows(u.c, u.row) }

// row fills r with the row at k.
func (u *StateYears) row(k *key, r *StateYear) {
	*r = StateYear{CCode: k.c1, Name: u.c.sys.states[k.i1].Name, Year: k.year, Assumed: k.year > LastYear,
		NMC: noCapabilities(k.c1, k.year), Table: TableRow{i: -1}}
	for _, p := range u.c.prepared {
		p.(stateJoin).state(r, k)
	}
}

// Rows yields the universe's rows in key order (ccode1, ccode2, year; then
// war number, WithEveryWar).
func (u *DyadYears) Rows() iter.Seq[DyadYear] { return rows(u.c, u.row) }

// rows yields the rows of c, each made by row.
func rows[R any](c *core, row func(*key, *R)) iter.Seq[R] {
	return func(yield func(R) bool) {
		var k key
		var r R // one for all rows: the joins fill it through an interface, so it is on the heap
		c.each(0, c.units(), &k, func(k *key) bool {
			row(k, &r)
			return yield(r)
		})
	}
}

// row fills r with the row at k.
func (u *DyadYears) row(k *key, r *DyadYear) {
	*r = DyadYear{CCode1: k.c1, CCode2: k.c2, Year: k.year, Assumed: k.year > LastYear,
		NMC1: noCapabilities(k.c1, k.year), NMC2: noCapabilities(k.c2, k.year), Table: TableRow{i: -1}}
	for _, p := range u.c.prepared {
		p.(dyadJoin).dyad(r, k)
	}
}

// Cells yields the universe's rows as cells, in the order of Columns and in
// key order: for writers of other formats. The slice is reused: it holds a
// row until the next.
func (u *StateYears) Cells() iter.Seq[[]Cell] {
	return cells(u.c, u.row, func(r *StateYear, c []Cell) {
		c[0], c[1], c[2] = intCell(r.CCode), textCell(r.Name), intCell(r.Year)
	}, func(p prepared, r *StateYear, c []Cell) { p.(stateJoin).stateCells(r, c) })
}

// Cells yields the universe's rows as cells, in the order of Columns and in
// key order: for writers of other formats. The slice is reused: it holds a
// row until the next.
func (u *DyadYears) Cells() iter.Seq[[]Cell] {
	return cells(u.c, u.row, func(r *DyadYear, c []Cell) {
		c[0], c[1], c[2] = intCell(r.CCode1), intCell(r.CCode2), intCell(r.Year)
	}, func(p prepared, r *DyadYear, c []Cell) { p.(dyadJoin).dyadCells(r, c) })
}

// cells yields the rows of c as cells: the three keys' by keys, then each
// join's by join.
func cells[R any](c *core, row func(*key, *R), keys func(*R, []Cell), join func(prepared, *R, []Cell)) iter.Seq[[]Cell] {
	return func(yield func([]Cell) bool) {
		out := make([]Cell, len(c.columns()))
		widths := c.widths()
		var k key
		var r R
		c.each(0, c.units(), &k, func(k *key) bool {
			row(k, &r)
			keys(&r, out[:3])
			at := 3
			for i, p := range c.prepared {
				join(p, &r, out[at:at+widths[i]])
				at += widths[i]
			}
			return yield(out)
		})
	}
}

// widths returns how many columns each join adds.
func (c *core) widths() []int {
	out := make([]int, len(c.prepared))
	for i, p := range c.prepared {
		out[i] = len(p.columns())
	}
	return out
}
