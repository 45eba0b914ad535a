package network_test

import (
	"fmt"
	"os"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/atop/atop51"
	"github.com/entente-go/entente/pact/network"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/rivalry"
)

// A model of one's own: NATO's founders and the one-way U.S. pledge to
// defend Japan, with mutual consultation, and the Soviet–American rivalry.
func ExampleNew() {
	d := relations.MustDate
	m, err := pact.New([]relations.Actor{
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "GBR", Kind: relations.StateActor, Name: "United Kingdom"},
		{ID: "FRA", Kind: relations.StateActor, Name: "France"},
		{ID: "JPN", Kind: relations.StateActor, Name: "Japan"},
		{ID: "RUS", Kind: relations.StateActor, Name: "Soviet Union"},
	}, []pact.Agreement{{
		ID: "nato", Name: "North Atlantic Treaty",
		Parties: []pact.Party{{Actor: "USA", Roles: pact.Member}, {Actor: "GBR", Roles: pact.Member},
			{Actor: "FRA", Roles: pact.Member}},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: d("1949-08-24")}},
		Clauses:   []pact.Clause{{ID: "art5", Obligation: pact.Defense}},
	}, {
		ID: "us-japan", Name: "Treaty of Mutual Cooperation and Security",
		Parties:   []pact.Party{{Actor: "USA", Roles: pact.Member}, {Actor: "JPN", Roles: pact.Member}},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: d("1960-06-23")}},
		Clauses: []pact.Clause{
			{ID: "art5", Obligation: pact.Defense, By: []relations.ActorID{"USA"}, To: []relations.ActorID{"JPN"}},
			{ID: "art4", Obligation: pact.Consultation}},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := network.New(m, network.WithRivalries([]rivalry.Rivalry{
		{Number: 1, Name: "Russia-United States", CCode1: 2, CCode2: 365, A: "USA", B: "RUS", Start: d("1945"), End: d("1989")},
	}))
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := n.Year(1962)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(s.Nodes()), "states in the system in 1962")
	for _, t := range s.Ties().Certain {
		fmt.Println(t)
	}
	fmt.Println("rivals:", s.Rivalries())
	// Output:
	// 117 states in the system in 1962
	// FRA owes defense to GBR
	// FRA owes defense to USA
	// GBR owes defense to FRA
	// GBR owes defense to USA
	// JPN owes consultation to USA
	// USA owes defense to FRA
	// USA owes defense to GBR
	// USA owes defense+consultation to JPN
	// rivals: [RUS–USA]
}

// Without the rivalries every measure that needs them is cannot tell;
// after 2010, when Thompson and Dreyer's data end, too.
func ExampleWithRivalries() {
	data, err := atop51.Read()
	if err != nil {
		fmt.Println(err)
		return
	}
	with, err := network.New(data.Model, network.WithRivalries(rivalry.All()))
	if err != nil {
		fmt.Println(err)
		return
	}
	without, err := network.New(data.Model)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range []struct {
		name string
		n    *network.Networks
		year int
	}{{"with rivalries", with, 2010}, {"with rivalries", with, 2011}, {"without", without, 2010}} {
		s, err := c.n.Year(c.year)
		if err != nil {
			fmt.Println(err)
			return
		}
		sum, err := s.Summary(network.WithObligations(pact.Defense))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(c.year, c.name+":", "rivalries", sum.Rivalries, "balance", sum.Balance)
	}
	// Output:
	// 2010 with rivalries: rivalries 42.000000 balance 0.978398
	// 2011 with rivalries: rivalries cannot tell (past-coverage: the rivalries of 2011, as last observed by Thompson and Dreyer in 2010) balance cannot tell (past-coverage: the rivalries of 2011, as last observed by Thompson and Dreyer in 2010)
	// 2010 without: rivalries cannot tell (unknown: no rivalry data: the networks were built without WithRivalries) balance cannot tell (unknown: no rivalry data: the networks were built without WithRivalries)
}

func ExampleWithObligations() {
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
	s, err := n.Year(1914)
	if err != nil {
		fmt.Println(err)
		return
	}
	defense, err := s.Summary(network.WithObligations(pact.Defense))
	if err != nil {
		fmt.Println(err)
		return
	}
	neutrality, err := s.Summary(network.WithObligations(pact.Neutrality, pact.NonAggression))
	if err != nil {
		fmt.Println(err)
		return
	}
	any, err := s.Summary() // all five binding obligations
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("alliance edges in 1914: defense", defense.Edges, "neutrality or non-aggression", neutrality.Edges, "any", any.Edges)
	_, err = s.Summary(network.WithObligations(pact.Expectation))
	fmt.Println(err)
	// Output:
	// alliance edges in 1914: defense 14.000000 neutrality or non-aggression 16.000000 any 29.000000
	// network: Snapshot.Summary: options: WithObligations: expectation is not an alliance obligation; want defense, offense, neutrality, non-aggression or consultation
}

