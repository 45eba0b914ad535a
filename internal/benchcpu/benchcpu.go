package benchcpu

import (
	"testing"
	"time"
)

// Timer measures the process's CPU time while it runs, from [Start] to
// [Timer.Report], less the time between [Timer.Stop] and [Timer.Resume].
type Timer struct {
	b       *testing.B
	used    time.Duration // before the current run
	since   time.Duration // when the current run began
	running bool
}

// Start returns a running Timer. Call it after the benchmark's setup.
func Start(b *testing.B) *Timer {
	return &Timer{b: b, since: Used(), running: true}
}

// Stop pauses the timer, as [testing.B.StopTimer] does: for setup inside
// the loop that should not count.
func (t *Timer) Stop() {
	if t.running {
		t.used += Used() - t.since
		t.running = false
	}
}

// Resume starts a stopped timer again.
func (t *Timer) Resume() {
	if !t.running {
		t.since, t.running = Used(), true
	}
}

// Report reports the CPU time per operation as the metric cpu-ns/op. Call
// it once, after the benchmark's loop.
func (t *Timer) Report() {
	t.Stop()
	if t.b.N > 0 {
		t.b.ReportMetric(float64(t.used)/float64(t.b.N), "cpu-ns/op")
	}
}
