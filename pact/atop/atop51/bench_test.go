package atop51_test

import (
	"strconv"
	"testing"

	"github.com/entente-go/entente/internal/benchcpu"
	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/atop/atop51"
	"github.com/entente-go/entente/relations"
)

// BenchmarkLayerOnATOP builds a world: ATOP 5.1 as the base and a layer of
// 100 facts on top — 90 agreements between ATOP's states and 10
// observations of ATOP's alliances. Budget: 60 ms. The base is read once,
// outside the loop; With copies it once per world.
func BenchmarkLayerOnATOP(b *testing.B) {
	d, err := atop51.Read()
	if err != nil {
		b.Fatal(err)
	}
	actors := d.Model.Actors()
	var layer pact.Layer
	for i := range 90 {
		x, y := actors[(i*7)%len(actors)].ID, actors[(i*13+1)%len(actors)].ID
		if x == y {
			y = actors[(i*13+2)%len(actors)].ID
		}
		layer.Agreements = append(layer.Agreements, pact.Agreement{ID: "layer-" + strconv.Itoa(i), Name: "layer",
			Parties:   []pact.Party{{Actor: x, Roles: pact.Member}, {Actor: y, Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("2020-01-01")}},
			Clauses:   []pact.Clause{{ID: "c", Obligation: pact.Defense}}})
	}
	for _, id := range []string{"atop-3180", "atop-4965", "atop-3205", "atop-3015", "atop-3740", "atop-3755", "atop-3075", "atop-3150", "atop-2340", "atop-4002"} {
		layer.Observations = append(layer.Observations, pact.Observation{Agreement: id, On: relations.MustDate("2025-06-01"), Source: "bench"})
	}
	cpu := benchcpu.Start(b)
	for b.Loop() {
		if _, err := d.Model.With(layer); err != nil {
			b.Fatal(err)
		}
	}
	cpu.Report()
}
