package network_test

import (
	"sync"
	"testing"

	"github.com/entente-go/entente/pact/atop"
	"github.com/entente-go/entente/relations/network"
	"github.com/entente-go/entente/relations/rivalry"
)

var atopOnce = sync.OnceValues(func() (*atop.Dataset, error) { return atop.ReadDir(atopDir) })

// atopNetworks returns the networks of ATOP 5.1 with Thompson and Dreyer's
// rivalries, skipping the benchmark when ATOP is not at hand.
func atopNetworks(b *testing.B) *network.Networks {
	b.Helper()
	d, err := atopOnce()
	if err != nil {
		b.Skipf("no ATOP at %s: %v", atopDir, err)
	}
	n, err := network.New(d.Model, network.WithATOP(d), network.WithRivalries(rivalry.All()))
	if err != nil {
		b.Fatal(err)
	}
	return n
}

// BenchmarkYear builds the network of 2018, the largest year, and computes
// every measure of its defense network (budget 20 ms).
func BenchmarkYear(b *testing.B) {
	n := atopNetworks(b)
	for b.Loop() {
		s, err := n.Year(2018)
		if err != nil {
			b.Fatal(err)
		}
		network.Measure(s, network.Defense, seed)
	}
}

// BenchmarkSeries computes every measure of every year 1816–2018 (budget
// 2 s).
func BenchmarkSeries(b *testing.B) {
	n := atopNetworks(b)
	for b.Loop() {
		if _, err := n.Series(1816, 2018, network.Defense, seed); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNew prepares the networks of ATOP: the panel read once.
func BenchmarkNew(b *testing.B) {
	d, err := atopOnce()
	if err != nil {
		b.Skipf("no ATOP at %s: %v", atopDir, err)
	}
	for b.Loop() {
		if _, err := network.New(d.Model, network.WithATOP(d), network.WithRivalries(rivalry.All())); err != nil {
			b.Fatal(err)
		}
	}
}
