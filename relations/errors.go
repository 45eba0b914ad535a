package relations

import (
	"errors"
	"strconv"
	"strings"

	"github.com/entente-go/entente/internal/errs"
)

// ErrUnknownActor is wrapped by every error about an actor ID that is not in
// the model, whatever the package or query.
var ErrUnknownActor = errors.New("unknown actor")

// ParseError reports a problem in a file or document — a malformed value,
// a row the data cannot hold — at the file, line and column where it
// stands, as [encoding/csv.ParseError] does. Every reader of the module
// (the JSON documents, ATOP's files, the COW wars and capabilities, the
// strategic rivalries, the edge lists) reports its problems as
// ParseErrors, at most 100 of them joined, then "and N more".
type ParseError struct {
	// File names the file; it is empty for a document read from bytes.
	File string
	// Line and Column (from 1, the column in bytes) say where the problem
	// stands; Line is 0 when the whole file is at fault, Column 0 when the
	// whole line is.
	Line, Column int
	// Field is the name of the column or the path of the JSON key, such as
	// "yrent" or "events[4].date", if known.
	Field string
	// Err says what is wrong. It may wrap a cause: [encoding/csv.ErrFieldCount],
	// a [*strconv.NumError], [ErrLimitExceeded].
	Err error
}

// Error reports the file, line, column and field, then what is wrong, as
// in `atop5_1m.csv:12:7: yrent: "19x1" is not a whole number`, leaving out
// the parts that are not known.
func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		if e.File != "" {
			b.WriteByte(':')
		}
		b.WriteString(strconv.Itoa(e.Line))
		if e.Column > 0 {
			b.WriteString(":" + strconv.Itoa(e.Column))
		}
	}
	if b.Len() > 0 {
		b.WriteString(": ")
	}
	if e.Field != "" {
		b.WriteString(e.Field + ": ")
	}
	b.WriteString(errText(e.Err))
	return b.String()
}

// Unwrap returns Err, so that errors.Is and errors.As see the cause.
func (e *ParseError) Unwrap() error { return e.Err }

// ValidationError reports one problem with one part of what a constructor
// or a query was given: the path to it and what is wrong. Constructors
// such as [NewHistory] and pact.New report every problem at once (up to
// the first 100, then "and N more problems"), one ValidationError each,
// in input order; the message of each begins with the package's name, as
// in `pact: agreement "smda": parties[1]: unknown actor "PAKK"`.
type ValidationError struct {
	// Path names the element and the field within it, such as
	// `agreement "smda": parties[1]`, `actors[3]: id` or `query: day`.
	Path string
	// Err says what is wrong; it may wrap a sentinel such as
	// [ErrUnknownActor] or [ErrLimitExceeded].
	Err error
}

// Error reads "path: what is wrong".
func (e *ValidationError) Error() string {
	if e.Path == "" {
		return errText(e.Err)
	}
	return e.Path + ": " + errText(e.Err)
}

// Unwrap returns Err.
func (e *ValidationError) Unwrap() error { return e.Err }

// errText is what err says, "invalid" for a nil err: an error built
// without a cause still reads, and does not panic.
func errText(err error) string {
	if err == nil {
		return "invalid"
	}
	return err.Error()
}

// parseProblem is the error of text that has not the form a value needs,
// for the enums' text methods.
func parseProblem(what, input, msg string) error {
	return &errs.Syntax{Scope: "relations", What: what, Input: input, Msg: msg}
}

// invalid is the error of a query given what it cannot answer about.
func invalid(path string, err error) error {
	return errs.In("relations", &ValidationError{Path: path, Err: err})
}

// problems collects the ValidationErrors of one validation, keeping the
// first errs.MaxProblems.
type problems struct{ list errs.List }

func (p *problems) add(element, field string, err error) {
	p.list.Add(&ValidationError{Path: errs.JoinPath(element, field), Err: err})
}

func (p *problems) addf(element, field, msg string) { p.add(element, field, errors.New(msg)) }

// at records a problem with a field of the element el names, the name
// built only when the problem is kept: input with a million bad elements
// costs no million names.
func (p *problems) at(el func() string, field string, err error) {
	if p.list.Full() {
		p.list.Skip(1)
		return
	}
	p.add(el(), field, err)
}

// atf is at with a message.
func (p *problems) atf(el func() string, field, msg string) {
	if p.list.Full() {
		p.list.Skip(1)
		return
	}
	p.add(el(), field, errors.New(msg))
}

func (p *problems) err() error {
	p.list.Scope = "relations"
	return p.list.Err()
}

// unknownActor is the error for an ID not in the model.
func unknownActor(id ActorID) error { return errs.UnknownActor(string(id), ErrUnknownActor) }

var errNoDate = errors.New("the day is the zero Date")

var errNilWriter = errors.New("relations: no output (a nil writer)")

func errSelfPair(id ActorID) error {
	return errors.New("actor " + errs.Quote(string(id)) + " is paired with itself")
}
