package network_test

import (
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/entente-go/entente/pact/network"
)

func edgeList(t *testing.T, lines ...string) *network.Undirected {
	t.Helper()
	g, err := network.ReadEdgeList(strings.NewReader("source,target,weight,obligations\n" + strings.Join(lines, "\n") + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestSmallGraphs checks the measures on graphs small enough to work out
// by hand.
func TestSmallGraphs(t *testing.T) {
	approx := cmpopts.EquateApprox(0, 1e-12)
	// Two separate dyads share the largest eigenvalue (1): each gets its
	// own Perron vector (1/√2, 1/√2), weighted 1/√2, so every entry is 1/2.
	dyads := edgeList(t, "2,20,3,defense", "200,220,3,defense", "365,isolate,,")
	if diff := cmp.Diff([]float64{0.5, 0.5, 0.5, 0.5, 0}, network.Eigenvector(dyads), approx); diff != "" {
		t.Errorf("Eigenvector of two dyads (-want +got):\n%s", diff)
	}
	// A triangle beside a dyad: the triangle's eigenvalue (2) wins.
	third := 1 / math.Sqrt(3)
	tri := edgeList(t, "2,20,3,defense", "20,70,3,defense", "2,70,3,defense", "200,220,3,defense")
	if diff := cmp.Diff([]float64{third, third, third, 0, 0}, network.Eigenvector(tri), approx); diff != "" {
		t.Errorf("Eigenvector of a triangle and a dyad (-want +got):\n%s", diff)
	}
	// A star of three leaves around 2: the centre is on every path.
	star := edgeList(t, "2,20,3,defense", "2,70,3,defense", "2,200,3,defense")
	if diff := cmp.Diff([]float64{1, 0, 0, 0}, network.Betweenness(star), approx); diff != "" {
		t.Errorf("Betweenness of a star (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]float64{1, 1.0 / 3, 1.0 / 3, 1.0 / 3}, network.Degree(star), approx); diff != "" {
		t.Errorf("Degree of a star (-want +got):\n%s", diff)
	}
	// The star's PageRank has a closed form: the centre x, each leaf y,
	// x = 0.15/4 + 0.85·3y, y = 0.15/4 + 0.85·x/3.
	y := (0.15/4 + 0.85*0.15/12) / (1 - 0.85*0.85)
	x := 0.15/4 + 0.85*3*y
	if diff := cmp.Diff([]float64{x, y, y, y}, network.PageRank(star, 0.85), approx); diff != "" {
		t.Errorf("PageRank of a star (-want +got):\n%s", diff)
	}
	if got := network.Transitivity(star); got != 0 {
		t.Errorf("Transitivity of a star = %v, want 0", got)
	}
	if got := network.Transitivity(tri); got != 1 {
		t.Errorf("Transitivity of a triangle and a dyad = %v, want 1", got)
	}
	if got := network.AverageClustering(tri); got != 3.0/5 {
		t.Errorf("AverageClustering of a triangle and a dyad = %v, want 3/5", got)
	}
	if got := network.Density(star); got != 0.5 {
		t.Errorf("Density of a star of four = %v, want 1/2", got)
	}
	one := edgeList(t, "2,isolate,,")
	if got := network.Degree(one); got[0] != 1 {
		t.Errorf("Degree of one node = %v, want networkx's 1", got)
	}
	if p := network.Communities(one, 1); !math.IsNaN(p.Q) || len(p.Communities) != 1 {
		t.Errorf("Communities of one node = %+v, want one community and NaN", p)
	}
	if got := network.Modularity(tri, [][]int64{{2, 20, 70}, {200, 220}}); math.Abs(got-(3.0/4-9.0/16+1.0/4-1.0/16)) > 1e-15 {
		t.Errorf("Modularity = %v, want 3/4−(6/8)²+1/4−(2/8)²", got)
	}
}
