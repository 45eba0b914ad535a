package network_test

import (
	"fmt"
	"os"
	"strings"
	"testing/fstest"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/atop"
	"github.com/entente-go/entente/pact/network"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/rivalry"
)

var d = relations.MustDate

// coldWar builds the small model most examples share: NATO (Greece and
// Turkey join in 1952), the one-way U.S. pledge to defend Japan with mutual
// consultation, and a Franco-British consultation pact dated to the month
// only; with two rivalries, Greece–Turkey (still running when the data end)
// and the Soviet Union–United States (1945–1989).
func coldWar() *network.Networks {
	n, err := network.New(coldWarModel(), network.WithRivalries(coldWarRivals()))
	if err != nil {
		panic(err)
	}
	return n
}

func coldWarRivals() []rivalry.Rivalry {
	return []rivalry.Rivalry{
		{Number: 1, Name: "Greece-Turkey", CCode1: 350, CCode2: 640, A: "GRC", B: "TUR", Start: d("1955")},
		{Number: 2, Name: "Russia-United States", CCode1: 2, CCode2: 365, A: "USA", B: "RUS", Start: d("1945"), End: d("1989")},
	}
}

func coldWarModel() *pact.Model {
	actors := []relations.Actor{
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "GBR", Kind: relations.StateActor, Name: "United Kingdom"},
		{ID: "FRA", Kind: relations.StateActor, Name: "France"},
		{ID: "GRC", Kind: relations.StateActor, Name: "Greece"},
		{ID: "TUR", Kind: relations.StateActor, Name: "Turkey"},
		{ID: "JPN", Kind: relations.StateActor, Name: "Japan"},
		{ID: "RUS", Kind: relations.StateActor, Name: "Soviet Union"},
	}
	founder := func(id relations.ActorID) pact.Party {
		return pact.Party{Actor: id, Roles: pact.Member, Joined: d("1949-08-24")}
	}
	agreements := []pact.Agreement{
		{
			ID: "nato", Name: "North Atlantic Treaty",
			Parties: []pact.Party{founder("USA"), founder("GBR"), founder("FRA"),
				{Actor: "GRC", Roles: pact.Member, Joined: d("1952-02-18")},
				{Actor: "TUR", Roles: pact.Member, Joined: d("1952-02-18")}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: d("1949-08-24")}},
			Clauses:   []pact.Clause{{ID: "art5", Obligation: pact.Defense}},
		},
		{
			ID: "us-japan", Name: "Treaty of Mutual Cooperation and Security",
			Parties:   []pact.Party{{Actor: "USA", Roles: pact.Member}, {Actor: "JPN", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: d("1960-06-23")}},
			Clauses: []pact.Clause{
				{ID: "art5", Obligation: pact.Defense, By: []relations.ActorID{"USA"}, To: []relations.ActorID{"JPN"}},
				{ID: "art4", Obligation: pact.Consultation}},
		},
		{
			ID: "entente", Name: "Franco-British consultation (illustrative)",
			Parties:   []pact.Party{{Actor: "GBR", Roles: pact.Member}, {Actor: "FRA", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: d("1962-10")}},
			Clauses:   []pact.Clause{{ID: "consult", Obligation: pact.Consultation}},
		},
	}
	m, err := pact.New(actors, agreements)
	if err != nil {
		panic(err)
	}
	return m
}

func year(y int) *network.Snapshot {
	s, err := coldWar().Year(y)
	if err != nil {
		panic(err)
	}
	return s
}

// printScores prints scores by COW code, only those above zero.
func printScores(g *network.Undirected, scores []float64) {
	i := 0
	for it := g.Nodes(); it.Next(); i++ {
		if scores[i] > 1e-12 {
			a, _ := g.Actor(it.Node().ID())
			fmt.Printf("%s %.6f\n", a.ID, scores[i])
		}
	}
}

func ExampleNew() {
	n := coldWar()
	s, _ := n.Year(1962)
	fmt.Println(len(s.Nodes()), "states in the system in 1962")
	for _, t := range s.Ties() {
		fmt.Println(t)
	}
	// Output:
	// 117 states in the system in 1962
	// FRA owes defense+consultation to GBR
	// FRA owes defense to GRC
	// FRA owes defense to TUR
	// FRA owes defense to USA
	// GBR owes defense+consultation to FRA
	// GBR owes defense to GRC
	// GBR owes defense to TUR
	// GBR owes defense to USA
	// GRC owes defense to FRA
	// GRC owes defense to GBR
	// GRC owes defense to TUR
	// GRC and TUR are rivals
	// GRC owes defense to USA
	// JPN owes consultation to USA
	// RUS and USA are rivals
	// TUR owes defense to FRA
	// TUR owes defense to GBR
	// TUR owes defense to GRC
	// TUR owes defense to USA
	// USA owes defense to FRA
	// USA owes defense to GBR
	// USA owes defense to GRC
	// USA owes defense+consultation to JPN
	// USA owes defense to TUR
}

