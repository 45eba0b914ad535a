package network

import (
	"encoding/csv"
	"errors"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/entente-go/entente/relations"
)

// Series returns the [Summary] of the network of every year from through
// to, in order: of the obligations [WithObligations] names (all five
// binding ones without it), with the Louvain blocs of [WithSeed] (1
// without it). It reads the model's dyad-year panel once for the whole
// span. A year some source does not observe whole (for ATOP 5.1, after
// 2018) is a row whose measures of that source's ties are cannot tell,
// never a row of zeros. It reports an error for a span that is empty or
// begins before 1816, an option it does not take, and the model's errors.
func (n *Networks) Series(from, to int, opts ...Option) ([]Summary, error) {
	set, err := configure("Networks.Series", opts, "WithObligations", "WithSeed")
	if err != nil {
		return nil, err
	}
	if err := errors.Join(checkYear(from), checkYear(to)); err != nil {
		return nil, err
	}
	if to < from {
		return nil, errors.New("network: series " + strconv.Itoa(from) + "–" + strconv.Itoa(to) + ": the years run backwards")
	}
	years, err := n.src.panel(from, to)
	if err != nil {
		return nil, err
	}
	out := make([]Summary, 0, len(years))
	for k, ties := range years {
		y := from + k
		when, err := relations.YearDate(y)
		if err != nil {
			return nil, err
		}
		ties, doubt, err := n.src.observed(y, ties)
		if err != nil {
			return nil, err
		}
		s := n.snapshot(when, n.yearNodes(y), ties, doubt, rivalTies(n.rivals, y, false))
		out = append(out, s.summary(set.obligations, set.seed))
	}
	return out, nil
}

var csvHeader = []string{"year", "nodes", "edges", "arcs", "mutual", "uncertain_ties", "outside_ties", "isolates",
	"components", "largest", "density", "transitivity", "avg_clustering", "top_degree", "top_betweenness",
	"top_eigenvector", "top_pagerank", "blocs", "modularity", "rivalries", "uncertain_rivalries", "ambivalent",
	"triangles", "balanced_triangles", "balance", "polarization", "doubt"}

// WriteCSV writes a series as CSV, one row per summary after a header:
// year, nodes, edges, arcs, mutual, uncertain_ties, outside_ties, isolates,
// components, largest, density, transitivity, avg_clustering, top_degree,
// top_betweenness, top_eigenvector, top_pagerank (actor IDs), blocs,
// modularity, rivalries, uncertain_rivalries, ambivalent, triangles,
// balanced_triangles, balance, polarization, and doubt. A settled measure
// is written in its shortest exact form; one without a value — undefined
// (NaN), bounds, or cannot tell — as "NA", and a top state that cannot be
// told too. The doubt column says why a row has measures the data leave
// open (each distinct doubt once, joined by "; "), empty when every
// measure is settled; [Summary] holds the bounds. It returns the number of
// rows written.
func WriteCSV(w io.Writer, series []Summary) (int, error) {
	if w == nil {
		return 0, errNilWriter
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return 0, err
	}
	num := func(m relations.Measure) string {
		if v, ok := m.Value(); ok && !math.IsNaN(v) {
			return strconv.FormatFloat(v, 'g', -1, 64)
		}
		return "NA"
	}
	for _, s := range series {
		top := func(id relations.ActorID) string {
			if s.Doubt != (relations.Doubt{}) {
				return "NA"
			}
			return string(id)
		}
		measures := []relations.Measure{s.Edges, s.Arcs, s.Mutual, s.Isolates, s.Components, s.Largest, s.Density,
			s.Transitivity, s.AverageClustering, s.Blocs, s.Modularity, s.Rivalries, s.Ambivalent, s.Triangles,
			s.Balanced, s.Balance, s.Polarization}
		var doubts []string
		for _, d := range append([]relations.Doubt{s.Doubt}, doubtsOf(measures)...) {
			if t := d.String(); d != (relations.Doubt{}) && !slices.Contains(doubts, t) {
				doubts = append(doubts, t)
			}
		}
		row := []string{s.When.String(), strconv.Itoa(s.Nodes), num(s.Edges), num(s.Arcs), num(s.Mutual),
			strconv.Itoa(s.UncertainTies), strconv.Itoa(s.Outside), num(s.Isolates), num(s.Components),
			num(s.Largest), num(s.Density), num(s.Transitivity), num(s.AverageClustering), top(s.TopDegree),
			top(s.TopBetweenness), top(s.TopEigenvector), top(s.TopRank), num(s.Blocs), num(s.Modularity),
			num(s.Rivalries), strconv.Itoa(s.UncertainRivalries), num(s.Ambivalent), num(s.Triangles),
			num(s.Balanced), num(s.Balance), num(s.Polarization), strings.Join(doubts, "; ")}
		if err := cw.Write(row); err != nil {
			return 0, err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return 0, err
	}
	return len(series), nil
}

func doubtsOf(ms []relations.Measure) []relations.Doubt {
	out := make([]relations.Doubt, len(ms))
	for i, m := range ms {
		out[i] = m.Doubt
	}
	return out
}
