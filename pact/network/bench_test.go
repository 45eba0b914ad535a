package network_test

import (
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/entente-go/entente/pact/atop/atop51"
	"github.com/entente-go/entente/pact/network"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/rivalry"
)

var atopOnce = sync.OnceValues(atop51.Read)

// atopNetworks returns the networks of ATOP 5.1 with Thompson and Dreyer's
// rivalries, from the copies embedded in the module.
func atopNetworks(b *testing.B) *network.Networks {
	b.Helper()
	d, err := atopOnce()
	if err != nil {
		b.Fatal(err)
	}
	n, err := network.New(d.Model, network.WithATOP(d), network.WithRivalries(rivalry.All()))
	if err != nil {
		b.Fatal(err)
	}
	return n
}

// cpuTime returns the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports the CPU time per operation (all threads, the garbage
// collector's included) beside the wall time: the budgets are CPU time on a
// shared machine.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}

// BenchmarkYear builds the network of 2018, the largest year, and computes
// every measure of its defense network (budget 20 ms).
func BenchmarkYear(b *testing.B) {
	n := atopNetworks(b)
	start := cpuTime()
	for b.Loop() {
		s, err := n.Year(2018)
		if err != nil {
			b.Fatal(err)
		}
		network.Measure(s, network.Defense, seed)
	}
	reportCPU(b, start)
}

// BenchmarkSeries computes every measure of every year 1816–2018 (budget
// 2 s).
func BenchmarkSeries(b *testing.B) {
	n := atopNetworks(b)
	start := cpuTime()
	for b.Loop() {
		if _, err := n.Series(1816, 2018, network.Defense, seed); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start)
}

// BenchmarkDay builds the network on 2018-12-31 from the bonds in force
// that day and computes every measure of its defense network.
func BenchmarkDay(b *testing.B) {
	n := atopNetworks(b)
	day := relations.MustDate("2018-12-31")
	start := cpuTime()
	for b.Loop() {
		s, err := n.Day(day)
		if err != nil {
			b.Fatal(err)
		}
		network.Measure(s, network.Defense, seed)
	}
	reportCPU(b, start)
}

// BenchmarkNew prepares the networks of ATOP: the panel read once.
func BenchmarkNew(b *testing.B) {
	d, err := atopOnce()
	if err != nil {
		b.Fatal(err)
	}
	start := cpuTime()
	for b.Loop() {
		if _, err := network.New(d.Model, network.WithATOP(d), network.WithRivalries(rivalry.All())); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start)
}
