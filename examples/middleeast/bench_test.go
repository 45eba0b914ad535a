package main

import (
	"io"
	"testing"

	"github.com/entente-go/entente/internal/benchcpu"
)

// BenchmarkReport is the whole program: read the embedded ATOP 5.1 and
// rivalries, put the scenario on top, answer the six questions and print
// them. Budget: well under a second.
func BenchmarkReport(b *testing.B) {
	cpu := benchcpu.Start(b)
	for b.Loop() {
		if code := run(nil, io.Discard, io.Discard); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
	cpu.Report()
}
