package atop

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/entente-go/entente/internal/csvscan"
	"github.com/entente-go/entente/relations"
)

// MaxFileSize bounds each file the reader accepts. ATOP's largest file is
// well under a megabyte; the bound keeps hostile input (a 100 MB field)
// from exhausting memory.
const MaxFileSize = 32 << 20

// ParseError reports a malformed value, with the file, line and column
// where it stands (column 0 when the whole line or file is at fault).
type ParseError struct {
	File         string
	Line, Column int
	Field        string // the column's name, if known
	Msg          string
	// Err is the underlying error, if any: a [*csv.ParseError]'s cause such
	// as [csv.ErrFieldCount], a [*strconv.NumError] or a
	// [*relations.ParseError].
	Err error
}

// Error reports the file, line, column and column name, then what is wrong.
func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteString(":" + strconv.Itoa(e.Line))
		if e.Column > 0 {
			b.WriteString(":" + strconv.Itoa(e.Column))
		}
	}
	b.WriteString(": ")
	if e.Field != "" {
		b.WriteString(e.Field + ": ")
	}
	switch {
	case e.Msg != "":
		b.WriteString(e.Msg)
	case e.Err != nil:
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the underlying error, so that errors.Is and errors.As see
// the cause.
func (e *ParseError) Unwrap() error { return e.Err }

// maxErrors bounds the problems reported for one file; the rest are
// counted in a last "and N more".
const maxErrors = 100

// report collects the problems of one file, the first maxErrors of them.
type report struct {
	file string
	errs []error
	more int
}

func (r *report) add(err error) {
	if len(r.errs) < maxErrors {
		r.errs = append(r.errs, err)
		return
	}
	r.more++
}

// at records a problem with a row, when no column position is at hand.
func (r *report) at(line int, field, msg string) {
	r.add(&ParseError{File: r.file, Line: line, Field: field, Msg: msg})
}

// err joins the problems, with "and N more" past the first maxErrors.
func (r *report) err() error {
	if r.more > 0 {
		return errors.Join(append(r.errs, &ParseError{File: r.file, Msg: fmt.Sprintf("and %d more", r.more)})...)
	}
	return errors.Join(r.errs...)
}

// quote quotes a value for an error message, cut to a short prefix: a
// hostile file must not make its errors as large as itself.
func quote(s string) string {
	const limit = 40
	if len(s) <= limit {
		return strconv.Quote(s)
	}
	cut := limit
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return strconv.Quote(s[:cut]) + "…"
}

// column is a header name resolved to its index in the record, once per
// file; i is -1 when the file has no such column.
type column struct {
	name string
	i    int
}

// table is one CSV file being read: its header, and the current record with
// the positions of its fields, so that every error can say where it is.
type table struct {
	report
	r    *csvscan.Reader
	col  map[string]int
	rec  []string
	line int // the current record's first line
	// rows bounds the records after the header (one a line), so that
	// the rows read can be sized once.
	rows int
}

// errTooLarge reports a file past MaxFileSize.
var errTooLarge = errors.New("file is larger than the limit")

// readAll reads a whole file, up to MaxFileSize, into one string: sized
// from the file's length when it tells it, so that it is written once.
func readAll(f fs.File) (string, error) {
	var b strings.Builder
	if st, err := f.Stat(); err == nil && st.Size() > 0 && st.Size() <= MaxFileSize {
		b.Grow(int(st.Size()) + 1) // one more for the end of the file
	}
	if _, err := io.Copy(&b, io.LimitReader(f, MaxFileSize+1)); err != nil {
		return "", err
	}
	if b.Len() > MaxFileSize {
		return "", errTooLarge
	}
	return b.String(), nil
}

// open opens a file and reads its header, checking that the required
// columns are there, each once; other columns are tolerated.
func open(fsys fs.FS, file string, required []string) (*table, error) {
	f, err := fsys.Open(file)
	if err != nil {
		return nil, err
	}
	data, err := readAll(f)
	f.Close()
	t := &table{report: report{file: file}}
	if err != nil {
		return nil, t.wrap(err)
	}
	// The file is read whole, and its records are windows of it: every
	// string the reader keeps shares the file's one copy.
	r := csvscan.New(data)
	t.r, t.rows = r, strings.Count(data, "\n")
	head, err := r.Read()
	if err != nil {
		return nil, t.wrap(err)
	}
	t.col = make(map[string]int, len(head))
	var dups []error
	for i, h := range head {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		if j, dup := t.col[h]; dup {
			// Which copy holds the data? Neither can be read faithfully.
			_, col := r.FieldPos(i)
			dups = append(dups, &ParseError{File: file, Line: 1, Column: col, Field: h,
				Msg: "duplicate column (also column " + strconv.Itoa(j+1) + ")"})
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
		dups = append(dups, &ParseError{File: file, Line: 1, Msg: "missing required column " + strings.Join(missing, ", ")})
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

// next reads the next record; it returns false at the end or on an error
// that stops reading. A record with the wrong number of fields is reported
// and skipped.
func (t *table) next() bool {
	for {
		rec, err := t.r.Read()
		if err == io.EOF {
			return false
		}
		if err == nil {
			t.rec = rec
			t.line, _ = t.r.FieldPos(0)
			return true
		}
		t.add(t.wrap(err))
		// A wrong field count spoils one record; any other error, the file.
		if !errors.Is(err, csv.ErrFieldCount) {
			return false
		}
	}
}

func (t *table) wrap(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &ParseError{File: t.file, Line: pe.Line, Column: pe.Column, Msg: pe.Err.Error(), Err: pe.Err}
	}
	if errors.Is(err, errTooLarge) {
		return &ParseError{File: t.file, Msg: fmt.Sprintf("larger than the limit of %d bytes", MaxFileSize), Err: err}
	}
	return &ParseError{File: t.file, Err: err}
}

// finish returns the file's problems.
func (t *table) finish() error { return t.err() }

// fail records a problem with a column of the current record.
func (t *table) fail(c column, msg string, err error) {
	line, col := t.line, 0
	if c.i >= 0 {
		line, col = t.r.FieldPos(c.i)
	}
	t.add(&ParseError{File: t.file, Line: line, Column: col, Field: c.name, Msg: msg, Err: err})
}

// str returns a column of the current record, or "" if absent.
func (t *table) str(c column) string {
	if c.i < 0 || c.i >= len(t.rec) {
		return ""
	}
	s := t.rec[c.i]
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
		var de *relations.ParseError
		msg := err.Error()
		if errors.As(err, &de) {
			msg = quote(de.Input) + ": " + de.Msg
		}
		t.fail(y, msg, err)
	}
	return date
}
