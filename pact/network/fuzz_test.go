package network_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/entente-go/entente/pact/network"
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
