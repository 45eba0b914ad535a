package benchcpu

import (
	"runtime"
	"testing"
)

func TestUsedGrows(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" || runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("no getrusage")
	}
	start := Used()
	x := 0
	for i := range 50_000_000 {
		x ^= i * i
	}
	if Used() <= start {
		t.Errorf("CPU time did not grow over a busy loop (%d)", x)
	}
}

func BenchmarkSpin(b *testing.B) {
	t := Start(b)
	x := 0
	for b.Loop() {
		for i := range 1000 {
			x ^= i * i
		}
	}
	t.Report()
	_ = x
}
