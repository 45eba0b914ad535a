package main

import (
	"testing"

	"github.com/entente-go/entente/internal/benchcpu"
	"github.com/entente-go/entente/pact"
)

// BenchmarkCascade1914 plays the whole crisis — Austria-Hungary's attack,
// Russia's entry and the invasion of Belgium — to its end. Budget: 50 µs.
func BenchmarkCascade1914(b *testing.B) {
	m, err := world()
	if err != nil {
		b.Fatal(err)
	}
	attacks := []pact.Attack{crisis[0].Attack, crisis[1].Attack, crisis[2].Attack}
	t := benchcpu.Start(b)
	for b.Loop() {
		if _, err := m.Cascade(attacks); err != nil {
			b.Fatal(err)
		}
	}
	t.Report()
}
