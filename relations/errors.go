package relations

import (
	"errors"
	"strings"

	"github.com/entente-go/entente/internal/errs"
)

// ErrUnknownActor is wrapped by every error about an actor ID that is not in
// the model.
var ErrUnknownActor = errors.New("unknown actor")

// FieldError reports one problem with one field of one element of a model:
// what was wrong and where. Constructors such as [NewHistory] report every
// problem at once (up to the first 100, then one "and N more problems"), as
// an [errors.Join] of FieldErrors in input order.
type FieldError struct {
	// Scope is the package that found the problem ("relations", "pact").
	Scope string
	// Element names the element, such as `event "sa-ir-2016"` or `actors[3]`.
	Element string
	// Field names the field within it, such as "actors[1]" or "date"; it may
	// be empty when the problem is with the whole element.
	Field string
	// Err says what is wrong; it may wrap [ErrUnknownActor].
	Err error
}

// Error reads "scope: element: field: what is wrong", leaving out the
// parts that are empty; a FieldError without Err reads "invalid" for what
// is wrong.
func (e *FieldError) Error() string {
	var b strings.Builder
	for _, part := range [...]string{e.Scope, e.Element, e.Field} {
		if part != "" {
			b.WriteString(part)
			b.WriteString(": ")
		}
	}
	if e.Err == nil {
		b.WriteString("invalid")
	} else {
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the underlying error.
func (e *FieldError) Unwrap() error { return e.Err }

// ParseError reports text that does not have the form a value needs: a
// date, an actor ID, an enum's name. Its message quotes the input (cut to a
// short prefix) and says what is wrong and what is wanted, as in
// `date "2025-02-30": day 30 does not exist in 2025-02`.
type ParseError struct {
	What  string // what was being parsed, such as "date" or "actor ID"
	Input string // the text as given
	Msg   string // what is wrong with it, and what is wanted
}

// Error quotes the input and says what is wrong with it.
func (e *ParseError) Error() string {
	return e.What + " " + errs.Quote(e.Input) + ": " + e.Msg
}

// parseProblem builds a ParseError, for the enums' text methods.
func parseProblem(what, input, msg string) error {
	return &ParseError{What: what, Input: input, Msg: msg}
}

// problems collects FieldErrors for one element at a time, keeping the
// first errs.MaxProblems.
type problems struct {
	scope string
	list  errs.List
}

func (p *problems) add(element, field string, err error) {
	p.list.Add(&FieldError{Scope: p.scope, Element: element, Field: field, Err: err})
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

func (p *problems) err() error { return p.list.Err() }

// unknownActor is the error for an ID not in the model.
func unknownActor(id ActorID) error { return errs.UnknownActor(string(id), ErrUnknownActor) }

var errNoDate = errors.New("the day is the zero Date")

var errNilWriter = errors.New("relations: no output (a nil writer)")

func errSelfPair(id ActorID) error {
	return errors.New("actor " + errs.Quote(string(id)) + " is paired with itself")
}
