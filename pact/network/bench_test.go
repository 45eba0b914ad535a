package network_test

import (
	"testing"

	"github.com/entente-go/entente/internal/benchcpu"
	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/network"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/rivalry"
)

// The benchmarks run on ATOP 5.1 with Thompson and Dreyer's rivalries,
// from the copies embedded in the module, and report the CPU time per
// operation (cpu-ns/op: all threads, the garbage collector's included)
// beside the wall time, since the budgets are CPU time on a shared
// machine.

// BenchmarkYear builds the network of 2018, the largest year, and computes
// every measure of its defense network (budget 20 ms).
func BenchmarkYear(b *testing.B) {
	n := atopNetworks(b, network.WithRivalries(rivalry.All()))
	defense := network.WithObligations(pact.Defense)
	cpu := benchcpu.Start(b)
	for b.Loop() {
		s, err := n.Year(2018)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.Summary(defense); err != nil {
			b.Fatal(err)
		}
	}
	cpu.Report()
}

// BenchmarkSeries computes every measure of every year 1816–2018 (budget
// 2 s).
func BenchmarkSeries(b *testing.B) {
	n := atopNetworks(b, network.WithRivalries(rivalry.All()))
	defense := network.WithObligations(pact.Defense)
	cpu := benchcpu.Start(b)
	for b.Loop() {
		if _, err := n.Series(1816, 2018, defense); err != nil {
			b.Fatal(err)
		}
	}
	cpu.Report()
}

// BenchmarkDay builds the network on 2018-12-31 from the model's partners
// and bonds that day and computes every measure of its defense network.
func BenchmarkDay(b *testing.B) {
	n := atopNetworks(b, network.WithRivalries(rivalry.All()))
	defense := network.WithObligations(pact.Defense)
	day := relations.MustDate("2018-12-31")
	cpu := benchcpu.Start(b)
	for b.Loop() {
		s, err := n.Day(day)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.Summary(defense); err != nil {
			b.Fatal(err)
		}
	}
	cpu.Report()
}

// BenchmarkNew prepares the networks of ATOP.
func BenchmarkNew(b *testing.B) {
	m := atopModel(b)
	rivals := network.WithRivalries(rivalry.All())
	cpu := benchcpu.Start(b)
	for b.Loop() {
		if _, err := network.New(m, rivals); err != nil {
			b.Fatal(err)
		}
	}
	cpu.Report()
}
