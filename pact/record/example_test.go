package record_test

import (
	"fmt"
	"log"
	"os"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/record"
	"github.com/entente-go/entente/relations"
)

// A world of three states: the United States is expected to protect Saudi
// Arabia, and Iran strikes it twice.
func Example() {
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
	tests := []record.Test{
		{ID: "abqaiq", Kind: record.Attack, On: relations.MustDate("2019-09-14"), Protege: "SAU",
			Aggressors: []relations.ActorID{"IRN"}, Summary: "Abqaiq and Khurais struck", Sources: []string{"Newsweek"}},
		{ID: "second", Kind: record.Attack, On: relations.MustDate("2020-01"), Protege: "SAU",
			Aggressors: []relations.ActorID{"IRN"}, Summary: "a second strike", Sources: []string{"a wire"}},
	}
	responses := []record.Response{
		{Test: "abqaiq", Actor: "USA", On: relations.MustDate("2019-09-16"), Grade: record.Statement,
			Description: "had not promised to protect", Sources: []string{"USIP"}},
		{Test: "abqaiq", Actor: "USA", On: relations.MustDate("2019-09-26"), Grade: record.Reinforcement,
			Description: "a Patriot battery", Sources: []string{"CENTCOM"}},
	}
	r, err := record.New(m, tests, responses)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(r.Ledger("USA", "SAU"))
	// Output:
	// USA toward SAU: 1 honoured, 0 partly, 0 unmet, 1 cannot judge, 0 not owed: 100% settled, 50%–100%
	//   abqaiq 2019-09-14 USA→SAU: owed expectation, did reinforcement: honoured
	//   second 2020-01 USA→SAU: owed expectation, did cannot tell: cannot judge (unmet or partly honoured or honoured)
}

// A ledger's credibility keeps what the sources cannot settle apart: met
// 2 of 3 judged, and 1 that cannot be judged.
func ExampleLedger_Credibility() {
	l := record.Ledger{Protector: "USA", Protege: "QAT", Lines: []record.Verdict{
		{Outcome: record.Honoured, Possible: []record.Outcome{record.Honoured}},
		{Outcome: record.Honoured, Possible: []record.Outcome{record.Honoured}},
		{Outcome: record.Unmet, Possible: []record.Outcome{record.Unmet}},
		{Outcome: record.CannotJudge, Possible: []record.Outcome{record.Unmet, record.Honoured}},
	}}
	c := l.Credibility()
	fmt.Printf("settled %.0f%%, bounds %.0f%%–%.0f%%\n", 100*c.Settled, 100*c.Low, 100*c.High)
	// Output:
	// settled 67%, bounds 50%–75%
}

// Verdicts of many protectors, tallied at once: one that may not have
// been owed (honoured or not owed) may leave the share or raise it.
func ExampleTally() {
	c := record.Tally([]record.Verdict{
		{Outcome: record.Honoured, Possible: []record.Outcome{record.Honoured}},
		{Outcome: record.Unmet, Possible: []record.Outcome{record.Unmet}},
		{Outcome: record.NotOwed, Possible: []record.Outcome{record.NotOwed}},
		{Outcome: record.CannotJudge, Possible: []record.Outcome{record.Honoured, record.NotOwed}},
	})
	fmt.Println(c)
	// Output:
	// 1 honoured, 0 partly, 1 unmet, 1 cannot judge, 1 not owed: 50% settled, 50%–67%
}

