package network_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/entente-go/entente/pact/network"
	"github.com/entente-go/entente/relations"
)

// FuzzReadEdgeList reads arbitrary input: it never panics, and whatever it
// accepts writes back to a list that reads to the same graph and writes the
// same bytes again.
func FuzzReadEdgeList(f *testing.F) {
	const head = "source,target,weight,obligations\n"
	f.Add(head + "2,740,3,defense+consultation\n220,isolate,,\n")
	f.Add(head + "2,2,3,defense\n")
	f.Add(head + "2,200,1,none\n200,2,1,none\n")
	f.Add("a,b\n")
	if b, err := os.ReadFile(filepath.Join("testdata", "edges-defense-1914.csv")); err == nil {
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, in string) {
		g, err := network.ReadEdgeList(strings.NewReader(in))
		if err != nil {
			return
		}
		var a, b bytes.Buffer
		if err := network.WriteEdgeList(&a, g); err != nil {
			t.Fatal(err)
		}
		h, err := network.ReadEdgeList(bytes.NewReader(a.Bytes()))
		if err != nil {
			t.Fatalf("rereading %q: %v", a.String(), err)
		}
		network.WriteEdgeList(&b, h)
		if a.String() != b.String() || g.Len() != h.Len() || g.Edges() != h.Edges() {
			t.Fatalf("round trip changed the graph:\n%s\n---\n%s", a.String(), b.String())
		}
	})
}

// FuzzFromHistory builds the signed network of whatever history document
// decodes, on a few days: a node per actor, never a panic, and no edge in
// both its graphs that the history does not give.
func FuzzFromHistory(f *testing.F) {
	f.Add([]byte(`{"version": 1, "actors": [{"id": "SAU", "kind": "state", "name": "S"}, {"id": "IRN", "kind": "state", "name": "I"}],
		"events": [{"id": "e", "kind": "sever-ties", "date": "2016-01-03", "actors": ["SAU"], "toward": ["IRN"]}]}`))
	f.Add([]byte(`{"version": 1, "actors": [{"id": "SAU", "kind": "state", "name": "S"}, {"id": "QAT", "kind": "state", "name": "Q"}],
		"events": [{"id": "e", "kind": "joint-exercise", "date": "2016", "actors": ["SAU", "QAT"]}]}`))
	f.Add([]byte(`{"version": 1}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		h, err := relations.ParseHistoryJSON(data)
		if err != nil {
			return
		}
		for _, d := range []string{"2016-06-01", "2016", "1990-01-01"} {
			day := relations.MustDate(d)
			s, uncertain, err := network.FromHistory(h, day)
			if err != nil {
				continue
			}
			n, err := h.Network(day)
			if err != nil {
				t.Fatalf("FromHistory answered where Network did not: %v", err)
			}
			if s.Positive().Len() != len(n.Actors) || s.Negative().Len() != len(n.Actors) {
				t.Fatalf("%d and %d nodes for %d actors", s.Positive().Len(), s.Negative().Len(), len(n.Actors))
			}
			if s.Positive().Edges()+s.Negative().Edges() > len(n.Edges.Certain) || len(uncertain) != len(n.Edges.Uncertain) {
				t.Fatalf("%d+%d edges, %d uncertain, for %d edges and %d uncertain", s.Positive().Edges(), s.Negative().Edges(),
					len(uncertain), len(n.Edges.Certain), len(n.Edges.Uncertain))
			}
		}
	})
}
