package record_test

import (
	"fmt"
	"log"
	"os"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/record"
	"github.com/entente-go/entente/relations"
)

// An assurance is put to the test by its own giver: the United States
// assured Iran of a window for talks (the claim is invented here), then
// struck it inside the window.
func ExampleRecord_Verdicts_assurance() {
	actors := []relations.Actor{
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
	}
	window := pact.Agreement{ID: "window", Name: "a window for talks", Form: pact.Assurance,
		Parties:   []pact.Party{{Actor: "USA", Roles: pact.Guarantor}, {Actor: "IRN", Roles: pact.Beneficiary}},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("2025-04-12")}},
		Clauses: []pact.Clause{{ID: "no-strike", Obligation: pact.NonAggression,
			By: []relations.ActorID{"USA"}, To: []relations.ActorID{"IRN"}}},
		Sources: []string{"a statement"}}
	m, err := pact.New(actors, []pact.Agreement{window})
	if err != nil {
		log.Fatal(err)
	}
	strike := record.Test{ID: "strikes", Kind: record.AssuranceBreached, On: relations.MustDate("2025-06-22"),
		Protege: "IRN", Aggressors: []relations.ActorID{"USA"}, Summary: "U.S. strikes", Sources: []string{"a wire"}}
	r, err := record.New(m, []record.Test{strike}, nil)
	if err != nil {
		log.Fatal(err)
	}
	for _, v := range r.Verdicts() {
		fmt.Println(v)
		fmt.Println(v.Owed[0])
		fmt.Println(v.Reasons[0])
	}
	// Output:
	// strikes 2025-06-22 USA→IRN: owed assurance, did none: unmet
	// USA: assurance (assurance "window", clause "no-strike")
	// the assurance's giver struck its beneficiary while "window" was in force
}

// The rules are the caller's to change: a stricter rule asks an
// expectation of protection for defensive action, and a window of a week
// leaves a deployment ten days on outside it.
func ExampleWithRule() {
	actors := []relations.Actor{
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
	}
	umbrella := pact.Agreement{ID: "us-umbrella", Name: "U.S. security umbrella",
		Parties:   []pact.Party{{Actor: "USA", Roles: pact.Guarantor}, {Actor: "SAU", Roles: pact.Beneficiary}},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1945-02-14")}},
		Clauses: []pact.Clause{{Obligation: pact.Expectation, By: []relations.ActorID{"USA"},
			To: []relations.ActorID{"SAU"}}},
		Sources: []string{"Quincy meeting, 1945"}}
	m, err := pact.New(actors, []pact.Agreement{umbrella})
	if err != nil {
		log.Fatal(err)
	}
	tests := []record.Test{{ID: "abqaiq", Kind: record.Attack, On: relations.MustDate("2019-09-14"), Protege: "SAU",
		Aggressors: []relations.ActorID{"IRN"}, Summary: "Abqaiq and Khurais struck", Sources: []string{"Newsweek"}}}
	responses := []record.Response{{Test: "abqaiq", Actor: "USA", On: relations.MustDate("2019-09-24"),
		Grade: record.Reinforcement, Description: "a Patriot battery", Sources: []string{"CENTCOM"}}}
	for _, opts := range [][]record.Option{
		nil,
		{record.WithRule("expectation", record.Rule{Honours: record.Defensive, Partly: record.Reinforcement})},
		{record.WithWindow(7)},
	} {
		r, err := record.New(m, tests, responses, opts...)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(r.Verdicts()[0])
	}
	_, err = record.New(m, tests, responses, record.WithWindow(-1))
	fmt.Println(err)
	// Output:
	// abqaiq 2019-09-14 USA→SAU: owed expectation, did reinforcement: honoured
	// abqaiq 2019-09-14 USA→SAU: owed expectation, did reinforcement: partly honoured
	// abqaiq 2019-09-14 USA→SAU: owed expectation, did none: unmet
	// record: New: options: WithWindow(-1): want 0 to 3660 days
}

// WriteCSV writes every verdict as one row, with the test, the
// commitment, the response and the sources.
func ExampleWriteCSV() {
	actors := []relations.Actor{
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "QAT", Kind: relations.StateActor, Name: "Qatar"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
	}
	base := pact.Agreement{ID: "al-udeid", Name: "Al Udeid Air Base",
		Parties:    []pact.Party{{Actor: "QAT", Roles: pact.Host}, {Actor: "USA", Roles: pact.Member}},
		Lifecycle:  []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("2003")}},
		Provisions: []pact.Provision{{Kind: pact.Basing, By: []relations.ActorID{"USA"}, To: []relations.ActorID{"QAT"}}},
		Sources:    []string{"CRS"}}
	m, err := pact.New(actors, []pact.Agreement{base})
	if err != nil {
		log.Fatal(err)
	}
	tests := []record.Test{{ID: "udeid", Kind: record.AttackOnHosted, On: relations.MustDate("2025-06-23"), Protege: "QAT",
		Hosted: "USA", Aggressors: []relations.ActorID{"IRN"}, Summary: "missiles on Al Udeid", Sources: []string{"a wire"}}}
	responses := []record.Response{{Test: "udeid", Actor: "USA", On: relations.MustDate("2025-06-23"),
		Grade: record.Defensive, Description: "interceptions", Sources: []string{"CENTCOM"}}}
	r, err := record.New(m, tests, responses)
	if err != nil {
		log.Fatal(err)
	}
	if err := record.WriteCSV(os.Stdout, r.Verdicts()); err != nil {
		log.Fatal(err)
	}
	// Output:
	// protector,protege,test,kind,date,owed,response,verdict,possible,lags,reasons,sources
	// USA,QAT,udeid,attack-on-hosted,2025-06-23,basing,defensive,honoured,honoured,defensive@0,"basing is honoured by reinforcement or more, partly by consultation",a wire | CRS | CENTCOM
}
