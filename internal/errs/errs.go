// Package errs holds the error plumbing every package shares: a message
// that wraps a sentinel, the error of text that has not the form a value
// needs, the error of a limit passed, the cut that keeps a quoted value
// short, the package name before a problem, and the list that keeps an
// error's problems few. The exported error types are package relations'
// ParseError and ValidationError; what is here has no fields a caller
// needs, and stays internal.
package errs

import (
	"errors"
	"strconv"
	"strings"
)

// Wrapped is an error message that wraps a sentinel, so that errors.Is
// finds the sentinel while Error reads as one sentence.
type Wrapped struct {
	Msg string
	Err error
}

// Error returns the message.
func (w *Wrapped) Error() string { return w.Msg }

// Unwrap returns the sentinel.
func (w *Wrapped) Unwrap() error { return w.Err }

// Wrap returns msg as an error that wraps sentinel.
func Wrap(msg string, sentinel error) error { return &Wrapped{Msg: msg, Err: sentinel} }

// Message returns msg as an error that wraps cause, so that a problem
// reads as msg while errors.Is and errors.As see its cause: cause alone
// when msg is empty, msg alone when cause is nil.
func Message(msg string, cause error) error {
	switch {
	case msg == "":
		return cause
	case cause == nil:
		return errors.New(msg)
	}
	return Wrap(msg, cause)
}

// Syntax is the error of text that has not the form a value needs: a date,
// an actor ID, an enum's name. Its message names the package, quotes the
// input (cut to MaxQuoted bytes) and says what is wrong and what is
// wanted, as in `relations: "2025-02-30" is not a date: day 30 does not
// exist in 2025-02, which has 28 days`. From a file, it is the Err of the
// file's relations.ParseError.
type Syntax struct {
	Scope string // the package that parsed, such as "relations"
	What  string // what was being parsed, such as "date" or "actor ID"
	Input string // the text as given
	Msg   string // what is wrong with it, and what is wanted
}

// Error names the package, quotes the input and says what is wrong with it.
func (e *Syntax) Error() string {
	var b strings.Builder
	if e.Scope != "" {
		b.WriteString(e.Scope + ": ")
	}
	b.WriteString(Quote(e.Input) + " is not " + article(e.What) + " " + e.What)
	if e.Msg != "" {
		b.WriteString(": " + e.Msg)
	}
	return b.String()
}

// Bare returns err without its package's name when it is a *Syntax, for
// a problem that names its place already (a field of a file, a document, a
// model's element): inside `relations: JSON: 1:65: events[0].date: `, the
// date's error need not say "relations" again. Any other err is returned
// as it is.
func Bare(err error) error {
	if s, ok := err.(*Syntax); ok && s.Scope != "" {
		c := *s
		c.Scope = ""
		return &c
	}
	return err
}

// article is the indefinite article before what.
func article(what string) string {
	if what != "" && strings.ContainsRune("aeiou", rune(what[0])) {
		return "an"
	}
	return "a"
}

// In returns err as the problem of the package scope: its message reads
// "scope: " and then err's, while errors.Is and errors.As see err.
func In(scope string, err error) error { return &scoped{scope: scope, errs: []error{err}} }

// scoped is one or more problems of one package: each line of its message
// is one problem, after the package's name, so that a joined list of a
// hundred problems says on every line where it comes from.
type scoped struct {
	scope string
	errs  []error
	// more, if not nil, is the last line, the count of the problems not
	// kept; it names no package, being about the list.
	more error
}

func (s *scoped) Error() string {
	var b strings.Builder
	for i, e := range s.errs {
		if i > 0 {
			b.WriteByte('\n')
		}
		// A problem another package found keeps its package's name.
		if _, ok := e.(*scoped); !ok {
			b.WriteString(s.scope + ": ")
		}
		b.WriteString(e.Error())
	}
	if s.more != nil {
		b.WriteString("\n" + s.more.Error())
	}
	return b.String()
}

func (s *scoped) Unwrap() []error {
	if s.more == nil {
		return s.errs
	}
	return append(s.errs[:len(s.errs):len(s.errs)], s.more)
}

// Problems returns the problems err holds, one an error: those of a
// joined error, each still naming its package, or err alone. For a
// package that reports another's problems among its own.
func Problems(err error) []error {
	switch e := err.(type) {
	case nil:
		return nil
	case *scoped:
		out := make([]error, 0, len(e.errs)+1)
		for _, p := range e.errs {
			if _, ok := p.(*scoped); ok {
				out = append(out, p)
			} else {
				out = append(out, In(e.scope, p))
			}
		}
		if e.more != nil {
			out = append(out, e.more)
		}
		return out
	case interface{ Unwrap() []error }:
		return e.Unwrap()
	}
	return []error{err}
}

