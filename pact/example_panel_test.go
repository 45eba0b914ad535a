package pact_test

import (
	"fmt"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

func ExampleModel_DyadYears() {
	// Britain and France guarantee Sweden (1855) and consult with each
	// other; they owe each other no defense.
	actors := []relations.Actor{
		{ID: "GBR", Kind: relations.StateActor, Name: "United Kingdom"},
		{ID: "FRA", Kind: relations.StateActor, Name: "France"},
		{ID: "SWE", Kind: relations.StateActor, Name: "Sweden"},
	}
	agreements := []pact.Agreement{
		{ID: "nov-1855", Name: "November Treaty",
			Parties: []pact.Party{{Actor: "GBR", Roles: pact.Member}, {Actor: "FRA", Roles: pact.Member},
				{Actor: "SWE", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1855-11-21")},
				{Status: pact.Terminated, Date: relations.MustDate("1857")}},
			Clauses: []pact.Clause{{Obligation: pact.Consultation},
				{Obligation: pact.Defense, By: []relations.ActorID{"GBR", "FRA"}, To: []relations.ActorID{"SWE"}}}},
	}
	m, err := pact.New(actors, agreements)
	if err != nil {
		fmt.Println(err)
		return
	}
	panel, err := m.DyadYears(pact.Directed, 1855, 1856, "GBR")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, rows := range panel {
		for _, r := range rows {
			fmt.Println(r.A, r.B, r.Year, r.Obligations)
		}
	}
	// Output:
	// GBR FRA 1855 consultation
	// GBR FRA 1856 consultation
	// GBR SWE 1855 defense+consultation
	// GBR SWE 1856 defense+consultation
}

func ExampleModel_DyadYears_order() {
	// Britain and France guarantee Sweden (1855) and consult with each
	// other; they owe each other no defense.
	actors := []relations.Actor{
		{ID: "GBR", Kind: relations.StateActor, Name: "United Kingdom"},
		{ID: "FRA", Kind: relations.StateActor, Name: "France"},
		{ID: "SWE", Kind: relations.StateActor, Name: "Sweden"},
	}
	agreements := []pact.Agreement{
		{ID: "nov-1855", Name: "November Treaty",
			Parties: []pact.Party{{Actor: "GBR", Roles: pact.Member}, {Actor: "FRA", Roles: pact.Member},
				{Actor: "SWE", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1855-11-21")},
				{Status: pact.Terminated, Date: relations.MustDate("1857")}},
			Clauses: []pact.Clause{{Obligation: pact.Consultation},
				{Obligation: pact.Defense, By: []relations.ActorID{"GBR", "FRA"}, To: []relations.ActorID{"SWE"}}}},
	}
	m, err := pact.New(actors, agreements)
	if err != nil {
		fmt.Println(err)
		return
	}
	// Actors given are yielded in the order given, both sides of a pair.
	panel, err := m.DyadYears(pact.Directed, 1856, 1856, "SWE", "FRA")
	if err != nil {
		fmt.Println(err)
		return
	}
	for a, rows := range panel {
		for _, r := range rows {
			fmt.Println(a, r.B, r.Obligations)
		}
	}
	// Output:
	// SWE FRA consultation
	// SWE GBR consultation
	// FRA GBR consultation
	// FRA SWE defense+consultation
}

func ExampleModel_DyadYears_whole() {
	// Britain and France guarantee Sweden (1855) and consult with each
	// other; they owe each other no defense.
	actors := []relations.Actor{
		{ID: "GBR", Kind: relations.StateActor, Name: "United Kingdom"},
		{ID: "FRA", Kind: relations.StateActor, Name: "France"},
		{ID: "SWE", Kind: relations.StateActor, Name: "Sweden"},
	}
	agreements := []pact.Agreement{
		{ID: "nov-1855", Name: "November Treaty",
			Parties: []pact.Party{{Actor: "GBR", Roles: pact.Member}, {Actor: "FRA", Roles: pact.Member},
				{Actor: "SWE", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1855-11-21")},
				{Status: pact.Terminated, Date: relations.MustDate("1857")}},
			Clauses: []pact.Clause{{Obligation: pact.Consultation},
				{Obligation: pact.Defense, By: []relations.ActorID{"GBR", "FRA"}, To: []relations.ActorID{"SWE"}}}},
	}
	m, err := pact.New(actors, agreements)
	if err != nil {
		fmt.Println(err)
		return
	}
	panel, err := m.DyadYears(pact.Directed, 1815, 2018)
	if err != nil {
		fmt.Println(err)
		return
	}
	n := 0
	for _, rows := range panel {
		n += len(rows)
	}
	fmt.Println(n) // 6 directed dyads × 1855, 1856 and 1857 (the treaty ends on a day of 1857)
	// Output:
	// 18
}

func ExampleModel_DyadYears_undirected() {
	// Britain and France guarantee Sweden (1855) and consult with each
	// other; they owe each other no defense.
	actors := []relations.Actor{
		{ID: "GBR", Kind: relations.StateActor, Name: "United Kingdom"},
		{ID: "FRA", Kind: relations.StateActor, Name: "France"},
		{ID: "SWE", Kind: relations.StateActor, Name: "Sweden"},
	}
	agreements := []pact.Agreement{
		{ID: "nov-1855", Name: "November Treaty",
			Parties: []pact.Party{{Actor: "GBR", Roles: pact.Member}, {Actor: "FRA", Roles: pact.Member},
				{Actor: "SWE", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1855-11-21")},
				{Status: pact.Terminated, Date: relations.MustDate("1857")}},
			Clauses: []pact.Clause{{Obligation: pact.Consultation},
				{Obligation: pact.Defense, By: []relations.ActorID{"GBR", "FRA"}, To: []relations.ActorID{"SWE"}}}},
	}
	m, err := pact.New(actors, agreements)
	if err != nil {
		fmt.Println(err)
		return
	}
	// With no actors given, an undirected panel holds each pair once.
	panel, err := m.DyadYears(pact.Undirected, 1856, 1856)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, rows := range panel {
		for _, r := range rows {
			fmt.Println(r.A, r.B, r.Obligations)
		}
	}
	_, err = m.DyadYears(pact.Undirected, 1860, 1856)
	fmt.Println(err)
	// Output:
	// FRA GBR consultation
	// FRA SWE defense+consultation
	// GBR SWE defense+consultation
	// pact: query: to: year 1856 comes before the first year, 1860
}

func ExampleObligationSet_Has() {
	var s pact.ObligationSet
	s = s.With(pact.Defense)
	fmt.Println(s.Has(pact.Defense), s.Has(pact.Offense))
	// Output:
	// true false
}

func ExampleObligationSet_With() {
	fmt.Println(pact.ObligationSet(0).With(pact.Neutrality).With(pact.Consultation))
	// Output:
	// neutrality+consultation
}

func ExampleModel_CodedDyadYears() {
	// Britain and France guarantee Sweden (1855) and consult with each
	// other; they owe each other no defense.
	actors := []relations.Actor{
		{ID: "GBR", Kind: relations.StateActor, Name: "United Kingdom"},
		{ID: "FRA", Kind: relations.StateActor, Name: "France"},
		{ID: "SWE", Kind: relations.StateActor, Name: "Sweden"},
	}
	agreements := []pact.Agreement{
		{ID: "nov-1855", Name: "November Treaty",
			Parties: []pact.Party{{Actor: "GBR", Roles: pact.Member}, {Actor: "FRA", Roles: pact.Member},
				{Actor: "SWE", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1855-11-21")},
				{Status: pact.Terminated, Date: relations.MustDate("1857")}},
			Clauses: []pact.Clause{{Obligation: pact.Consultation},
				{Obligation: pact.Defense, By: []relations.ActorID{"GBR", "FRA"}, To: []relations.ActorID{"SWE"}}}},
	}
	m, err := pact.New(actors, agreements)
	if err != nil {
		fmt.Println(err)
		return
	}
	// COW state numbers as the codes; rows come out in code order.
	cow := map[relations.ActorID]int{"GBR": 200, "FRA": 220, "SWE": 380}
	panel, err := m.CodedDyadYears(pact.Undirected, 1856, 1856, func(a relations.Actor) (int, bool) {
		c, ok := cow[a.ID]
		return c, ok
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for r := range panel {
		fmt.Println(r.A, r.B, r.Year, r.Obligations)
	}
	// Output:
	// 200 220 1856 consultation
	// 200 380 1856 defense+consultation
	// 220 380 1856 defense+consultation
}

func ExampleModel_PanelYears() {
	// A pact in force from 1894 on, observed by its source through 1913:
	// a panel asked for 1890–1920 ends at 1913, and the years after it,
	// which the source did not observe, have no rows.
	actors := []relations.Actor{
		{ID: "FRA", Kind: relations.StateActor, Name: "France"},
		{ID: "RUS", Kind: relations.StateActor, Name: "Russia"},
	}
	m, err := pact.New(actors, []pact.Agreement{{ID: "fr-ru", Name: "Franco-Russian Alliance",
		Parties:   []pact.Party{{Actor: "FRA", Roles: pact.Member}, {Actor: "RUS", Roles: pact.Member}},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1894-01-04")}},
		Clauses:   []pact.Clause{{Obligation: pact.Defense}}}},
		pact.WithCoverage(relations.Coverage{Source: "a source",
			Observed: relations.Interval{From: relations.MustDate("1815-01-01"), Until: relations.MustDate("1914-01-01")}}))
	if err != nil {
		fmt.Println(err)
		return
	}
	first, last, ok := m.PanelYears()
	fmt.Println("panel years:", first, "to", last, ok)
	panel, err := m.DyadYears(pact.Directed, 1890, 1920, "FRA")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, rows := range panel {
		fmt.Println("rows:", len(rows), "from", rows[0].Year, "to", rows[len(rows)-1].Year)
	}
	// Output:
	// panel years: 1894 to 1913 true
	// rows: 20 from 1894 to 1913
}
