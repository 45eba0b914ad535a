package network

import (
	"math"
	"slices"

	"golang.org/x/exp/stats"
)

// componentIndices returns the connected components as node indices, each
// ascending, the components in order of their first node.
func componentIndices(g *Undirected) [][]int32 {
	n := g.Len()
	seen := make([]bool, n)
	var out [][]int32
	for s := range n {
		if seen[s] {
			continue
		}
		seen[s] = true
		comp := []int32{int32(s)}
		for k := 0; k < len(comp); k++ {
			for _, w := range g.out[comp[k]] {
				if !seen[w] {
					seen[w] = true
					comp = append(comp, w)
				}
			}
		}
		slices.Sort(comp)
		out = append(out, comp)
	}
	return out
}

// Components returns the connected components of g as lists of node IDs
// (COW codes), each ascending, the largest first and ties by first ID. An
// isolated state is a component of its own. It matches networkx's
// connected_components.
func Components(g *Undirected) [][]int64 {
	g = orEmpty(g)
	comps := componentIndices(g)
	slices.SortStableFunc(comps, func(a, b []int32) int { return len(b) - len(a) })
	return g.ids(comps)
}

func (b *base) ids(groups [][]int32) [][]int64 {
	out := make([][]int64, len(groups))
	for k, c := range groups {
		out[k] = make([]int64, len(c))
		for m, v := range c {
			out[k][m] = b.nodes[v].ID()
		}
	}
	return out
}

// Density returns the share of possible edges that exist, 2m/(n(n−1))
// (Wasserman and Faust 1994, Social Network Analysis, §4.2); 0 for fewer
// than two nodes. It matches networkx's density.
func Density(g *Undirected) float64 {
	g = orEmpty(g)
	n := g.Len()
	if n < 2 {
		return 0
	}
	return 2 * float64(g.edges) / (float64(n) * float64(n-1))
}

// triangles returns, for each node, the number of triangles it is in.
func triangles(g *Undirected) []int {
	t := make([]int, g.Len())
	for i, ni := range g.out {
		for _, j := range ni {
			if int(j) <= i {
				continue
			}
			// common neighbours k > j of i and j, by a merge of sorted lists
			a, b := ni, g.out[j]
			for p, q := 0, 0; p < len(a) && q < len(b); {
				switch {
				case a[p] < b[q]:
					p++
				case a[p] > b[q]:
					q++
				default:
					if k := a[p]; k > j {
						t[i]++
						t[j]++
						t[k]++
					}
					p++
					q++
				}
			}
		}
	}
	return t
}

// Transitivity returns the global clustering coefficient: three times the
// number of triangles over the number of connected triples,
//
//	T = 3·triangles / Σ_v d_v(d_v−1)/2
//
// (Newman, Strogatz and Watts 2001, Phys. Rev. E 64: 026118; Cranmer,
// Desmarais and Menninga 2012 study its rise in alliance networks). 0 when
// there is no triple. It matches networkx's transitivity and igraph's
// transitivity_undirected.
func Transitivity(g *Undirected) float64 {
	g = orEmpty(g)
	t := triangles(g)
	var tri, triples int
	for i, c := range t {
		tri += c
		d := len(g.out[i])
		triples += d * (d - 1) / 2
	}
	if triples == 0 {
		return 0
	}
	return float64(tri) / float64(triples)
}

// AverageClustering returns the mean over all nodes of the local
// clustering coefficient c_v = t_v / (d_v(d_v−1)/2), t_v the triangles
// through v, with c_v = 0 where d_v < 2 (Watts and Strogatz 1998, Nature
// 393: 440–442). It matches networkx's average_clustering (count_zeros)
// and igraph's transitivity_avglocal_undirected(mode="zero"). NaN for the
// empty graph.
func AverageClustering(g *Undirected) float64 {
	g = orEmpty(g)
	n := g.Len()
	if n == 0 {
		return math.NaN()
	}
	t := triangles(g)
	local := make([]float64, n)
	for i, c := range t {
		if d := len(g.out[i]); d >= 2 {
			local[i] = float64(c) / (float64(d) * float64(d-1) / 2)
		}
	}
	return stats.Mean(local)
}
