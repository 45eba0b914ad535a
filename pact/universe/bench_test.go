package universe_test

import (
	"io"
	"testing"

	"github.com/entente-go/entente/internal/benchcpu"
	"github.com/entente-go/entente/pact/atop/atop51"
	"github.com/entente-go/entente/pact/universe"
	"github.com/entente-go/entente/relations/cow/nmc"
	"github.com/entente-go/entente/relations/cow/war"
	"github.com/entente-go/entente/relations/rivalry"
)

// chain returns issue 24's full chain: the directed dyad-years 1816–2024,
// carried forward, with ATOP, NMC, the rivalries, the majors and the wars.
func chain(b *testing.B) *universe.DyadYears {
	u := must(universe.NewDyadYears(1816, 2024, universe.WithCarryForward()))(b)
	ds := must(atop51.Read())(b)
	return must(u.Join(universe.AddATOP(ds.Model), universe.AddNMC(nmc.Records()), universe.AddRivalries(rivalry.All()),
		universe.AddMajors(), universe.AddWars(war.All())))(b)
}

// countingDiscard counts the bytes written to it and keeps none.
type countingDiscard struct{ n int64 }

func (c *countingDiscard) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

// BenchmarkWriteCSV formats and writes the full chain (2,214,930 rows,
// 356 MB) to a writer that keeps nothing: the generator, the joins'
// look-ups and the formatting, on every core (run with -cpu 1,2 to see
// one against two). Budget (issue 24): the whole program, writing the
// file, in 2 s of wall time.
func BenchmarkWriteCSV(b *testing.B) {
	u := chain(b)
	var w countingDiscard
	t := benchcpu.Start(b)
	for b.Loop() {
		if _, err := u.WriteCSV(&w); err != nil {
			b.Fatal(err)
		}
	}
	t.Report()
	b.SetBytes(w.n / int64(b.N))
}

// BenchmarkLen walks the universe's rows without a join or a byte of
// text: what the generator costs alone, beside BenchmarkWriteCSV.
func BenchmarkLen(b *testing.B) {
	u := must(universe.NewDyadYears(1816, 2024, universe.WithCarryForward()))(b)
	t := benchcpu.Start(b)
	for b.Loop() {
		u.Len()
	}
	t.Report()
}

// BenchmarkRows yields the full chain's typed rows, on one goroutine.
func BenchmarkRows(b *testing.B) {
	u := chain(b)
	t := benchcpu.Start(b)
	for b.Loop() {
		n := 0
		for r := range u.Rows() {
			n += r.Year
		}
	}
	t.Report()
}

// BenchmarkJoin prepares the five joins for the universe: ATOP's panel
// (ATOP read once, before), the per-state-year texts of NMC and the
// majors, the rivalries' and wars' indexes.
func BenchmarkJoin(b *testing.B) {
	u := must(universe.NewDyadYears(1816, 2024, universe.WithCarryForward()))(b)
	ds := must(atop51.Read())(b)
	joins := []universe.Join{universe.AddATOP(ds.Model), universe.AddNMC(nmc.Records()), universe.AddRivalries(rivalry.All()),
		universe.AddMajors(), universe.AddWars(war.All())}
	t := benchcpu.Start(b)
	for b.Loop() {
		must(u.Join(joins...))(b)
	}
	t.Report()
}

var _ io.Writer = (*countingDiscard)(nil)
