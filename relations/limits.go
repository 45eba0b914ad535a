package relations

import "github.com/entente-go/entente/internal/errs"

// ErrLimitExceeded is wrapped by every error about input past one of the
// module's limits — a file or document too large, more pairs than a
// history indexes, an agreement with too many parties — whatever the
// package. The error's message names the limit; the Limits section of
// package [github.com/entente-go/entente] lists them all.
var ErrLimitExceeded = errs.ErrLimit

// ReadOption changes a limit of a reader: every reader of the module (the
// JSON documents, ATOP's files, the COW wars and capabilities, the
// rivalries, the edge lists) takes them.
type ReadOption func(*ReadLimits)

// ReadLimits are the limits a reader applies: its own defaults, changed by
// the ReadOptions it is given.
type ReadLimits struct {
	// MaxInputSize bounds the bytes a reader reads: past it, the reader
	// stops with an error wrapping [ErrLimitExceeded]. Zero or less lifts
	// the bound.
	MaxInputSize int64
}

// WithMaxInputSize sets the bytes a reader reads, each file of a reader of
// several, before it stops with an error wrapping [ErrLimitExceeded];
// n ≤ 0 lifts the bound. Each reader's default is in the Limits section of
// package [github.com/entente-go/entente].
func WithMaxInputSize(n int64) ReadOption {
	return func(l *ReadLimits) { l.MaxInputSize = n }
}

// Apply returns l changed by opts, in order (a nil option is ignored): for
// readers, which start from their defaults.
func (l ReadLimits) Apply(opts ...ReadOption) ReadLimits {
	for _, o := range opts {
		if o != nil {
			o(&l)
		}
	}
	return l
}
