package atop

import "testing"

// BenchmarkReadATOP reads ATOP's three files and builds the indexed model.
// Budget: 50 ms on the project's 2-core machine.
func BenchmarkReadATOP(b *testing.B) {
	readATOP(b)
	for b.Loop() {
		if _, err := ReadDir(dataDir); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDirectedPanel builds ATOP's full directed dyad-year panel
// (273,296 rows). Budget: 100 ms.
func BenchmarkDirectedPanel(b *testing.B) {
	d := readATOP(b)
	for b.Loop() {
		n := 0
		for range Panel(d.Model, First, Last, true) {
			n++
		}
		if n != 273296 {
			b.Fatalf("%d rows", n)
		}
	}
}