func ExampleWithRivalries() {
	n := coldWar()
	for _, y := range []int{1990, 2011} {
		s, _ := n.Year(y)
		fmt.Println(y, "certain:", s.Rivals().Edges(), "rivalries; uncertain:", s.Uncertain())
	}
	// Output:
	// 1990 certain: 1 rivalries; uncertain: []
	// 2011 certain: 0 rivalries; uncertain: [GRC and TUR are rivals (after coverage)]
}

// tinyATOP is ATOP's three files, cut down to two alliances: one with an
// entry known to the month only, one whose member 2 is coded OBVARY.
func tinyATOP() fstest.MapFS {
	alliances := `atopid,begyr,begmo,begday,endyr,endmo,endday,bilat,maxphase,defense,offense,neutral,nonagg,consul,asymm,mem1,mem2,mem3
1,1904,4,8,0,0,0,0,0,1,0,0,0,0,0,200,220,365
2,1906,1,1,0,0,0,0,0,1,0,0,0,1,1,2,200,
`
	phases := `atopid,phase,begyr,begmo,begday,endyr,endmo,endday
1,0,1904,4,8,0,0,0
2,0,1906,1,1,0,0,0
`
	members := `atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul,asymm,obvary
1,200,1904,4,8,0,0,0,0,1,0,0,0,0,0,0
1,220,1904,4,8,0,0,0,0,1,0,0,0,0,0,0
1,365,1907,8,,0,0,0,0,1,0,0,0,0,0,0
2,2,1906,1,1,0,0,0,0,1,0,0,0,1,1,1
2,200,1906,1,1,0,0,0,0,0,0,0,0,1,1,0
`
	return fstest.MapFS{atop.AlliancesFile: {Data: []byte(alliances)}, atop.PhasesFile: {Data: []byte(phases)},
		atop.MembersFile: {Data: []byte(members)}}
}

func ExampleWithATOP() {
	data, err := atop.Read(tinyATOP()) // or atop.ReadDir("../shared/data/atop-5.1")
	if err != nil {
		fmt.Println(err)
		return
	}
	n, _ := network.New(data.Model, network.WithATOP(data))
	for _, day := range []string{"1907-08-15", "2019-06-01"} {
		s, err := n.Day(d(day))
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(day, "certain:", s.Ties())
		fmt.Println(day, "uncertain:", s.Uncertain())
	}
	// Output:
	// 1907-08-15 certain: [FRA owes defense to GBR GBR owes defense to FRA GBR owes consultation to USA]
	// 1907-08-15 uncertain: [FRA owes defense to RUS (partial date) GBR owes defense to RUS (partial date) RUS owes defense to FRA (partial date) RUS owes defense to GBR (partial date) USA owes defense+consultation to GBR (varies by partner)]
	// 2019-06-01 certain: []
	// 2019-06-01 uncertain: [FRA owes defense to GBR (after coverage) FRA owes defense to RUS (after coverage) GBR owes defense to FRA (after coverage) GBR owes defense to RUS (after coverage) GBR owes consultation to USA (after coverage) RUS owes defense to FRA (after coverage) RUS owes defense to GBR (after coverage) USA owes defense+consultation to GBR (after coverage)]
}

func ExampleNetworks_Year() {
	s := year(1990)
	fmt.Println(s.When(), len(s.Nodes()), "states")
	for _, t := range s.Ties() {
		fmt.Println(t)
	}
	_, err := coldWar().Year(1700)
	fmt.Println(err)
	// Output:
	// 1990 165 states
	// FRA owes defense+consultation to GBR
	// FRA owes defense to GRC
	// FRA owes defense to TUR
	// FRA owes defense to USA
	// GBR owes defense+consultation to FRA
	// GBR owes defense to GRC
	// GBR owes defense to TUR
	// GBR owes defense to USA
	// GRC owes defense to FRA
	// GRC owes defense to GBR
	// GRC owes defense to TUR
	// GRC and TUR are rivals
	// GRC owes defense to USA
	// JPN owes consultation to USA
	// TUR owes defense to FRA
	// TUR owes defense to GBR
	// TUR owes defense to GRC
	// TUR owes defense to USA
	// USA owes defense to FRA
	// USA owes defense to GBR
	// USA owes defense to GRC
	// USA owes defense+consultation to JPN
	// USA owes defense to TUR
	// network: year 1700: before the COW state system (1816)
}

func ExampleNetworks_Day() {
	s, _ := coldWar().Day(d("1962-10-22"))
	fmt.Println("uncertain on", s.When(), s.Uncertain())
	_, err := coldWar().Day(d("1962-10"))
	fmt.Println(err)
	// Output:
	// uncertain on 1962-10-22 [FRA owes consultation to GBR (partial date) GBR owes consultation to FRA (partial date)]
	// network: day "1962-10": a snapshot needs a full date (use Year for a year)
}

