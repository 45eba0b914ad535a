package csvscan

import (
	"encoding/csv"
	"io"
	"strings"
)

// Reader reads the records of CSV data, as an [encoding/csv.Reader] with
// its default settings (comma-separated, no comments, strict quotes, the
// field count set by the first record) reads them.
type Reader struct {
	data string
	at   int // the offset of the first byte not yet read
	line int // the lines read so far
	// want is the number of fields a record must have; 0 until the first
	// record.
	want   int
	fields []string
	// pos holds each field's line and column (1-based, in bytes), as
	// [encoding/csv.Reader.FieldPos] gives them.
	pos []position
}

type position struct{ line, col int }

// New returns a Reader of data.
func New(data string) *Reader { return &Reader{data: data} }

// Read returns the next record, or [io.EOF] after the last. The record's
// fields are valid until the next call (the slice is reused; the strings
// are windows of the data and stay valid). A record with the wrong number
// of fields is returned with a [*csv.ParseError] wrapping
// [csv.ErrFieldCount], and reading may go on; any other error ends the
// data.
func (r *Reader) Read() ([]string, error) {
	for r.at < len(r.data) {
		end := strings.IndexByte(r.data[r.at:], '\n')
		next := r.at + end + 1
		if end < 0 {
			end, next = len(r.data)-r.at, len(r.data)
		}
		line := r.data[r.at : r.at+end]
		if strings.IndexByte(line, '"') >= 0 {
			return r.readQuoted()
		}
		// encoding/csv reads "\r\n" as "\n", and drops a "\r" before the
		// end of the data; it skips empty lines.
		line = strings.TrimSuffix(line, "\r")
		r.at = next
		r.line++
		if line == "" {
			continue
		}
		r.fields, r.pos = r.fields[:0], r.pos[:0]
		for col := 1; ; {
			i := strings.IndexByte(line, ',')
			r.pos = append(r.pos, position{r.line, col})
			if i < 0 {
				r.fields = append(r.fields, line)
				break
			}
			r.fields = append(r.fields, line[:i])
			line, col = line[i+1:], col+i+1
		}
		return r.fields, r.count(r.line)
	}
	return nil, io.EOF
}

// readQuoted reads the record at r.at, which has a quote, with
// encoding/csv, and moves past it.
func (r *Reader) readQuoted() ([]string, error) {
	rest := r.data[r.at:]
	cr := csv.NewReader(strings.NewReader(rest))
	cr.FieldsPerRecord = -1 // counted below, as for any record
	rec, err := cr.Read()
	start := r.line + 1
	r.fields, r.pos = append(r.fields[:0], rec...), r.pos[:0]
	for i := range rec {
		line, col := cr.FieldPos(i)
		r.pos = append(r.pos, position{r.line + line, col})
	}
	if err != nil {
		if pe, ok := err.(*csv.ParseError); ok {
			shifted := *pe
			shifted.StartLine += r.line
			shifted.Line += r.line
			err = &shifted
		}
		r.at = len(r.data) // an error other than the field count ends the data
		return r.fields, err
	}
	used := int(cr.InputOffset())
	r.line += strings.Count(rest[:used], "\n")
	if used == len(rest) && !strings.HasSuffix(rest, "\n") {
		r.line++ // the last line, without its newline
	}
	r.at += used
	return r.fields, r.count(start)
}

// count checks the number of fields of the record that began on line, as
// encoding/csv does: the first record sets it.
func (r *Reader) count(line int) error {
	switch {
	case r.want == 0:
		r.want = len(r.fields)
	case len(r.fields) != r.want:
		return &csv.ParseError{StartLine: line, Line: line, Column: 1, Err: csv.ErrFieldCount}
	}
	return nil
}

// FieldPos returns the line and column (1-based, in bytes) where field i
// of the record last read begins, as [encoding/csv.Reader.FieldPos] does.
// It panics if i is out of range, as that does.
func (r *Reader) FieldPos(i int) (line, column int) {
	p := r.pos[i]
	return p.line, p.col
}
