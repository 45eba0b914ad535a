package network

import (
	"errors"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/relations"
)

// FromHistory returns the signed network of a [relations.History] on day:
// a node per actor of the history, in ID order, and an edge per pair whose
// standing the history settles — positive for partners and allies,
// negative for hostile pairs (rivals); strained and normal pairs have no
// edge. A history's actors need no COW code (an armed group, an
// organisation), so its node IDs are the actors' positions, 1 to n;
// [Undirected.Actor] names them. The pairs the history cannot settle on
// day (an event its precision cannot place, a standing past a dataset's
// coverage) are returned apart, with their doubts, and are in neither
// layer; no measure counts them. It reports an error for a nil history,
// and the history's error for an invalid day.
func FromHistory(h *relations.History, day relations.Date) (*Signed, []relations.Doubtful[relations.Edge], error) {
	if h == nil {
		return nil, nil, errs.In("network", &relations.ValidationError{Path: "FromHistory: history", Err: errors.New("is nil")})
	}
	n, err := h.Network(day)
	if err != nil {
		return nil, nil, err
	}
	pos := &Undirected{base: historyBase(n.Actors)}
	neg := &Undirected{base: historyBase(n.Actors)}
	index := make(map[relations.ActorID]int32, len(n.Actors))
	for i, a := range n.Actors {
		index[a.ID] = int32(i)
	}
	for _, e := range n.Edges.Certain {
		var g *Undirected
		switch {
		case e.Alignment >= relations.Partner:
			g = pos
		case e.Alignment == relations.Hostile:
			g = neg
		default:
			continue
		}
		i, j := index[e.A], index[e.B]
		g.add(i, j, Edge{F: g.nodes[i], T: g.nodes[j], Mutual: true, W: 1})
		g.add(j, i, Edge{F: g.nodes[j], T: g.nodes[i], Mutual: true, W: 1})
		g.edges++
	}
	pos.sortAdjacency()
	neg.sortAdjacency()
	return &Signed{positive: pos, negative: neg}, n.Edges.Uncertain, nil
}

// historyBase is the node set of a history's network: node i+1 for the
// i-th actor.
func historyBase(actors []relations.Actor) base {
	b := base{actors: actors, nodes: make([]graph.Node, len(actors)), index: make(map[int64]int32, len(actors)),
		out: make([][]int32, len(actors)), edge: make([][]Edge, len(actors))}
	for i := range actors {
		b.nodes[i] = simple.Node(int64(i) + 1)
		b.index[int64(i)+1] = int32(i)
	}
	return b
}