// ErrLimit is the sentinel of every error about input past one of the
// module's limits; package relations exports it as ErrLimitExceeded.
var ErrLimit = errors.New("limit exceeded")

// Limit returns the error for what passing a limit, wrapping ErrLimit, as
// in `1200 parties is more than the limit of 1000 (pact.MaxParties)`: what
// says what was too much, limit and unit the bound, name the limit.
func Limit(what string, limit int64, unit, name string) error {
	if unit != "" {
		unit = " " + unit
	}
	return Wrap(what+" is more than the limit of "+strconv.FormatInt(limit, 10)+unit+" ("+name+")", ErrLimit)
}

// MaxQuoted is how many bytes of a value an error quotes before cutting it.
const MaxQuoted = 40

// Quote quotes s for an error message, cut to MaxQuoted bytes (at a rune
// boundary) when longer and then marked with "…" and the value's length,
// as in `"aaaa"… (1048576 bytes)`, so that a hostile 50 MB value does not
// become a 100 MB error.
func Quote(s string) string {
	if len(s) <= MaxQuoted {
		return strconv.Quote(s)
	}
	return strconv.Quote(s[:cut(s, MaxQuoted)]) + "… (" + strconv.Itoa(len(s)) + " bytes)"
}

// Cut returns s as Quote does, unquoted: at most MaxQuoted bytes of it,
// then "… (N bytes)". For values an error prints as they are, such as a
// number's digits.
func Cut(s string) string {
	if len(s) <= MaxQuoted {
		return s
	}
	return s[:cut(s, MaxQuoted)] + "… (" + strconv.Itoa(len(s)) + " bytes)"
}

// cut returns the largest n ≤ max at a rune boundary of s.
func cut(s string, max int) int {
	n := max
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return n
}

// UnknownActor is the message of an error about an actor ID that is not in
// a model.
func UnknownActor(id string, sentinel error) error {
	return Wrap("unknown actor "+Quote(id), sentinel)
}

// MaxProblems is how many problems one error reports; the rest are
// counted in a last "and N more problems" error, so that hostile input
// with a million bad elements gives a short error, not a huge one.
const MaxProblems = 100

// List collects the problems of one validation, keeping the first
// MaxProblems and counting the rest. The zero List is empty.
type List struct {
	errs []error
	more int
	// Scope, if set, is the package whose problems the list holds: Err
	// puts it before each of them (see In).
	Scope string
	// More, if set, makes the last error, which stands for the n problems
	// not kept; MoreProblems otherwise.
	More func(n int) error
}

// Add records err.
func (l *List) Add(err error) {
	if len(l.errs) < MaxProblems {
		l.errs = append(l.errs, err)
		return
	}
	l.more++
}

// Full reports whether the list keeps no more problems, so that a caller
// with many may count the next (Skip) without building its message.
func (l *List) Full() bool { return len(l.errs) >= MaxProblems }

// Skip counts n problems that were found but not recorded.
func (l *List) Skip(n int) { l.more += n }

// Len returns how many problems were recorded, kept or counted.
func (l *List) Len() int { return len(l.errs) + l.more }

// Err joins the problems kept, in order, with a last error that counts
// the rest; nil if there were none.
func (l *List) Err() error {
	if len(l.errs) == 0 && l.more == 0 {
		return nil
	}
	var more error
	if l.more > 0 {
		more = MoreProblems(l.more)
		if l.More != nil {
			more = l.More(l.more)
		}
	}
	if l.Scope != "" {
		return &scoped{scope: l.Scope, errs: l.errs, more: more}
	}
	if more == nil {
		return errors.Join(l.errs...)
	}
	return errors.Join(append(l.errs[:len(l.errs):len(l.errs)], more)...)
}

// MoreProblems is the error that stands for n problems left unreported.
func MoreProblems(n int) error {
	if n == 1 {
		return errors.New("and 1 more problem")
	}
	return errors.New("and " + strconv.Itoa(n) + " more problems")
}

// JoinPath is the path of field within element, as a ValidationError's
// Path reads: `agreement "smda": parties[1]`; either part may be empty.
func JoinPath(element, field string) string {
	switch {
	case element == "":
		return field
	case field == "":
		return element
	}
	return element + ": " + field
}