func ExampleWithSeed() {
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
	for _, seed := range []uint64{1, 2} {
		sum, err := s.Summary(network.WithObligations(pact.Defense), network.WithSeed(seed))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println("seed", seed, "blocs:", sum.Blocs, "Q:", sum.Modularity)
	}
	_, err = n.Series(1962, 1962, network.WithRivalries(rivalry.All()))
	fmt.Println(err)
	// Output:
	// seed 1 blocs: 6.000000 Q: 0.659915
	// seed 2 blocs: 6.000000 Q: 0.659915
	// network: Networks.Series: options: WithRivalries is not an option of Networks.Series (it takes WithObligations, WithSeed)
}

func ExampleNetworks_Year() {
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
	s, err := n.Year(1914)
	if err != nil {
		fmt.Println(err)
		return
	}
	allies := s.Allied(pact.Defense)
	fmt.Println(s.When(), len(s.Nodes()), "states,", len(allies.Certain), "pairs allied by defense pacts")
	for _, p := range allies.Certain {
		if p.A == "cow-auh" || p.B == "cow-auh" {
			fmt.Println(p)
		}
	}
	// Past ATOP's coverage, what it last observed is uncertain.
	s, err = n.Year(2020)
	if err != nil {
		fmt.Println(err)
		return
	}
	ties := s.Ties()
	fmt.Println(len(ties.Certain), "certain ties in 2020,", len(ties.Uncertain), "uncertain, such as", ties.Uncertain[0].Item, "—", ties.Uncertain[0].Doubt)
	_, err = n.Year(1700)
	fmt.Println(err)
	// Output:
	// 1914 45 states, 15 pairs allied by defense pacts
	// BGR–cow-auh
	// DEU–cow-auh
	// ITA–cow-auh
	// ROU–cow-auh
	// 0 certain ties in 2020, 8456 uncertain, such as AFG owes consultation to USA — past-coverage: agreement "atop-6050" as last observed by ATOP 5.1 on 2018-12-31
	// network: year 1700 is before the COW state system begins, in 1816
}

