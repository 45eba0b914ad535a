// Package errs holds the error plumbing every package shares: a message
// that wraps a sentinel, the error of a limit passed, the cut that keeps a
// quoted value short, and the list that keeps an error's problems few.
package errs

import (
	"errors"
	"strconv"
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
	if l.more == 0 {
		return errors.Join(l.errs...)
	}
	more := MoreProblems
	if l.More != nil {
		more = l.More
	}
	return errors.Join(append(l.errs[:len(l.errs):len(l.errs)], more(l.more))...)
}

// MoreProblems is the error that stands for n problems left unreported.
func MoreProblems(n int) error {
	if n == 1 {
		return errors.New("and 1 more problem")
	}
	return errors.New("and " + strconv.Itoa(n) + " more problems")
}
