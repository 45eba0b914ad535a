package pact_test

import (
	"fmt"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

func ExampleNew() {
	_, err := pact.New([]relations.Actor{{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"}},
		[]pact.Agreement{{ID: "smda", Name: "SMDA",
			Parties:   []pact.Party{{Actor: "SAU", Roles: pact.Member}, {Actor: "PAKK", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("2025-09-17")}},
			Clauses:   []pact.Clause{{Obligation: pact.Defense, By: []relations.ActorID{"IND"}}}}})
	fmt.Println(err)
	// Output:
	// pact: agreement "smda": parties[1].actor: unknown actor "PAKK"
	// pact: agreement "smda": clauses[0].by[0]: "IND" is not a party
}

func ExampleModel_AlliancePartners() {
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
	for _, day := range []string{"2019-12-31", "2025-12-31"} {
		p, err := m.AlliancePartners("SAU", relations.MustDate(day))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(day, p)
	}
	// Output:
	// 2019-12-31 []
	// 2025-12-31 [PAK]
}

func ExampleModel_AlliancePartners_has() {
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
	// Is Pakistan an ally of Saudi Arabia? Before the pact, no; in the
	// month it entered into force, on a day the data cannot place, cannot
	// tell; after it, yes.
	for _, day := range []string{"2025-08-31", "2025-09", "2025-12-31"} {
		p, err := m.AlliancePartners("SAU", relations.MustDate(day))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(day, relations.Has(p, "PAK"))
		if why, ok := relations.DoubtOf(p, "PAK"); ok {
			fmt.Println("  because", why)
		}
	}
	// Output:
	// 2025-08-31 no
	// 2025-09 cannot tell
	//   because partial-date: the dates of agreement "smda" cannot settle 2025-09
	// 2025-12-31 yes
}

func ExampleModel_Guarantors() {
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
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
	g, err := m.Guarantors("SAU", relations.MustDate("2025-12-31"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(g) // the United States is expected to protect, not obliged to
	// Output:
	// [PAK]
}

func ExampleModel_Defends() {
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
	g, err := m.Defends("PAK", relations.MustDate("2025-12-31"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(g)
	// Output:
	// [SAU]
}

func ExampleModel_Bonds() {
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
	bonds, err := m.Bonds("PAK", "SAU", relations.MustDate("2025-09"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, b := range bonds {
		fmt.Println(b)
	}
	// Output:
	// PAK owes defense to SAU (agreement "smda", clause "mutual-defense") [cannot tell: partial-date: the dates of agreement "smda" cannot settle 2025-09]
}

func ExampleModel_Expectations() {
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
	}
	agreements := []pact.Agreement{
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
	e, err := m.Expectations("SAU", relations.MustDate("2019-09-14"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(e)
	// Output:
	// [USA owes expectation to SAU (agreement "us-umbrella", clause "umbrella")]
}

func ExampleModel_Respond() {
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
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
		{ID: "QAT", Kind: relations.StateActor, Name: "Qatar"},
		{ID: "EGY", Kind: relations.StateActor, Name: "Egypt"},
	}
	agreements := []pact.Agreement{
		{ID: "smda", Name: "Strategic Mutual Defense Agreement",
			Parties:   []pact.Party{{Actor: "SAU", Roles: pact.Member}, {Actor: "PAK", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("2025-09-17")}},
			Clauses:   []pact.Clause{{ID: "mutual-defense", Obligation: pact.Defense}}},
		{ID: "arab-islamic-force", Name: "Arab-Islamic joint force (proposed by Egypt)",
			Parties: []pact.Party{{Actor: "EGY", Roles: pact.Member | pact.ProposedLeader},
				{Actor: "SAU", Roles: pact.Member}, {Actor: "QAT", Roles: pact.Member}, {Actor: "PAK", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.Proposed, Date: relations.MustDate("2025-09")}},
			Clauses:   []pact.Clause{{ID: "joint-defense", Obligation: pact.Defense}}},
	}
	m, err := pact.New(actors, agreements)
	if err != nil {
		fmt.Println(err)
		return
	}
	ids, err := m.InForce(relations.MustDate("2025-12-31"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(ids)
	// Output:
	// [smda]
}

func ExampleModel_Proposals() {
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
		{ID: "QAT", Kind: relations.StateActor, Name: "Qatar"},
		{ID: "EGY", Kind: relations.StateActor, Name: "Egypt"},
	}
	agreements := []pact.Agreement{
		{ID: "smda", Name: "Strategic Mutual Defense Agreement",
			Parties:   []pact.Party{{Actor: "SAU", Roles: pact.Member}, {Actor: "PAK", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("2025-09-17")}},
			Clauses:   []pact.Clause{{ID: "mutual-defense", Obligation: pact.Defense}}},
		{ID: "arab-islamic-force", Name: "Arab-Islamic joint force (proposed by Egypt)",
			Parties: []pact.Party{{Actor: "EGY", Roles: pact.Member | pact.ProposedLeader},
				{Actor: "SAU", Roles: pact.Member}, {Actor: "QAT", Roles: pact.Member}, {Actor: "PAK", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.Proposed, Date: relations.MustDate("2025-09")}},
			Clauses:   []pact.Clause{{ID: "joint-defense", Obligation: pact.Defense}}},
	}
	m, err := pact.New(actors, agreements)
	if err != nil {
		fmt.Println(err)
		return
	}
	ids, err := m.Proposals(relations.MustDate("2025-12-31"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(ids)
	// Output:
	// [arab-islamic-force]
}

func ExampleModel_StatusOn() {
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
		{ID: "QAT", Kind: relations.StateActor, Name: "Qatar"},
		{ID: "EGY", Kind: relations.StateActor, Name: "Egypt"},
	}
	agreements := []pact.Agreement{
		{ID: "smda", Name: "Strategic Mutual Defense Agreement",
			Parties:   []pact.Party{{Actor: "SAU", Roles: pact.Member}, {Actor: "PAK", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("2025-09-17")}},
			Clauses:   []pact.Clause{{ID: "mutual-defense", Obligation: pact.Defense}}},
		{ID: "arab-islamic-force", Name: "Arab-Islamic joint force (proposed by Egypt)",
			Parties: []pact.Party{{Actor: "EGY", Roles: pact.Member | pact.ProposedLeader},
				{Actor: "SAU", Roles: pact.Member}, {Actor: "QAT", Roles: pact.Member}, {Actor: "PAK", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.Proposed, Date: relations.MustDate("2025-09")}},
			Clauses:   []pact.Clause{{ID: "joint-defense", Obligation: pact.Defense}}},
	}
	m, err := pact.New(actors, agreements)
	if err != nil {
		fmt.Println(err)
		return
	}
	// The joint force was proposed on a day of 2025-09: on 2025-09-15 it
	// may or may not have been.
	for _, q := range []struct{ id, day string }{{"arab-islamic-force", "2025-09-15"}, {"smda", "2025-12-31"}} {
		status, sure, err := m.StatusOn(q.id, relations.MustDate(q.day))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(q.id, q.day, status, sure)
	}
	// Output:
	// arab-islamic-force 2025-09-15 unknown cannot tell
	// smda 2025-12-31 in-force yes
}

func ExampleModel_AgreementsOf() {
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
		{ID: "QAT", Kind: relations.StateActor, Name: "Qatar"},
		{ID: "EGY", Kind: relations.StateActor, Name: "Egypt"},
	}
	agreements := []pact.Agreement{
		{ID: "smda", Name: "Strategic Mutual Defense Agreement",
			Parties:   []pact.Party{{Actor: "SAU", Roles: pact.Member}, {Actor: "PAK", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("2025-09-17")}},
			Clauses:   []pact.Clause{{ID: "mutual-defense", Obligation: pact.Defense}}},
		{ID: "arab-islamic-force", Name: "Arab-Islamic joint force (proposed by Egypt)",
			Parties: []pact.Party{{Actor: "EGY", Roles: pact.Member | pact.ProposedLeader},
				{Actor: "SAU", Roles: pact.Member}, {Actor: "QAT", Roles: pact.Member}, {Actor: "PAK", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.Proposed, Date: relations.MustDate("2025-09")}},
			Clauses:   []pact.Clause{{ID: "joint-defense", Obligation: pact.Defense}}},
	}
	m, err := pact.New(actors, agreements)
	if err != nil {
		fmt.Println(err)
		return
	}
	ids, err := m.AgreementsOf("PAK")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(ids)
	// Output:
	// [arab-islamic-force smda]
}

func ExampleModel_Cascade() {
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
	fmt.Print(c)
	// Output:
	// cascade of IRN attacks SAU on 2025-12-31
	// round 1:
	//   PAK enters against IRN: PAK must defend SAU against IRN (agreement "smda", clause "mutual-defense")
	// sides: IRN vs SAU,PAK
}

func ExampleWithUncertainDuties() {
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
	// The pact entered into force on 2025-09-17: on a day of 2025-09 it
	// may not yet bind, and only WithUncertainDuties lets it draw Pakistan in.
	attack := []pact.Attack{{Aggressors: []relations.ActorID{"IRN"}, Target: "SAU", On: relations.MustDate("2025-09")}}
	certain, err := m.Cascade(attack)
	if err != nil {
		fmt.Println(err)
		return
	}
	uncertain, err := m.Cascade(attack, pact.WithUncertainDuties())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("certain duties:", certain.Sides)
	fmt.Println("with uncertain duties:", uncertain.Sides)
	// Output:
	// certain duties: [[IRN] [SAU]]
	// with uncertain duties: [[IRN] [SAU PAK]]
}

func ExampleModel_WhatIf() {
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
	w, err := m.WhatIf("stability-pact", relations.MustDate("2026-01-01"),
		pact.Attack{Aggressors: []relations.ActorID{"IRN"}, Target: "QAT"})
	if err != nil {
		fmt.Println(err)
		return
	}
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
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
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
	for _, day := range []string{"2019-12-31", "2025-12-31"} {
		p, err := m.Portfolio("SAU", relations.MustDate(day))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s: USA share %.2f, concentration %.2f\n", day, p.Share("USA"), p.Concentration())
	}
	// Output:
	// 2019-12-31: USA share 1.00, concentration 1.00
	// 2025-12-31: USA share 0.33, concentration 0.56
}

func ExampleWithWeights() {
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
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
	// Count an expectation of protection as much as a treaty.
	even := pact.DefaultWeights
	even.Expectation = 1
	p, err := m.Portfolio("SAU", relations.MustDate("2025-12-31"), pact.WithWeights(even))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("USA share %.2f\n", p.Share("USA"))
	// Output:
	// USA share 0.50
}

func ExamplePortfolio_String() {
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
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
	p, err := m.Portfolio("SAU", relations.MustDate("2025-12-31"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p)
	// Output:
	// security portfolio of SAU on 2025-12-31 (concentration 0.56)
	//   PAK weight 1, share 0.67: defense (agreement "smda")
	//   USA weight 0.5, share 0.33: expectation (agreement "us-umbrella")
}

func ExampleModel_Overlap() {
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
		{ID: "QAT", Kind: relations.StateActor, Name: "Qatar"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
		{ID: "TUR", Kind: relations.StateActor, Name: "Turkey"},
		{ID: "EGY", Kind: relations.StateActor, Name: "Egypt"},
	}
	agreements := []pact.Agreement{
		{ID: "stability-pact", Name: "Regional stability pact (proposed by Turkey)",
			Parties: []pact.Party{{Actor: "TUR", Roles: pact.Member | pact.ProposedLeader}, {Actor: "EGY", Roles: pact.Member},
				{Actor: "SAU", Roles: pact.Member}, {Actor: "QAT", Roles: pact.Member}, {Actor: "IRN", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.Proposed, Date: relations.MustDate("2025")}},
			Clauses: []pact.Clause{{ID: "integrity", Obligation: pact.Defense},
				{ID: "non-interference", Obligation: pact.NonAggression}}},
		{ID: "arab-islamic-force", Name: "Arab-Islamic joint force (proposed by Egypt)",
			Parties: []pact.Party{{Actor: "EGY", Roles: pact.Member | pact.ProposedLeader},
				{Actor: "SAU", Roles: pact.Member}, {Actor: "QAT", Roles: pact.Member}, {Actor: "PAK", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.Proposed, Date: relations.MustDate("2025-09")}},
			Clauses:   []pact.Clause{{ID: "joint-defense", Obligation: pact.Defense}}},
	}
	m, err := pact.New(actors, agreements)
	if err != nil {
		fmt.Println(err)
		return
	}
	o, err := m.Overlap("stability-pact", "arab-islamic-force")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(o.Shared, o.LeadersA, o.LeadersB, o.RivalLeaders)
	// Output:
	// [EGY QAT SAU] [TUR] [EGY] true
}

func ExampleOverlap_String() {
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
		{ID: "QAT", Kind: relations.StateActor, Name: "Qatar"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
		{ID: "TUR", Kind: relations.StateActor, Name: "Turkey"},
		{ID: "EGY", Kind: relations.StateActor, Name: "Egypt"},
	}
	agreements := []pact.Agreement{
		{ID: "stability-pact", Name: "Regional stability pact (proposed by Turkey)",
			Parties: []pact.Party{{Actor: "TUR", Roles: pact.Member | pact.ProposedLeader}, {Actor: "EGY", Roles: pact.Member},
				{Actor: "SAU", Roles: pact.Member}, {Actor: "QAT", Roles: pact.Member}, {Actor: "IRN", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.Proposed, Date: relations.MustDate("2025")}},
			Clauses: []pact.Clause{{ID: "integrity", Obligation: pact.Defense},
				{ID: "non-interference", Obligation: pact.NonAggression}}},
		{ID: "arab-islamic-force", Name: "Arab-Islamic joint force (proposed by Egypt)",
			Parties: []pact.Party{{Actor: "EGY", Roles: pact.Member | pact.ProposedLeader},
				{Actor: "SAU", Roles: pact.Member}, {Actor: "QAT", Roles: pact.Member}, {Actor: "PAK", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.Proposed, Date: relations.MustDate("2025-09")}},
			Clauses:   []pact.Clause{{ID: "joint-defense", Obligation: pact.Defense}}},
	}
	m, err := pact.New(actors, agreements)
	if err != nil {
		fmt.Println(err)
		return
	}
	o, err := m.Overlap("stability-pact", "arab-islamic-force")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(o)
	// Output:
	// overlap of "stability-pact" and "arab-islamic-force": shared EGY,QAT,SAU; leaders TUR vs EGY (rival leaders)
}

func ExampleModel_AgreementAlignment() {
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
	h, err := relations.NewHistory(m.Actors(), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := h.WithAgreements(m).Standing("SAU", "PAK", relations.MustDate("2025-12-31"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Alignment.Level, s.Alignment.Cause)
	// Output:
	// ally since 2025-09-17 (agreement "smda", clause "mutual-defense")
}

func ExampleParseModelJSON() {
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
	}
	m, err := pact.ParseModelJSON(actors, []byte(`{
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
	p, err := m.AlliancePartners("PAK", relations.MustDate("2026-01-01"), pact.Defense)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p)
	// Output:
	// [SAU]
}

func ExampleDuty_String() {
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
	r, err := m.Respond(pact.Attack{Aggressors: []relations.ActorID{"IRN"}, Target: "SAU", On: relations.MustDate("2025-09")})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, duty := range r.Duties {
		fmt.Println(duty)
	}
	// Output:
	// PAK may have to defend SAU against IRN (agreement "smda", clause "mutual-defense"; in force: cannot tell (partial-date: the dates of agreement "smda" cannot settle 2025-09))
}
