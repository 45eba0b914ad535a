package atop

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"

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
	b.WriteString(e.Msg)
	return b.String()
}

// table is one CSV file being read: its header, and the current record with
// the positions of its fields, so that every error can say where it is.
type table struct {
	file   string
	r      *csv.Reader
	col    map[string]int
	rec    []string
	errs   []error
	closer io.Closer
}

// errTooLarge is returned by limitedReader past MaxFileSize.
var errTooLarge = errors.New("file is larger than the limit")

type limitedReader struct {
	r io.Reader
	n int64
}

// Read reads at most the bytes left under the limit.
func (l *limitedReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		return 0, errTooLarge
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	return n, err
}

// open opens a file and reads its header, checking that the required
// columns are there; other columns are tolerated.
func open(fsys fs.FS, file string, required []string) (*table, error) {
	f, err := fsys.Open(file)
	if err != nil {
		return nil, err
	}
	r := csv.NewReader(&limitedReader{r: f, n: MaxFileSize})
	r.ReuseRecord = true
	t := &table{file: file, r: r, closer: f}
	head, err := r.Read()
	if err != nil {
		f.Close()
		return nil, t.wrap(err)
	}
	t.col = make(map[string]int, len(head))
	for i, h := range head {
		h = strings.TrimPrefix(h, "\ufeff")
		t.col[strings.TrimSpace(h)] = i
	}
	var missing []string
	for _, c := range required {
		if _, ok := t.col[c]; !ok {
			missing = append(missing, strconv.Quote(c))
		}
	}
	if len(missing) > 0 {
		f.Close()
		return nil, &ParseError{File: file, Line: 1, Msg: "missing required column " + strings.Join(missing, ", ")}
	}
	return t, nil
}

// next reads the next record; it returns false at the end or on an error
// that stops reading (recorded in t.errs).
func (t *table) next() bool {
	for len(t.errs) < maxErrors {
		rec, err := t.r.Read()
		if err == io.EOF {
			return false
		}
		if err == nil {
			t.rec = rec
			return true
		}
		t.errs = append(t.errs, t.wrap(err))
		// A wrong field count spoils one record; any other error, the file.
		var pe *csv.ParseError
		if !errors.As(err, &pe) || !errors.Is(pe.Err, csv.ErrFieldCount) {
			return false
		}
	}
	t.errs = append(t.errs, &ParseError{File: t.file, Msg: fmt.Sprintf("stopped after %d errors", maxErrors)})
	return false
}

// maxErrors bounds the errors reported for one file.
const maxErrors = 100

func (t *table) wrap(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &ParseError{File: t.file, Line: pe.Line, Column: pe.Column, Msg: pe.Err.Error()}
	}
	if errors.Is(err, errTooLarge) {
		return &ParseError{File: t.file, Msg: fmt.Sprintf("larger than the limit of %d bytes", MaxFileSize)}
	}
	return &ParseError{File: t.file, Msg: err.Error()}
}

func (t *table) close() error { return t.closer.Close() }

// fail records a problem with a column of the current record.
func (t *table) fail(name, msg string) {
	if len(t.errs) > maxErrors {
		return
	}
	line, col := t.r.FieldPos(t.col[name])
	t.errs = append(t.errs, &ParseError{File: t.file, Line: line, Column: col, Field: name, Msg: msg})
}

// str returns a column of the current record, or "" if absent.
func (t *table) str(name string) string {
	i, ok := t.col[name]
	if !ok || i >= len(t.rec) {
		return ""
	}
	s := t.rec[i]
	if len(s) > 0 && (s[0] == ' ' || s[len(s)-1] == ' ' || s[0] == '\t' || s[len(s)-1] == '\t') {
		s = strings.TrimSpace(s)
	}
	return s
}

// int reads a required integer column.
func (t *table) int(name string) int {
	s := t.str(name)
	n, err := strconv.Atoi(s)
	if err != nil {
		t.fail(name, strconv.Quote(s)+" is not a whole number")
		return 0
	}
	return n
}

// optInt reads an integer column that may be empty (ATOP's missing value),
// returning -1 for empty.
func (t *table) optInt(name string) int {
	if t.str(name) == "" {
		return -1
	}
	return t.int(name)
}

// flag reads a 0/1 column; empty (missing) reads as 0, any positive code
// as true.
func (t *table) flag(name string) bool {
	s := t.str(name)
	if s == "" {
		return false
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		t.fail(name, strconv.Quote(s)+" is not a code (0, 1, 2, …)")
		return false
	}
	return n > 0
}

// date reads a year/month/day triple. An empty day is an unknown day (the
// date keeps month precision); a year of 0 means "none" and gives the zero
// Date, which ATOP uses for "still in effect".
func (t *table) date(y, m, d string) relations.Date {
	year := t.int(y)
	if year == 0 {
		return relations.Date{}
	}
	month, day := t.optInt(m), t.optInt(d)
	var date relations.Date
	var err error
	switch {
	case month <= 0:
		date, err = relations.YearDate(year)
	case day <= 0:
		date, err = relations.MonthDate(year, month)
	default:
		date, err = relations.DayDate(year, month, day)
	}
	if err != nil {
		var de *relations.DateError
		msg := err.Error()
		if errors.As(err, &de) {
			msg = strconv.Quote(de.Input) + ": " + de.Msg
		}
		t.fail(y, msg)
	}
	return date
}
