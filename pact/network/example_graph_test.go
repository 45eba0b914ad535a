package network_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/atop/atop51"
	"github.com/entente-go/entente/pact/network"
	"github.com/entente-go/entente/relations/rivalry"
)

// The graphs are gonum graphs: node IDs are COW codes (2 the United States,
// 20 Canada, 200 the United Kingdom, 365 Russia, 740 Japan), and these
// methods are gonum's interfaces, for its algorithms and for callers who
// walk a graph by hand. The examples read small graphs in the form
// WriteEdgeList writes; a snapshot's graphs are the same types.

// ExampleReadEdgeList reads a graph of three allies, a fourth state allied
// to one of them, and an isolated state.
func ExampleReadEdgeList() {
	g, err := network.ReadEdgeList(strings.NewReader(`source,target,weight,obligations
2,20,3,defense
2,200,3,defense+consultation
20,200,3,defense
2,740,3,defense
365,isolate,,
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(g.Len(), "states,", g.Edges(), "edges")
	_, err = network.ReadEdgeList(strings.NewReader("source,target,weight,obligations\n2,2,3,defense\n"))
	fmt.Println(err)
	// Output:
	// 5 states, 4 edges
	// edge list:2: self-loop
}

func ExampleWriteEdgeList() {
	g, err := network.ReadEdgeList(strings.NewReader("source,target,weight,obligations\n200,2,3,defense+consultation\n365,isolate,,\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := network.WriteEdgeList(os.Stdout, g); err != nil {
		fmt.Println(err)
	}
	// Output:
	// source,target,weight,obligations
	// 2,200,3,defense+consultation
	// 365,isolate,,
}

func ExampleEdge_From() {
	// The United States (2), Canada (20) and the United Kingdom (200) allied
	// to each other, the United States to Japan (740); Russia (365) alone.
	g, err := network.ReadEdgeList(strings.NewReader(`source,target,weight,obligations
2,20,3,defense
2,200,3,defense+consultation
20,200,3,defense
2,740,3,defense
365,isolate,,
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	e := g.WeightedEdge(2, 740)
	fmt.Println(e.From().ID(), e.To().ID())
	// Output:
	// 2 740
}

func ExampleEdge_To() {
	// The United States (2), Canada (20) and the United Kingdom (200) allied
	// to each other, the United States to Japan (740); Russia (365) alone.
	g, err := network.ReadEdgeList(strings.NewReader(`source,target,weight,obligations
2,20,3,defense
2,200,3,defense+consultation
20,200,3,defense
2,740,3,defense
365,isolate,,
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(g.WeightedEdge(740, 2).To().ID())
	// Output:
	// 2
}

func ExampleEdge_ReversedEdge() {
	// The United States (2), Canada (20) and the United Kingdom (200) allied
	// to each other, the United States to Japan (740); Russia (365) alone.
	g, err := network.ReadEdgeList(strings.NewReader(`source,target,weight,obligations
2,20,3,defense
2,200,3,defense+consultation
20,200,3,defense
2,740,3,defense
365,isolate,,
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	r := g.WeightedEdge(2, 740).ReversedEdge()
	fmt.Println(r.From().ID(), r.To().ID())
	// Output:
	// 740 2
}

func ExampleEdge_Weight() {
	// The United States (2), Canada (20) and the United Kingdom (200) allied
	// to each other, the United States to Japan (740); Russia (365) alone.
	g, err := network.ReadEdgeList(strings.NewReader(`source,target,weight,obligations
2,20,3,defense
2,200,3,defense+consultation
20,200,3,defense
2,740,3,defense
365,isolate,,
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	e := g.WeightedEdge(2, 200).(network.Edge)
	fmt.Println(e.Weight(), e.Obligations)
	// Output:
	// 3 defense+consultation
}

func ExampleUndirected_Len() {
	// The United States (2), Canada (20) and the United Kingdom (200) allied
	// to each other, the United States to Japan (740); Russia (365) alone.
	g, err := network.ReadEdgeList(strings.NewReader(`source,target,weight,obligations
2,20,3,defense
2,200,3,defense+consultation
20,200,3,defense
2,740,3,defense
365,isolate,,
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(g.Len())
	// Output:
	// 5
}

func ExampleUndirected_Actor() {
	// The United States (2), Canada (20) and the United Kingdom (200) allied
	// to each other, the United States to Japan (740); Russia (365) alone.
	g, err := network.ReadEdgeList(strings.NewReader(`source,target,weight,obligations
2,20,3,defense
2,200,3,defense+consultation
20,200,3,defense
2,740,3,defense
365,isolate,,
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	a, ok := g.Actor(740)
	fmt.Println(a.ID, a.Name, ok)
	a, ok = g.Actor(999)
	fmt.Printf("%q %v\n", a.ID, ok)
	// Output:
	// JPN Japan true
	// "" false
}

func ExampleUndirected_Node() {
	// The United States (2), Canada (20) and the United Kingdom (200) allied
	// to each other, the United States to Japan (740); Russia (365) alone.
	g, err := network.ReadEdgeList(strings.NewReader(`source,target,weight,obligations
2,20,3,defense
2,200,3,defense+consultation
20,200,3,defense
2,740,3,defense
365,isolate,,
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(g.Node(365).ID(), g.Node(999) == nil)
	// Output:
	// 365 true
}

func ExampleUndirected_Nodes() {
	// The United States (2), Canada (20) and the United Kingdom (200) allied
	// to each other, the United States to Japan (740); Russia (365) alone.
	g, err := network.ReadEdgeList(strings.NewReader(`source,target,weight,obligations
2,20,3,defense
2,200,3,defense+consultation
20,200,3,defense
2,740,3,defense
365,isolate,,
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	for it := g.Nodes(); it.Next(); {
		fmt.Print(it.Node().ID(), " ")
	}
	fmt.Println()
	// Output:
	// 2 20 200 365 740
}

func ExampleUndirected_From() {
	// The United States (2), Canada (20) and the United Kingdom (200) allied
	// to each other, the United States to Japan (740); Russia (365) alone.
	g, err := network.ReadEdgeList(strings.NewReader(`source,target,weight,obligations
2,20,3,defense
2,200,3,defense+consultation
20,200,3,defense
2,740,3,defense
365,isolate,,
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	for it := g.From(2); it.Next(); {
		fmt.Print(it.Node().ID(), " ")
	}
	fmt.Println()
	// Output:
	// 20 200 740
}

func ExampleUndirected_Edges() {
	// The United States (2), Canada (20) and the United Kingdom (200) allied
	// to each other, the United States to Japan (740); Russia (365) alone.
	g, err := network.ReadEdgeList(strings.NewReader(`source,target,weight,obligations
2,20,3,defense
2,200,3,defense+consultation
20,200,3,defense
2,740,3,defense
365,isolate,,
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(g.Edges())
	// Output:
	// 4
}

func ExampleUndirected_HasEdgeBetween() {
	// The United States (2), Canada (20) and the United Kingdom (200) allied
	// to each other, the United States to Japan (740); Russia (365) alone.
	g, err := network.ReadEdgeList(strings.NewReader(`source,target,weight,obligations
2,20,3,defense
2,200,3,defense+consultation
20,200,3,defense
2,740,3,defense
365,isolate,,
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(g.HasEdgeBetween(740, 2), g.HasEdgeBetween(740, 200))
	// Output:
	// true false
}

func ExampleUndirected_Edge() {
	// The United States (2), Canada (20) and the United Kingdom (200) allied
	// to each other, the United States to Japan (740); Russia (365) alone.
	g, err := network.ReadEdgeList(strings.NewReader(`source,target,weight,obligations
2,20,3,defense
2,200,3,defense+consultation
20,200,3,defense
2,740,3,defense
365,isolate,,
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(g.Edge(2, 740) != nil, g.Edge(740, 200) == nil)
	// Output:
	// true true
}

func ExampleUndirected_EdgeBetween() {
	// The United States (2), Canada (20) and the United Kingdom (200) allied
	// to each other, the United States to Japan (740); Russia (365) alone.
	g, err := network.ReadEdgeList(strings.NewReader(`source,target,weight,obligations
2,20,3,defense
2,200,3,defense+consultation
20,200,3,defense
2,740,3,defense
365,isolate,,
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	e := g.EdgeBetween(740, 2)
	fmt.Println(e.From().ID(), e.To().ID())
	// Output:
	// 740 2
}

func ExampleUndirected_WeightedEdge() {
	// The United States (2), Canada (20) and the United Kingdom (200) allied
	// to each other, the United States to Japan (740); Russia (365) alone.
	g, err := network.ReadEdgeList(strings.NewReader(`source,target,weight,obligations
2,20,3,defense
2,200,3,defense+consultation
20,200,3,defense
2,740,3,defense
365,isolate,,
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(g.WeightedEdge(2, 740).Weight())
	// Output:
	// 3
}

func ExampleUndirected_WeightedEdgeBetween() {
	// The United States (2), Canada (20) and the United Kingdom (200) allied
	// to each other, the United States to Japan (740); Russia (365) alone.
	g, err := network.ReadEdgeList(strings.NewReader(`source,target,weight,obligations
2,20,3,defense
2,200,3,defense+consultation
20,200,3,defense
2,740,3,defense
365,isolate,,
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(g.WeightedEdgeBetween(740, 2).Weight())
	// Output:
	// 3
}

func ExampleUndirected_Weight() {
	// The United States (2), Canada (20) and the United Kingdom (200) allied
	// to each other, the United States to Japan (740); Russia (365) alone.
	g, err := network.ReadEdgeList(strings.NewReader(`source,target,weight,obligations
2,20,3,defense
2,200,3,defense+consultation
20,200,3,defense
2,740,3,defense
365,isolate,,
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	w, ok := g.Weight(2, 740)
	fmt.Println(w, ok)
	w, ok = g.Weight(2, 2)
	fmt.Println(w, ok)
	w, ok = g.Weight(740, 200)
	fmt.Println(w, ok)
	// Output:
	// 3 true
	// 0 true
	// 0 false
}

func ExampleDirected_Edges() {
	data, err := atop51.Read()
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := network.New(data.Model)
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := n.Year(1962)
	if err != nil {
		fmt.Println(err)
		return
	}
	g := s.Directed(pact.Defense) // the United States pledges to defend Japan, Japan not the United States
	fmt.Println(g.Edges(), "defense pledges")
	// Output:
	// 991 defense pledges
}

func ExampleDirected_Len() {
	data, err := atop51.Read()
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := network.New(data.Model)
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := n.Year(1962)
	if err != nil {
		fmt.Println(err)
		return
	}
	g := s.Directed(pact.Defense) // the United States pledges to defend Japan, Japan not the United States
	fmt.Println(g.Len(), "states")
	// Output:
	// 117 states
}

func ExampleDirected_Actor() {
	data, err := atop51.Read()
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := network.New(data.Model)
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := n.Year(1962)
	if err != nil {
		fmt.Println(err)
		return
	}
	g := s.Directed(pact.Defense) // the United States pledges to defend Japan, Japan not the United States
	a, ok := g.Actor(740)
	fmt.Println(a.ID, a.Name, ok)
	// Output:
	// JPN Japan true
}

func ExampleDirected_Node() {
	data, err := atop51.Read()
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := network.New(data.Model)
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := n.Year(1962)
	if err != nil {
		fmt.Println(err)
		return
	}
	g := s.Directed(pact.Defense) // the United States pledges to defend Japan, Japan not the United States
	fmt.Println(g.Node(740).ID(), g.Node(999) == nil)
	// Output:
	// 740 true
}

func ExampleDirected_Nodes() {
	data, err := atop51.Read()
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := network.New(data.Model)
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := n.Year(1962)
	if err != nil {
		fmt.Println(err)
		return
	}
	g := s.Directed(pact.Defense) // the United States pledges to defend Japan, Japan not the United States
	fmt.Println(g.Nodes().Len(), "nodes")
	// Output:
	// 117 nodes
}

func ExampleDirected_From() {
	data, err := atop51.Read()
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := network.New(data.Model)
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := n.Year(1962)
	if err != nil {
		fmt.Println(err)
		return
	}
	g := s.Directed(pact.Defense) // the United States pledges to defend Japan, Japan not the United States
	fmt.Println("the United States owes defense to", g.From(2).Len(), "states")
	// Output:
	// the United States owes defense to 43 states
}

func ExampleDirected_To() {
	data, err := atop51.Read()
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := network.New(data.Model)
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := n.Year(1962)
	if err != nil {
		fmt.Println(err)
		return
	}
	g := s.Directed(pact.Defense) // the United States pledges to defend Japan, Japan not the United States
	fmt.Print("owe Japan defense:")
	for it := g.To(740); it.Next(); {
		fmt.Print(" ", it.Node().ID())
	}
	fmt.Println()
	// Output:
	// owe Japan defense: 2
}

func ExampleDirected_HasEdgeBetween() {
	data, err := atop51.Read()
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := network.New(data.Model)
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := n.Year(1962)
	if err != nil {
		fmt.Println(err)
		return
	}
	g := s.Directed(pact.Defense) // the United States pledges to defend Japan, Japan not the United States
	fmt.Println(g.HasEdgeBetween(740, 2))
	// Output:
	// true
}

func ExampleDirected_HasEdgeFromTo() {
	data, err := atop51.Read()
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := network.New(data.Model)
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := n.Year(1962)
	if err != nil {
		fmt.Println(err)
		return
	}
	g := s.Directed(pact.Defense) // the United States pledges to defend Japan, Japan not the United States
	fmt.Println("USA→JPN:", g.HasEdgeFromTo(2, 740), "JPN→USA:", g.HasEdgeFromTo(740, 2))
	// Output:
	// USA→JPN: true JPN→USA: false
}

func ExampleDirected_Edge() {
	data, err := atop51.Read()
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := network.New(data.Model)
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := n.Year(1962)
	if err != nil {
		fmt.Println(err)
		return
	}
	g := s.Directed(pact.Defense) // the United States pledges to defend Japan, Japan not the United States
	fmt.Println(g.Edge(2, 740) != nil, g.Edge(740, 2) == nil)
	// Output:
	// true true
}

func ExampleDirected_WeightedEdge() {
	data, err := atop51.Read()
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := network.New(data.Model)
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := n.Year(1962)
	if err != nil {
		fmt.Println(err)
		return
	}
	g := s.Directed(pact.Defense) // the United States pledges to defend Japan, Japan not the United States
	fmt.Println(g.WeightedEdge(2, 740).Weight())
	// Output:
	// 3
}

func ExampleDirected_Weight() {
	data, err := atop51.Read()
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := network.New(data.Model)
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := n.Year(1962)
	if err != nil {
		fmt.Println(err)
		return
	}
	g := s.Directed(pact.Defense) // the United States pledges to defend Japan, Japan not the United States
	w, ok := g.Weight(2, 740)
	fmt.Println(w, ok)
	w, ok = g.Weight(740, 2)
	fmt.Println(w, ok)
	// Output:
	// 3 true
	// 0 false
}

func ExampleSigned_Positive() {
	data, err := atop51.Read()
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := network.New(data.Model, network.WithRivalries(rivalry.All()))
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := n.Year(1962)
	if err != nil {
		fmt.Println(err)
		return
	}
	g := s.Signed(pact.Defense)
	fmt.Println(g.Positive().Edges(), "allied pairs")
	// Output:
	// 498 allied pairs
}

func ExampleSigned_Negative() {
	data, err := atop51.Read()
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := network.New(data.Model, network.WithRivalries(rivalry.All()))
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := n.Year(1962)
	if err != nil {
		fmt.Println(err)
		return
	}
	g := s.Signed(pact.Defense)
	fmt.Println(g.Negative().Edges(), "rival pairs")
	// Output:
	// 48 rival pairs
}

func ExampleStructuralBalance() {
	data, err := atop51.Read()
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := network.New(data.Model, network.WithRivalries(rivalry.All()))
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := n.Year(1962)
	if err != nil {
		fmt.Println(err)
		return
	}
	g := s.Signed(pact.Defense)
	b := network.StructuralBalance(g)
	fmt.Println(b.Triangles, "triangles,", b.Balanced, "balanced:", b.Score)
	// Output:
	// 2478 triangles, 2244 balanced: 0.9055690072639225
}

func ExamplePolarization() {
	data, err := atop51.Read()
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := network.New(data.Model, network.WithRivalries(rivalry.All()))
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := n.Year(1962)
	if err != nil {
		fmt.Println(err)
		return
	}
	g := s.Signed(pact.Defense)
	blocs := network.Communities(g.Positive(), 1)
	fmt.Printf("%.4f\n", network.Polarization(g, blocs))
	// Output:
	// 0.9231
}

func ExampleDegree() {
	// The United States (2), Canada (20) and the United Kingdom (200) allied
	// to each other, the United States to Japan (740); Russia (365) alone.
	g, err := network.ReadEdgeList(strings.NewReader(`source,target,weight,obligations
2,20,3,defense
2,200,3,defense+consultation
20,200,3,defense
2,740,3,defense
365,isolate,,
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%.3f\n", network.Degree(g)) // in node order: 2, 20, 200, 365, 740
	// Output:
	// [0.750 0.500 0.500 0.000 0.250]
}

func ExampleBetweenness() {
	// The United States (2), Canada (20) and the United Kingdom (200) allied
	// to each other, the United States to Japan (740); Russia (365) alone.
	g, err := network.ReadEdgeList(strings.NewReader(`source,target,weight,obligations
2,20,3,defense
2,200,3,defense+consultation
20,200,3,defense
2,740,3,defense
365,isolate,,
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%.3f\n", network.Betweenness(g))
	// Output:
	// [0.333 0.000 0.000 0.000 0.000]
}

func ExampleEigenvector() {
	// The United States (2), Canada (20) and the United Kingdom (200) allied
	// to each other, the United States to Japan (740); Russia (365) alone.
	g, err := network.ReadEdgeList(strings.NewReader(`source,target,weight,obligations
2,20,3,defense
2,200,3,defense+consultation
20,200,3,defense
2,740,3,defense
365,isolate,,
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%.3f\n", network.Eigenvector(g))
	// Output:
	// [0.612 0.523 0.523 0.000 0.282]
}

func ExamplePageRank() {
	// The United States (2), Canada (20) and the United Kingdom (200) allied
	// to each other, the United States to Japan (740); Russia (365) alone.
	g, err := network.ReadEdgeList(strings.NewReader(`source,target,weight,obligations
2,20,3,defense
2,200,3,defense+consultation
20,200,3,defense
2,740,3,defense
365,isolate,,
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%.3f\n", network.PageRank(g, 0.85))
	// Output:
	// [0.353 0.237 0.237 0.036 0.136]
}

func ExampleComponents() {
	// The United States (2), Canada (20) and the United Kingdom (200) allied
	// to each other, the United States to Japan (740); Russia (365) alone.
	g, err := network.ReadEdgeList(strings.NewReader(`source,target,weight,obligations
2,20,3,defense
2,200,3,defense+consultation
20,200,3,defense
2,740,3,defense
365,isolate,,
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(network.Components(g))
	// Output:
	// [[2 20 200 740] [365]]
}

func ExampleDensity() {
	// The United States (2), Canada (20) and the United Kingdom (200) allied
	// to each other, the United States to Japan (740); Russia (365) alone.
	g, err := network.ReadEdgeList(strings.NewReader(`source,target,weight,obligations
2,20,3,defense
2,200,3,defense+consultation
20,200,3,defense
2,740,3,defense
365,isolate,,
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(network.Density(g)) // 4 edges of 10 possible
	// Output:
	// 0.4
}

func ExampleTransitivity() {
	// The United States (2), Canada (20) and the United Kingdom (200) allied
	// to each other, the United States to Japan (740); Russia (365) alone.
	g, err := network.ReadEdgeList(strings.NewReader(`source,target,weight,obligations
2,20,3,defense
2,200,3,defense+consultation
20,200,3,defense
2,740,3,defense
365,isolate,,
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%.4f\n", network.Transitivity(g)) // 3 × 1 triangle / 5 connected triples
	// Output:
	// 0.6000
}

func ExampleAverageClustering() {
	// The United States (2), Canada (20) and the United Kingdom (200) allied
	// to each other, the United States to Japan (740); Russia (365) alone.
	g, err := network.ReadEdgeList(strings.NewReader(`source,target,weight,obligations
2,20,3,defense
2,200,3,defense+consultation
20,200,3,defense
2,740,3,defense
365,isolate,,
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%.4f\n", network.AverageClustering(g)) // (1/3 + 1 + 1 + 0 + 0) / 5
	// Output:
	// 0.4667
}

func ExampleCommunities() {
	g, err := network.ReadEdgeList(strings.NewReader(`source,target,weight,obligations
2,20,3,defense
2,200,3,defense
20,200,3,defense
365,710,3,defense
365,731,3,defense
710,731,3,defense
2,365,1,consultation
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	p := network.Communities(g, 1)
	fmt.Printf("%v Q = %.4f\n", p.Communities, p.Q)
	// Output:
	// [[2 20 200] [365 710 731]] Q = 0.3571
}

func ExampleModularity() {
	// The United States (2), Canada (20) and the United Kingdom (200) allied
	// to each other, the United States to Japan (740); Russia (365) alone.
	g, err := network.ReadEdgeList(strings.NewReader(`source,target,weight,obligations
2,20,3,defense
2,200,3,defense+consultation
20,200,3,defense
2,740,3,defense
365,isolate,,
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%.4f\n", network.Modularity(g, [][]int64{{2, 20, 200}, {740}}))
	// Output:
	// -0.0312
}
