// Package cli holds what the module's programs share in reading their
// command line: a bound on each argument, so that a program's errors,
// which quote the arguments they are about (the flag package quotes a
// bad value whole), stay short.
package cli

import (
	"strconv"

	"github.com/entente-go/entente/internal/errs"
)

// MaxArgLen is the longest argument a program takes: longer than any path
// or value the programs read.
const MaxArgLen = 1024

// CheckArgs reports the first argument longer than MaxArgLen, quoted by a
// short prefix: the programs exit 2 with it, as for any usage error.
func CheckArgs(args []string) error {
	for i, a := range args {
		if len(a) > MaxArgLen {
			return errs.Limit("argument "+strconv.Itoa(i+1)+", "+errs.Quote(a)+",", MaxArgLen, "bytes", "the longest argument a program takes")
		}
	}
	return nil
}
