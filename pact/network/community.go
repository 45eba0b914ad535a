package network

import (
	"math"
	"math/rand/v2"
	"slices"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
)

// Partition is a division of a graph's nodes into communities (the blocs of
// an alliance network) with its modularity.
type Partition struct {
	// Communities lists the node IDs (COW codes) of each community, each
	// ascending, the largest first and ties by first ID.
	Communities [][]int64
	// Q is the modularity of the partition (see [Modularity]).
	Q float64
}

// binary is an undirected graph seen without its weights (it is not a
// graph.Weighted), so that gonum's Louvain counts each edge once.
type binary struct{ g *Undirected }

// Node implements graph.Graph.
func (b binary) Node(id int64) graph.Node { return b.g.Node(id) }

// Nodes implements graph.Graph.
func (b binary) Nodes() graph.Nodes { return b.g.Nodes() }

// From implements graph.Graph.
func (b binary) From(id int64) graph.Nodes { return b.g.From(id) }

// HasEdgeBetween implements graph.Graph.
func (b binary) HasEdgeBetween(xid, yid int64) bool { return b.g.HasEdgeBetween(xid, yid) }

// Edge implements graph.Graph.
func (b binary) Edge(uid, vid int64) graph.Edge { return b.g.Edge(uid, vid) }

// EdgeBetween implements graph.Undirected.
func (b binary) EdgeBetween(xid, yid int64) graph.Edge { return b.g.EdgeBetween(xid, yid) }

var _ graph.Undirected = binary{}

// Communities divides g into communities with the Louvain method (Blondel,
// Guillaume, Lambiotte and Lefebvre 2008, J. Stat. Mech. P10008) as gonum's
// community.Modularize implements it, at resolution 1, on the binary graph,
// with its random order of moves drawn from a PCG seeded with seed: the same
// seed gives the same partition, run to run. Traag and Bruggeman (2009, Phys.
// Rev. E 80: 036115) read such communities of alliance networks as blocs.
// A graph without edges is one community per node, with Q = NaN.
func Communities(g *Undirected, seed uint64) Partition {
	g = orEmpty(g)
	var groups [][]int32
	if g.edges == 0 {
		for i := range g.Len() {
			groups = append(groups, []int32{int32(i)})
		}
	} else {
		r := community.Modularize(binary{g}, 1, rand.NewPCG(seed, seed))
		for _, c := range r.Communities() {
			grp := make([]int32, len(c))
			for k, nd := range c {
				grp[k] = g.index[nd.ID()]
			}
			slices.Sort(grp)
			groups = append(groups, grp)
		}
	}
	slices.SortFunc(groups, func(a, b []int32) int {
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return int(a[0]) - int(b[0])
	})
	return Partition{Communities: g.ids(groups), Q: modularity(g, groups)}
}

// Modularity returns the modularity of a division of g's nodes (given as
// node IDs; a node in no community is one of its own),
//
//	Q = Σ_c [ L_c/m − (D_c/2m)² ],
//
// with m the number of edges, L_c the edges inside community c and D_c the
// sum of its nodes' degrees (Newman and Girvan 2004, Phys. Rev. E 69:
// 026113), on the binary graph. It matches networkx's modularity
// (resolution 1, weight=None); NaN for a graph without edges.
func Modularity(g *Undirected, communities [][]int64) float64 {
	g = orEmpty(g)
	var groups [][]int32
	seen := make([]bool, g.Len())
	for _, c := range communities {
		var grp []int32
		for _, id := range c {
			if i, ok := g.index[id]; ok && !seen[i] {
				seen[i] = true
				grp = append(grp, i)
			}
		}
		groups = append(groups, grp)
	}
	for i, s := range seen {
		if !s {
			groups = append(groups, []int32{int32(i)})
		}
	}
	return modularity(g, groups)
}

func modularity(g *Undirected, groups [][]int32) float64 {
	if g.edges == 0 {
		return math.NaN()
	}
	of := make([]int32, g.Len())
	for c, grp := range groups {
		for _, i := range grp {
			of[i] = int32(c)
		}
	}
	m := float64(g.edges)
	var q float64
	for c, grp := range groups {
		var inside, degrees int
		for _, i := range grp {
			degrees += len(g.out[i])
			for _, j := range g.out[i] {
				if of[j] == int32(c) {
					inside++
				}
			}
		}
		share := float64(degrees) / (2 * m)
		q += float64(inside)/(2*m) - share*share
	}
	return q
}
