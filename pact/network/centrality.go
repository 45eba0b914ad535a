package network

import (
	"math"

	"gonum.org/v1/gonum/mat"
)

// The centralities return one score per node of the graph, in the graph's
// node order (by COW code, as [Undirected.Nodes] lists them). They treat the
// graph as binary: an edge counts once whatever its weight, as the
// references the package is checked against do by default.

// Degree returns the degree centrality of each node: its degree divided by
// n−1, the most it could have (Freeman 1979, "Centrality in social networks:
// conceptual clarification", Social Networks 1: 215–239). It matches
// networkx's degree_centrality; a graph of one node scores 1 (networkx's
// convention) and the empty graph none.
func Degree(g *Undirected) []float64 {
	g = orEmpty(g)
	n := g.Len()
	out := make([]float64, n)
	if n == 1 {
		out[0] = 1
		return out
	}
	for i := range out {
		out[i] = float64(len(g.out[i])) / float64(n-1)
	}
	return out
}

// Betweenness returns the betweenness centrality of each node: the share
// of shortest paths between other pairs that pass through it,
//
//	b(v) = 2/((n−1)(n−2)) · Σ_{s<t, s,t≠v} σ_st(v)/σ_st,
//
// with σ_st the number of shortest s–t paths and σ_st(v) those through v
// (Freeman 1977, "A set of measures of centrality based on betweenness",
// Sociometry 40: 35–41), computed with Brandes's algorithm (2001, J. Math.
// Sociology 25: 163–177), sources in node order. It matches networkx's
// betweenness_centrality(normalized=True); graphs of fewer than three nodes
// score 0.
func Betweenness(g *Undirected) []float64 {
	g = orEmpty(g)
	n := g.Len()
	bc := make([]float64, n)
	if n < 3 {
		return bc
	}
	sigma := make([]float64, n)
	dist := make([]int32, n)
	delta := make([]float64, n)
	stack := make([]int32, 0, n)
	queue := make([]int32, 0, n)
	for s := range n {
		for i := range n {
			sigma[i], dist[i], delta[i] = 0, -1, 0
		}
		sigma[s], dist[s] = 1, 0
		stack, queue = stack[:0], append(queue[:0], int32(s))
		for len(queue) > 0 {
			v := queue[0]
			queue = queue[1:]
			stack = append(stack, v)
			for _, w := range g.out[v] {
				if dist[w] < 0 {
					dist[w] = dist[v] + 1
					queue = append(queue, w)
				}
				if dist[w] == dist[v]+1 {
					sigma[w] += sigma[v]
				}
			}
		}
		for k := len(stack) - 1; k >= 0; k-- {
			w := stack[k]
			for _, v := range g.out[w] {
				if dist[v] == dist[w]-1 {
					delta[v] += sigma[v] / sigma[w] * (1 + delta[w])
				}
			}
			if int(w) != s {
				bc[w] += delta[w]
			}
		}
	}
	scale := 1 / float64((n-1)*(n-2))
	for i := range bc {
		bc[i] *= scale
	}
	return bc
}

// Eigenvector returns the eigenvector centrality of each node (Bonacich
// 1972, "Factoring and weighting approaches to status scores and clique
// identification", J. Math. Sociology 2: 113–120): the entries of the
// leading eigenvector x of the adjacency matrix, A x = λ x, scaled to unit
// Euclidean norm and made non-negative.
//
// On a disconnected graph it is the variant of networkx's
// eigenvector_centrality_numpy and of igraph's eigenvector_centrality: the
// leading eigenvector of the whole matrix, which lives on the component
// with the largest eigenvalue and is 0 elsewhere. (igraph then scales the
// largest entry to 1; the package keeps networkx's unit norm.) Where several
// components share the largest eigenvalue the eigenvector is not unique and
// the tools answer arbitrarily; the package then gives each such component
// its own unit-norm Perron vector, weighted equally, so the whole has unit
// norm. A graph without edges scores 0 everywhere.
func Eigenvector(g *Undirected) []float64 {
	g = orEmpty(g)
	n := g.Len()
	out := make([]float64, n)
	comps := componentIndices(g)
	type lead struct {
		members []int32
		value   float64
		vector  []float64
	}
	var leads []lead
	best := 0.0
	for _, c := range comps {
		if len(c) < 2 {
			continue
		}
		x, value := perron(g, c)
		leads = append(leads, lead{members: c, value: value, vector: x})
		best = max(best, value)
	}
	var tied []lead
	for _, l := range leads {
		if l.value > best-1e-9 {
			tied = append(tied, l)
		}
	}
	scale := 1 / math.Sqrt(float64(len(tied)))
	for _, l := range tied {
		for k, v := range l.members {
			out[v] = l.vector[k] * scale
		}
	}
	return out
}

