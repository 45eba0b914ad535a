package network_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/pact/network"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/rivalry"
)

func TestBadInput(t *testing.T) {
	n := coldWar()
	tests := []struct {
		name string
		run  func() error
		want string
	}{
		{"year before the system", func() error { _, err := n.Year(1815); return err }, "before the COW state system"},
		{"year far ahead", func() error { _, err := n.Year(10000); return err }, "up to 9999"},
		{"partial day", func() error { _, err := n.Day(d("1962-10")); return err }, "needs a full date"},
		{"zero day", func() error { _, err := n.Day(relations.Date{}); return err }, "needs a full date"},
		{"day before the system", func() error { _, err := n.Day(d("1800-01-01")); return err }, "before the COW state system"},
		{"series backwards", func() error { _, err := n.Series(1990, 1980, network.Defense, 1); return err }, "must run forward"},
		{"series before the system", func() error { _, err := n.Series(1800, 1820, network.Defense, 1); return err }, "must run forward"},
		{"nil model", func() error { _, err := network.New(nil); return err }, "nil model"},
		{"rivalry with itself", func() error {
			_, err := network.New(coldWarModel(), network.WithRivalries([]rivalry.Rivalry{{Number: 7, A: "GRC", B: "GRC", Start: d("1955")}}))
			return err
		}, `rivalry 7 "": needs two different actors`},
		{"rivalry ending before it starts", func() error {
			_, err := network.New(coldWarModel(), network.WithRivalries([]rivalry.Rivalry{{Number: 8, A: "GRC", B: "TUR", Start: d("1955"), End: d("1950")}}))
			return err
		}, "an end before it"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.run()
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
	if _, err := n.Year(1700); !errors.Is(err, network.ErrNoSystem) {
		t.Errorf("Year(1700): %v, want ErrNoSystem", err)
	}
}

func TestEdgeListErrors(t *testing.T) {
	const head = "source,target,weight,obligations\n"
	for _, tc := range []struct{ name, in, want string }{
		{"header", "a,b\n", "edge list:1: header"},
		{"fields", head + "2,200\n", "edge list:2: 2 fields"},
		{"source", head + "x,200,3,defense\n", `source "x"`},
		{"target", head + "2,y,3,defense\n", `target "y"`},
		{"weight", head + "2,200,w,defense\n", `weight "w"`},
		{"negative weight", head + "2,200,-1,defense\n", `weight "-1"`},
		{"NaN weight", head + "2,200,NaN,defense\n", `weight "NaN"`},
		{"obligations", head + "2,200,3,friendship\n", `obligations "friendship"`},
		{"twice", head + "2,200,3,defense\n200,2,3,defense\n", "edge list:3: edge listed twice"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := network.ReadEdgeList(strings.NewReader(tc.in))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

// TestEdgeListRoundTrip writes and reads back a graph.
func TestEdgeListRoundTrip(t *testing.T) {
	g := year(1962).Undirected(network.AnyObligation)
	var a, b bytes.Buffer
	if err := network.WriteEdgeList(&a, g); err != nil {
		t.Fatal(err)
	}
	h, err := network.ReadEdgeList(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	network.WriteEdgeList(&b, h)
	if diff := cmp.Diff(a.String(), b.String()); diff != "" {
		t.Errorf("round trip (-written +rewritten):\n%s", diff)
	}
	if g.Len() != h.Len() || g.Edges() != h.Edges() {
		t.Errorf("read back %d nodes, %d edges; wrote %d, %d", h.Len(), h.Edges(), g.Len(), g.Edges())
	}
}

// TestDeterministic computes the same series several times, in fresh
// Networks, and requires the same bytes.
func TestDeterministic(t *testing.T) {
	var first string
	for i := range 5 {
		series, err := coldWar().Series(1950, 2015, network.AnyObligation, 1)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		if _, err := network.WriteCSV(&b, series); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = b.String()
		} else if b.String() != first {
			t.Fatalf("run %d differs from run 0", i)
		}
	}
}

// TestUncertainKeptApart checks that an uncertain tie is never counted:
// the day snapshot's partial-date consultation is in Uncertain, not in the
// graph, and a year after the rivalry data is balanced by nothing.
func TestUncertainKeptApart(t *testing.T) {
	s, err := coldWar().Day(d("1962-10-22"))
	if err != nil {
		t.Fatal(err)
	}
	g := s.Undirected(network.Consultation)
	if g.HasEdgeBetween(200, 220) {
		t.Error("the uncertain GBR–FRA consultation is an edge")
	}
	if len(s.Uncertain()) != 2 {
		t.Errorf("Uncertain = %v, want the two directions of GBR–FRA", s.Uncertain())
	}
	m := network.Measure(year(2011), network.Defense, 1)
	if m.Rivalries != 0 || m.UncertainRivalries != 1 || m.Balance.Triangles != 0 {
		t.Errorf("2011: %d rivalries, %d uncertain, %d triangles; want 0, 1, 0", m.Rivalries, m.UncertainRivalries, m.Balance.Triangles)
	}
	// After 2016 the COW system is carried forward.
	if a, b := len(year(2016).Nodes()), len(year(2030).Nodes()); a != b {
		t.Errorf("2016 has %d states, 2030 %d", a, b)
	}
}

// TestConcurrent asks one Networks from several goroutines (run with
// -race).
func TestConcurrent(t *testing.T) {
	n := coldWar()
	want, _ := n.Series(1950, 1970, network.AnyObligation, 1)
	done := make(chan []network.Summary)
	for range 4 {
		go func() {
			s, _ := n.Series(1950, 1970, network.AnyObligation, 1)
			n.Day(d("1962-10-22"))
			done <- s
		}()
	}
	for range 4 {
		got := <-done
		var a, b strings.Builder
		network.WriteCSV(&a, want)
		network.WriteCSV(&b, got)
		if a.String() != b.String() {
			t.Error("a concurrent series differs")
		}
	}
}
