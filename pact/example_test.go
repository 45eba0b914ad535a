package pact_test

import (
	"fmt"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

var d = relations.MustDate

// gulf builds the small model the examples share.
func gulf() *pact.Model {
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "QAT", Kind: relations.StateActor, Name: "Qatar"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
		{ID: "TUR", Kind: relations.StateActor, Name: "Turkey"},
		{ID: "EGY", Kind: relations.StateActor, Name: "Egypt"},
	}
	member := pact.Member
	agreements := []pact.Agreement{
		{
			ID: "smda", Name: "Strategic Mutual Defense Agreement",
			Parties: []pact.Party{{Actor: "SAU", Roles: member}, {Actor: "PAK", Roles: member}},
			Lifecycle: []pact.StatusChange{{Status: pact.Signed, Date: d("2025-09-17")},
				{Status: pact.InForce, Date: d("2025-09-17")}},
			Clauses: []pact.Clause{{ID: "mutual-defense", Obligation: pact.Defense,
				Text: "any aggression against either country shall be considered an aggression against both"}},
		},
		{
			ID: "us-umbrella", Name: "U.S. security umbrella over Saudi Arabia",
			Parties:   []pact.Party{{Actor: "USA", Roles: pact.Guarantor}, {Actor: "SAU", Roles: pact.Beneficiary}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: d("1945-02-14")}},
			Clauses:   []pact.Clause{{ID: "umbrella", Obligation: pact.Expectation, By: []relations.ActorID{"USA"}, To: []relations.ActorID{"SAU"}}},
		},
		{
			ID: "al-udeid", Name: "Al Udeid basing",
			Parties:    []pact.Party{{Actor: "QAT", Roles: pact.Host}, {Actor: "USA", Roles: member}},
			Lifecycle:  []pact.StatusChange{{Status: pact.InForce, Date: d("2003")}},
			Provisions: []pact.Provision{{Kind: pact.Basing, By: []relations.ActorID{"USA"}, To: []relations.ActorID{"QAT"}}},
		},
		{
			ID: "stability-pact", Name: "Regional stability pact (proposed by Turkey)",
			Parties: []pact.Party{{Actor: "TUR", Roles: member | pact.ProposedLeader}, {Actor: "EGY", Roles: member},
				{Actor: "SAU", Roles: member}, {Actor: "QAT", Roles: member}, {Actor: "IRN", Roles: member}},
			Lifecycle: []pact.StatusChange{{Status: pact.Proposed, Date: d("2025")}},
			Clauses: []pact.Clause{{ID: "integrity", Obligation: pact.Defense},
				{ID: "non-interference", Obligation: pact.NonAggression}},
		},
		{
			ID: "arab-islamic-force", Name: "Arab-Islamic joint force (proposed by Egypt)",
			Parties: []pact.Party{{Actor: "EGY", Roles: member | pact.ProposedLeader},
				{Actor: "SAU", Roles: member}, {Actor: "QAT", Roles: member}, {Actor: "PAK", Roles: member}},
			Lifecycle: []pact.StatusChange{{Status: pact.Proposed, Date: d("2025-09")}},
			Clauses:   []pact.Clause{{ID: "joint-defense", Obligation: pact.Defense}},
			Provisions: []pact.Provision{{Kind: pact.ForceContribution, By: []relations.ActorID{"EGY"},
				Troops: 20000, Commander: "EGY"}},
		},
	}
	m, err := pact.New(actors, agreements)
	if err != nil {
		panic(err)
	}
	return m
}