// PageRank returns the PageRank of each node (Brin and Page 1998, "The
// anatomy of a large-scale hypertextual Web search engine", Computer
// Networks 30: 107–117): the stationary distribution of a walk that follows
// a random edge with probability damping and jumps to a random node
// otherwise, each undirected edge walked both ways; a node without edges
// jumps to a random node. The scores sum to 1. It matches igraph's
// pagerank (PRPACK) and networkx's pagerank with the same damping (0.85 is
// the usual); the package iterates until no score moves by more than 1e-15
// (at most 10,000 rounds). A damping outside [0, 1) is taken as 0.85.
func PageRank(g *Undirected, damping float64) []float64 {
	g = orEmpty(g)
	if !(damping >= 0 && damping < 1) {
		damping = 0.85
	}
	n := g.Len()
	if n == 0 {
		return nil
	}
	x := make([]float64, n)
	next := make([]float64, n)
	for i := range x {
		x[i] = 1 / float64(n)
	}
	share := make([]float64, n)
	for range 10000 {
		var dangling float64
		for i := range n {
			if d := len(g.out[i]); d == 0 {
				dangling += x[i]
			} else {
				share[i] = x[i] / float64(d)
			}
		}
		base := (1-damping)/float64(n) + damping*dangling/float64(n)
		for i := range n {
			var s float64
			for _, j := range g.out[i] {
				s += share[j]
			}
			next[i] = base + damping*s
		}
		var change float64
		for i := range n {
			change = max(change, math.Abs(next[i]-x[i]))
		}
		x, next = next, x
		if change <= 1e-15 {
			break
		}
	}
	return x
}

// perron returns the leading eigenvector (unit norm, positive) and
// eigenvalue of the connected component c of g. It runs the power method on
// A + I, whose leading eigenvalue dominates even on a bipartite component,
// until no entry moves by more than 1e-15, and falls back on a full
// symmetric eigendecomposition if that takes more than 5,000 rounds.
func perron(g *Undirected, c []int32) ([]float64, float64) {
	pos := make(map[int32]int32, len(c))
	for k, v := range c {
		pos[v] = int32(k)
	}
	adj := make([][]int32, len(c))
	for k, v := range c {
		adj[k] = make([]int32, len(g.out[v]))
		for m, w := range g.out[v] {
			adj[k][m] = pos[w]
		}
	}
	x := make([]float64, len(c))
	y := make([]float64, len(c))
	for k := range x {
		x[k] = 1 / math.Sqrt(float64(len(c)))
	}
	for range 5000 {
		var norm float64
		for k, nb := range adj {
			s := x[k]
			for _, m := range nb {
				s += x[m]
			}
			y[k] = s
			norm += s * s
		}
		norm = math.Sqrt(norm)
		var change float64
		for k := range y {
			y[k] /= norm
			change = max(change, math.Abs(y[k]-x[k]))
		}
		x, y = y, x
		if change <= 1e-15 {
			return x, rayleigh(adj, x)
		}
	}
	a := mat.NewSymDense(len(c), nil)
	for k, nb := range adj {
		for _, m := range nb {
			a.SetSym(k, int(m), 1)
		}
	}
	var es mat.EigenSym
	if !es.Factorize(a, true) {
		return x, rayleigh(adj, x)
	}
	var vecs mat.Dense
	es.VectorsTo(&vecs)
	top := len(c) - 1
	var sum float64
	for k := range x {
		x[k] = vecs.At(k, top)
		sum += x[k]
	}
	if sum < 0 {
		for k := range x {
			x[k] = -x[k]
		}
	}
	return x, rayleigh(adj, x)
}

// rayleigh returns xᵀAx for a unit vector x.
func rayleigh(adj [][]int32, x []float64) float64 {
	var r float64
	for k, nb := range adj {
		var s float64
		for _, m := range nb {
			s += x[m]
		}
		r += x[k] * s
	}
	return r
}
