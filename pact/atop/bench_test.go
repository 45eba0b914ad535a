package atop

import (
	"testing"

	"github.com/entente-go/entente/relations"
)

// BenchmarkReadATOP reads ATOP's three files and builds the indexed model.
// Budget: 50 ms on the project's 2-core machine.
func BenchmarkReadATOP(b *testing.B) {
	fsys := embeddedFS(b)
	for b.Loop() {
		if _, err := Read(fsys); err != nil {
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

// partnersState is Australia: 33 alliance partners on 2018-12-31 in ATOP.
const partnersState = "AUS"

var end2018 = relations.MustDate("2018-12-31")

// BenchmarkAlliancePartners asks Australia's alliance partners on a day.
// Budget: 1 µs, with no allocation beyond the result.
func BenchmarkAlliancePartners(b *testing.B) {
	d := readATOP(b)
	p, _ := d.Model.AlliancePartners(partnersState, end2018)
	b.ReportMetric(float64(len(p)), "partners")
	for b.Loop() {
		d.Model.AlliancePartners(partnersState, end2018)
	}
}

func TestAlliancePartnersAllocatesOnlyTheResult(t *testing.T) {
	d := readATOP(t)
	if n := testing.AllocsPerRun(100, func() { d.Model.AlliancePartners(partnersState, end2018) }); n != 1 {
		t.Errorf("AlliancePartners allocates %v times, want 1 (the result)", n)
	}
}
