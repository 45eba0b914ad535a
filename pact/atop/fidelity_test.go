package atop

import (
	"bytes"
	"cmp"
	"encoding/csv"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/entente-go/entente/pact"
)

// readDDYR reads ATOP's own directed dyad-year file, from the fixture.
func readDDYR(t *testing.T) map[[3]int]pact.ObligationSet {
	data, err := gunzip(ddyrFixture)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	out := make(map[[3]int]pact.ObligationSet, len(recs))
	for _, r := range recs[1:] {
		var k [3]int
		for i := range k {
			k[i], _ = strconv.Atoi(r[i])
		}
		var set pact.ObligationSet
		for i, oc := range obligationColumns {
			if r[3+i] == "1" {
				set = set.With(oc.o)
			}
		}
		out[k] = set
	}
	return out
}

// TestDirectedPanelFidelity builds the directed dyad-year panel from
// atop5_1m.csv, with the partners of members coded OBVARY settled from
// ATOP's directed file, and compares it with ATOP's own
// atop5_1ddyr_min.csv (the fixture in testdata): the same rows and the same
// obligations on every one. It prints the agreement rate, and with -v
// lists any difference.
func TestDirectedPanelFidelity(t *testing.T) {
	if testing.Short() {
		t.Skip("large input: the race run (-short) leaves it to go test ./...")
	}
	want := readDDYR(t)
	got := map[[3]int]pact.ObligationSet{}
	for r := range mustPanel(readResolved(t).Model, pact.Directed, First, Last) {
		got[[3]int{r.CCode1, r.CCode2, r.Year}] = r.Obligations
	}
	comparePanels(t, "directed", want, got)
}

// TestUndirectedPanelFidelity compares the undirected panel with the
// maximum over both directions of ATOP's directed file, peacesciencer's
// rule for its undirected ATOP data: the same rows and obligations on
// every one.
func TestUndirectedPanelFidelity(t *testing.T) {
	if testing.Short() {
		t.Skip("large input: the race run (-short) leaves it to go test ./...")
	}
	want := map[[3]int]pact.ObligationSet{}
	for k, set := range readDDYR(t) {
		if k[0] > k[1] {
			k[0], k[1] = k[1], k[0]
		}
		want[k] |= set
	}
	got := map[[3]int]pact.ObligationSet{}
	for r := range mustPanel(readResolved(t).Model, pact.Undirected, First, Last) {
		got[[3]int{r.CCode1, r.CCode2, r.Year}] = r.Obligations
	}
	comparePanels(t, "undirected", want, got)
}

// comparePanels fails t unless got has want's rows and obligations, and
// logs the agreement rate.
func comparePanels(t *testing.T, name string, want, got map[[3]int]pact.ObligationSet) {
	t.Helper()
	var missing, extra, differ [][3]int
	for k, w := range want {
		g, ok := got[k]
		switch {
		case !ok:
			missing = append(missing, k)
		case g != w:
			differ = append(differ, k)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			extra = append(extra, k)
		}
	}
	slices.SortFunc(missing, cmp3)
	slices.SortFunc(extra, cmp3)
	slices.SortFunc(differ, cmp3)
	keys := 1 - float64(len(missing)+len(extra))/float64(len(want))
	values := 1 - float64(len(differ))/float64(len(want))
	t.Logf("%s panel: %d rows, ATOP %d; keys agree %.3f%%, obligations agree on %.3f%% of ATOP's rows", name, len(got), len(want), 100*keys, 100*values)
	if len(missing) > 0 || len(extra) > 0 {
		t.Errorf("rows differ: %d missing (first %v), %d extra (first %v)", len(missing), head(missing), len(extra), head(extra))
	}
	if len(differ) > 0 {
		var lines []string
		for _, k := range differ {
			lines = append(lines, fmt.Sprintf("%d→%d %d: ATOP %v, entente %v", k[0], k[1], k[2], want[k], got[k]))
		}
		t.Errorf("%d rows with different obligations:\n%s", len(differ), strings.Join(lines[:min(len(lines), 50)], "\n"))
	}
}

func cmp3(a, b [3]int) int {
	return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1]), cmp.Compare(a[2], b[2]))
}

func head(ks [][3]int) [][3]int { return ks[:min(len(ks), 5)] }
