package similarity_test

import (
	"testing"

	"github.com/entente-go/entente/pact/atop/atop51"
	"github.com/entente-go/entente/pact/similarity"
)

// BenchmarkAllDyads computes S for every pair of the COW system in 2000
// from ATOP: the tie matrix once, then about 18,000 dyads.
func BenchmarkAllDyads(b *testing.B) {
	d, err := atop51.Read()
	if err != nil {
		b.Fatal(err)
	}
	ref := similarity.SystemMembers(2000, similarity.Global)
	b.ReportMetric(float64(len(ref)*(len(ref)-1)/2), "dyads")
	for b.Loop() {
		mx := similarity.Ties(d.Model, 2000, ref, similarity.ATOP)
		for i, x := range ref {
			for _, y := range ref[i+1:] {
				if _, err := mx.S(x, y); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
}
