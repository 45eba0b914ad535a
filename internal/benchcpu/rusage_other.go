//go:build !unix

package benchcpu

import "time"

// Used returns zero where getrusage is not available: the metric then
// reads 0 and only the wall time means anything.
func Used() time.Duration { return 0 }
