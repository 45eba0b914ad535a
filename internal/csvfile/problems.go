package csvfile

import (
	"errors"
	"strconv"

	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/relations"
)

// Problems collects the problems of one file. Set File before use.
type Problems struct {
	File string
	list errs.List
}

// Add records a problem.
func (p *Problems) Add(err error) { p.list.Add(err) }

// At records a problem at a line and column (0 for the whole line) of the
// file, in the column named field (if known).
func (p *Problems) At(line, col int, field, msg string, err error) {
	p.Add(&relations.ParseError{File: p.File, Line: line, Column: col, Field: field, Err: errs.Message(msg, err)})
}

// Len returns how many problems were recorded.
func (p *Problems) Len() int { return p.list.Len() }

// Err joins the problems, with a last "file: and N more" past the first
// errs.MaxProblems; nil if there were none.
func (p *Problems) Err() error {
	p.list.More = p.more
	return p.list.Err()
}

func (p *Problems) more(n int) error {
	return &relations.ParseError{File: p.File, Err: errors.New("and " + strconv.Itoa(n) + " more")}
}
