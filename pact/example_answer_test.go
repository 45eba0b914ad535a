package pact_test

import (
	"encoding/json"
	"fmt"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

func ExampleModel_CertainAlliancePartners() {
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
	}
	agreements := []pact.Agreement{
		{ID: "smda", Name: "Strategic Mutual Defense Agreement",
			Parties:   []pact.Party{{Actor: "SAU", Roles: pact.Member}, {Actor: "PAK", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("2025-09-17")}},
			Clauses:   []pact.Clause{{ID: "mutual-defense", Obligation: pact.Defense}}},
	}
	m, err := pact.New(actors, agreements)
	if err != nil {
		fmt.Println(err)
		return
	}
	// Pakistan's pact of 2025-09-17 may not yet bind on some day of September.
	for _, day := range []string{"2025-09", "2025-12-31"} {
		p, err := m.CertainAlliancePartners("SAU", relations.MustDate(day))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(day, p)
	}
	// Output:
	// 2025-09 []
	// 2025-12-31 [PAK]
}

func ExampleModel_Coverage() {
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "EGY", Kind: relations.StateActor, Name: "Egypt"},
	}
	agreements := []pact.Agreement{
		{ID: "league", Name: "Joint Defence Treaty",
			Parties:   []pact.Party{{Actor: "SAU", Roles: pact.Member}, {Actor: "EGY", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1952-08-23")}},
			Clauses:   []pact.Clause{{ID: "art2", Obligation: pact.Defense}}},
	}
	m, err := pact.New(actors, agreements, pact.WithCoverage(relations.Coverage{Source: "the survey",
		Observed: relations.Interval{From: relations.MustDate("1815-01-01"), Until: relations.MustDate("2019-01-01")}}))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.Coverage())
	actors = []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "EGY", Kind: relations.StateActor, Name: "Egypt"},
	}
	agreements = []pact.Agreement{
		{ID: "league", Name: "Joint Defence Treaty",
			Parties:   []pact.Party{{Actor: "SAU", Roles: pact.Member}, {Actor: "EGY", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1952-08-23")}},
			Clauses:   []pact.Clause{{ID: "art2", Obligation: pact.Defense}}},
	}
	curated, err := pact.New(actors, agreements)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(curated.Coverage().IsZero()) // no coverage declared
	// Output:
	// the survey [1815-01-01, 2019-01-01)
	// true
}

func ExampleDyads_String() {
	fmt.Println(pact.Directed, pact.Undirected, pact.Dyads(7))
	// Output:
	// directed undirected Dyads(7)
}

func ExampleResponse_String() {
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
	}
	agreements := []pact.Agreement{
		{ID: "smda", Name: "Strategic Mutual Defense Agreement",
			Parties:   []pact.Party{{Actor: "SAU", Roles: pact.Member}, {Actor: "PAK", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("2025-09-17")}},
			Clauses:   []pact.Clause{{ID: "mutual-defense", Obligation: pact.Defense}}},
		{ID: "us-umbrella", Name: "U.S. security umbrella over Saudi Arabia",
			Parties:   []pact.Party{{Actor: "USA", Roles: pact.Guarantor}, {Actor: "SAU", Roles: pact.Beneficiary}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1945-02-14")}},
			Clauses: []pact.Clause{{ID: "umbrella", Obligation: pact.Expectation,
				By: []relations.ActorID{"USA"}, To: []relations.ActorID{"SAU"}}}},
	}
	m, err := pact.New(actors, agreements)
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := m.Respond(pact.Attack{Aggressors: []relations.ActorID{"IRN"}, Target: "SAU", On: relations.MustDate("2025-12-31")})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r)
	// Output:
	// IRN attacks SAU on 2025-12-31
	//   PAK must defend SAU against IRN (agreement "smda", clause "mutual-defense")
	//   expected, not obliged: USA owes expectation to SAU (agreement "us-umbrella", clause "umbrella")
}

func ExampleCascade_String() {
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
	}
	agreements := []pact.Agreement{
		{ID: "smda", Name: "Strategic Mutual Defense Agreement",
			Parties:   []pact.Party{{Actor: "SAU", Roles: pact.Member}, {Actor: "PAK", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("2025-09-17")}},
			Clauses:   []pact.Clause{{ID: "mutual-defense", Obligation: pact.Defense}}},
	}
	m, err := pact.New(actors, agreements)
	if err != nil {
		fmt.Println(err)
		return
	}
	c, err := m.Cascade([]pact.Attack{{Aggressors: []relations.ActorID{"IRN"}, Target: "SAU", On: relations.MustDate("2025-12-31")}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Final) // the war at its end, named by its first attack
	// Output:
	// IRN attacks SAU on 2025-12-31
	//   PAK must defend SAU against IRN (agreement "smda", clause "mutual-defense")
}

