package pact_test

import (
	"fmt"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

func ExampleAgreement_Party() {
	a, _ := gulf().Agreement("al-udeid")
	p, ok := a.Party("QAT")
	fmt.Println(p.Roles, ok)
	// Output: host true
}

func ExampleAgreement_Leaders() {
	a, _ := gulf().Agreement("stability-pact")
	fmt.Println(a.Leaders())
	// Output: [TUR]
}

func ExampleRoles_Has() {
	r := pact.Member | pact.ProposedLeader
	fmt.Println(r.Has(pact.Member), r.Has(pact.Host), r)
	// Output: true false member+proposed-leader
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
	r, _ := gulf().Respond(pact.Attack{Aggressors: []relations.ActorID{"IRN"}, Target: "SAU", On: d("2025-09")})
	fmt.Println(len(r.Duties), len(r.Obliged())) // the SMDA's entry into force in 2025-09 may fall after the day
	// Output: 1 0
}

func ExampleWithCoverage() {
	smda, _ := gulf().Agreement("smda")
	smda.Lifecycle = []pact.StatusChange{{Status: pact.InForce, Date: d("2015-09-17")}}
	m, _ := pact.New(gulf().Actors(), []pact.Agreement{smda}, pact.WithCoverage(relations.Coverage{
		Source: "a survey", Observed: relations.Interval{From: d("2000-01-01"), Until: d("2019-01-01")}}))
	p, _ := m.AlliancePartners("SAU", d("2018-12-31"))
	fmt.Println(p.Certain)
	p, _ = m.AlliancePartners("SAU", d("2025-01-01"))
	fmt.Println(p.Certain, p.Uncertain)
	_, err := m.AlliancePartners("SAU", d("1999-12-31"))
	fmt.Println(err)
	// Output:
	// [PAK]
	// [] [{PAK past-coverage: agreement "smda" as last observed by a survey on 2018-12-31}]
	// pact: query: day: 1999-12-31 is before a survey begins to observe, on 2000-01-01
}

func ExampleDecodeAgreementsJSON() {
	ags, err := pact.DecodeAgreementsJSON([]byte(`{"version": 1, "agreements": [
	  {"id": "smda", "name": "SMDA", "parties": [{"actor": "SAU", "roles": ["member"]}],
	   "lifecycle": [{"status": "in-force", "date": "2025-09-17"}]}]}`))
	fmt.Println(len(ags), ags[0].Parties[0].Actor, err) // decoded, not yet validated
	// Output: 1 SAU <nil>
}

func ExampleModel_Actors() {
	fmt.Println(len(gulf().Actors()), gulf().Actors()[0].ID)
	// Output: 7 EGY
}

func ExampleModel_Agreement() {
	a, ok := gulf().Agreement("smda")
	fmt.Println(a.Name, ok)
	// Output: Strategic Mutual Defense Agreement true
}

func ExampleModel_Agreements() {
	for _, a := range gulf().Agreements() {
		fmt.Println(a.ID)
	}
	// Output:
	// al-udeid
	// arab-islamic-force
	// smda
	// stability-pact
	// us-umbrella
}

func ExampleModel_Len() {
	fmt.Println(gulf().Len())
	// Output: 5
}

func ExampleModel_AgreementPairs() {
	for a, b := range gulf().AgreementPairs() {
		fmt.Println(a, b)
	}
	// Output:
	// PAK SAU
	// QAT USA
}

func ExamplePortfolio_Total() {
	p, _ := gulf().Portfolio("SAU", d("2025-12-31"), pact.DefaultWeights)
	fmt.Println(p.Total())
	// Output: 1.5
}

func ExamplePortfolio_Share() {
	p, _ := gulf().Portfolio("SAU", d("2025-12-31"), pact.DefaultWeights)
	fmt.Printf("%.2f %.2f\n", p.Share("PAK"), p.Share("USA"))
	// Output: 0.67 0.33
}

func ExamplePortfolio_Concentration() {
	p, _ := gulf().Portfolio("QAT", d("2025-12-31"), pact.DefaultWeights)
	fmt.Println(p.Concentration())
	// Output: 1
}