func ExampleNetworks_Series() {
	series, _ := coldWar().Series(1954, 1956, network.Defense, 1)
	for _, s := range series {
		fmt.Println(s.When, s.Edges, "edges,", s.Ambivalent, "ambivalent;", s.Balance.Balanced, "of", s.Balance.Triangles, "triangles balanced")
	}
	// Output:
	// 1954 10 edges, 0 ambivalent; 10 of 10 triangles balanced
	// 1955 10 edges, 1 ambivalent; 10 of 13 triangles balanced
	// 1956 10 edges, 1 ambivalent; 10 of 13 triangles balanced
}

func ExampleSnapshot_Directed() {
	g := year(1962).Directed(network.Defense)
	usa, jpn := int64(2), int64(740)
	fmt.Println("USA→JPN:", g.HasEdgeFromTo(usa, jpn), "JPN→USA:", g.HasEdgeFromTo(jpn, usa))
	fmt.Println(g.Edges(), "defense pledges")
	// Output:
	// USA→JPN: true JPN→USA: false
	// 21 defense pledges
}

func ExampleSnapshot_Undirected() {
	g := year(1962).Undirected(network.AnyObligation)
	e := g.WeightedEdge(2, 740).(network.Edge)
	fmt.Println("USA–JPN:", e.Obligations, "mutual:", e.Mutual, "weight:", e.Weight())
	fmt.Println(g.Edges(), "alliance edges among", g.Len(), "states")
	// Output:
	// USA–JPN: defense+consultation mutual: true weight: 3
	// 11 alliance edges among 117 states
}

func ExampleSnapshot_Ambivalent() {
	fmt.Println(year(1962).Ambivalent(network.Defense))
	// Output:
	// [{GRC TUR}]
}

func ExampleSnapshot_Signed() {
	s := year(1962).Signed(network.Defense)
	fmt.Println(s.Positive().Edges(), "alliance edges,", s.Negative().Edges(), "rivalries")
	// Output:
	// 11 alliance edges, 2 rivalries
}

func ExampleSnapshot_Rivals() {
	g := year(1962).Rivals()
	fmt.Println(g.HasEdgeBetween(350, 640), g.HasEdgeBetween(2, 365))
	// Output:
	// true true
}

func ExampleSnapshot_Uncertain() {
	s, _ := coldWar().Day(d("1962-10-22"))
	for _, t := range s.Uncertain() {
		fmt.Println(t, "—", t.Cause)
	}
	// Output:
	// FRA owes consultation to GBR (partial date) — partial date
	// GBR owes consultation to FRA (partial date) — partial date
}

func ExampleSnapshot_HasRivalries() {
	fmt.Println(year(2010).HasRivalries(), year(2011).HasRivalries())
	// Output:
	// true false
}

func ExampleDegree() {
	g := year(1962).Undirected(network.Defense)
	printScores(g, network.Degree(g))
	// Output:
	// USA 0.043103
	// GBR 0.034483
	// FRA 0.034483
	// GRC 0.034483
	// TUR 0.034483
	// JPN 0.008621
}

func ExampleBetweenness() {
	g := year(1962).Undirected(network.AnyObligation)
	printScores(g, network.Betweenness(g))
	// Output:
	// USA 0.000600
}

func ExampleEigenvector() {
	g := year(1962).Undirected(network.AnyObligation)
	printScores(g, network.Eigenvector(g))
	// Output:
	// USA 0.462272
	// GBR 0.439683
	// FRA 0.439683
	// GRC 0.439683
	// TUR 0.439683
	// JPN 0.114102
}

func ExamplePageRank() {
	g := year(1962).Undirected(network.AnyObligation)
	pr := network.PageRank(g, 0.85)
	var sum float64
	for _, x := range pr {
		sum += x
	}
	fmt.Printf("sum %.6f; an isolated state %.6f\n", sum, pr[len(pr)-1])
	i := 0
	for it := g.Nodes(); it.Next(); i++ {
		if a, _ := g.Actor(it.Node().ID()); a.ID == "USA" || a.ID == "JPN" {
			fmt.Printf("%s %.6f\n", a.ID, pr[i])
		}
	}
	// Output:
	// sum 1.000000; an isolated state 0.006623
	// USA 0.060804
	// JPN 0.016959
}

func ExampleComponents() {
	g := year(1962).Undirected(network.AnyObligation)
	c := network.Components(g)
	fmt.Println(len(c), "components; the largest:", c[0])
	// Output:
	// 112 components; the largest: [2 200 220 350 640 740]
}

