package universe

import (
	"errors"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/entente-go/entente/internal/csvfile"
	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/internal/readlimit"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/cow"
)

// MaxTableSize bounds the size of a file ReadTable reads by default: 128
// MiB, which a table holds in memory within the library's 512 MiB bound
// (the Limits section of package entente); [relations.WithMaxInputSize]
// changes it.
const MaxTableSize = 128 << 20

// Table is a user's own state-year or dyad-year table, read by ReadTable:
// a Join that adds its columns to the rows with its keys. It is immutable
// and safe for concurrent use.
type Table struct {
	name    string
	keys    []string // the key columns: ccode, year or ccode1, ccode2, year
	columns []string // the value columns, in order
	rows    []tableKey
	cells   []string // row i's values are cells[i*len(columns):]
	texts   string   // row i's values as CSV fields are texts[ends[i-1]:ends[i]]
	ends    []int32
	first   int
	last    int
}

// tableKey is a row's key; c2 is 0 in a state-year table.
type tableKey struct{ c1, c2, year int }

// ReadTable reads a table from CSV; name names the file in errors and is
// the join's Name. The header names the key columns — ccode and year for
// a state-year table, ccode1, ccode2 and year for a dyad-year one, in any
// place — and the value columns, each once, with names that are not
// empty. A key is a whole number: a COW code of a state of the system
// (package cow), a year from 1816 through 9999; no key may come twice. A
// value is any text, kept as it is written; an empty one or NA is
// missing. Every problem is reported, at most 100 then how many more,
// each a [*relations.ParseError] with its line and column. A file past
// [MaxTableSize] bytes is an error wrapping [relations.ErrLimitExceeded].
func ReadTable(r io.Reader, name string, opts ...relations.ReadOption) (*Table, error) {
	limit := readlimit.Resolve(readlimit.Limits{MaxInputSize: MaxTableSize}, opts)
	cr, err := csvfile.Read(r, name, csvfile.Limit{Bytes: limit.MaxInputSize, Name: "universe.MaxTableSize"})
	if err != nil {
		return nil, err
	}
	if !cr.Next() {
		if cr.Len() > 0 {
			return nil, cr.Err()
		}
		return nil, &relations.ParseError{File: name, Err: errors.New("empty: no header")}
	}
	t := &Table{name: name, first: relations.MaxYear, last: relations.MinYear}
	keyAt, valueAt, err := t.header(cr)
	if err != nil {
		return nil, err
	}
	seen := map[tableKey]int{}
	for cr.Next() {
		rec := cr.Record()
		var k tableKey
		ok := true
		for i, at := range keyAt {
			n, good := tableNumber(cr, at, t.keys[i], rec[at])
			ok = ok && good
			switch t.keys[i] {
			case "year":
				k.year = n
			case "ccode2":
				k.c2 = n
			default:
				k.c1 = n
			}
		}
		if ok && len(keyAt) == 3 && k.c1 == k.c2 {
			cr.Fail(keyAt[1], "ccode2", "a state cannot be in a dyad with itself", nil)
			ok = false
		}
		if !ok {
			continue
		}
		if line, dup := seen[k]; dup {
			cr.Fail(-1, "", "the key "+keyText(k, len(keyAt))+" is on line "+strconv.Itoa(line)+" too", nil)
			continue
		}
		seen[k] = cr.Line()
		t.rows = append(t.rows, k)
		for _, at := range valueAt {
			t.cells = append(t.cells, rec[at]) // a window of the file, which the table keeps
		}
		t.first, t.last = min(t.first, k.year), max(t.last, k.year)
	}
	if err := cr.Err(); err != nil {
		return nil, err
	}
	t.makeTexts()
	return t, nil
}

// header reads the header: where the keys and the values stand.
func (t *Table) header(cr *csvfile.Reader) (keyAt, valueAt []int, err error) {
	head := cr.Record()
	at := map[string]int{}
	for i, h := range head {
		if i == 0 {
			h = strings.TrimPrefix(h, "\ufeff")
		}
		switch first, dup := at[h]; {
		case h == "":
			cr.Fail(i, "", "a column without a name", nil)
		case dup:
			cr.Fail(i, h, "the column is column "+strconv.Itoa(first+1)+" too", nil)
		default:
			at[h] = i
		}
	}
	c, c1, c2 := has(at, "ccode"), has(at, "ccode1"), has(at, "ccode2")
	switch {
	case !has(at, "year"):
		cr.Fail(-1, "", "no year column: a table's keys are ccode and year, or ccode1, ccode2 and year", nil)
	case c && (c1 || c2):
		cr.Fail(-1, "", "both ccode and ccode1 or ccode2: a table is of state-years (ccode, year) or of dyad-years (ccode1, ccode2, year)", nil)
	case c:
		t.keys = []string{"ccode", "year"}
	case c1 && c2:
		t.keys = []string{"ccode1", "ccode2", "year"}
	default:
		cr.Fail(-1, "", "no ccode column, nor ccode1 and ccode2: a table's keys are ccode and year, or ccode1, ccode2 and year", nil)
	}
	if err := cr.Err(); err != nil {
		return nil, nil, err
	}
	for _, k := range t.keys {
		keyAt = append(keyAt, at[k])
	}
	for i, h := range head {
		if !slices.Contains(keyAt, i) {
			valueAt = append(valueAt, i)
			t.columns = append(t.columns, h)
		}
	}
	return keyAt, valueAt, nil
}

func has(at map[string]int, name string) bool { _, ok := at[name]; return ok }

