package atop

import (
	"errors"
	"io"
	"io/fs"
	"strconv"
	"strings"

	"github.com/entente-go/entente/internal/csvfile"
	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/relations"
)

// MaxFileSize bounds each file the reader accepts by default. ATOP's
// largest file is well under a megabyte; the bound keeps hostile input (a
// 100 MB field) from exhausting memory. [relations.WithMaxInputSize]
// changes it.
const MaxFileSize = 32 << 20

// quote quotes a value for an error message, cut to a short prefix: a
// hostile file must not make its errors as large as itself.
func quote(s string) string { return errs.Quote(s) }

// column is a header name resolved to its index in the record, once per
// file; i is -1 when the file has no such column.
type column struct {
	name string
	i    int
}

// table is one CSV file being read: its header's columns, and the
// current record with the positions of its fields, so that every error can
// say where it is.
type table struct {
	*csvfile.Reader
	col map[string]int
}

// open reads a file and its header, checking that the required columns
// are there, each once; other columns are tolerated.
func open(fsys fs.FS, file string, required []string, limit csvfile.Limit) (*table, error) {
	r, err := csvfile.Open(fsys, file, limit)
	if err != nil {
		return nil, err
	}
	if !r.Next() {
		if r.Len() == 0 {
			return nil, &relations.ParseError{File: file, Err: io.EOF}
		}
		return nil, r.Err()
	}
	head := r.Record()
	t := &table{Reader: r, col: make(map[string]int, len(head))}
	var dups []error
	for i, h := range head {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		if j, dup := t.col[h]; dup {
			// Which copy holds the data? Neither can be read faithfully.
			_, col := r.FieldPos(i)
			dups = append(dups, &relations.ParseError{File: file, Line: 1, Column: col, Field: errs.Cut(h), Err: errors.New("duplicate column (also column " + strconv.Itoa(j+1) + ")")})
			continue
		}
		t.col[h] = i
	}
	var missing []string
	for _, c := range required {
		if _, ok := t.col[c]; !ok {
			missing = append(missing, strconv.Quote(c))
		}
	}
	if len(missing) > 0 {
		dups = append(dups, &relations.ParseError{File: file, Line: 1, Err: errors.New("missing required column " + strings.Join(missing, ", "))})
	}
	if len(dups) > 0 {
		return nil, errors.Join(dups...)
	}
	return t, nil
}

// column resolves a header name to its index.
func (t *table) column(name string) column {
	if i, ok := t.col[name]; ok {
		return column{name, i}
	}
	return column{name, -1}
}

// has reports whether the file has the column.
func (c column) has() bool { return c.i >= 0 }

// fail records a problem with a column of the current record.
func (t *table) fail(c column, msg string, err error) { t.Fail(c.i, c.name, msg, err) }

// str returns a column of the current record, or "" if absent.
func (t *table) str(c column) string {
	rec := t.Record()
	if c.i < 0 || c.i >= len(rec) {
		return ""
	}
	s := rec[c.i]
	if len(s) > 0 && (s[0] == ' ' || s[len(s)-1] == ' ' || s[0] == '\t' || s[len(s)-1] == '\t') {
		s = strings.TrimSpace(s)
	}
	return s
}

// int reads a required integer column.
func (t *table) int(c column) int {
	s := t.str(c)
	n, err := strconv.Atoi(s)
	if err != nil {
		t.fail(c, quote(s)+" is not a whole number", err)
		return 0
	}
	return n
}

// missingCode is ATOP's code for a missing value (codebook, Appendix B);
// the 5.1 CSVs leave the cell empty instead.
const missingCode = -9

// missing reports whether a cell holds a missing value.
func missing(s string) bool { return s == "" || s == "-9" }

// optInt reads an integer column that may be missing (empty or -9),
// returning ok false then. Any other negative number is an error: ATOP
// has no other negative codes.
func (t *table) optInt(c column) (n int, ok bool) {
	s := t.str(c)
	if s == "" {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	switch {
	case err != nil:
		t.fail(c, quote(s)+" is not a whole number", err)
		return 0, false
	case n == missingCode:
		return 0, false
	case n < 0:
		t.fail(c, quote(s)+" is negative, and not ATOP's missing code -9", nil)
		return 0, false
	}
	return n, true
}

// flag reads a 0/1 column; empty (missing) reads as 0, any positive code
// as true.
func (t *table) flag(c column) bool {
	s := t.str(c)
	if s == "" {
		return false
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		t.fail(c, quote(s)+" is not a code (0, 1, 2, …)", err)
		return false
	}
	return n > 0
}

// date reads a year/month/day triple. An empty, 0 or -9 day is an unknown
// day (the date keeps month precision), and likewise an unknown month; a
// year of 0 means "none" and gives the zero Date, which ATOP uses for
// "still in effect". A day without a month, a month or day with a year of
// 0, and a negative month or day other than -9 are errors: reading them
// would silently lose or invent precision.
func (t *table) date(y, m, d column) relations.Date {
	year := t.int(y)
	month, mok := t.optInt(m)
	day, dok := t.optInt(d)
	if !mok && !missing(t.str(m)) || !dok && !missing(t.str(d)) {
		return relations.Date{} // reported by optInt
	}
	if year == 0 {
		if month > 0 || day > 0 {
			t.fail(y, "year 0 (none) with a month or day", nil)
		}
		return relations.Date{}
	}
	var date relations.Date
	var err error
	switch {
	case !mok || month == 0:
		if dok && day > 0 {
			t.fail(d, "day "+strconv.Itoa(day)+" without a month", nil)
			return relations.Date{}
		}
		date, err = relations.YearDate(year)
	case !dok || day == 0:
		date, err = relations.MonthDate(year, month)
	default:
		date, err = relations.DayDate(year, month, day)
	}
	if err != nil {
		// The file's place names what failed: the date's text and what
		// is wrong with it, not the package that found it.
		var se *errs.Syntax
		msg := err.Error()
		if errors.As(err, &se) {
			msg = quote(se.Input) + ": " + se.Msg
		}
		// The column at fault: the year's when it is out of range, else
		// the month's when it is no month, else the day's.
		at := d
		switch {
		case year < relations.MinYear || year > relations.MaxYear:
			at = y
		case month < 1 || month > 12:
			at = m
		}
		t.fail(at, msg, err)
	}
	return date
}