func ExampleSourcesOf() {
	actors := []relations.Actor{
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
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
	fmt.Println(record.SourcesOf(m, "us-umbrella"), record.SourcesOf(m, "unknown"))
	// Output: [Quincy meeting, 1945] [agreement unknown]
}

// Two protectors settled and two the sources cannot settle: the share on
// the United States is a third of what is settled, and between a
// seventh and a third of what may be.
func ExampleDiversify() {
	pf := pact.Portfolio{Actor: "SAU", On: relations.MustDate("2025-12-31"),
		Protectors: relations.Answer[pact.Protector]{
			Certain: []pact.Protector{{Actor: "PAK", Weight: 1}, {Actor: "USA", Weight: 0.5}},
			Uncertain: []relations.Doubtful[pact.Protector]{
				{Item: pact.Protector{Actor: "EGY", Weight: 1}, Doubt: relations.Doubt{Reason: relations.PastCoverage}},
				{Item: pact.Protector{Actor: "KWT", Weight: 1}, Doubt: relations.Doubt{Reason: relations.PastCoverage}},
			}}}
	dv := record.Diversify(pf, "USA")
	fmt.Printf("%d certain, %d unsettled\n", len(dv.Certain), len(dv.Unsettled))
	fmt.Printf("share on USA %.0f%% (%.0f%%–%.0f%%)\n", 100*dv.Share.Settled, 100*dv.Share.Low, 100*dv.Share.High)
	fmt.Printf("concentration %.2f (%.2f–%.2f)\n", dv.Concentration.Settled, dv.Concentration.Low, dv.Concentration.High)
	// Output:
	// 2 certain, 2 unsettled
	// share on USA 33% (14%–33%)
	// concentration 0.56 (0.27–0.56)
}

// A document of tests and responses, judged and written as CSV.
func ExampleParseJSON() {
	feed, err := record.ParseJSON([]byte(`{
  "version": 1,
  "tests": [{"id": "udeid", "kind": "attack-on-hosted", "date": "2025-06-23", "protege": "QAT",
             "aggressors": ["IRN"], "hosted": "USA", "summary": "missiles on Al Udeid", "sources": ["WION"]}],
  "responses": [{"test": "udeid", "actor": "USA", "date": "2025-06-23", "grade": "defensive",
                 "description": "intercepts", "sources": ["ABC News"]}]
}`))
	if err != nil {
		log.Fatal(err)
	}
	actors := []relations.Actor{
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "QAT", Kind: relations.StateActor, Name: "Qatar"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
	}
	base := pact.Agreement{ID: "al-udeid", Name: "Al Udeid basing",
		Parties:    []pact.Party{{Actor: "QAT", Roles: pact.Host}, {Actor: "USA", Roles: pact.Member}},
		Lifecycle:  []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("2003")}},
		Provisions: []pact.Provision{{Kind: pact.Basing, By: []relations.ActorID{"USA"}, To: []relations.ActorID{"QAT"}}}}
	m, err := pact.New(actors, []pact.Agreement{base})
	if err != nil {
		log.Fatal(err)
	}
	r, err := record.New(m, feed.Tests, feed.Responses)
	if err != nil {
		log.Fatal(err)
	}
	if err := record.WriteCSV(os.Stdout, r.Verdicts()); err != nil {
		log.Fatal(err)
	}
	// Output:
	// protector,protege,test,kind,date,owed,response,verdict,possible,lags,reasons,sources
	// USA,QAT,udeid,attack-on-hosted,2025-06-23,basing,defensive,honoured,honoured,defensive@0,"basing is honoured by reinforcement or more, partly by consultation",WION | agreement al-udeid | ABC News
}

// Every protégé a protector has a line toward, and for each line the
// response the verdict rests on, with its lag.
func ExampleRecord_Protected() {
	actors := []relations.Actor{
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "ARE", Kind: relations.StateActor, Name: "United Arab Emirates"},
		{ID: "houthis", Kind: relations.ArmedGroup, Name: "Houthis"},
	}
	m, err := pact.New(actors, nil)
	if err != nil {
		log.Fatal(err)
	}
	tests := []record.Test{{ID: "abu-dhabi-2022", Kind: record.Attack, On: relations.MustDate("2022-01-17"),
		Protege: "ARE", Aggressors: []relations.ActorID{"houthis"}, Summary: "drones on Abu Dhabi", Sources: []string{"Wikipedia"}}}
	responses := []record.Response{
		{Test: "abu-dhabi-2022", Actor: "USA", On: relations.MustDate("2022-01-19"), Grade: record.Consultation,
			Description: "Austin–MBZ call", Sources: []string{"AP"}},
		{Test: "abu-dhabi-2022", Actor: "USA", On: relations.MustDate("2022-02-02"), Grade: record.Reinforcement,
			Description: "USS Cole and fighters", Sources: []string{"The Times"}},
	}
	r, err := record.New(m, tests, responses)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(r.Tests()), "test,", len(r.Responses("abu-dhabi-2022")), "responses")
	for _, x := range r.Protected("USA") {
		for _, v := range r.Ledger("USA", x).Lines {
			d, ok := v.Decisive()
			if !ok {
				continue
			}
			fmt.Printf("%s: %s, %s %d days on; sources %v\n", v.Test.ID, v.Outcome, d.Grade, d.Lag, v.Sources())
		}
	}
	// Output:
	// 1 test, 2 responses
	// abu-dhabi-2022: not owed, reinforcement 16 days on; sources [Wikipedia AP The Times]
}
