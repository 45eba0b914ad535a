package network

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strconv"

	"github.com/entente-go/entente/relations"
)

// Summary holds every measure of one snapshot's network, as one row of a
// series. Node-level centralities are summarised by the state that scores
// highest (the first by COW code on a tie).
type Summary struct {
	When relations.Date
	// Nodes is the number of states; Edges the undirected alliance edges of
	// the obligations asked for, Arcs the directed ones, Mutual the edges
	// owed both ways.
	Nodes, Edges, Arcs, Mutual int
	// UncertainTies counts the uncertain alliance ties (directed, of the
	// obligations asked for) left out of every measure.
	UncertainTies int
	// Isolates are the states without an alliance; Components counts the
	// connected components (an isolate is one) and Largest the states in
	// the largest.
	Isolates, Components, Largest                      int
	Density, Transitivity, AverageClustering           float64
	TopDegree, TopBetweenness, TopEigenvector, TopRank relations.ActorID
	// Blocs counts the Louvain communities of two or more states, Modularity
	// is their Q.
	Blocs      int
	Modularity float64
	// Rivalries counts the certain rivalries, UncertainRivalries those
	// after the rivalry data end; Ambivalent the pairs both allied and
	// rivals.
	Rivalries, UncertainRivalries, Ambivalent int
	// Balance counts the signed triangles; Polarization is that of the
	// blocs. Both are NaN where no rivalry data observe the time.
	Balance      Balance
	Polarization float64
}

// Measure computes every measure of the network of the obligations f in
// snapshot s: the centralities, components, density, clustering, the
// Louvain blocs (with seed, see [Communities]), and, where rivalry data
// observe the time, structural balance and polarization. PageRank uses
// damping 0.85.
func Measure(s *Snapshot, f Obligations, seed uint64) Summary {
	if s == nil {
		s = &Snapshot{}
	}
	g := s.Undirected(f)
	sum := Summary{When: s.when, Nodes: g.Len(), Edges: g.edges}
	for _, t := range s.ties {
		if t.Kind == AllianceTie && t.Obligations&f != 0 {
			sum.Arcs++
		}
	}
	for i := range g.edge {
		for k, e := range g.edge[i] {
			if int(g.out[i][k]) > i && e.Mutual {
				sum.Mutual++
			}
		}
		if len(g.out[i]) == 0 {
			sum.Isolates++
		}
	}
	for _, t := range s.uncertain {
		switch {
		case t.Kind == AllianceTie && t.Obligations&f != 0:
			sum.UncertainTies++
		case t.Kind == RivalryTie:
			sum.UncertainRivalries++
		}
	}
	comps := componentIndices(g)
	sum.Components = len(comps)
	for _, c := range comps {
		sum.Largest = max(sum.Largest, len(c))
	}
	sum.Density, sum.Transitivity, sum.AverageClustering = Density(g), Transitivity(g), AverageClustering(g)
	top := func(x []float64) relations.ActorID {
		best := -1
		if g.edges == 0 {
			return ""
		}
		for i, v := range x {
			if v > 0 && (best < 0 || v > x[best]) {
				best = i
			}
		}
		if best < 0 {
			return ""
		}
		return g.actors[best].ID
	}
	sum.TopDegree, sum.TopBetweenness = top(Degree(g)), top(Betweenness(g))
	sum.TopEigenvector, sum.TopRank = top(Eigenvector(g)), top(PageRank(g, 0.85))
	p := Communities(g, seed)
	for _, c := range p.Communities {
		if len(c) > 1 {
			sum.Blocs++
		}
	}
	sum.Modularity = p.Q
	sig := &Signed{positive: g, negative: s.Rivals()}
	sum.Rivalries = sig.negative.edges
	sum.Ambivalent = len(s.Ambivalent(f))
	if s.rivalries {
		sum.Balance = StructuralBalance(sig)
		sum.Polarization = Polarization(sig, p)
	} else {
		sum.Balance = Balance{Score: math.NaN()}
		sum.Polarization = math.NaN()
	}
	return sum
}

// Series returns the [Summary] of the network of the obligations f for
// every year from through to, in order, with the Louvain seed given. It
// reads the model's dyad-year panel once for the whole span. It reports
// an error for a span that is empty or begins before 1816.
func (n *Networks) Series(from, to int, f Obligations, seed uint64) ([]Summary, error) {
	if from < FirstYear || to > 9999 || to < from {
		return nil, fmt.Errorf("network: series %d–%d: years must run forward within %d–9999", from, to, FirstYear)
	}
	ties := make([][]Tie, to-from+1)
	n.src.yearTies(from, to, func(y int, t Tie) { ties[y-from] = append(ties[y-from], t) })
	out := make([]Summary, 0, len(ties))
	for k, tt := range ties {
		y := from + k
		when, _ := relations.YearDate(y)
		s := n.snapshot(when, n.yearNodes(y), tt, n.src.covered(y), n.yearRivals(y))
		out = append(out, Measure(s, f, seed))
	}
	return out, nil
}

// CSVHeader is the header line WriteCSV writes.
const CSVHeader = "year,nodes,edges,arcs,mutual,uncertain_ties,isolates,components,largest,density,transitivity," +
	"avg_clustering,top_degree,top_betweenness,top_eigenvector,top_pagerank,blocs,modularity,rivalries," +
	"uncertain_rivalries,ambivalent,triangles,balanced_triangles,balance,polarization"

// WriteCSV writes a series as CSV with the columns of CSVHeader, one row per
// summary; numbers in their shortest exact form, a value without an answer
// (NaN) as "NA". It returns the number of rows written.
func WriteCSV(w io.Writer, series []Summary) (int, error) {
	if w == nil {
		return 0, errNilWriter
	}
	bw := bufio.NewWriter(w)
	bw.WriteString(CSVHeader + "\n")
	num := func(x float64) string {
		if math.IsNaN(x) {
			return "NA"
		}
		return strconv.FormatFloat(x, 'g', -1, 64)
	}
	for _, s := range series {
		fields := []string{s.When.String(), strconv.Itoa(s.Nodes), strconv.Itoa(s.Edges), strconv.Itoa(s.Arcs),
			strconv.Itoa(s.Mutual), strconv.Itoa(s.UncertainTies), strconv.Itoa(s.Isolates),
			strconv.Itoa(s.Components), strconv.Itoa(s.Largest), num(s.Density), num(s.Transitivity),
			num(s.AverageClustering), string(s.TopDegree), string(s.TopBetweenness), string(s.TopEigenvector),
			string(s.TopRank), strconv.Itoa(s.Blocs), num(s.Modularity), strconv.Itoa(s.Rivalries),
			strconv.Itoa(s.UncertainRivalries), strconv.Itoa(s.Ambivalent), strconv.Itoa(s.Balance.Triangles),
			strconv.Itoa(s.Balance.Balanced), num(s.Balance.Score), num(s.Polarization)}
		for i, f := range fields {
			if i > 0 {
				bw.WriteByte(',')
			}
			bw.WriteString(f)
		}
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return 0, err
	}
	return len(series), nil
}
