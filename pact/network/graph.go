package network

import (
	"slices"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

// Edge is an edge of an alliance or rivalry graph. Its weight W is the
// strength of its obligations on the ordinal scale of the Correlates of War
// alliance types that Maoz (2010, Networks of Nations, ch. 4) uses to value
// alliance ties: 3 for a defense (or offense) pledge, 2 for neutrality or
// non-aggression, 1 for consultation only; a rivalry weighs 1.
type Edge struct {
	F, T graph.Node
	// Obligations are the obligations the edge stands for: F's to T in a
	// directed graph, the union of both directions' in an undirected one;
	// none for a rivalry.
	Obligations pact.ObligationSet
	// Mutual reports, in an undirected alliance graph, that each of the two
	// owes the other some obligation of the filter.
	Mutual bool
	W      float64
}

// From returns the from node of the edge.
func (e Edge) From() graph.Node { return e.F }

// To returns the to node of the edge.
func (e Edge) To() graph.Node { return e.T }

// ReversedEdge returns the edge with its ends swapped.
func (e Edge) ReversedEdge() graph.Edge { e.F, e.T = e.T, e.F; return e }

// Weight returns the weight of the edge.
func (e Edge) Weight() float64 { return e.W }

// base holds the node set and adjacency shared by the graph types: node i
// is the i-th state by COW code, its gonum ID the COW code.
type base struct {
	actors []relations.Actor
	nodes  []graph.Node
	index  map[int64]int32
	out    [][]int32 // sorted neighbour (or successor) indices
	edge   [][]Edge  // parallel to out
}

func newBase(actors []relations.Actor) base {
	b := base{actors: actors, nodes: make([]graph.Node, len(actors)), index: make(map[int64]int32, len(actors)),
		out: make([][]int32, len(actors)), edge: make([][]Edge, len(actors))}
	for i, a := range actors {
		b.nodes[i] = simple.Node(a.COW)
		b.index[int64(a.COW)] = int32(i)
	}
	return b
}

func (b *base) add(i, j int32, e Edge) {
	b.out[i] = append(b.out[i], j)
	b.edge[i] = append(b.edge[i], e)
}

// sortAdjacency orders each node's neighbours by index, keeping edges
// parallel, so that every walk over the graph is in ID order.
func (b *base) sortAdjacency() {
	for i := range b.out {
		idx := make([]int, len(b.out[i]))
		for k := range idx {
			idx[k] = k
		}
		slices.SortFunc(idx, func(x, y int) int { return int(b.out[i][x]) - int(b.out[i][y]) })
		out, edge := make([]int32, len(idx)), make([]Edge, len(idx))
		for k, x := range idx {
			out[k], edge[k] = b.out[i][x], b.edge[i][x]
		}
		b.out[i], b.edge[i] = out, edge
	}
}

// Len returns the number of nodes.
func (b *base) Len() int { return len(b.nodes) }

// Actor returns the state of the node with the given ID (its COW code).
func (b *base) Actor(id int64) (relations.Actor, bool) {
	i, ok := b.index[id]
	if !ok {
		return relations.Actor{}, false
	}
	return b.actors[i], true
}

// Node returns the node with the given ID (a COW code), or nil.
func (b *base) Node(id int64) graph.Node {
	if i, ok := b.index[id]; ok {
		return b.nodes[i]
	}
	return nil
}

// Nodes returns every node, in ID order.
func (b *base) Nodes() graph.Nodes {
	if len(b.nodes) == 0 {
		return graph.Empty
	}
	return iterator.NewOrderedNodes(b.nodes)
}

// From returns the neighbours of the node (its successors in a directed
// graph), in ID order.
func (b *base) From(id int64) graph.Nodes { return b.neighbours(id, b.out) }

// neighbours returns the nodes that adjacency (out or in) lists for the
// node, in ID order.
func (b *base) neighbours(id int64, adjacency [][]int32) graph.Nodes {
	i, ok := b.index[id]
	if !ok || len(adjacency[i]) == 0 {
		return graph.Empty
	}
	ns := make([]graph.Node, len(adjacency[i]))
	for k, j := range adjacency[i] {
		ns[k] = b.nodes[j]
	}
	return iterator.NewOrderedNodes(ns)
}

func (b *base) find(uid, vid int64) (Edge, bool) {
	i, ok := b.index[uid]
	j, ok2 := b.index[vid]
	if !ok || !ok2 {
		return Edge{}, false
	}
	k, found := slices.BinarySearch(b.out[i], j)
	if !found {
		return Edge{}, false
	}
	return b.edge[i][k], true
}

// Undirected is an undirected graph of a snapshot, a gonum
// graph.WeightedUndirected whose nodes are states (ID = COW code) listed in
// ID order. Its edges are of type [Edge].
type Undirected struct {
	base
	edges int
}

var (
	_ graph.WeightedUndirected = (*Undirected)(nil)
	_ graph.WeightedDirected   = (*Directed)(nil)
)

// Edges returns the number of edges.
func (g *Undirected) Edges() int { return g.edges }

// HasEdgeBetween reports whether x and y are joined.
func (g *Undirected) HasEdgeBetween(xid, yid int64) bool { _, ok := g.find(xid, yid); return ok }

// Edge returns the edge between u and v, or nil.
func (g *Undirected) Edge(uid, vid int64) graph.Edge { return g.WeightedEdge(uid, vid) }

// EdgeBetween returns the edge between x and y, or nil.
func (g *Undirected) EdgeBetween(xid, yid int64) graph.Edge { return g.WeightedEdge(xid, yid) }

// WeightedEdge returns the edge between u and v, or nil.
func (g *Undirected) WeightedEdge(uid, vid int64) graph.WeightedEdge {
	if e, ok := g.find(uid, vid); ok {
		return e
	}
	return nil
}

// WeightedEdgeBetween returns the edge between x and y, or nil.
func (g *Undirected) WeightedEdgeBetween(xid, yid int64) graph.WeightedEdge {
	return g.WeightedEdge(xid, yid)
}

// Weight returns the weight of the edge between x and y and whether it
// exists; a node has weight 0 to itself, as in gonum's simple graphs.
func (g *Undirected) Weight(xid, yid int64) (float64, bool) {
	if xid == yid {
		_, ok := g.index[xid]
		return 0, ok
	}
	e, ok := g.find(xid, yid)
	return e.W, ok
}

// Directed is the directed alliance graph of a snapshot, a gonum
// graph.WeightedDirected: an edge from A to B when A owes B an obligation.
type Directed struct {
	base
	in    [][]int32
	edges int
}

// Edges returns the number of edges.
func (g *Directed) Edges() int { return g.edges }

// To returns the predecessors of the node, in ID order.
func (g *Directed) To(id int64) graph.Nodes { return g.neighbours(id, g.in) }

// HasEdgeBetween reports whether there is an edge either way between x and y.
func (g *Directed) HasEdgeBetween(xid, yid int64) bool {
	return g.HasEdgeFromTo(xid, yid) || g.HasEdgeFromTo(yid, xid)
}

// HasEdgeFromTo reports whether there is an edge from u to v.
func (g *Directed) HasEdgeFromTo(uid, vid int64) bool { _, ok := g.find(uid, vid); return ok }

// Edge returns the edge from u to v, or nil.
func (g *Directed) Edge(uid, vid int64) graph.Edge { return g.WeightedEdge(uid, vid) }

// WeightedEdge returns the edge from u to v, or nil.
func (g *Directed) WeightedEdge(uid, vid int64) graph.WeightedEdge {
	if e, ok := g.find(uid, vid); ok {
		return e
	}
	return nil
}

// Weight returns the weight of the edge from x to y and whether it exists;
// a node has weight 0 to itself.
func (g *Directed) Weight(xid, yid int64) (float64, bool) {
	if xid == yid {
		_, ok := g.index[xid]
		return 0, ok
	}
	e, ok := g.find(xid, yid)
	return e.W, ok
}

// Directed returns the directed alliance graph of the obligations given
// (all five binding ones when none is given; an expectation binds no one,
// so it gives no edge): an edge from A to B when A certainly owes B one of
// them, weighted by the Maoz weight (see [Edge]) of what A owes B of them.
// A one-way pledge (the United States to defend Japan) is one edge; a
// mutual one, two. Only states of the system are nodes: a tie to one
// outside it has no edge.
func (s *Snapshot) Directed(obligations ...pact.Obligation) *Directed {
	f := setOf(obligations)
	g := &Directed{base: newBase(s.nodes), in: make([][]int32, len(s.nodes))}
	for _, t := range s.ties.Certain {
		o := t.Obligations & f
		if o == 0 || !s.has(t.A) || !s.has(t.B) {
			continue
		}
		i, j := s.index[t.A], s.index[t.B]
		g.add(i, j, Edge{F: g.nodes[i], T: g.nodes[j], Obligations: o, W: weight(o)})
		g.in[j] = append(g.in[j], i)
		g.edges++
	}
	g.sortAdjacency()
	for _, in := range g.in {
		slices.Sort(in)
	}
	return g
}

// Undirected returns the undirected alliance graph of the obligations
// given (all five binding ones when none is given). Its collapsing rule is
// ATOP's for undirected dyads (codebook section 2.7): A and B are joined
// when either certainly owes the other one of them; the edge holds the
// union of both directions' obligations, is Mutual when both owe, and is
// weighted by the Maoz weight of the union — the stronger direction's.
// The pairs the data leave open are in no graph: [Snapshot.Allied] lists
// them with their doubts.
func (s *Snapshot) Undirected(obligations ...pact.Obligation) *Undirected {
	return s.undirected(s.ties.Certain, setOf(obligations))
}

// undirected returns the undirected graph of the obligations f in ties.
func (s *Snapshot) undirected(ties []Tie, f pact.ObligationSet) *Undirected {
	type half struct {
		o    pact.ObligationSet
		ways uint8
	}
	pairs := map[[2]int32]half{}
	var order [][2]int32
	for _, t := range ties {
		o := t.Obligations & f
		if o == 0 || !s.has(t.A) || !s.has(t.B) {
			continue
		}
		i, j := s.index[t.A], s.index[t.B]
		way := uint8(1)
		if j < i {
			i, j, way = j, i, 2
		}
		k := [2]int32{i, j}
		h, ok := pairs[k]
		if !ok {
			order = append(order, k)
		}
		pairs[k] = half{h.o | o, h.ways | way}
	}
	return s.pairGraph(order, func(k [2]int32) (pact.ObligationSet, bool, float64) {
		h := pairs[k]
		return h.o, h.ways == 3, weight(h.o)
	})
}

func (s *Snapshot) pairGraph(order [][2]int32, attr func([2]int32) (pact.ObligationSet, bool, float64)) *Undirected {
	g := &Undirected{base: newBase(s.nodes)}
	for _, k := range order {
		o, mutual, w := attr(k)
		i, j := k[0], k[1]
		g.add(i, j, Edge{F: g.nodes[i], T: g.nodes[j], Obligations: o, Mutual: mutual, W: w})
		g.add(j, i, Edge{F: g.nodes[j], T: g.nodes[i], Obligations: o, Mutual: mutual, W: w})
		g.edges++
	}
	g.sortAdjacency()
	return g
}

// rivalGraph returns the undirected graph of the rivalries in pairs, each
// edge of weight 1.
func (s *Snapshot) rivalGraph(pairs []Pair) *Undirected {
	var order [][2]int32
	for _, p := range pairs {
		if !s.has(p.A) || !s.has(p.B) {
			continue
		}
		i, j := s.index[p.A], s.index[p.B]
		order = append(order, [2]int32{min(i, j), max(i, j)})
	}
	return s.pairGraph(order, func([2]int32) (pact.ObligationSet, bool, float64) { return 0, true, 1 })
}

// Signed is the signed network of a snapshot as two layers over the same
// nodes: the alliances (positive) and the rivalries (negative). A pair that
// is both allied and rivals is an edge of both layers: it keeps both signs.
type Signed struct {
	positive, negative *Undirected
}

// Signed returns the signed network of the snapshot: the undirected
// alliance graph of the obligations given as the positive layer and the
// certain rivalries as the negative one, each edge of weight 1.
func (s *Snapshot) Signed(obligations ...pact.Obligation) *Signed {
	return &Signed{positive: s.Undirected(obligations...), negative: s.rivalGraph(s.rivals.Certain)}
}

// Positive returns the positive (alliance) layer.
func (s *Signed) Positive() *Undirected {
	if s == nil {
		return nil
	}
	return s.positive
}

// orEmpty returns g, or for a nil g the empty graph it stands for: every
// measure of the package takes a nil graph as the graph with no nodes.
func orEmpty(g *Undirected) *Undirected {
	if g == nil {
		return &Undirected{}
	}
	return g
}

// parts returns the signed network's two graphs, a nil network or part
// taken as empty.
func (s *Signed) parts() (positive, negative *Undirected) {
	if s == nil {
		return orEmpty(nil), orEmpty(nil)
	}
	return orEmpty(s.positive), orEmpty(s.negative)
}

// Negative returns the negative (rivalry) layer.
func (s *Signed) Negative() *Undirected {
	if s == nil {
		return nil
	}
	return s.negative
}
