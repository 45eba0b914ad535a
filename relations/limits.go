package relations

import (
	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/internal/readlimit"
)

// ErrLimitExceeded is wrapped by every error about input past one of the
// module's limits — a file or document too large, more pairs than a
// history indexes, an agreement with too many parties — whatever the
// package. The error's message names the limit; the Limits section of
// package [github.com/entente-go/entente] lists them all.
var ErrLimitExceeded = errs.ErrLimit

// ReadOption changes a limit of a reader: every reader of the module (the
// JSON documents, ATOP's files, the COW wars and capabilities, the
// rivalries, the edge lists) takes them, as its last, variadic argument.
// With none, a reader applies its own defaults, listed in the Limits
// section of package [github.com/entente-go/entente]; a nil ReadOption is
// ignored. It is the one option type shared across packages, so that one
// limits policy reads every source.
type ReadOption func(*readlimit.Limits)

// WithMaxInputSize sets the bytes a reader reads, each file of a reader of
// several, before it stops with an error wrapping [ErrLimitExceeded];
// n ≤ 0 lifts the bound. Each reader's default is in the Limits section of
// package [github.com/entente-go/entente].
func WithMaxInputSize(n int64) ReadOption {
	return func(l *readlimit.Limits) { l.MaxInputSize = n }
}
