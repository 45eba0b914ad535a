// Package network builds the alliance and rivalry networks of a pact model
// as gonum graphs and measures them: who is central, how the system divides
// into blocs, how balanced and how polarized it is, on a day or year by year
// from 1816 — never giving a number the sources do not settle.
//
// It stands above package pact, whose answers it reads, and is the only
// package of entente that imports gonum (gonum.org/v1/gonum/graph): its
// graphs implement gonum's graph.WeightedUndirected and
// graph.WeightedDirected, so gonum's own algorithms run on them too.
//
// # A network in four lines
//
//	data, err := atop51.Read()                  // ATOP 5.1, embedded
//	n, err := network.New(data.Model, network.WithRivalries(rivalry.All()))
//	s, err := n.Year(1914)                      // or n.Day(relations.MustDate("1914-07-28"))
//	sum, err := s.Summary(network.WithObligations(pact.Defense))
//
// [New] takes any pact model — ATOP as package atop reads it, or a world of
// one's own — and, with [WithRivalries], Thompson and Dreyer's strategic
// rivalries. [Networks.Year] and [Networks.Day] return a [Snapshot]; its
// nodes are the states of the Correlates of War system then (package cow;
// after the COW list ends, 2016-12-31, its last members, carried forward on
// purpose), listed by COW code, which is each node's gonum ID.
//
// # Where the ties come from
//
// Every tie is the model's own answer. A year's ties are the model's
// directed dyad-year panel ([pact.Model.DyadYears]): A's obligations to B at
// some time in the year, as ATOP's directed dyad-year file codes them. A
// day's are the model's partners and bonds that day
// ([pact.Model.AlliancePartners], [pact.Model.Bonds]). A [Tie] is directed —
// A owes B the Obligations — because pledges may be one-way (the United
// States pledges to defend Japan; Japan does not pledge to defend the
// United States).
//
// Members whose obligations vary by partner (ATOP's OBVARY) are as the model
// settles them from ATOP's directed file: a partner owed is a certain tie, a
// partner not owed no tie. Where the model cannot say — no directed file
// was read, or none of its rows shows the phase — the tie is uncertain, and
// a pair whose obligation the file records though not which alliance
// carries it is certain on a day every alliance that could carry it binds
// them, as the partner queries count it.
//
// # Certain, uncertain, and past the sources
//
// [Snapshot.Ties], [Snapshot.Allied], [Snapshot.Rivalries] and
// [Snapshot.Ambivalent] answer with a [relations.Answer]: the certain items,
// and apart, each with its [relations.Doubt], those the data leave open — a
// partial date, an obligation that varies by partner, a time past a source's
// coverage. The graphs hold the certain edges only; an uncertain edge is
// in the answers, never in a graph and never counted as certain.
//
// A year or day some source does not observe (ATOP 5.1 ends 2018-12-31, the
// rivalries in 2010) holds that source's ties as it last observed them,
// uncertain, and every measure of them is cannot tell: what a source last
// observed says nothing of alliances ended or made since. Year(2020) is such
// a network, never one of no alliances.
//
// A tie with an end that is not a state of the system then (a government
// in exile, a microstate ATOP lists before COW does) is in the answers as the
// model gives it, but no graph has a node for it; a [Summary] counts such
// ties apart.
//
// # Graphs
//
//   - [Snapshot.Directed]: an edge A→B when A certainly owes B an obligation
//     of those asked for (all five binding ones when none is given).
//   - [Snapshot.Undirected]: ATOP's collapsing rule — A and B are joined when
//     either owes the other; the [Edge] holds both directions' obligations,
//     is Mutual when both owe, and weighs what the stronger direction owes
//     (Maoz's ordinal scale).
//   - [Snapshot.Signed]: the signed network of alliances (positive) and
//     rivalries (negative) as two layers over the same nodes.
//   - [FromHistory]: the signed network of a [relations.History] on a day —
//     partners and allies positive, hostile pairs negative — for worlds
//     written by hand, whose actors (armed groups, organisations) need no COW
//     code.
//
// [ReadEdgeList] and [WriteEdgeList] exchange an undirected graph with
// networkx and igraph. Nodes are listed in ID order, never in the order of
// a map, and sums run in that order: every result is bit-identical from run
// to run.
//
// # Measures
//
// Each measure's doc comment gives its formula, the paper it comes from,
// and the reference it is checked against: [Degree], [Betweenness],
// [Eigenvector] and [PageRank] centrality; [Components]; [Density];
// [Transitivity] and [AverageClustering]; [Communities] (gonum's Louvain
// with a fixed seed) and their [Modularity]; [StructuralBalance]; and
// [Polarization]. They measure the graph they are given.
//
// [Snapshot.Summary] measures a snapshot, and [Networks.Series] every year
// of a span, written as CSV by [WriteCSV]. Each measure of a [Summary] is a
// [relations.Measure] and follows its one rule: the value where every tie
// is settled; exact bounds where each open tie moves the measure on its
// own, one way (the counts of edges, isolates, components, triangles;
// density); cannot tell where the open ties interact (transitivity,
// clustering, blocs and modularity, balance, polarization, the leading
// states), and for every measure of ties past a source's coverage. The
// [Summary] doc says why each measure is which. [WithObligations] chooses
// the network measured (defense pledges, say), [WithSeed] the Louvain seed;
// a call given an option it does not take reports an error.
//
// A nil graph or signed network is the empty one: every graph measure takes
// it as a network without nodes, never a panic. A nil writer or reader, a
// nil model, history or snapshot, is an error.
//
// # Allies that are rivals
//
// From the mid-1960s to 2010, 16–21 pairs a year share a defense pact and a
// strategic rivalry (more share some obligation) — Greece and Turkey in NATO,
// Egypt and Iraq, Iraq and Saudi Arabia in the Arab League.
// [Snapshot.Ambivalent] lists them and the [Summary] counts them. They keep
// both signs: the alliance measures see the alliance, the rivalry layer the
// rivalry; [StructuralBalance] counts a triangle through such a pair once
// with each sign; [Polarization] counts one tie of each sign, so the pair
// always costs one error.
//
// # Checked against networkx, igraph and pact
//
// The tests compare degree, betweenness, eigenvector and PageRank
// centrality, density, transitivity and average clustering within 1e-9 of
// networkx 2.8 and igraph 0.10 on the ATOP defense and any-obligation
// networks of 1816, 1914, 1939, 1962, 1990 and 2018, exported with
// [WriteEdgeList] (testdata/reference.py writes the golden values). They
// check that a year's ties are the model's panel, that a day's partners are
// pact's partner queries for every state and obligation, and that each bound
// of a [Summary] is the least or greatest value over every way the open
// ties may fall.
//
// # Pictures and series
//
// The program examples/networks writes the series 1816–2018 as CSV
// (docs/network-series.csv) and SVG pictures of the defense network on
// 1914-07-28, 1939-09-01, 1962-10-22 and 2018-12-31, states coloured by
// bloc, with a chart of density, blocs and balance; the README shows them.
package network
