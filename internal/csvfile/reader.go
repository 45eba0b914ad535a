package csvfile

import (
	"encoding/csv"
	"errors"
	"io"
	"io/fs"
	"slices"
	"strconv"
	"strings"

	"github.com/entente-go/entente/internal/csvscan"
	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/relations"
)

// Limit is the size limit of a file: its bytes (none if Bytes ≤ 0) and
// the limit's name, for the error about a file past it.
type Limit struct {
	Bytes int64
	Name  string
}

// Reader reads the records of one CSV file, held whole in memory, and
// collects their problems. The first record is the header; Next reads it
// like any other.
type Reader struct {
	Problems
	scan *csvscan.Reader
	rec  []string
	line int
	// rows bounds the records (one a line), so that what is read can be
	// sized once.
	rows int
}

// New returns a Reader of data, named file in its problems.
func New(file, data string) *Reader {
	return &Reader{Problems: Problems{File: file}, scan: csvscan.New(data), rows: strings.Count(data, "\n") + 1}
}

// Open reads the file name of fsys whole, up to the limit, and returns a
// Reader of it. An error opening the file is returned as it is; an error
// reading it, or a file past the limit, is a [*relations.ParseError] (the
// latter wrapping [relations.ErrLimitExceeded]).
func Open(fsys fs.FS, name string, limit Limit) (*Reader, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := 0
	if st, err := f.Stat(); err == nil && st.Size() > 0 && (limit.Bytes <= 0 || st.Size() <= limit.Bytes) {
		size = int(st.Size())
	}
	return read(f, name, limit, size)
}

// Read reads r whole, up to the limit, and returns a Reader of it, named
// file in its problems; an error reading it, or an input past the limit,
// is a [*relations.ParseError] (the latter wrapping
// [relations.ErrLimitExceeded]). It reads at most one byte past the limit.
func Read(r io.Reader, file string, limit Limit) (*Reader, error) { return read(r, file, limit, 0) }

// read reads r into one string, sized from size when it is known, so that
// it is written once.
func read(r io.Reader, file string, limit Limit, size int) (*Reader, error) {
	if r == nil {
		return nil, &relations.ParseError{File: file, Err: errors.New("no input (a nil reader)")}
	}
	var b strings.Builder
	b.Grow(size + 1) // one more for the end of the input
	if limit.Bytes > 0 {
		r = io.LimitReader(r, limit.Bytes+1)
	}
	if _, err := io.Copy(&b, r); err != nil {
		return nil, &relations.ParseError{File: file, Err: err}
	}
	if limit.Bytes > 0 && int64(b.Len()) > limit.Bytes {
		err := errs.Limit("the file", limit.Bytes, "bytes", limit.Name)
		return nil, &relations.ParseError{File: file, Err: err}
	}
	return New(file, b.String()), nil
}

// Rows bounds the number of records, for sizing what is read from them.
func (r *Reader) Rows() int { return r.rows }

// Next reads the next record; it returns false at the end, or after an
// error that ends the file (recorded). A record with the wrong number of
// fields is recorded and skipped.
func (r *Reader) Next() bool {
	for {
		rec, err := r.scan.Read()
		if err == io.EOF {
			return false
		}
		if err == nil {
			r.rec = rec
			r.line, _ = r.scan.FieldPos(0)
			return true
		}
		r.Add(r.csvError(err))
		// A wrong field count spoils one record; any other error, the file.
		if !errors.Is(err, csv.ErrFieldCount) {
			return false
		}
	}
}

func (r *Reader) csvError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &relations.ParseError{File: r.File, Line: pe.Line, Column: pe.Column, Err: pe.Err}
	}
	return &relations.ParseError{File: r.File, Err: err}
}

// Record returns the current record: valid until the next call to Next.
func (r *Reader) Record() []string { return r.rec }

// Line returns the line the current record begins on.
func (r *Reader) Line() int { return r.line }

// FieldPos returns the line and column where field i of the current record
// begins.
func (r *Reader) FieldPos(i int) (line, col int) { return r.scan.FieldPos(i) }

// Fail records a problem with field i of the current record, in the
// column named field; i < 0 puts it on the record's line.
func (r *Reader) Fail(i int, field, msg string, err error) {
	line, col := r.line, 0
	if i >= 0 {
		line, col = r.scan.FieldPos(i)
	}
	r.At(line, col, field, msg, err)
}

// ReadHeader reads r as Read does, then its header, which must be header
// exactly (columns separated by commas); the Reader's next record is the
// first after it. A header that is not quotes a short prefix of it.
func ReadHeader(r io.Reader, file, header string, limit Limit) (*Reader, error) {
	cr, err := Read(r, file, limit)
	if err != nil {
		return nil, err
	}
	if !cr.Next() {
		if cr.Len() > 0 {
			return nil, cr.Err()
		}
		return nil, &relations.ParseError{File: file, Err: errors.New("empty file; want the header " + header)}
	}
	// Field by field: a quoted header field with a comma in it is not two
	// columns.
	if head := cr.Record(); !slices.Equal(head, strings.Split(header, ",")) {
		return nil, &relations.ParseError{File: file, Line: 1,
			Err: errors.New("header is " + errs.Quote(strings.Join(head, ",")) + ", want " + strconv.Quote(header))}
	}
	return cr, nil
}
