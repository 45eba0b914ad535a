package network_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/atop/atop51"
	"github.com/entente-go/entente/pact/network"
)

var update = flag.Bool("update", false, "rewrite testdata/edges-*.csv and testdata/partitions.json from the embedded ATOP 5.1")

// seed is the Louvain seed of the golden partitions.
const seed = 1

var goldenYears = []int{1816, 1914, 1939, 1962, 1990, 2018}

var goldenNetworks = []struct {
	name        string
	obligations []pact.Obligation // none: all five
}{{"defense", []pact.Obligation{pact.Defense}}, {"any", nil}}

func edgeFile(net string, year int) string {
	return filepath.Join("testdata", fmt.Sprintf("edges-%s-%d.csv", net, year))
}

// TestEdgeLists writes (with -update) or checks (when ATOP is at hand) the
// edge lists the reference script reads, and the partition of each that
// Communities gives.
func TestEdgeLists(t *testing.T) {
	d, err := atop51.Read()
	if err != nil {
		t.Fatal(err)
	}
	n, err := network.New(d.Model)
	if err != nil {
		t.Fatal(err)
	}
	partitions := map[string][][]int64{}
	for _, y := range goldenYears {
		s, err := n.Year(y)
		if err != nil {
			t.Fatal(err)
		}
		for _, net := range goldenNetworks {
			var buf bytes.Buffer
			g := s.Undirected(net.obligations...)
			if err := network.WriteEdgeList(&buf, g); err != nil {
				t.Fatal(err)
			}
			partitions[fmt.Sprintf("%s-%d", net.name, y)] = network.Communities(g, seed).Communities
			name := edgeFile(net.name, y)
			if *update {
				if err := os.WriteFile(name, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			old, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(old, buf.Bytes()) {
				t.Errorf("%s is out of date with ATOP; run go test -run TestEdgeLists -update", name)
			}
		}
	}
	if *update {
		// one community a line: small diffs when a partition changes
		var b bytes.Buffer
		keys := slices.Sorted(maps.Keys(partitions))
		b.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(&b, " %q: [\n", k)
			for j, c := range partitions[k] {
				line, _ := json.Marshal(c)
				b.WriteString("  " + string(line))
				if j < len(partitions[k])-1 {
					b.WriteByte(',')
				}
				b.WriteByte('\n')
			}
			b.WriteString(" ]")
			if i < len(keys)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString("}\n")
		if err := os.WriteFile(filepath.Join("testdata", "partitions.json"), b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// golden is what testdata/reference.py writes for one graph.
type golden struct {
	Nodes             []int64     `json:"nodes"`
	Degree            []float64   `json:"degree"`
	Betweenness       []float64   `json:"betweenness"`
	Eigenvector       []float64   `json:"eigenvector"`
	EigenvectorUnique bool        `json:"eigenvector_unique"`
	PageRank          []float64   `json:"pagerank"`
	Density           float64     `json:"density"`
	Transitivity      float64     `json:"transitivity"`
	AverageClustering float64     `json:"average_clustering"`
	Components        [][]int64   `json:"components"`
	PartitionQ        float64     `json:"partition_q"`
	LouvainQ          float64     `json:"louvain_q"`
	Versions          interface{} `json:"-"`
}

func readGolden(t *testing.T) map[string]golden {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "golden.json"))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Versions map[string]string `json:"versions"`
		Graphs   map[string]golden `json:"graphs"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	t.Logf("references: %v", doc.Versions)
	return doc.Graphs
}

func readPartitions(t *testing.T) map[string][][]int64 {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "partitions.json"))
	if err != nil {
		t.Fatal(err)
	}
	var p map[string][][]int64
	if err := json.Unmarshal(b, &p); err != nil {
		t.Fatal(err)
	}
	return p
}

func within(t *testing.T, what string, want, got float64) {
	t.Helper()
	if math.Abs(want-got) > 1e-9 || math.IsNaN(got) != math.IsNaN(want) {
		t.Errorf("%s = %.17g, reference %.17g (difference %.3g)", what, got, want, got-want)
	}
}

func withinAll(t *testing.T, what string, nodes []int64, want, got []float64) {
	t.Helper()
	if len(want) != len(got) {
		t.Fatalf("%s: %d scores, reference %d", what, len(got), len(want))
	}
	bad := 0
	for i := range want {
		if math.Abs(want[i]-got[i]) > 1e-9 {
			if bad < 3 {
				t.Errorf("%s of %d = %.17g, reference %.17g", what, nodes[i], got[i], want[i])
			}
			bad++
		}
	}
	if bad > 3 {
		t.Errorf("%s: %d nodes differ in all", what, bad)
	}
}

// TestAgainstReferences compares every measure of the committed edge lists
// with the values networkx and igraph give (testdata/golden.json, written
// by testdata/reference.py); see the doc comment of each measure for the
// reference and settings it matches.
func TestAgainstReferences(t *testing.T) {
	gold := readGolden(t)
	parts := readPartitions(t)
	for _, y := range goldenYears {
		for _, net := range goldenNetworks {
			key := fmt.Sprintf("%s-%d", net.name, y)
			t.Run(key, func(t *testing.T) {
				want, ok := gold[key]
				if !ok {
					t.Fatalf("golden.json has no %s", key)
				}
				f, err := os.Open(edgeFile(net.name, y))
				if err != nil {
					t.Fatal(err)
				}
				defer f.Close()
				g, err := network.ReadEdgeList(f)
				if err != nil {
					t.Fatal(err)
				}
				var nodes []int64
				for it := g.Nodes(); it.Next(); {
					nodes = append(nodes, it.Node().ID())
				}
				if diff := cmp.Diff(want.Nodes, nodes); diff != "" {
					t.Fatalf("nodes (-reference +entente):\n%s", diff)
				}
				withinAll(t, "degree", nodes, want.Degree, network.Degree(g))
				withinAll(t, "betweenness", nodes, want.Betweenness, network.Betweenness(g))
				if want.EigenvectorUnique {
					withinAll(t, "eigenvector", nodes, want.Eigenvector, network.Eigenvector(g))
				}
				withinAll(t, "pagerank", nodes, want.PageRank, network.PageRank(g, 0.85))
				within(t, "density", want.Density, network.Density(g))
				within(t, "transitivity", want.Transitivity, network.Transitivity(g))
				within(t, "average clustering", want.AverageClustering, network.AverageClustering(g))
				if diff := cmp.Diff(want.Components, network.Components(g)); diff != "" {
					t.Errorf("components (-reference +entente):\n%s", diff)
				}
				p := network.Communities(g, seed)
				if diff := cmp.Diff(parts[key], p.Communities); diff != "" {
					t.Errorf("partition differs from the committed one (-committed +now):\n%s", diff)
				}
				within(t, "Q of entente's partition (networkx modularity)", want.PartitionQ, p.Q)
				within(t, "Modularity", want.PartitionQ, network.Modularity(g, p.Communities))
				if p.Q < want.LouvainQ-0.01 {
					t.Errorf("Q = %.6f, worse than networkx louvain_communities' %.6f by more than 0.01", p.Q, want.LouvainQ)
				}
				if !slices.Equal(network.Degree(g), network.Degree(g)) {
					t.Error("degree differs run to run")
				}
			})
		}
	}
}
