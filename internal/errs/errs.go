// Package errs holds the error plumbing relations and pact share: a
// message that wraps a sentinel, and the cut that keeps a quoted value
// short.
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

// MaxQuoted is how many bytes of a value an error quotes before cutting it.
const MaxQuoted = 40

// Quote quotes s for an error message, cut to MaxQuoted bytes (at a rune
// boundary) and marked with "…" when longer, so that a hostile 50 MB value
// does not become a 100 MB error.
func Quote(s string) string {
	if len(s) <= MaxQuoted {
		return strconv.Quote(s)
	}
	n := MaxQuoted
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return strconv.Quote(s[:n]) + "…"
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
