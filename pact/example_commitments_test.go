package pact_test

import (
	"fmt"
	"log"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

// A unilateral guarantee binds its giver alone, and only the giver ends
// it: Executive Order 14353 pledges the United States to Qatar's security.
// The revocation here is invented, to show one.
func ExampleUnilateralGuarantee() {
	actors := []relations.Actor{
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "QAT", Kind: relations.StateActor, Name: "Qatar"},
		{ID: "ISR", Kind: relations.StateActor, Name: "Israel"},
	}
	eo := pact.Agreement{
		ID: "eo-14353", Name: "Assuring the Security of the State of Qatar", Form: pact.UnilateralGuarantee,
		Parties: []pact.Party{{Actor: "USA", Roles: pact.Guarantor}, {Actor: "QAT", Roles: pact.Beneficiary}},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("2025-09-29")},
			{Status: pact.Revoked, Date: relations.MustDate("2029-01-20"), By: "USA"}},
		Clauses: []pact.Clause{{ID: "policy", Obligation: pact.Defense,
			By: []relations.ActorID{"USA"}, To: []relations.ActorID{"QAT"}}},
		Sources: []string{"90 FR 48143"},
	}
	m, err := pact.New(actors, []pact.Agreement{eo})
	if err != nil {
		log.Fatal(err)
	}
	for _, day := range []string{"2025-10-01", "2029-02-01"} {
		r, err := m.Respond(pact.Attack{Aggressors: []relations.ActorID{"ISR"}, Target: "QAT", On: relations.MustDate(day)})
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(r)
	}

	// The beneficiary cannot end it.
	eo.Lifecycle[1].By = "QAT"
	_, err = pact.New(actors, []pact.Agreement{eo})
	fmt.Println(err)
	// Output:
	// ISR attacks QAT on 2025-10-01
	//   USA must defend QAT against ISR (unilateral-guarantee "eo-14353", clause "policy")
	// ISR attacks QAT on 2029-02-01
	//   no one has a duty or an expectation
	// pact: agreement "eo-14353": lifecycle[1].by: "QAT" is a beneficiary, and a beneficiary cannot revoke a unilateral-guarantee; only its giver "USA" can
}

// An agreement whose text is not public is in force on its dates, but
// whether it holds an obligation cannot be told: every query says so,
// with the source, and never answers no.
func ExampleAgreement_textNotPublic() {
	actors := []relations.Actor{
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
	}
	sda := pact.Agreement{
		ID: "us-sau-sda", Name: "U.S.–Saudi Strategic Defense Agreement",
		Parties:       []pact.Party{{Actor: "USA", Roles: pact.Member}, {Actor: "SAU", Roles: pact.Member}},
		Lifecycle:     []pact.StatusChange{{Status: pact.Signed, Date: relations.MustDate("2025-11-18")}, {Status: pact.InForce, Date: relations.MustDate("2025-11-18")}},
		TextNotPublic: "TIME: no explicit security guarantee",
	}
	m, err := pact.New(actors, []pact.Agreement{sda})
	if err != nil {
		log.Fatal(err)
	}
	on := relations.MustDate("2025-12-01")
	partners, err := m.AlliancePartners("SAU", on)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("partners:", partners)
	guarantors, err := m.Guarantors("SAU", on)
	if err != nil {
		log.Fatal(err)
	}
	for _, g := range guarantors.Uncertain {
		fmt.Println("may guarantee:", g.Item, "—", g.Doubt.Reason)
	}
	// Output:
	// partners: []; cannot tell: USA (undisclosed-text: agreement "us-sau-sda": its text is not public, so whether it holds a defense obligation cannot be told (TIME: no explicit security guarantee))
	// may guarantee: USA — undisclosed-text
}

// An assurance is a promise not to attack for a period; a record of
// tests asks whether it was in force on a day and whether it had been
// broken by then. The assurance and its breach are invented.
func ExampleModel_AssuranceOn() {
	actors := []relations.Actor{
		{ID: "ISR", Kind: relations.StateActor, Name: "Israel"},
		{ID: "QAT", Kind: relations.StateActor, Name: "Qatar"},
	}
	m, err := pact.New(actors, []pact.Agreement{{
		ID: "no-repeat", Name: "no further strike in Qatar", Form: pact.Assurance,
		Parties:   []pact.Party{{Actor: "ISR", Roles: pact.Guarantor}, {Actor: "QAT", Roles: pact.Beneficiary}},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("2025-09-29")}},
		Clauses: []pact.Clause{{Obligation: pact.NonAggression,
			By: []relations.ActorID{"ISR"}, To: []relations.ActorID{"QAT"}}},
		Breaches: []pact.AssuranceBreach{{By: "ISR", Date: relations.MustDate("2026-03"),
			Summary: "a strike in Doha", Sources: []string{"a wire report"}}},
		Sources: []string{"a statement"},
	}})
	if err != nil {
		log.Fatal(err)
	}
	for _, day := range []string{"2025-10-01", "2026-03-15", "2026-04-01"} {
		st, err := m.AssuranceOn("no-repeat", relations.MustDate(day))
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(day+":", st)
	}
	// Output:
	// 2025-10-01: ISR's assurance "no-repeat" to QAT (from 2025-09-29): in force: yes; breached: no
	// 2026-03-15: ISR's assurance "no-repeat" to QAT (from 2025-09-29): in force: yes; breached: cannot tell; 2026-03: a strike in Doha
	// 2026-04-01: ISR's assurance "no-repeat" to QAT (from 2025-09-29): in force: yes; breached: yes; 2026-03: a strike in Doha
}
