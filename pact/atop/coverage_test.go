package atop

import (
	"testing"

	"github.com/entente-go/entente/pact"
)

// TestNoYearPastCoverage asks every panel surface for years past ATOP's
// coverage (through 2025): none returns a row after 2018, the last year
// ATOP observes, and the rows it returns are those of 1815–2018. Surfaces
// checked: Panel (directed, undirected), pact.Model.DyadYears,
// pact.Model.CodedDyadYears (through Panel) and pact.Model.PanelYears.
func TestNoYearPastCoverage(t *testing.T) {
	d := readATOP(t)
	if first, last, ok := d.Model.PanelYears(); !ok || first != First || last != Last {
		t.Errorf("PanelYears() = %d, %d, %v; want %d, %d, true", first, last, ok, First, Last)
	}
	for _, dyads := range []pact.Dyads{pact.Directed, pact.Undirected} {
		within, past := 0, 0
		for r := range mustPanel(d.Model, dyads, First, 2025) {
			if r.Year > Last {
				past++
			}
			within++
		}
		n := 0
		for range mustPanel(d.Model, dyads, First, Last) {
			n++
		}
		if past > 0 || within != n {
			t.Errorf("%s Panel(…, %d, 2025): %d rows, %d of them after %d; want the %d rows of %d–%d", dyads, First, within, past, Last, n, First, Last)
		}
	}
	panel, err := d.Model.DyadYears(pact.Directed, 2019, 2025, "USA")
	if err != nil {
		t.Fatal(err)
	}
	for a, rows := range panel {
		if len(rows) > 0 {
			t.Errorf("DyadYears(Directed, 2019, 2025, %s): %d rows, the first %v; want none past ATOP's coverage", a, len(rows), rows[0])
		}
	}
}
