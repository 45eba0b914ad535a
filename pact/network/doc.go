// Package network builds the alliance and rivalry networks of international
// security as gonum graphs and measures them: who is central, how the
// system divides into blocs, how balanced and how polarized it is, year by
// year from 1816.
//
// It is the only package of entente that imports gonum
// (gonum.org/v1/gonum/graph): the graphs it returns implement gonum's
// graph.WeightedUndirected and graph.WeightedDirected, so gonum's own
// algorithms run on them too.
//
// # Snapshots
//
// [New] takes a pact model — ATOP 5.1 as package atop reads it, or a model
// of one's own — and, with [WithRivalries], Thompson and Dreyer's strategic
// rivalries. [Networks.Year] and [Networks.Day] return a [Snapshot]: its
// nodes are the states of the Correlates of War system then (package cow;
// membership after the COW list ends, 2016-12-31, is carried forward), its
// ties are typed [Tie] values. An alliance tie is directed — A owes B the
// [Obligations] — because pledges may be one-way (the United States pledges
// to defend Japan; Japan does not pledge to defend the United States). A year
// takes ATOP's directed dyad-year panel for that year; a day takes the
// obligations binding on it.
//
// Certain and uncertain ties are kept apart. [Snapshot.Ties] are certain and
// every measure counts them; [Snapshot.Uncertain] holds, each with its
// [Cause], the ties a partial date leaves open, those after a source's
// coverage (ATOP ends 2018-12-31, the rivalries 2010: "as last observed"),
// those of members whose obligations vary by partner (ATOP's OBVARY), and
// those to actors outside the state system. No measure counts them, and
// every [Summary] reports how many there were.
//
// # Graphs
//
//   - [Snapshot.Directed]: an edge A→B when A owes B an obligation of a
//     filter (such as [Defense] or [AnyObligation]).
//   - [Snapshot.Undirected]: ATOP's collapsing rule — A and B are joined
//     when either owes the other; the edge holds both directions'
//     obligations, is Mutual when both owe, and weighs what the stronger
//     direction owes ([Obligations.Weight], Maoz's ordinal scale).
//   - [Snapshot.Rivals] and [Snapshot.Signed]: the rivalries, and the signed
//     network of alliances (positive) and rivalries (negative) as two layers.
//   - [FromHistory]: the signed network of a [relations.History] on a day —
//     partners and allies positive, hostile pairs negative, the pairs the
//     history cannot settle returned apart — for worlds written by hand,
//     whose actors (armed groups, organisations) need no COW code.
//
// Nodes are listed in ID order (the gonum ID is the COW code), never in the
// order of a map, and sums run in that order: every result is bit-identical
// from run to run.
//
// # Allies that are rivals
//
// From the mid-1960s to 2010, 16–21 pairs a year share a defense pact and a
// strategic rivalry (more share some obligation) — Greece and Turkey in NATO,
// Egypt and Iraq, Iraq and Saudi Arabia in the Arab League. [Snapshot.Ambivalent] lists them and the [Summary]
// counts them. They keep both signs: the alliance measures see the alliance,
// the rivalry graph the rivalry; [StructuralBalance] counts a triangle
// through such a pair once with each sign; [Polarization] counts one tie of
// each sign, so the pair always costs one error.
//
// # Measures
//
// Each measure's doc comment gives its formula, the paper it comes from, and
// the reference it is checked against: [Degree], [Betweenness],
// [Eigenvector] and [PageRank] centrality; [Components]; [Density];
// [Transitivity] and [AverageClustering]; [Communities] (gonum's Louvain
// with a fixed seed) and their [Modularity]; [StructuralBalance]; and
// [Polarization]. [Measure] computes all of them for a snapshot and
// [Networks.Series] for every year of a span, written by [WriteCSV].
//
// A nil graph, signed network or snapshot is the empty one: every measure
// takes it as a network without nodes, never a panic. A nil writer or
// reader, a nil model or history, is an error.
//
// # Pictures and series
//
// The program examples/networks writes the series 1816–2018 as CSV and SVG
// pictures of the defense network on 1914-07-28, 1939-09-01, 1962-10-22 and
// 2018-12-31, states coloured by bloc, with a chart of density, blocs and
// balance; the README shows them (docs/network-*.svg).
//
// # Checked against networkx and igraph
//
// The tests compare degree, betweenness, eigenvector and PageRank
// centrality, density, transitivity and average clustering within 1e-9 of
// networkx 2.8 and igraph 0.10 on the ATOP defense and any-obligation
// networks of 1816, 1914, 1939, 1962, 1990 and 2018, exported with
// [WriteEdgeList] (testdata/reference.py writes the golden values).
package network
