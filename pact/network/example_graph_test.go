package network_test

import (
	"fmt"

	"github.com/entente-go/entente/pact/network"
)

// The graphs are gonum graphs: node IDs are COW codes (2 the United States,
// 740 Japan, 200 the United Kingdom), and these methods are gonum's
// interfaces, for its algorithms and for callers who walk a graph by hand.

const usa, jpn, gbr = int64(2), int64(740), int64(200)

func ExampleEdge_From() {
	e := year(1962).Undirected(network.Defense).WeightedEdge(usa, jpn)
	fmt.Println(e.From().ID(), e.To().ID())
	// Output: 2 740
}

func ExampleEdge_To() {
	e := year(1962).Directed(network.Defense).WeightedEdge(usa, jpn)
	fmt.Println(e.To().ID())
	// Output: 740
}

func ExampleEdge_ReversedEdge() {
	e := year(1962).Undirected(network.Defense).WeightedEdge(usa, jpn)
	r := e.ReversedEdge()
	fmt.Println(r.From().ID(), r.To().ID())
	// Output: 740 2
}

func ExampleEdge_Weight() {
	e := year(1962).Undirected(network.AnyObligation).WeightedEdge(usa, jpn).(network.Edge)
	fmt.Println(e.Weight(), e.Obligations, e.Mutual)
	// Output: 3 defense+consultation true
}

func ExampleUndirected_Edges() {
	fmt.Println(year(1962).Undirected(network.Defense).Edges())
	// Output: 11
}

func ExampleUndirected_HasEdgeBetween() {
	g := year(1962).Undirected(network.Defense)
	fmt.Println(g.HasEdgeBetween(jpn, usa), g.HasEdgeBetween(jpn, gbr))
	// Output: true false
}

func ExampleUndirected_Edge() {
	g := year(1962).Undirected(network.Defense)
	fmt.Println(g.Edge(usa, jpn) != nil, g.Edge(jpn, gbr) == nil)
	// Output: true true
}

func ExampleUndirected_EdgeBetween() {
	e := year(1962).Undirected(network.Defense).EdgeBetween(jpn, usa)
	fmt.Println(e.From().ID(), e.To().ID())
	// Output: 740 2
}

func ExampleUndirected_WeightedEdge() {
	e := year(1962).Undirected(network.Defense).WeightedEdge(usa, jpn)
	fmt.Println(e.Weight())
	// Output: 3
}

func ExampleUndirected_WeightedEdgeBetween() {
	e := year(1962).Undirected(network.Defense).WeightedEdgeBetween(jpn, usa)
	fmt.Println(e.Weight())
	// Output: 3
}

func ExampleUndirected_Weight() {
	g := year(1962).Undirected(network.Defense)
	w, ok := g.Weight(usa, jpn)
	fmt.Println(w, ok)
	w, ok = g.Weight(usa, usa)
	fmt.Println(w, ok)
	_, ok = g.Weight(jpn, gbr)
	fmt.Println(ok)
	// Output:
	// 3 true
	// 0 true
	// false
}

func ExampleDirected_Edges() {
	fmt.Println(year(1962).Directed(network.Defense).Edges())
	// Output: 21
}

func ExampleDirected_To() {
	g := year(1962).Directed(network.Defense)
	to := g.To(jpn)
	for to.Next() {
		fmt.Println(to.Node().ID(), "owes Japan defense")
	}
	// Output: 2 owes Japan defense
}

func ExampleDirected_HasEdgeBetween() {
	g := year(1962).Directed(network.Defense)
	fmt.Println(g.HasEdgeBetween(jpn, usa))
	// Output: true
}

func ExampleDirected_HasEdgeFromTo() {
	g := year(1962).Directed(network.Defense)
	fmt.Println(g.HasEdgeFromTo(usa, jpn), g.HasEdgeFromTo(jpn, usa))
	// Output: true false
}

func ExampleDirected_Edge() {
	g := year(1962).Directed(network.Defense)
	fmt.Println(g.Edge(usa, jpn) != nil, g.Edge(jpn, usa) == nil)
	// Output: true true
}

func ExampleDirected_WeightedEdge() {
	e := year(1962).Directed(network.Defense).WeightedEdge(usa, jpn)
	fmt.Println(e.Weight())
	// Output: 3
}

func ExampleDirected_Weight() {
	w, ok := year(1962).Directed(network.Defense).Weight(usa, jpn)
	fmt.Println(w, ok)
	// Output: 3 true
}

func ExampleSigned_Positive() {
	s := year(1962).Signed(network.Defense)
	fmt.Println(s.Positive().Edges(), "allied pairs")
	// Output: 11 allied pairs
}

func ExampleSigned_Negative() {
	s := year(1962).Signed(network.Defense)
	fmt.Println(s.Negative().Edges(), "rival pairs")
	// Output: 2 rival pairs
}

func ExampleSnapshot_When() {
	s, _ := coldWar().Day(d("1962-10-22"))
	fmt.Println(s.When(), year(1962).When())
	// Output: 1962-10-22 1962
}

func ExampleSnapshot_Nodes() {
	nodes := year(1962).Nodes()
	fmt.Println(len(nodes), nodes[0].Name)
	// Output: 117 United States of America
}

func ExampleSnapshot_Ties() {
	for _, t := range year(1962).Ties()[:2] {
		fmt.Println(t)
	}
	// Output:
	// FRA owes defense+consultation to GBR
	// FRA owes defense to GRC
}