func ExampleNew() {
	_, err := pact.New([]relations.Actor{{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"}},
		[]pact.Agreement{{ID: "smda", Name: "SMDA",
			Parties:   []pact.Party{{Actor: "SAU", Roles: pact.Member}, {Actor: "PAKK", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: d("2025-09-17")}},
			Clauses:   []pact.Clause{{Obligation: pact.Defense, By: []relations.ActorID{"IND"}}}}})
	fmt.Println(err)
	// Output:
	// pact: agreement "smda": parties[1].actor: unknown actor "PAKK"
	// pact: agreement "smda": clauses[0].by[0]: "IND" is not a party
}

func ExampleModel_AlliancePartners() {
	m := gulf()
	for _, day := range []string{"2019-12-31", "2025-12-31"} {
		p, _ := m.AlliancePartners("SAU", d(day))
		fmt.Println(day, p)
	}
	// Output:
	// 2019-12-31 []
	// 2025-12-31 [PAK]
}

func ExampleModel_Guarantors() {
	g, _ := gulf().Guarantors("SAU", d("2025-12-31"))
	fmt.Println(g)
	// Output:
	// [PAK]
}

func ExampleModel_Defends() {
	g, _ := gulf().Defends("PAK", d("2025-12-31"))
	fmt.Println(g)
	// Output:
	// [SAU]
}

func ExampleModel_Bonds() {
	bonds, _ := gulf().Bonds("PAK", "SAU", d("2025-09"))
	for _, b := range bonds {
		fmt.Println(b)
	}
	// Output: PAK owes defense to SAU (agreement "smda", clause "mutual-defense") [cannot tell: partial-date: the dates of agreement "smda" cannot settle 2025-09]
}

func ExampleModel_Expectations() {
	e, _ := gulf().Expectations("SAU", d("2019-09-14"))
	fmt.Println(e.Certain[0], e.Uncertain)
	// Output: USA owes expectation to SAU (agreement "us-umbrella", clause "umbrella") []
}

func ExampleModel_Respond() {
	r, _ := gulf().Respond(pact.Attack{Aggressors: []relations.ActorID{"IRN"}, Target: "SAU", On: d("2025-12-31")})
	for _, duty := range r.Duties {
		fmt.Println(duty)
	}
	for _, e := range r.Expectations {
		fmt.Println("expectation only:", e.By)
	}
	// Output:
	// PAK must defend SAU against IRN (agreement "smda", clause "mutual-defense")
	// expectation only: USA
}

func ExampleModel_InForce() {
	ids, _ := gulf().InForce(d("2025-12-31"))
	fmt.Println(ids)
	// Output:
	// [al-udeid smda us-umbrella]
}

func ExampleModel_Proposals() {
	ids, _ := gulf().Proposals(d("2025-12-31"))
	fmt.Println(ids)
	// Output:
	// [arab-islamic-force stability-pact]
}

func ExampleModel_StatusOn() {
	st, sure, _ := gulf().StatusOn("arab-islamic-force", d("2025-09-15"))
	fmt.Println(st, sure)
	st, sure, _ = gulf().StatusOn("smda", d("2025-12-31"))
	fmt.Println(st, sure)
	// Output:
	// unknown cannot tell
	// in-force yes
}

func ExampleModel_AgreementsOf() {
	ids, _ := gulf().AgreementsOf("QAT")
	fmt.Println(ids)
	// Output:
	// [al-udeid arab-islamic-force stability-pact]
}

func ExampleModel_Cascade() {
	c, _ := gulf().Cascade([]pact.Attack{{Aggressors: []relations.ActorID{"IRN"}, Target: "SAU", On: d("2025-12-31")}}, pact.CascadeOptions{})
	fmt.Print(c)
	// Output:
	// round 1:
	//   PAK enters against IRN: PAK must defend SAU against IRN (agreement "smda", clause "mutual-defense")
	// sides: IRN vs SAU,PAK
}

func ExampleModel_WhatIf() {
	w, _ := gulf().WhatIf("stability-pact", d("2026-01-01"),
		pact.Attack{Aggressors: []relations.ActorID{"IRN"}, Target: "QAT"})
	for _, g := range w.Guarantors {
		if g.Actor == "QAT" {
			fmt.Println("Qatar gains guarantors", g.Gained)
		}
	}
	for _, c := range w.Responses[0].NewConflicts {
		fmt.Println(c)
	}
	// Output:
	// Qatar gains guarantors [EGY IRN SAU TUR]
	// EGY has conflicting duties (against-non-aggression): defend QAT ("stability-pact") vs refrain IRN ("stability-pact")
	// IRN has conflicting duties (bound-to-adversary): defend QAT ("stability-pact")
	// IRN has conflicting duties (breach): refrain QAT ("stability-pact")
	// SAU has conflicting duties (against-non-aggression): defend QAT ("stability-pact") vs refrain IRN ("stability-pact")
	// TUR has conflicting duties (against-non-aggression): defend QAT ("stability-pact") vs refrain IRN ("stability-pact")
}

func ExampleModel_Portfolio() {
	m := gulf()
	for _, day := range []string{"2019-12-31", "2025-12-31"} {
		p, _ := m.Portfolio("SAU", d(day), pact.DefaultWeights)
		fmt.Printf("%s: USA share %.2f, concentration %.2f\n", day, p.Share("USA"), p.Concentration())
	}
	// Output:
	// 2019-12-31: USA share 1.00, concentration 1.00
	// 2025-12-31: USA share 0.33, concentration 0.56
}

func ExampleModel_Overlap() {
	o, _ := gulf().Overlap("stability-pact", "arab-islamic-force")
	fmt.Println(o.Shared, o.LeadersA, o.LeadersB, o.RivalLeaders)
	// Output:
	// [EGY QAT SAU] [TUR] [EGY] true
}

func ExampleModel_AgreementAlignment() {
	h, _ := relations.NewHistory(gulf().Actors(), nil)
	s, _ := h.WithAgreements(gulf()).Standing("SAU", "PAK", d("2025-12-31"))
	fmt.Println(s.Alignment.Level, s.Alignment.Cause)
	// Output:
	// ally since 2025-09-17 (agreement "smda", clause "mutual-defense")
}

func ExampleParseModelJSON() {
	m, err := pact.ParseModelJSON(gulf().Actors(), []byte(`{
	  "version": 2,
	  "agreements": [{
	    "id": "smda", "name": "Strategic Mutual Defense Agreement",
	    "parties": [{"actor": "SAU", "roles": ["member"]}, {"actor": "PAK", "roles": ["member"]}],
	    "lifecycle": [{"status": "in-force", "date": "2025-09-17"}],
	    "clauses": [{"obligation": "defense"}]
	  }]
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	p, _ := m.AlliancePartners("PAK", d("2026-01-01"), pact.Defense)
	fmt.Println(p)
	// Output:
	// [SAU]
}

func ExampleDuty_String() {
	r, _ := gulf().Respond(pact.Attack{Aggressors: []relations.ActorID{"IRN"}, Target: "SAU", On: d("2025-09")})
	fmt.Println(r.Duties[0])
	// Output: PAK may have to defend SAU against IRN (agreement "smda", clause "mutual-defense"; in force: cannot tell (partial-date: the dates of agreement "smda" cannot settle 2025-09))
}
