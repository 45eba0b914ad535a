package pact_test

import (
	"fmt"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

func ExampleAgreement_Party() {
	a := pact.Agreement{ID: "al-udeid", Name: "Al Udeid basing",
		Parties: []pact.Party{{Actor: "QAT", Roles: pact.Host}, {Actor: "USA", Roles: pact.Member}}}
	p, ok := a.Party("QAT")
	fmt.Println(p.Roles, ok)
	// Output:
	// host true
}

func ExampleAgreement_Leaders() {
	a := pact.Agreement{ID: "stability-pact", Name: "Regional stability pact (proposed by Turkey)",
		Parties: []pact.Party{{Actor: "TUR", Roles: pact.Member | pact.ProposedLeader}, {Actor: "EGY", Roles: pact.Member}}}
	fmt.Println(a.Leaders())
	// Output:
	// [TUR]
}

func ExampleRoles_Has() {
	r := pact.Member | pact.ProposedLeader
	fmt.Println(r.Has(pact.Member), r.Has(pact.Host), r)
	// Output:
	// true false member+proposed-leader
}

func ExampleParseObligation() {
	for _, s := range []string{"defense", "non-aggression", "love"} {
		o, err := pact.ParseObligation(s)
		fmt.Println(o, err)
	}
	// Output:
	// defense <nil>
	// non-aggression <nil>
	// unknown pact: "love" is not an obligation: unknown value; want one of "defense", "offense", "neutrality", "non-aggression", "consultation", "expectation"
}

func ExampleResponse_Obliged() {
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
	fmt.Println(len(r.Duties), len(r.Obliged())) // the SMDA's entry into force in 2025-09 may fall after the day
	// Output:
	// 1 0
}

func ExampleWithCoverage() {
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
	}
	smda := pact.Agreement{ID: "smda", Name: "Strategic Mutual Defense Agreement",
		Parties:   []pact.Party{{Actor: "SAU", Roles: pact.Member}, {Actor: "PAK", Roles: pact.Member}},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("2015-09-17")}},
		Clauses:   []pact.Clause{{Obligation: pact.Defense}}}
	m, err := pact.New(actors, []pact.Agreement{smda}, pact.WithCoverage(relations.Coverage{Source: "a survey",
		Observed: relations.Interval{From: relations.MustDate("2000-01-01"), Until: relations.MustDate("2019-01-01")}}))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, day := range []string{"2018-12-31", "2025-01-01", "1999-12-31"} {
		p, err := m.AlliancePartners("SAU", relations.MustDate(day))
		if err != nil {
			fmt.Println(day, err)
			continue
		}
		fmt.Println(day, p)
	}
	// Output:
	// 2018-12-31 [PAK]
	// 2025-01-01 []; cannot tell: PAK (past-coverage: agreement "smda" as last observed by a survey on 2018-12-31)
	// 1999-12-31 pact: query: day: 1999-12-31 is before a survey begins to observe, on 2000-01-01
}