func ExampleNetworks_Day() {
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
	s, err := n.Day(relations.MustDate("1914-07-28"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range s.Ties().Certain {
		if t.A == "cow-auh" {
			fmt.Println(t)
		}
	}
	_, err = n.Day(relations.MustDate("1914-07"))
	fmt.Println(err)
	// Output:
	// cow-auh owes defense+neutrality+consultation to DEU
	// cow-auh owes defense+neutrality+consultation to ITA
	// cow-auh owes defense+consultation to ROU
	// network: Day: day: "1914-07" is not a full date; a snapshot needs one (use Year for a year)
}

func ExampleNetworks_Series() {
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
	series, err := n.Series(2009, 2012, network.WithObligations(pact.Defense))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range series {
		fmt.Println(s.When, "edges", s.Edges, "rivalries", s.Rivalries)
	}
	// Output:
	// 2009 edges 1671.000000 rivalries 45.000000
	// 2010 edges 1681.000000 rivalries 42.000000
	// 2011 edges 1681.000000 rivalries cannot tell (past-coverage: the rivalries of 2011, as last observed by Thompson and Dreyer in 2010)
	// 2012 edges 1662.000000 rivalries cannot tell (past-coverage: the rivalries of 2012, as last observed by Thompson and Dreyer in 2010)
}

func ExampleSnapshot_When() {
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
	y, err := n.Year(1962)
	if err != nil {
		fmt.Println(err)
		return
	}
	day, err := n.Day(relations.MustDate("1962-10-22"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(y.When(), day.When())
	// Output:
	// 1962 1962-10-22
}

func ExampleSnapshot_Nodes() {
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
	s, err := n.Year(1816)
	if err != nil {
		fmt.Println(err)
		return
	}
	nodes := s.Nodes()
	first, last := nodes[0], nodes[len(nodes)-1]
	fmt.Printf("%d states, from %s (COW %d) to %s (COW %d)\n", len(nodes), first.Name, first.COW, last.Name, last.COW)
	// Output:
	// 23 states, from United States of America (COW 2) to Turkey (COW 640)
}

// Ties are what the model answers: on 1962-10-22 every tie is certain; on
// 1834-06-01 the pledges of the Quadruple Alliance vary by partner, and
// ATOP's directed file has no row to settle them.
func ExampleSnapshot_Ties() {
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
	for _, day := range []string{"1962-10-22", "1834-06-01"} {
		s, err := n.Day(relations.MustDate(day))
		if err != nil {
			fmt.Println(err)
			return
		}
		ties := s.Ties()
		fmt.Println(day, len(ties.Certain), "certain,", len(ties.Uncertain), "uncertain")
		if len(ties.Uncertain) > 0 {
			u := ties.Uncertain[0]
			fmt.Println("such as", u.Item, "—", u.Doubt)
		}
	}
	// Output:
	// 1962-10-22 1228 certain, 0 uncertain
	// 1834-06-01 104 certain, 12 uncertain
	// such as ESP owes defense+consultation to FRA — varies-by-partner: agreement "atop-1100": its defense obligation varies by partner; no row of ATOP's directed dyad-year file shows this phase: a later phase takes its year
}

func ExampleSnapshot_Rivalries() {
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
	for _, y := range []int{1990, 2011} {
		s, err := n.Year(y)
		if err != nil {
			fmt.Println(err)
			return
		}
		r := s.Rivalries()
		fmt.Println(y, len(r.Certain), "certain rivalries,", len(r.Uncertain), "uncertain")
	}
	// Output:
	// 1990 56 certain rivalries, 0 uncertain
	// 2011 0 certain rivalries, 42 uncertain
}

func ExampleSnapshot_Allied() {
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
	// The Quadruple Alliance of 1834: Spain's, Britain's and Portugal's
	// pledges vary by partner, and ATOP's directed file has no row to say.
	s, err := n.Day(relations.MustDate("1834-06-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	allies := s.Allied(pact.Defense)
	fmt.Println(len(allies.Certain), "pairs certainly allied by defense; cannot tell:")
	for _, u := range allies.Uncertain {
		fmt.Println(u.Item)
	}
	// Output:
	// 51 pairs certainly allied by defense; cannot tell:
	// ESP–FRA
	// ESP–GBR
	// ESP–PRT
	// FRA–GBR
	// GBR–PRT
}

func ExampleSnapshot_Ambivalent() {
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
	fmt.Println(s.Ambivalent(pact.Defense))
	// Output:
	// [ARG–BRA ARG–CHL BOL–CHL CHN–RUS COL–VEN CRI–NIC CUB–USA ECU–PER EGY–IRQ EGY–JOR EGY–SAU EGY–SYR GRC–TUR HND–SLV IRQ–KWT IRQ–SYR JOR–SYR SAU–SYR]
}

func ExampleSnapshot_Directed() {
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
	g := s.Directed(pact.Defense)
	usa, jpn := int64(2), int64(740) // COW codes
	fmt.Println("USA→JPN:", g.HasEdgeFromTo(usa, jpn), "JPN→USA:", g.HasEdgeFromTo(jpn, usa))
	fmt.Println(g.Edges(), "defense pledges")
	// Output:
	// USA→JPN: true JPN→USA: false
	// 991 defense pledges
}

func ExampleSnapshot_Undirected() {
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
	g := s.Undirected()
	e := g.WeightedEdge(2, 740).(network.Edge) // the United States and Japan
	fmt.Println("USA–JPN:", e.Obligations, "mutual:", e.Mutual, "weight:", e.Weight())
	fmt.Println(g.Edges(), "alliance edges among", g.Len(), "states")
	// Output:
	// USA–JPN: defense+non-aggression+consultation mutual: true weight: 3
	// 636 alliance edges among 117 states
}

func ExampleSnapshot_Signed() {
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
	fmt.Println(g.Positive().Edges(), "alliance edges,", g.Negative().Edges(), "rivalries")
	fmt.Println("balance:", network.StructuralBalance(g).Score)
	// Output:
	// 498 alliance edges, 48 rivalries
	// balance: 0.9055690072639225
}

func ExampleSnapshot_Summary() {
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
	sum, err := s.Summary(network.WithObligations(pact.Defense))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("edges", sum.Edges, "density", sum.Density, "top degree", sum.TopDegree)
	fmt.Println("blocs", sum.Blocs, "ambivalent", sum.Ambivalent, "balance", sum.Balance)
	// A day with ties the dates leave open: bounds, or cannot tell.
	day, err := n.Day(relations.MustDate("1834-06-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	sum, err = day.Summary()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("edges", sum.Edges)
	fmt.Println("transitivity", sum.Transitivity)
	// Output:
	// edges 498.000000 density 0.073386 top degree USA
	// blocs 6.000000 ambivalent 18.000000 balance 0.905569
	// edges between 34.000000 and 40.000000 (varies-by-partner: 12 ties the data leave open; the first, ESP owes defense+consultation to FRA: agreement "atop-1100": its defense obligation varies by partner; no row of ATOP's directed dyad-year file shows this phase: a later phase takes its year)
	// transitivity cannot tell (varies-by-partner: 12 ties the data leave open; the first, ESP owes defense+consultation to FRA: agreement "atop-1100": its defense obligation varies by partner; no row of ATOP's directed dyad-year file shows this phase: a later phase takes its year)
}

func ExampleTie_String() {
	fmt.Println(network.Tie{A: "USA", B: "JPN", Obligations: pact.ObligationSet(0).With(pact.Defense).With(pact.Consultation)})
	// Output:
	// USA owes defense+consultation to JPN
}

func ExamplePair_String() {
	fmt.Println(network.Pair{A: "GRC", B: "TUR"})
	// Output:
	// GRC–TUR
}

func ExamplePairOf() {
	fmt.Println(network.PairOf("TUR", "GRC") == network.Pair{A: "GRC", B: "TUR"})
	// Output:
	// true
}

func ExampleWriteCSV() {
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
	series, err := n.Series(2010, 2011, network.WithObligations(pact.Defense))
	if err != nil {
		fmt.Println(err)
		return
	}
	if _, err := network.WriteCSV(os.Stdout, series); err != nil {
		fmt.Println(err)
	}
	// Output:
	// year,nodes,edges,arcs,mutual,uncertain_ties,outside_ties,isolates,components,largest,density,transitivity,avg_clustering,top_degree,top_betweenness,top_eigenvector,top_pagerank,blocs,modularity,rivalries,uncertain_rivalries,ambivalent,triangles,balanced_triangles,balance,polarization,doubt
	// 2010,194,1681,3359,1678,0,0,50,52,141,0.08979221195448961,0.88596281915009,0.633921304904973,USA,FRA,USA,USA,6,0.6767992763719224,42,0,16,13934,13633,0.9783981627673317,0.9332559489262914,
	// 2011,195,1681,3359,1678,0,0,51,53,141,0.08887126619085382,0.88596281915009,0.6306704264182809,USA,FRA,USA,USA,6,0.6767992763719224,NA,42,NA,NA,NA,NA,NA,"past-coverage: the rivalries of 2011, as last observed by Thompson and Dreyer in 2010"
}

func ExampleSummary_String() {
	// One alliance, of the United States and the United Kingdom, in a
	// network of every state of the COW system.
	m, err := pact.New([]relations.Actor{
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "GBR", Kind: relations.StateActor, Name: "United Kingdom"},
	}, []pact.Agreement{{
		ID: "nato", Name: "North Atlantic Treaty",
		Parties:   []pact.Party{{Actor: "USA", Roles: pact.Member}, {Actor: "GBR", Roles: pact.Member}},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1949-08-24")}},
		Clauses:   []pact.Clause{{ID: "art5", Obligation: pact.Defense}},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := network.New(m)
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := n.Year(1962)
	if err != nil {
		fmt.Println(err)
		return
	}
	sum, err := s.Summary()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(sum)
	// Output:
	// alliance network summary for 1962: 117 states
	//   edges 1, arcs 2, mutual 1
	//   uncertain ties 0, outside the system 0
	//   isolates 115, components 116, largest 2
	//   density 0.000147, transitivity 0, average clustering 0
	//   top degree USA, betweenness none, eigenvector USA, PageRank USA
	//   blocs 1, modularity 0
	//   rivalries cannot tell, uncertain rivalries 0, ambivalent cannot tell
	//   triangles cannot tell, balanced cannot tell, balance cannot tell, polarization cannot tell
	//   open (rivalries, ambivalent, triangles, balanced, balance, polarization): unknown: no rivalry data: the networks were built without WithRivalries
}

func ExampleSnapshot_String() {
	// One alliance, of the United States and the United Kingdom, in the
	// network of 1962, built without rivalry data.
	m, err := pact.New([]relations.Actor{
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "GBR", Kind: relations.StateActor, Name: "United Kingdom"},
	}, []pact.Agreement{{
		ID: "nato", Name: "North Atlantic Treaty",
		Parties:   []pact.Party{{Actor: "USA", Roles: pact.Member}, {Actor: "GBR", Roles: pact.Member}},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1949-08-24")}},
		Clauses:   []pact.Clause{{ID: "art5", Obligation: pact.Defense}},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := network.New(m)
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := n.Year(1962)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s)
	// Output:
	// network of 1962: 117 states
	//   alliance ties: 2 certain, 0 cannot tell
	//   rivalries: 0 certain, 0 cannot tell (unknown: no rivalry data: the networks were built without WithRivalries)
}
