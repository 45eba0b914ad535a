package pact_test

import (
	"fmt"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

// survey is a base dataset that observes through 2018: one alliance of
// Saudi Arabia and Egypt, in force since 1950.
func survey() *pact.Model {
	league := pact.Agreement{ID: "league", Name: "Joint Defence Treaty",
		Parties:   []pact.Party{{Actor: "SAU", Roles: pact.Member}, {Actor: "EGY", Roles: pact.Member}},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: d("1952-08-23")}},
		Clauses:   []pact.Clause{{ID: "art2", Obligation: pact.Defense}}}
	m, err := pact.New(gulf().Actors(), []pact.Agreement{league}, pact.WithCoverage(relations.Coverage{
		Source: "the survey", Observed: relations.Interval{From: d("1815-01-01"), Until: d("2019-01-01")}}))
	if err != nil {
		panic(err)
	}
	return m
}

func ExampleModel_With() {
	base := survey()
	p, _ := base.AlliancePartners("SAU", d("2025-12-31"))
	fmt.Println("the base alone:", p)

	smda := pact.Agreement{ID: "smda", Name: "Strategic Mutual Defense Agreement",
		Parties:   []pact.Party{{Actor: "SAU", Roles: pact.Member}, {Actor: "PAK", Roles: pact.Member}},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: d("2025-09-17")}},
		Clauses:   []pact.Clause{{ID: "mutual-defense", Obligation: pact.Defense}}}
	world, err := base.With(pact.Layer{
		Agreements:   []pact.Agreement{smda},
		Observations: []pact.Observation{{Agreement: "league", On: d("2025-06-13"), Source: "a communiqué of 2025-06-13"}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	p, _ = world.AlliancePartners("SAU", d("2025-12-31"))
	fmt.Println("with the layer:", p)
	p, _ = world.AlliancePartners("SAU", d("2025-06-13"))
	fmt.Println("on the day observed:", p)
	src, _ := world.Source("league")
	fmt.Println("the treaty's source:", src)
	// Output:
	// the base alone: []; cannot tell: EGY (past-coverage: agreement "league" as last observed by the survey on 2018-12-31)
	// with the layer: [PAK]; cannot tell: EGY (past-coverage: agreement "league" as last observed by a communiqué of 2025-06-13 on 2025-06-13)
	// on the day observed: [EGY]
	// the treaty's source: the survey [1815-01-01, 2019-01-01)
}

func ExampleModel_Sources() {
	world, _ := survey().With(pact.Layer{Coverage: relations.Coverage{Source: "a scenario",
		Observed: relations.Interval{From: d("2015-01-01"), Until: d("2026-01-01")}}})
	for _, s := range world.Sources() {
		fmt.Println(s)
	}
	// Output:
	// the survey [1815-01-01, 2019-01-01)
	// a scenario [2015-01-01, 2026-01-01)
}

func ExampleModel_Observations() {
	world, err := survey().With(pact.Layer{Observations: []pact.Observation{
		{Agreement: "league", On: d("2025-06-13"), Source: "a communiqué"},
		{Agreement: "nato", On: d("2025"), Source: ""},
	}})
	fmt.Println(world == nil)
	fmt.Println(err)
	// Output:
	// true
	// pact: observations[1]: agreement: unknown agreement "nato"
	// pact: observations[1]: source: is empty; cite where the observation comes from
}

func ExampleModel_Source() {
	src, ok := survey().Source("league")
	fmt.Println(src.Source, ok)
	_, ok = survey().Source("nato")
	fmt.Println(ok)
	// Output:
	// the survey true
	// false
}
