package benchcpu

import (
	"testing"
	"time"
)

// Timer measures the process's CPU time from [Start] to [Timer.Report].
type Timer struct {
	b     *testing.B
	start time.Duration
}

// Start returns a Timer started now. Call it after the benchmark's setup.
func Start(b *testing.B) *Timer {
	return &Timer{b: b, start: Used()}
}

// Report reports the CPU time per operation since Start as the metric
// cpu-ns/op. Call it once, after the benchmark's loop.
func (t *Timer) Report() {
	if t.b.N == 0 {
		return
	}
	t.b.ReportMetric(float64(Used()-t.start)/float64(t.b.N), "cpu-ns/op")
}
