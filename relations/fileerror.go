package relations

import (
	"strconv"
	"strings"
)

// FileError reports a problem in a data file — a malformed value, or a row
// the data cannot hold — at the file, line and column where it stands
// (line 0 when the whole file is at fault, column 0 when the whole line
// is). The dataset readers (ATOP, the COW wars and capabilities, the
// strategic rivalries) report every problem as a FileError; each names it
// ParseError.
type FileError struct {
	File         string
	Line, Column int
	Field        string // the column's name, if known
	Msg          string
	// Err is the underlying error, if any: a cause such as
	// [encoding/csv.ErrFieldCount], a [*strconv.NumError] or a
	// [*ParseError].
	Err error
}

// Error reports the file, line, column and column name, then what is
// wrong: `atop5_1m.csv:12:7: yrent: "19x1" is not a whole number`.
func (e *FileError) Error() string {
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
func (e *FileError) Unwrap() error { return e.Err }
