package pact_test

import (
	"encoding/json"
	"fmt"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

func ExampleModel_CertainAlliancePartners() {
	p, _ := gulf().CertainAlliancePartners("SAU", d("2025-09"))
	fmt.Println(p) // Pakistan's pact of 2025-09-17 may not yet bind on some day of September
	p, _ = gulf().CertainAlliancePartners("SAU", d("2025-12-31"))
	fmt.Println(p)
	// Output:
	// []
	// [PAK]
}

func ExampleModel_Coverage() {
	fmt.Println(survey().Coverage())
	fmt.Println(gulf().Coverage().IsZero())
	// Output:
	// the survey [1815-01-01, 2019-01-01)
	// true
}

func ExampleDyads_String() {
	fmt.Println(pact.Directed, pact.Undirected, pact.Dyads(7))
	// Output: directed undirected Dyads(7)
}

func ExampleResponse_String() {
	r, _ := gulf().Respond(pact.Attack{Aggressors: []relations.ActorID{"IRN"}, Target: "SAU", On: d("2025-12-31")})
	fmt.Println(r)
	// Output:
	// IRN attacks SAU on 2025-12-31
	//   PAK must defend SAU against IRN (agreement "smda", clause "mutual-defense")
	//   expected, not obliged: USA owes expectation to SAU (agreement "us-umbrella", clause "umbrella")
}

func ExampleWhatIf_String() {
	w, _ := gulf().WhatIf("stability-pact", d("2026-01-01"), pact.Attack{Aggressors: []relations.ActorID{"IRN"}, Target: "QAT"})
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
	w, _ := gulf().WhatIf("stability-pact", d("2026-01-01"), pact.Attack{Aggressors: []relations.ActorID{"IRN"}, Target: "QAT"})
	if len(w.Partners) > 0 {
		fmt.Println(w.Partners[0])
	}
	// Output: EGY: gains IRN,QAT,SAU,TUR; before [], after [IRN QAT SAU TUR]
}

func ExampleModel_UnmarshalJSON() {
	b, _ := json.Marshal(gulf())
	var m pact.Model
	fmt.Println(json.Unmarshal(b, &m))
	// Output: pact: JSON: a Model's JSON holds its agreements, not its actors: build it with ParseModelJSON(actors, data)
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