func ExampleDecodeAgreementsJSON() {
	ags, err := pact.DecodeAgreementsJSON([]byte(`{"version": 2, "agreements": [
	  {"id": "smda", "name": "SMDA", "parties": [{"actor": "SAU", "roles": ["member"]}],
	   "lifecycle": [{"status": "in-force", "date": "2025-09-17"}]}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(ags), ags[0].Parties[0].Actor) // decoded, not yet validated: one party
	// Output:
	// 1 SAU
}

func ExampleModel_Actors() {
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "QAT", Kind: relations.StateActor, Name: "Qatar"},
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
		{ID: "al-udeid", Name: "Al Udeid basing",
			Parties:   []pact.Party{{Actor: "QAT", Roles: pact.Host}, {Actor: "USA", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("2003")}},
			Provisions: []pact.Provision{{Kind: pact.Basing,
				By: []relations.ActorID{"USA"}, To: []relations.ActorID{"QAT"}}}},
	}
	m, err := pact.New(actors, agreements)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range m.Actors() {
		fmt.Println(a.ID, a.Name)
	}
	// Output:
	// PAK Pakistan
	// QAT Qatar
	// SAU Saudi Arabia
	// USA United States
}

func ExampleModel_Agreement() {
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "QAT", Kind: relations.StateActor, Name: "Qatar"},
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
		{ID: "al-udeid", Name: "Al Udeid basing",
			Parties:   []pact.Party{{Actor: "QAT", Roles: pact.Host}, {Actor: "USA", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("2003")}},
			Provisions: []pact.Provision{{Kind: pact.Basing,
				By: []relations.ActorID{"USA"}, To: []relations.ActorID{"QAT"}}}},
	}
	m, err := pact.New(actors, agreements)
	if err != nil {
		fmt.Println(err)
		return
	}
	a, ok := m.Agreement("smda")
	fmt.Println(a.Name, ok)
	// Output:
	// Strategic Mutual Defense Agreement true
}

func ExampleModel_Agreements() {
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "QAT", Kind: relations.StateActor, Name: "Qatar"},
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
		{ID: "al-udeid", Name: "Al Udeid basing",
			Parties:   []pact.Party{{Actor: "QAT", Roles: pact.Host}, {Actor: "USA", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("2003")}},
			Provisions: []pact.Provision{{Kind: pact.Basing,
				By: []relations.ActorID{"USA"}, To: []relations.ActorID{"QAT"}}}},
	}
	m, err := pact.New(actors, agreements)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range m.Agreements() {
		fmt.Println(a.ID)
	}
	// Output:
	// al-udeid
	// smda
	// us-umbrella
}

func ExampleModel_Len() {
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "QAT", Kind: relations.StateActor, Name: "Qatar"},
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
		{ID: "al-udeid", Name: "Al Udeid basing",
			Parties:   []pact.Party{{Actor: "QAT", Roles: pact.Host}, {Actor: "USA", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("2003")}},
			Provisions: []pact.Provision{{Kind: pact.Basing,
				By: []relations.ActorID{"USA"}, To: []relations.ActorID{"QAT"}}}},
	}
	m, err := pact.New(actors, agreements)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.Len())
	// Output:
	// 3
}

func ExampleModel_AgreementPairs() {
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "QAT", Kind: relations.StateActor, Name: "Qatar"},
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
		{ID: "al-udeid", Name: "Al Udeid basing",
			Parties:   []pact.Party{{Actor: "QAT", Roles: pact.Host}, {Actor: "USA", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("2003")}},
			Provisions: []pact.Provision{{Kind: pact.Basing,
				By: []relations.ActorID{"USA"}, To: []relations.ActorID{"QAT"}}}},
	}
	m, err := pact.New(actors, agreements)
	if err != nil {
		fmt.Println(err)
		return
	}
	for a, b := range m.AgreementPairs() {
		fmt.Println(a, b)
	}
	// Output:
	// PAK SAU
	// QAT USA
}

func ExamplePortfolio_Total() {
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
	fmt.Println(p.Total())
	// Output:
	// 1.5
}

func ExamplePortfolio_Share() {
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
	fmt.Printf("%.2f %.2f\n", p.Share("PAK"), p.Share("USA"))
	// Output:
	// 0.67 0.33
}

func ExamplePortfolio_Concentration() {
	actors := []relations.Actor{
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "QAT", Kind: relations.StateActor, Name: "Qatar"},
	}
	agreements := []pact.Agreement{
		{ID: "al-udeid", Name: "Al Udeid basing",
			Parties:   []pact.Party{{Actor: "QAT", Roles: pact.Host}, {Actor: "USA", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("2003")}},
			Provisions: []pact.Provision{{Kind: pact.Basing,
				By: []relations.ActorID{"USA"}, To: []relations.ActorID{"QAT"}}}},
	}
	m, err := pact.New(actors, agreements)
	if err != nil {
		fmt.Println(err)
		return
	}
	p, err := m.Portfolio("QAT", relations.MustDate("2025-12-31"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Concentration()) // one protector carries everything
	// Output:
	// 1
}