// tableNumber reads a key: a COW code of a state of the system, or a year.
func tableNumber(cr *csvfile.Reader, at int, field, s string) (int, bool) {
	n, err := strconv.Atoi(s)
	switch {
	case err != nil || s == "" || s[0] == '+':
		cr.Fail(at, field, errs.Quote(s)+" is not a whole number", nil)
	case field == "year" && (n < FirstYear || n > relations.MaxYear):
		cr.Fail(at, field, s+" is not a year from 1816 through 9999", nil)
	case field != "year" && !isState(n):
		cr.Fail(at, field, s+" is not the code of a state of the COW system", nil)
	default:
		return n, true
	}
	return 0, false
}

func isState(code int) bool {
	_, ok := cow.ByCode(code)
	return ok
}

func keyText(k tableKey, n int) string {
	if n == 2 {
		return itoa(k.c1) + "," + itoa(k.year)
	}
	return itoa(k.c1) + "," + itoa(k.c2) + "," + itoa(k.year)
}

// makeTexts writes each row's values as CSV fields, once.
func (t *Table) makeTexts() {
	var b []byte
	t.ends = make([]int32, len(t.rows))
	n := len(t.columns)
	for i := range t.rows {
		for _, v := range t.cells[i*n : (i+1)*n] {
			b = append(b, ',')
			if missingText(v) {
				b = append(b, na...)
			} else {
				b = append(b, csvField(v)...)
			}
		}
		t.ends[i] = int32(len(b))
	}
	t.texts = string(b)
}

// missingText reports whether a table's value is missing.
func missingText(v string) bool { return v == "" || v == na }

// Name returns the name ReadTable was given.
func (t *Table) Name() string { return t.name }

// Keys returns the table's key columns: ccode and year, or ccode1, ccode2
// and year.
func (t *Table) Keys() []string { return slices.Clone(t.keys) }

// Columns returns the names of the table's value columns, in order: the
// columns it adds to a universe.
func (t *Table) Columns() []string { return slices.Clone(t.columns) }

// Len returns the number of the table's rows.
func (t *Table) Len() int { return len(t.rows) }

// Coverage returns the years the table has rows for, from its first to
// its last; a key without a row, in them or not, is NA.
func (t *Table) Coverage() relations.Coverage {
	if len(t.rows) == 0 {
		return relations.Coverage{Source: t.name}
	}
	return relations.Coverage{Source: t.name, Observed: yearsInterval(t.first, t.last)}
}

// TableRow is the row of a user's table that a universe's row has, if
// any: the zero TableRow has none.
type TableRow struct {
	t *Table
	i int32
}

// Found reports whether the table has a row for the key.
func (r TableRow) Found() bool { return r.t != nil && r.i >= 0 }

// Value returns the value of the table's value column col (0 for the
// first of Columns), and false if it is missing (empty or NA), the table
// has no row for the key, or col is out of range.
func (r TableRow) Value(col int) (string, bool) {
	if !r.Found() || col < 0 || col >= len(r.t.columns) {
		return "", false
	}
	v := r.t.cells[int(r.i)*len(r.t.columns)+col]
	return v, !missingText(v)
}

// tablePrepared holds the table's rows by unit and year.
type tablePrepared struct {
	t      *Table
	dyadic bool
	rows   *sparse[int32]
	none   string
}

func (t *Table) prepare(u *core) (prepared, error) {
	if dyadic := len(t.keys) == 3; dyadic != u.dyadic {
		what := "a state-year table (ccode, year) cannot join dyad-years"
		if dyadic {
			what = "a dyad-year table (ccode1, ccode2, year) cannot join state-years"
		}
		return nil, errors.New(what)
	}
	n := len(u.sys.states)
	entries := make([]entry[int32], 0, len(t.rows))
	for i, k := range t.rows {
		unit := u.sys.index(k.c1)
		if u.dyadic {
			unit = unit*n + u.sys.index(k.c2)
		}
		entries = append(entries, entry[int32]{unit: int32(unit), year: k.year, val: int32(i)})
	}
	return &tablePrepared{t: t, dyadic: u.dyadic, rows: newSparse(u.units(), entries), none: nas(len(t.columns))}, nil
}

func (p *tablePrepared) columns() []Column { return columnsOf(Text, p.t.columns...) }

func (p *tablePrepared) find(k *key) int32 {
	unit := int32(k.i1)
	if p.dyadic {
		unit = k.pair
	}
	if i := p.rows.find(unit, k.year); i >= 0 {
		return p.rows.vals[i]
	}
	return -1
}

func (p *tablePrepared) text(b []byte, k *key) []byte {
	i := p.find(k)
	if i < 0 {
		return append(b, p.none...)
	}
	from := int32(0)
	if i > 0 {
		from = p.t.ends[i-1]
	}
	return append(b, p.t.texts[from:p.t.ends[i]]...)
}

func (p *tablePrepared) state(r *StateYear, k *key) { r.Table = TableRow{p.t, p.find(k)} }
func (p *tablePrepared) dyad(r *DyadYear, k *key)   { r.Table = TableRow{p.t, p.find(k)} }

func tableCells(r TableRow, c []Cell) {
	for i := range c {
		v, ok := r.Value(i)
		c[i] = Cell{Valid: ok, Text: v}
	}
}

func (p *tablePrepared) stateCells(r *StateYear, c []Cell) { tableCells(r.Table, c) }
func (p *tablePrepared) dyadCells(r *DyadYear, c []Cell)   { tableCells(r.Table, c) }
