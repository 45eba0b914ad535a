package network

import (
	"math"
	"strconv"
	"testing"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/testgraph"

	"github.com/entente-go/entente/relations"
)

// undirectedBuilder builds an Undirected for gonum's contract tests. Nodes
// must fit an int (a COW code), edges simple and weights finite and
// non-negative; a node has weight 0 to itself and to a node it is not
// joined to.
func undirectedBuilder(nodes []graph.Node, edges []testgraph.WeightedLine, _, _ float64) (graph.Graph, []graph.Node, []testgraph.Edge, float64, float64, bool) {
	ids := map[int64]bool{}
	for _, n := range nodes {
		ids[n.ID()] = true
	}
	seen := map[[2]int64]bool{}
	for _, e := range edges {
		u, v, w := e.From().ID(), e.To().ID(), e.Weight()
		k := [2]int64{min(u, v), max(u, v)}
		if u == v || seen[k] || !(w >= 0 && w < math.Inf(1)) {
			return nil, nil, nil, 0, 0, false
		}
		seen[k] = true
		ids[u], ids[v] = true, true
	}
	var sorted []int64
	for id := range ids {
		if id < math.MinInt32 || id > math.MaxInt32 {
			return nil, nil, nil, 0, 0, false
		}
		sorted = append(sorted, id)
	}
	sortInt64(sorted)
	actors := make([]relations.Actor, len(sorted))
	for i, id := range sorted {
		actors[i] = relations.Actor{ID: relations.ActorID("n" + itoa64(id)), COW: int(id)}
	}
	g := &Undirected{base: newBase(actors)}
	var out []testgraph.Edge
	for _, e := range edges {
		i, j := g.index[e.From().ID()], g.index[e.To().ID()]
		g.add(i, j, Edge{F: g.nodes[i], T: g.nodes[j], W: e.Weight()})
		g.add(j, i, Edge{F: g.nodes[j], T: g.nodes[i], W: e.Weight()})
		g.edges++
		out = append(out, Edge{F: g.nodes[i], T: g.nodes[j], W: e.Weight()})
	}
	g.sortAdjacency()
	var ns []graph.Node // nil when empty, as graph.NodesOf gives
	ns = append(ns, g.nodes...)
	return g, ns, out, 0, 0, true
}

func sortInt64(s []int64) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func itoa64(i int64) string { return strconv.FormatInt(i, 10) }

// TestUndirectedContract runs gonum's contract tests for graphs on
// Undirected.
func TestUndirectedContract(t *testing.T) {
	t.Run("NodeExistence", func(t *testing.T) { testgraph.NodeExistence(t, undirectedBuilder) })
	t.Run("ReturnAllNodes", func(t *testing.T) { testgraph.ReturnAllNodes(t, undirectedBuilder, false) })
	t.Run("ReturnNodeSlice", func(t *testing.T) { testgraph.ReturnNodeSlice(t, undirectedBuilder, false) })
	t.Run("EdgeExistence", func(t *testing.T) { testgraph.EdgeExistence(t, undirectedBuilder, true) })
	t.Run("ReturnAdjacentNodes", func(t *testing.T) { testgraph.ReturnAdjacentNodes(t, undirectedBuilder, false, true) })
	t.Run("Weight", func(t *testing.T) { testgraph.Weight(t, undirectedBuilder) })
}
