package pact_test

import (
	"fmt"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

func ExampleModel_With() {
	// A base dataset that observes through 2018: one alliance of Saudi
	// Arabia and Egypt, in force since 1952.
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
		{ID: "EGY", Kind: relations.StateActor, Name: "Egypt"},
	}
	agreements := []pact.Agreement{
		{ID: "league", Name: "Joint Defence Treaty",
			Parties:   []pact.Party{{Actor: "SAU", Roles: pact.Member}, {Actor: "EGY", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1952-08-23")}},
			Clauses:   []pact.Clause{{ID: "art2", Obligation: pact.Defense}}},
	}
	base, err := pact.New(actors, agreements, pact.WithCoverage(relations.Coverage{Source: "the survey",
		Observed: relations.Interval{From: relations.MustDate("1815-01-01"), Until: relations.MustDate("2019-01-01")}}))
	if err != nil {
		fmt.Println(err)
		return
	}
	p, err := base.AlliancePartners("SAU", relations.MustDate("2025-12-31"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("the base alone:", p)

	smda := pact.Agreement{ID: "smda", Name: "Strategic Mutual Defense Agreement",
		Parties:   []pact.Party{{Actor: "SAU", Roles: pact.Member}, {Actor: "PAK", Roles: pact.Member}},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("2025-09-17")}},
		Clauses:   []pact.Clause{{ID: "mutual-defense", Obligation: pact.Defense}}}
	world, err := base.With(pact.Layer{
		Agreements: []pact.Agreement{smda},
		Observations: []pact.Observation{{Agreement: "league", On: relations.MustDate("2025-06-13"),
			Source: "a communiqué of 2025-06-13"}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, day := range []string{"2025-12-31", "2025-06-13"} {
		p, err := world.AlliancePartners("SAU", relations.MustDate(day))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println("with the layer on", day+":", p)
	}
	src, ok := world.Source("league")
	fmt.Println("the treaty's source:", src, ok)
	// Output:
	// the base alone: []; cannot tell: EGY (past-coverage: agreement "league" as last observed by the survey on 2018-12-31)
	// with the layer on 2025-12-31: [PAK]; cannot tell: EGY (past-coverage: agreement "league" as last observed by a communiqué of 2025-06-13 on 2025-06-13)
	// with the layer on 2025-06-13: [EGY]
	// the treaty's source: the survey [1815-01-01, 2019-01-01) true
}

func ExampleModel_Sources() {
	// A base dataset that observes through 2018: one alliance of Saudi
	// Arabia and Egypt, in force since 1952.
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
		{ID: "EGY", Kind: relations.StateActor, Name: "Egypt"},
	}
	agreements := []pact.Agreement{
		{ID: "league", Name: "Joint Defence Treaty",
			Parties:   []pact.Party{{Actor: "SAU", Roles: pact.Member}, {Actor: "EGY", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1952-08-23")}},
			Clauses:   []pact.Clause{{ID: "art2", Obligation: pact.Defense}}},
	}
	base, err := pact.New(actors, agreements, pact.WithCoverage(relations.Coverage{Source: "the survey",
		Observed: relations.Interval{From: relations.MustDate("1815-01-01"), Until: relations.MustDate("2019-01-01")}}))
	if err != nil {
		fmt.Println(err)
		return
	}
	world, err := base.With(pact.Layer{Coverage: relations.Coverage{Source: "a scenario",
		Observed: relations.Interval{From: relations.MustDate("2015-01-01"), Until: relations.MustDate("2026-01-01")}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range world.Sources() {
		fmt.Println(s)
	}
	// Output:
	// the survey [1815-01-01, 2019-01-01)
	// a scenario [2015-01-01, 2026-01-01)
}

func ExampleModel_Observations() {
	// A base dataset that observes through 2018: one alliance of Saudi
	// Arabia and Egypt, in force since 1952.
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
		{ID: "EGY", Kind: relations.StateActor, Name: "Egypt"},
	}
	agreements := []pact.Agreement{
		{ID: "league", Name: "Joint Defence Treaty",
			Parties:   []pact.Party{{Actor: "SAU", Roles: pact.Member}, {Actor: "EGY", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1952-08-23")}},
			Clauses:   []pact.Clause{{ID: "art2", Obligation: pact.Defense}}},
	}
	base, err := pact.New(actors, agreements, pact.WithCoverage(relations.Coverage{Source: "the survey",
		Observed: relations.Interval{From: relations.MustDate("1815-01-01"), Until: relations.MustDate("2019-01-01")}}))
	if err != nil {
		fmt.Println(err)
		return
	}
	world, err := base.With(pact.Layer{Observations: []pact.Observation{
		{Agreement: "league", On: relations.MustDate("2025-06-13"), Source: "a communiqué"},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, o := range world.Observations() {
		fmt.Println(o.Agreement, o.On, o.Source)
	}
	// A layer's observations are checked as the rest of the world is.
	_, err = base.With(pact.Layer{Observations: []pact.Observation{
		{Agreement: "nato", On: relations.MustDate("2025"), Source: ""},
	}})
	fmt.Println(err)
	// Output:
	// league 2025-06-13 a communiqué
	// pact: observations[0]: agreement: unknown agreement "nato"
	// pact: observations[0]: source: is empty; cite where the observation comes from
}

func ExampleModel_Source() {
	// A base dataset that observes through 2018: one alliance of Saudi
	// Arabia and Egypt, in force since 1952.
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
		{ID: "EGY", Kind: relations.StateActor, Name: "Egypt"},
	}
	agreements := []pact.Agreement{
		{ID: "league", Name: "Joint Defence Treaty",
			Parties:   []pact.Party{{Actor: "SAU", Roles: pact.Member}, {Actor: "EGY", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1952-08-23")}},
			Clauses:   []pact.Clause{{ID: "art2", Obligation: pact.Defense}}},
	}
	base, err := pact.New(actors, agreements, pact.WithCoverage(relations.Coverage{Source: "the survey",
		Observed: relations.Interval{From: relations.MustDate("1815-01-01"), Until: relations.MustDate("2019-01-01")}}))
	if err != nil {
		fmt.Println(err)
		return
	}
	src, ok := base.Source("league")
	fmt.Println(src.Source, ok)
	src, ok = base.Source("nato")
	fmt.Printf("%q %v\n", src.Source, ok)
	// Output:
	// the survey true
	// "" false
}
