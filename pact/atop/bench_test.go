package atop

import (
	"testing"

	"github.com/entente-go/entente/internal/benchcpu"
	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

// BenchmarkReadATOP reads ATOP's three files and builds the model, without
// the query index (built by the first query). Budget: 20 ms of CPU time on
// the project's 2-core machine.
func BenchmarkReadATOP(b *testing.B) {
	fsys := embeddedFS(b)
	t := benchcpu.Start(b)
	for b.Loop() {
		if _, err := Read(fsys); err != nil {
			b.Fatal(err)
		}
	}
	t.Report()
}

// BenchmarkFirstAlliancePartners asks Australia's alliance partners of a
// freshly read model: the first query builds the query index. Budget:
// 15 ms of CPU time beyond the read.
func BenchmarkFirstAlliancePartners(b *testing.B) {
	fsys := embeddedFS(b)
	t := benchcpu.Start(b)
	for b.Loop() {
		b.StopTimer()
		t.Stop()
		d, err := Read(fsys)
		if err != nil {
			b.Fatal(err)
		}
		t.Resume()
		b.StartTimer()
		d.Model.AlliancePartners(partnersState, end2018)
	}
	t.Report()
}

// BenchmarkDirectedPanel builds ATOP's full directed dyad-year panel
// (273,296 rows). Budget: 100 ms.
func BenchmarkDirectedPanel(b *testing.B) {
	d := readATOP(b)
	t := benchcpu.Start(b)
	for b.Loop() {
		n := 0
		for range mustPanel(d.Model, pact.Directed, First, Last) {
			n++
		}
		if n != 273296 {
			b.Fatalf("%d rows", n)
		}
	}
	t.Report()
}

// partnersState is Australia: 33 alliance partners on 2018-12-31 in ATOP.
const partnersState = "AUS"

var end2018 = relations.MustDate("2018-12-31")

// BenchmarkAlliancePartners asks Australia's alliance partners on a day.
// Budget: 1 µs, with no allocation beyond the result.
func BenchmarkAlliancePartners(b *testing.B) {
	d := readATOP(b)
	p, _ := d.Model.AlliancePartners(partnersState, end2018)
	b.ReportMetric(float64(p.Len()), "partners")
	t := benchcpu.Start(b)
	for b.Loop() {
		d.Model.AlliancePartners(partnersState, end2018)
	}
	t.Report()
}

func TestAlliancePartnersAllocatesOnlyTheResult(t *testing.T) {
	d := readATOP(t)
	if n := testing.AllocsPerRun(100, func() { d.Model.AlliancePartners(partnersState, end2018) }); n != 1 {
		t.Errorf("AlliancePartners allocates %v times, want 1 (the result)", n)
	}
}