func ExampleWhatIf_String() {
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
		{ID: "QAT", Kind: relations.StateActor, Name: "Qatar"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
		{ID: "TUR", Kind: relations.StateActor, Name: "Turkey"},
		{ID: "EGY", Kind: relations.StateActor, Name: "Egypt"},
	}
	agreements := []pact.Agreement{
		{ID: "smda", Name: "Strategic Mutual Defense Agreement",
			Parties:   []pact.Party{{Actor: "SAU", Roles: pact.Member}, {Actor: "PAK", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("2025-09-17")}},
			Clauses:   []pact.Clause{{ID: "mutual-defense", Obligation: pact.Defense}}},
		{ID: "stability-pact", Name: "Regional stability pact (proposed by Turkey)",
			Parties: []pact.Party{{Actor: "TUR", Roles: pact.Member | pact.ProposedLeader}, {Actor: "EGY", Roles: pact.Member},
				{Actor: "SAU", Roles: pact.Member}, {Actor: "QAT", Roles: pact.Member}, {Actor: "IRN", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.Proposed, Date: relations.MustDate("2025")}},
			Clauses: []pact.Clause{{ID: "integrity", Obligation: pact.Defense},
				{ID: "non-interference", Obligation: pact.NonAggression}}},
	}
	m, err := pact.New(actors, agreements)
	if err != nil {
		fmt.Println(err)
		return
	}
	w, err := m.WhatIf("stability-pact", relations.MustDate("2026-01-01"), pact.Attack{Aggressors: []relations.ActorID{"IRN"}, Target: "QAT"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(w)
	// Output:
	// if "stability-pact" entered into force on 2026-01-01
	//   guarantors of EGY: gains IRN,QAT,SAU,TUR; before [], after [IRN QAT SAU TUR]
	//   guarantors of IRN: gains EGY,QAT,SAU,TUR; before [], after [EGY QAT SAU TUR]
	//   guarantors of QAT: gains EGY,IRN,SAU,TUR; before [], after [EGY IRN SAU TUR]
	//   guarantors of SAU: gains EGY,IRN,QAT,TUR; before [PAK], after [EGY IRN PAK QAT TUR]
	//   guarantors of TUR: gains EGY,IRN,QAT,SAU; before [], after [EGY IRN QAT SAU]
	//   partners of EGY: gains IRN,QAT,SAU,TUR; before [], after [IRN QAT SAU TUR]
	//   partners of IRN: gains EGY,QAT,SAU,TUR; before [], after [EGY QAT SAU TUR]
	//   partners of QAT: gains EGY,IRN,SAU,TUR; before [], after [EGY IRN SAU TUR]
	//   partners of SAU: gains EGY,IRN,QAT,TUR; before [PAK], after [EGY IRN PAK QAT TUR]
	//   partners of TUR: gains EGY,IRN,QAT,SAU; before [], after [EGY IRN QAT SAU]
	//   IRN attacks QAT:
	//     new: EGY must defend QAT against IRN (agreement "stability-pact", clause "integrity")
	//     new: EGY must refrain from attacking IRN (agreement "stability-pact", clause "non-interference")
	//     new: EGY must refrain from attacking QAT (agreement "stability-pact", clause "non-interference")
	//     new: SAU must defend QAT against IRN (agreement "stability-pact", clause "integrity")
	//     new: SAU must refrain from attacking IRN (agreement "stability-pact", clause "non-interference")
	//     new: SAU must refrain from attacking QAT (agreement "stability-pact", clause "non-interference")
	//     new: TUR must defend QAT against IRN (agreement "stability-pact", clause "integrity")
	//     new: TUR must refrain from attacking IRN (agreement "stability-pact", clause "non-interference")
	//     new: TUR must refrain from attacking QAT (agreement "stability-pact", clause "non-interference")
	//     new conflict: EGY has conflicting duties (against-non-aggression): defend QAT ("stability-pact") vs refrain IRN ("stability-pact")
	//     new conflict: IRN has conflicting duties (bound-to-adversary): defend QAT ("stability-pact")
	//     new conflict: IRN has conflicting duties (breach): refrain QAT ("stability-pact")
	//     new conflict: SAU has conflicting duties (against-non-aggression): defend QAT ("stability-pact") vs refrain IRN ("stability-pact")
	//     new conflict: TUR has conflicting duties (against-non-aggression): defend QAT ("stability-pact") vs refrain IRN ("stability-pact")
}

func ExampleActorChange_String() {
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
		{ID: "QAT", Kind: relations.StateActor, Name: "Qatar"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
		{ID: "TUR", Kind: relations.StateActor, Name: "Turkey"},
		{ID: "EGY", Kind: relations.StateActor, Name: "Egypt"},
	}
	agreements := []pact.Agreement{
		{ID: "smda", Name: "Strategic Mutual Defense Agreement",
			Parties:   []pact.Party{{Actor: "SAU", Roles: pact.Member}, {Actor: "PAK", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("2025-09-17")}},
			Clauses:   []pact.Clause{{ID: "mutual-defense", Obligation: pact.Defense}}},
		{ID: "stability-pact", Name: "Regional stability pact (proposed by Turkey)",
			Parties: []pact.Party{{Actor: "TUR", Roles: pact.Member | pact.ProposedLeader}, {Actor: "EGY", Roles: pact.Member},
				{Actor: "SAU", Roles: pact.Member}, {Actor: "QAT", Roles: pact.Member}, {Actor: "IRN", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.Proposed, Date: relations.MustDate("2025")}},
			Clauses: []pact.Clause{{ID: "integrity", Obligation: pact.Defense},
				{ID: "non-interference", Obligation: pact.NonAggression}}},
	}
	m, err := pact.New(actors, agreements)
	if err != nil {
		fmt.Println(err)
		return
	}
	w, err := m.WhatIf("stability-pact", relations.MustDate("2026-01-01"), pact.Attack{Aggressors: []relations.ActorID{"IRN"}, Target: "QAT"})
	if err != nil {
		fmt.Println(err)
		return
	}
	if len(w.Partners) > 0 {
		fmt.Println(w.Partners[0])
	}
	// Output:
	// EGY: gains IRN,QAT,SAU,TUR; before [], after [IRN QAT SAU TUR]
}

func ExampleModel_UnmarshalJSON() {
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
	}
	agreements := []pact.Agreement{
		{ID: "smda", Name: "Strategic Mutual Defense Agreement",
			Parties:   []pact.Party{{Actor: "SAU", Roles: pact.Member}, {Actor: "PAK", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("2025-09-17")}},
			Clauses:   []pact.Clause{{ID: "mutual-defense", Obligation: pact.Defense}}},
	}
	m, err := pact.New(actors, agreements)
	if err != nil {
		fmt.Println(err)
		return
	}
	b, err := json.Marshal(m)
	if err != nil {
		fmt.Println(err)
		return
	}
	var back pact.Model
	fmt.Println(json.Unmarshal(b, &back))
	// Output:
	// pact: JSON: a Model's JSON holds its agreements, not its actors: build it with ParseModelJSON(actors, data)
}

func ExampleModel_AlliancePartners_pairOwed() {
	// Two treaties of Germany and Italy, each coded by its source as
	// varying by partner; the source codes Germany's defense of Italy as
	// owed under one of them, not which (ATOP's directed dyad-year file
	// codes pairs, not treaties). Neither clause is certain, but on a day
	// both treaties bind, the pair is; on a day one of them may have ended
	// that year, it is not.
	actors := []relations.Actor{
		{ID: "DEU", Kind: relations.StateActor, Name: "Germany"},
		{ID: "ITA", Kind: relations.StateActor, Name: "Italy"},
	}
	clause := pact.Clause{Obligation: pact.Defense, By: []relations.ActorID{"DEU"}, To: []relations.ActorID{"ITA"},
		VariesByPartner: true, PairOwed: true, Unsettled: "the other treaty may carry it instead"}
	treaty := func(id, from, until string) pact.Agreement {
		a := pact.Agreement{ID: id, Name: id,
			Parties:   []pact.Party{{Actor: "DEU", Roles: pact.Member}, {Actor: "ITA", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate(from)}},
			Clauses:   []pact.Clause{clause}}
		if until != "" {
			a.Lifecycle = append(a.Lifecycle, pact.StatusChange{Status: pact.Terminated, Date: relations.MustDate(until)})
		}
		return a
	}
	m, err := pact.New(actors, []pact.Agreement{treaty("first", "1900-01-01", ""), treaty("second", "1900-01-01", "1910-07-01")})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, day := range []string{"1905-06-01", "1910-08-01", "1911-06-01"} {
		p, err := m.AlliancePartners("DEU", relations.MustDate(day), pact.Defense)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(day, p)
	}
	// Output:
	// 1905-06-01 [ITA]
	// 1910-08-01 []; cannot tell: ITA (varies-by-partner: agreement "first": its defense obligation varies by partner; the other treaty may carry it instead)
	// 1911-06-01 [ITA]
}
