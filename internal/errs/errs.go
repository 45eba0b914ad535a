// Package errs holds the error plumbing relations and pact share: a
// message that wraps a sentinel, and the cut that keeps a quoted value
// short.
package errs

import "strconv"

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
