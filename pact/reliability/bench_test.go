package reliability_test

import (
	"testing"

	"github.com/entente-go/entente/pact/atop/atop51"
	"github.com/entente-go/entente/pact/reliability"
	"github.com/entente-go/entente/relations/cow/war"
)

// BenchmarkAllWars judges every COW inter-state war against ATOP 5.1
// (budget: 200 ms). Reading ATOP is left out: it has its own benchmark.
func BenchmarkAllWars(b *testing.B) {
	ds, err := atop51.Read()
	if err != nil {
		b.Fatal(err)
	}
	war.All() // decode the embedded war data once, as ATOP is read once
	for b.Loop() {
		r, err := reliability.Judge(ds.Model, reliability.FromCOWAll(war.All()))
		if err != nil || len(r.Judgements) == 0 {
			b.Fatal(err, len(r.Judgements))
		}
	}
}