func ExampleDensity() {
	g := year(1962).Undirected(network.Defense)
	fmt.Printf("%.6f\n", network.Density(g))
	// Output:
	// 0.001621
}

func ExampleTransitivity() {
	g := year(1962).Undirected(network.AnyObligation)
	fmt.Printf("%.4f\n", network.Transitivity(g))
	// Output:
	// 0.8824
}

func ExampleAverageClustering() {
	g := year(1962).Undirected(network.AnyObligation)
	fmt.Printf("%.4f\n", network.AverageClustering(g))
	// Output:
	// 0.0393
}

func ExampleCommunities() {
	g := year(1962).Undirected(network.AnyObligation)
	p := network.Communities(g, 1)
	fmt.Println(p.Communities[:2], fmt.Sprintf("Q = %.4f", p.Q))
	// Output:
	// [[200 220 350 640] [2 740]] Q = 0.0331
}

func ExampleModularity() {
	g := year(1962).Undirected(network.AnyObligation)
	fmt.Printf("%.4f\n", network.Modularity(g, [][]int64{{2, 200, 220, 350, 640}, {740}}))
	// Output:
	// -0.0041
}

func ExampleStructuralBalance() {
	b := network.StructuralBalance(year(1962).Signed(network.Defense))
	fmt.Println(b.Triangles, "triangles,", b.Balanced, "balanced:", b.Score)
	// Output:
	// 13 triangles, 10 balanced: 0.7692307692307693
}

func ExamplePolarization() {
	s := year(1962).Signed(network.Defense)
	blocs := network.Communities(s.Positive(), 1)
	fmt.Printf("%.4f\n", network.Polarization(s, blocs))
	// Output:
	// 0.6154
}

func ExampleMeasure() {
	m := network.Measure(year(1962), network.Defense, 1)
	fmt.Println(m.Edges, m.Arcs, m.Mutual, m.TopDegree, m.Blocs, m.Ambivalent, m.Balance.Triangles)
	// Output:
	// 11 21 10 USA 2 1 13
}

func ExampleWriteCSV() {
	series, _ := coldWar().Series(1962, 1962, network.Defense, 1)
	network.WriteCSV(os.Stdout, series)
	// Output:
	// year,nodes,edges,arcs,mutual,uncertain_ties,isolates,components,largest,density,transitivity,avg_clustering,top_degree,top_betweenness,top_eigenvector,top_pagerank,blocs,modularity,rivalries,uncertain_rivalries,ambivalent,triangles,balanced_triangles,balance,polarization
	// 1962,117,11,21,10,0,111,112,6,0.0016209843796050692,0.8823529411764706,0.039316239316239315,USA,USA,USA,USA,2,0.03305785123966938,2,0,1,13,10,0.7692307692307693,0.6153846153846154
}

func ExampleWriteEdgeList() {
	var b strings.Builder
	network.WriteEdgeList(&b, year(1962).Undirected(network.AnyObligation))
	fmt.Print(strings.Join(strings.SplitN(b.String(), "\n", 5)[:4], "\n"), "\n")
	// Output:
	// source,target,weight,obligations
	// 2,200,3,defense
	// 2,220,3,defense
	// 2,350,3,defense
}

func ExampleReadEdgeList() {
	g, err := network.ReadEdgeList(strings.NewReader("source,target,weight,obligations\n2,740,3,defense+consultation\n220,isolate,,\n"))
	fmt.Println(g.Len(), g.Edges(), err)
	_, err = network.ReadEdgeList(strings.NewReader("source,target,weight,obligations\n2,2,3,defense\n"))
	fmt.Println(err)
	// Output:
	// 3 1 <nil>
	// network: edge list:2: self-loop
}

func ExampleObligations_String() {
	fmt.Println(network.Defense|network.Consultation, network.Obligations(0), network.Obligations(64))
	// Output:
	// defense+consultation none Obligations(64)
}

func ExampleObligations_Weight() {
	fmt.Println(network.Consultation.Weight(), (network.Neutrality | network.Consultation).Weight(), network.AnyObligation.Weight())
	// Output:
	// 1 2 3
}

func ExampleTie_String() {
	fmt.Println(network.Tie{A: "USA", B: "JPN", Kind: network.AllianceTie, Obligations: network.Defense})
	fmt.Println(network.Tie{A: "GRC", B: "TUR", Kind: network.RivalryTie, Cause: network.CoverageEnd})
	// Output:
	// USA owes defense to JPN
	// GRC and TUR are rivals (after coverage)
}

func ExampleKind_String() {
	fmt.Println(network.AllianceTie, network.RivalryTie, network.Kind(9))
	// Output:
	// alliance rivalry Kind(9)
}

func ExampleCause_String() {
	fmt.Println(network.PartialDate, network.VariesByPartner, network.Cause(9))
	// Output:
	// partial date varies by partner Cause(9)
}
