package network

import (
	"errors"
	"math"
	"strconv"
	"strings"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

// Summary holds every measure of one snapshot's alliance network (of the
// obligations asked for) and its rivalries: one row of a series. Each
// measure is a [relations.Measure] and follows its rule where the data
// leave ties open — the value where every tie is settled; exact bounds
// where each open tie moves the measure on its own, one way; cannot tell
// otherwise, and for every measure of a kind of tie the sources do not
// observe at the time (alliances or rivalries made since what a source
// last observed are unknown). Let L be the graph of the certain ties and
// U the graph of the certain and the uncertain ones:
//
//   - Edges, Arcs (the directed ties), Mutual (the edges owed both ways),
//     Density, Rivalries and Ambivalent count pairs, each of which one open
//     tie adds or not: bounded by L and U.
//   - Isolates and Components only fall, and Largest only grows, as an
//     edge is added, and every open tie held or none is a way the data
//     may fall: bounded by L and U (Isolates and Components from U to L).
//   - Triangles and Balanced count signed triangles, which an edge of
//     either sign only adds: bounded by L and U with the rivalries.
//   - Transitivity, AverageClustering, Blocs, Modularity, Balance and
//     Polarization are ratios or optima that one tie may move either way,
//     depending on the others: cannot tell.
//
// Node-level centralities are summarised by the state that scores highest
// (the first by COW code on a tie), empty for a graph without edges and
// where Doubt is not zero: which state leads cannot be told.
type Summary struct {
	When relations.Date
	// Nodes is the number of states: the COW system is settled.
	Nodes int
	// Edges counts the undirected alliance edges, Arcs the directed ties
	// between states, Mutual the edges owed both ways.
	Edges, Arcs, Mutual relations.Measure
	// UncertainTies counts the directed alliance ties (of the obligations
	// asked for) between states that the data leave open, as
	// [Snapshot.Ties] lists them; Outside the alliance ties and rivalries,
	// certain or not, with an end that is not a state of the system then:
	// in no graph, and so in no measure.
	UncertainTies, Outside int
	// Isolates are the states without an alliance; Components counts the
	// connected components (an isolate is one) and Largest the states in
	// the largest.
	Isolates, Components, Largest            relations.Measure
	Density, Transitivity, AverageClustering relations.Measure
	// The states with the highest degree, betweenness, eigenvector and
	// PageRank (damping 0.85) centrality.
	TopDegree, TopBetweenness, TopEigenvector, TopRank relations.ActorID
	// Blocs counts the Louvain communities of two or more states (see
	// [Communities]), Modularity is their Q.
	Blocs, Modularity relations.Measure
	// Rivalries counts the rivalries between states, UncertainRivalries
	// those the data leave open; Ambivalent the pairs both allied and
	// rivals.
	Rivalries          relations.Measure
	UncertainRivalries int
	Ambivalent         relations.Measure
	// Triangles counts the signed triangles and Balanced those balanced;
	// Balance is their share ([StructuralBalance]), Polarization that of
	// the blocs ([Polarization]).
	Triangles, Balanced, Balance, Polarization relations.Measure
	// Doubt is why the alliance ties leave measures open: zero when every
	// tie of the obligations asked for is settled and the sources observe
	// the time.
	Doubt relations.Doubt
}

// Summary computes every measure of the snapshot (see [Summary]): of the
// network of the obligations [WithObligations] names (all five binding
// ones without it), with the Louvain blocs of [WithSeed] (1 without it).
// It reports an error for an option it does not take.
func (s *Snapshot) Summary(opts ...Option) (Summary, error) {
	if s == nil {
		return Summary{}, errors.New("network: Snapshot.Summary: no snapshot (nil)")
	}
	set, err := configure("Snapshot.Summary", opts, "WithObligations", "WithSeed")
	if err != nil {
		return Summary{}, err
	}
	return s.summary(set.obligations, set.seed), nil
}

// cannotTell is the measure the data leave wholly open, for doubt d.
func cannotTell(d relations.Doubt) relations.Measure {
	return relations.Measure{Lo: math.NaN(), Hi: math.NaN(), Doubt: d}
}

// bounds is the measure from lo to hi, settled when they meet (or when
// neither is a number: the measure is undefined either way).
func bounds(lo, hi float64, d relations.Doubt) relations.Measure {
	if lo == hi || math.IsNaN(lo) && math.IsNaN(hi) {
		return relations.Exact(lo)
	}
	return relations.Measure{Lo: lo, Hi: hi, Doubt: d}
}

// count is bounds of two counts, the lower first.
func count(lo, hi int, d relations.Doubt) relations.Measure {
	return bounds(float64(lo), float64(hi), d)
}

// summary computes the measures of the network of f, Louvain with seed.
func (s *Snapshot) summary(f pact.ObligationSet, seed uint64) Summary {
	sum := Summary{When: s.when, Nodes: len(s.nodes)}
	var open []Tie // the uncertain ties of f between states
	first := relations.Doubt{}
	for _, u := range s.ties.Uncertain {
		t := u.Item
		if t.Obligations&f == 0 {
			continue
		}
		if !s.has(t.A) || !s.has(t.B) {
			sum.Outside++
			continue
		}
		if len(open) == 0 {
			first = u.Doubt
		}
		open = append(open, Tie{t.A, t.B, t.Obligations & f})
	}
	var arcs []Tie
	for _, t := range s.ties.Certain {
		switch {
		case t.Obligations&f == 0:
		case !s.has(t.A) || !s.has(t.B):
			sum.Outside++
		default:
			arcs = append(arcs, t)
		}
	}
	sum.UncertainTies = len(open)
	sum.Doubt = s.alliances
	if sum.Doubt == (relations.Doubt{}) && len(open) > 0 {
		sum.Doubt = relations.Doubt{Reason: first.Reason, Detail: strconv.Itoa(len(open)) +
			" ties the data leave open; the first, " + open[0].String() + ": " + first.Detail}
	}

	lower := s.undirected(arcs, f)
	upper := lower
	if len(open) > 0 {
		upper = s.undirected(append(append([]Tie(nil), arcs...), open...), f)
	}
	d := sum.Doubt
	if s.alliances != (relations.Doubt{}) {
		for _, m := range []*relations.Measure{&sum.Edges, &sum.Arcs, &sum.Mutual, &sum.Isolates, &sum.Components,
			&sum.Largest, &sum.Density, &sum.Transitivity, &sum.AverageClustering, &sum.Blocs, &sum.Modularity} {
			*m = cannotTell(d)
		}
	} else {
		sum.Edges = count(lower.edges, upper.edges, d)
		sum.Arcs = count(len(arcs), len(arcs)+countArcs(arcs, open), d)
		sum.Mutual = count(mutual(lower), mutual(upper), d)
		sum.Isolates = count(isolates(upper), isolates(lower), d)
		cl, cu := componentIndices(lower), componentIndices(upper)
		sum.Components = count(len(cu), len(cl), d)
		sum.Largest = count(largest(cl), largest(cu), d)
		sum.Density = bounds(Density(lower), Density(upper), d)
	}

	var p Partition
	if settled := d == (relations.Doubt{}); settled {
		p = Communities(lower, seed)
		sum.Transitivity, sum.AverageClustering = relations.Exact(Transitivity(lower)), relations.Exact(AverageClustering(lower))
		top := func(x []float64) relations.ActorID {
			best := -1
			for i, v := range x {
				if v > 0 && (best < 0 || v > x[best]) {
					best = i
				}
			}
			if lower.edges == 0 || best < 0 {
				return ""
			}
			return lower.actors[best].ID
		}
		sum.TopDegree, sum.TopBetweenness = top(Degree(lower)), top(Betweenness(lower))
		sum.TopEigenvector, sum.TopRank = top(Eigenvector(lower)), top(PageRank(lower, 0.85))
		blocs := 0
		for _, c := range p.Communities {
			if len(c) > 1 {
				blocs++
			}
		}
		sum.Blocs, sum.Modularity = relations.Exact(float64(blocs)), relations.Exact(p.Q)
	} else if s.alliances == (relations.Doubt{}) {
		for _, m := range []*relations.Measure{&sum.Transitivity, &sum.AverageClustering, &sum.Blocs, &sum.Modularity} {
			*m = cannotTell(d)
		}
	}

	s.summariseRivalries(&sum, f, lower, upper, p)
	return sum
}

// summariseRivalries fills the measures of the rivalries and of the signed
// network, the alliance graphs lower and upper and their blocs p given.
func (s *Snapshot) summariseRivalries(sum *Summary, f pact.ObligationSet, lower, upper *Undirected, p Partition) {
	var sure, maybe []Pair
	for _, r := range s.rivals.Certain {
		if s.has(r.A) && s.has(r.B) {
			sure = append(sure, r)
		} else {
			sum.Outside++
		}
	}
	first := relations.Doubt{}
	for _, u := range s.rivals.Uncertain {
		if !s.has(u.Item.A) || !s.has(u.Item.B) {
			sum.Outside++
			continue
		}
		if len(maybe) == 0 {
			first = u.Doubt
		}
		maybe = append(maybe, u.Item)
	}
	sum.UncertainRivalries = len(maybe)
	d := s.rivalries
	if d == (relations.Doubt{}) && len(maybe) > 0 {
		d = relations.Doubt{Reason: first.Reason, Detail: strconv.Itoa(len(maybe)) +
			" rivalries the data leave open; the first, " + maybe[0].String() + ": " + first.Detail}
	}
	if s.rivalries != (relations.Doubt{}) {
		sum.Rivalries = cannotTell(s.rivalries)
	} else {
		sum.Rivalries = count(len(sure), len(sure)+len(maybe), d)
	}
	// What rests on both kinds of tie: open if either is.
	both := sum.Doubt
	if both == (relations.Doubt{}) || s.rivalries != (relations.Doubt{}) {
		both = d
	}
	if s.alliances != (relations.Doubt{}) || s.rivalries != (relations.Doubt{}) {
		for _, m := range []*relations.Measure{&sum.Ambivalent, &sum.Triangles, &sum.Balanced, &sum.Balance, &sum.Polarization} {
			*m = cannotTell(both)
		}
		return
	}
	inGraph := func(a relations.Answer[Pair]) relations.Answer[Pair] {
		var out relations.Answer[Pair]
		for _, q := range a.Certain {
			if s.has(q.A) && s.has(q.B) {
				out.Certain = append(out.Certain, q)
			}
		}
		for _, u := range a.Uncertain {
			if s.has(u.Item.A) && s.has(u.Item.B) {
				out.Uncertain = append(out.Uncertain, u)
			}
		}
		return out
	}
	amb := ambivalent(inGraph(allied(s.ties, f)), inGraph(s.rivals))
	sum.Ambivalent = count(len(amb.Certain), amb.Len(), both)
	lo := StructuralBalance(&Signed{positive: lower, negative: s.rivalGraph(sure)})
	hi := lo
	if upper != lower || len(maybe) > 0 {
		hi = StructuralBalance(&Signed{positive: upper, negative: s.rivalGraph(append(append([]Pair(nil), sure...), maybe...))})
	}
	sum.Triangles, sum.Balanced = count(lo.Triangles, hi.Triangles, both), count(lo.Balanced, hi.Balanced, both)
	if both != (relations.Doubt{}) {
		sum.Balance, sum.Polarization = cannotTell(both), cannotTell(both)
		return
	}
	sig := &Signed{positive: lower, negative: s.rivalGraph(sure)}
	sum.Balance, sum.Polarization = relations.Exact(lo.Score), relations.Exact(Polarization(sig, p))
}

// countArcs counts the directed pairs of open that arcs do not hold.
func countArcs(arcs, open []Tie) int {
	held := make(map[[2]relations.ActorID]bool, len(arcs))
	for _, t := range arcs {
		held[[2]relations.ActorID{t.A, t.B}] = true
	}
	n := 0
	for _, t := range open {
		if k := [2]relations.ActorID{t.A, t.B}; !held[k] {
			held[k] = true
			n++
		}
	}
	return n
}

// mutual counts the edges of g owed both ways.
func mutual(g *Undirected) int {
	n := 0
	for i := range g.edge {
		for k, e := range g.edge[i] {
			if int(g.out[i][k]) > i && e.Mutual {
				n++
			}
		}
	}
	return n
}

// isolates counts the nodes of g without an edge.
func isolates(g *Undirected) int {
	n := 0
	for _, nb := range g.out {
		if len(nb) == 0 {
			n++
		}
	}
	return n
}

// largest returns the size of the largest component.
func largest(comps [][]int32) int {
	n := 0
	for _, c := range comps {
		n = max(n, len(c))
	}
	return n
}

// String lists the summary's measures, after a header naming the network
// and its time, as in "alliance network summary for 1962: 135 states".
// A settled count prints as a whole number; a measure the data leave open
// prints its bounds or "cannot tell", and each distinct doubt is said once,
// at the end, with the measures it leaves open.
func (s Summary) String() string {
	var b strings.Builder
	b.WriteString("alliance network summary for " + s.When.String() + ": " + strconv.Itoa(s.Nodes) + " states")
	var doubts []relations.Doubt
	open := map[relations.Doubt][]string{}
	line := func(parts ...any) {
		b.WriteString("\n ")
		for i := 0; i < len(parts); i += 2 {
			name := parts[i].(string)
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString(" " + name + " ")
			switch v := parts[i+1].(type) {
			case relations.Measure:
				b.WriteString(measureText(v))
				if !v.Settled() {
					if _, seen := open[v.Doubt]; !seen {
						doubts = append(doubts, v.Doubt)
					}
					open[v.Doubt] = append(open[v.Doubt], name)
				}
			case int:
				b.WriteString(strconv.Itoa(v))
			case relations.ActorID:
				if v == "" {
					v = "none"
				}
				b.WriteString(string(v))
			}
		}
	}
	line("edges", s.Edges, "arcs", s.Arcs, "mutual", s.Mutual)
	line("uncertain ties", s.UncertainTies, "outside the system", s.Outside)
	line("isolates", s.Isolates, "components", s.Components, "largest", s.Largest)
	line("density", s.Density, "transitivity", s.Transitivity, "average clustering", s.AverageClustering)
	line("top degree", s.TopDegree, "betweenness", s.TopBetweenness, "eigenvector", s.TopEigenvector, "PageRank", s.TopRank)
	line("blocs", s.Blocs, "modularity", s.Modularity)
	line("rivalries", s.Rivalries, "uncertain rivalries", s.UncertainRivalries, "ambivalent", s.Ambivalent)
	line("triangles", s.Triangles, "balanced", s.Balanced, "balance", s.Balance, "polarization", s.Polarization)
	for _, d := range doubts {
		b.WriteString("\n  open (" + strings.Join(open[d], ", ") + "): " + d.String())
	}
	return b.String()
}

// measureText prints a settled whole number without decimals, a settled
// fraction with six, bounds as "between lo and hi" and a measure the data
// leave open as "cannot tell"; the doubt is said apart.
func measureText(m relations.Measure) string {
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', 6, 64) }
	v, ok := m.Value()
	switch {
	case ok && v == math.Trunc(v) && !math.IsInf(v, 0):
		return strconv.FormatFloat(v, 'f', 0, 64)
	case ok:
		return f(v)
	case m.CannotTell():
		return "cannot tell"
	}
	return "between " + f(m.Lo) + " and " + f(m.Hi)
}
