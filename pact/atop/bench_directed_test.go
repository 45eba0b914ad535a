package atop

import (
	"testing"

	"github.com/entente-go/entente/internal/benchcpu"
)

// BenchmarkReadATOPWithDirectedFile reads ATOP's three files and the
// whole of peacesciencer's directed dyad-year file (273,296 rows, every
// one checked), as ReadDir does on ../shared/data/atop-5.1.
func BenchmarkReadATOPWithDirectedFile(b *testing.B) {
	fsys := withDirected(b)
	t := benchcpu.Start(b)
	for b.Loop() {
		if _, err := Read(fsys); err != nil {
			b.Fatal(err)
		}
	}
	t.Report()
}
