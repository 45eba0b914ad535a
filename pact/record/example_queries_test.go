package record_test

import (
	"fmt"
	"log"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/record"
	"github.com/entente-go/entente/relations"
)

// New judges a feed of tests and responses against a model: here the
// United States was expected to protect Saudi Arabia when Abqaiq was
// struck, and sent a Patriot battery twelve days on.
func ExampleNew() {
	actors := []relations.Actor{
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
	}
	m, err := pact.New(actors, []pact.Agreement{{ID: "us-umbrella", Name: "U.S. security umbrella",
		Parties:   []pact.Party{{Actor: "USA", Roles: pact.Guarantor}, {Actor: "SAU", Roles: pact.Beneficiary}},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1945-02-14")}},
		Clauses: []pact.Clause{{Obligation: pact.Expectation, By: []relations.ActorID{"USA"},
			To: []relations.ActorID{"SAU"}}},
		Sources: []string{"Quincy meeting, 1945"}}})
	if err != nil {
		log.Fatal(err)
	}
	feed, err := record.ParseJSON([]byte(`{"version": 1,
	  "tests": [{"id": "abqaiq", "kind": "attack", "date": "2019-09-14", "protege": "SAU", "aggressors": ["IRN"],
	             "summary": "Abqaiq and Khurais struck", "sources": ["Newsweek"]}],
	  "responses": [
	    {"test": "abqaiq", "actor": "USA", "date": "2019-09-16", "grade": "statement",
	     "description": "had not promised to protect", "sources": ["USIP"]},
	    {"test": "abqaiq", "actor": "USA", "date": "2019-09-26", "grade": "reinforcement",
	     "description": "a Patriot battery", "sources": ["CENTCOM"]}]}`))
	if err != nil {
		log.Fatal(err)
	}
	r, err := record.New(m, feed.Tests, feed.Responses)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(r.Verdicts()[0])

	// An unknown actor is reported with its place.
	feed.Responses[0].Actor = "USSR"
	_, err = record.New(m, feed.Tests, feed.Responses)
	fmt.Println(err)
	// Output:
	// abqaiq 2019-09-14 USA→SAU: owed expectation, did reinforcement: honoured
	// record: responses[0] "abqaiq": actor: unknown actor "USSR"
}

// A ledger is one protector's verdicts toward one protégé, with its
// credibility.
func ExampleRecord_Ledger() {
	actors := []relations.Actor{
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
	}
	m, err := pact.New(actors, []pact.Agreement{{ID: "us-umbrella", Name: "U.S. security umbrella",
		Parties:   []pact.Party{{Actor: "USA", Roles: pact.Guarantor}, {Actor: "SAU", Roles: pact.Beneficiary}},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1945-02-14")}},
		Clauses: []pact.Clause{{Obligation: pact.Expectation, By: []relations.ActorID{"USA"},
			To: []relations.ActorID{"SAU"}}},
		Sources: []string{"Quincy meeting, 1945"}}})
	if err != nil {
		log.Fatal(err)
	}
	feed, err := record.ParseJSON([]byte(`{"version": 1,
	  "tests": [{"id": "abqaiq", "kind": "attack", "date": "2019-09-14", "protege": "SAU", "aggressors": ["IRN"],
	             "summary": "Abqaiq and Khurais struck", "sources": ["Newsweek"]}],
	  "responses": [
	    {"test": "abqaiq", "actor": "USA", "date": "2019-09-16", "grade": "statement",
	     "description": "had not promised to protect", "sources": ["USIP"]},
	    {"test": "abqaiq", "actor": "USA", "date": "2019-09-26", "grade": "reinforcement",
	     "description": "a Patriot battery", "sources": ["CENTCOM"]}]}`))
	if err != nil {
		log.Fatal(err)
	}
	r, err := record.New(m, feed.Tests, feed.Responses)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(r.Ledger("USA", "SAU"))
	fmt.Println(len(r.Ledger("IRN", "SAU").Lines), "lines for Iran, the aggressor")
	// Output:
	// USA toward SAU: 1 honoured, 0 partly, 0 unmet, 0 cannot judge, 0 not owed: 100% settled, 100%–100%
	//   abqaiq 2019-09-14 USA→SAU: owed expectation, did reinforcement: honoured
	// 0 lines for Iran, the aggressor
}

// Tests returns the feed's tests in date order.
func ExampleRecord_Tests() {
	actors := []relations.Actor{
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
	}
	m, err := pact.New(actors, []pact.Agreement{{ID: "us-umbrella", Name: "U.S. security umbrella",
		Parties:   []pact.Party{{Actor: "USA", Roles: pact.Guarantor}, {Actor: "SAU", Roles: pact.Beneficiary}},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1945-02-14")}},
		Clauses: []pact.Clause{{Obligation: pact.Expectation, By: []relations.ActorID{"USA"},
			To: []relations.ActorID{"SAU"}}},
		Sources: []string{"Quincy meeting, 1945"}}})
	if err != nil {
		log.Fatal(err)
	}
	feed, err := record.ParseJSON([]byte(`{"version": 1,
	  "tests": [{"id": "abqaiq", "kind": "attack", "date": "2019-09-14", "protege": "SAU", "aggressors": ["IRN"],
	             "summary": "Abqaiq and Khurais struck", "sources": ["Newsweek"]}],
	  "responses": [
	    {"test": "abqaiq", "actor": "USA", "date": "2019-09-16", "grade": "statement",
	     "description": "had not promised to protect", "sources": ["USIP"]},
	    {"test": "abqaiq", "actor": "USA", "date": "2019-09-26", "grade": "reinforcement",
	     "description": "a Patriot battery", "sources": ["CENTCOM"]}]}`))
	if err != nil {
		log.Fatal(err)
	}
	r, err := record.New(m, feed.Tests, feed.Responses)
	if err != nil {
		log.Fatal(err)
	}
	for _, t := range r.Tests() {
		fmt.Println(t.ID, t.Kind, t.On, t.Protege, t.Aggressors)
	}
	// Output:
	// abqaiq attack 2019-09-14 SAU [IRN]
}

// Responses returns every response to one test, in date order.
func ExampleRecord_Responses() {
	actors := []relations.Actor{
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
	}
	m, err := pact.New(actors, []pact.Agreement{{ID: "us-umbrella", Name: "U.S. security umbrella",
		Parties:   []pact.Party{{Actor: "USA", Roles: pact.Guarantor}, {Actor: "SAU", Roles: pact.Beneficiary}},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1945-02-14")}},
		Clauses: []pact.Clause{{Obligation: pact.Expectation, By: []relations.ActorID{"USA"},
			To: []relations.ActorID{"SAU"}}},
		Sources: []string{"Quincy meeting, 1945"}}})
	if err != nil {
		log.Fatal(err)
	}
	feed, err := record.ParseJSON([]byte(`{"version": 1,
	  "tests": [{"id": "abqaiq", "kind": "attack", "date": "2019-09-14", "protege": "SAU", "aggressors": ["IRN"],
	             "summary": "Abqaiq and Khurais struck", "sources": ["Newsweek"]}],
	  "responses": [
	    {"test": "abqaiq", "actor": "USA", "date": "2019-09-16", "grade": "statement",
	     "description": "had not promised to protect", "sources": ["USIP"]},
	    {"test": "abqaiq", "actor": "USA", "date": "2019-09-26", "grade": "reinforcement",
	     "description": "a Patriot battery", "sources": ["CENTCOM"]}]}`))
	if err != nil {
		log.Fatal(err)
	}
	r, err := record.New(m, feed.Tests, feed.Responses)
	if err != nil {
		log.Fatal(err)
	}
	for _, x := range r.Responses("abqaiq") {
		fmt.Println(x.On, x.Actor, x.Grade, "—", x.Description)
	}
	// Output:
	// 2019-09-16 USA statement — had not promised to protect
	// 2019-09-26 USA reinforcement — a Patriot battery
}

// Window says how many days after a test a response counts.
func ExampleRecord_Window() {
	actors := []relations.Actor{
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
	}
	m, err := pact.New(actors, []pact.Agreement{{ID: "us-umbrella", Name: "U.S. security umbrella",
		Parties:   []pact.Party{{Actor: "USA", Roles: pact.Guarantor}, {Actor: "SAU", Roles: pact.Beneficiary}},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1945-02-14")}},
		Clauses: []pact.Clause{{Obligation: pact.Expectation, By: []relations.ActorID{"USA"},
			To: []relations.ActorID{"SAU"}}},
		Sources: []string{"Quincy meeting, 1945"}}})
	if err != nil {
		log.Fatal(err)
	}
	feed, err := record.ParseJSON([]byte(`{"version": 1,
	  "tests": [{"id": "abqaiq", "kind": "attack", "date": "2019-09-14", "protege": "SAU", "aggressors": ["IRN"],
	             "summary": "Abqaiq and Khurais struck", "sources": ["Newsweek"]}],
	  "responses": [
	    {"test": "abqaiq", "actor": "USA", "date": "2019-09-16", "grade": "statement",
	     "description": "had not promised to protect", "sources": ["USIP"]},
	    {"test": "abqaiq", "actor": "USA", "date": "2019-09-26", "grade": "reinforcement",
	     "description": "a Patriot battery", "sources": ["CENTCOM"]}]}`))
	if err != nil {
		log.Fatal(err)
	}
	for _, opts := range [][]record.Option{nil, {record.WithWindow(7)}} {
		r, err := record.New(m, feed.Tests, feed.Responses, opts...)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(r.Window(), "days:", r.Verdicts()[0])
	}
	// Output:
	// 90 days: abqaiq 2019-09-14 USA→SAU: owed expectation, did reinforcement: honoured
	// 7 days: abqaiq 2019-09-14 USA→SAU: owed expectation, did statement: unmet
}

// WithWindow narrows the days in which a response counts: a deployment
// twelve days after the test falls outside a week.
func ExampleWithWindow() {
	actors := []relations.Actor{
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
	}
	m, err := pact.New(actors, []pact.Agreement{{ID: "us-umbrella", Name: "U.S. security umbrella",
		Parties:   []pact.Party{{Actor: "USA", Roles: pact.Guarantor}, {Actor: "SAU", Roles: pact.Beneficiary}},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1945-02-14")}},
		Clauses: []pact.Clause{{Obligation: pact.Expectation, By: []relations.ActorID{"USA"},
			To: []relations.ActorID{"SAU"}}},
		Sources: []string{"Quincy meeting, 1945"}}})
	if err != nil {
		log.Fatal(err)
	}
	feed, err := record.ParseJSON([]byte(`{"version": 1,
	  "tests": [{"id": "abqaiq", "kind": "attack", "date": "2019-09-14", "protege": "SAU", "aggressors": ["IRN"],
	             "summary": "Abqaiq and Khurais struck", "sources": ["Newsweek"]}],
	  "responses": [
	    {"test": "abqaiq", "actor": "USA", "date": "2019-09-16", "grade": "statement",
	     "description": "had not promised to protect", "sources": ["USIP"]},
	    {"test": "abqaiq", "actor": "USA", "date": "2019-09-26", "grade": "reinforcement",
	     "description": "a Patriot battery", "sources": ["CENTCOM"]}]}`))
	if err != nil {
		log.Fatal(err)
	}
	r, err := record.New(m, feed.Tests, feed.Responses, record.WithWindow(7))
	if err != nil {
		log.Fatal(err)
	}
	for _, c := range r.Verdicts()[0].Responses {
		fmt.Println(c.Grade, "+", c.Lag, "days, counts:", c.Counts)
	}
	// Output:
	// statement + 2 days, counts: yes
	// reinforcement + 12 days, counts: no
}

// Decisive is the response the verdict's grade rests on: the first of the
// highest grade among those that count.
func ExampleVerdict_Decisive() {
	actors := []relations.Actor{
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
	}
	m, err := pact.New(actors, []pact.Agreement{{ID: "us-umbrella", Name: "U.S. security umbrella",
		Parties:   []pact.Party{{Actor: "USA", Roles: pact.Guarantor}, {Actor: "SAU", Roles: pact.Beneficiary}},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1945-02-14")}},
		Clauses: []pact.Clause{{Obligation: pact.Expectation, By: []relations.ActorID{"USA"},
			To: []relations.ActorID{"SAU"}}},
		Sources: []string{"Quincy meeting, 1945"}}})
	if err != nil {
		log.Fatal(err)
	}
	feed, err := record.ParseJSON([]byte(`{"version": 1,
	  "tests": [{"id": "abqaiq", "kind": "attack", "date": "2019-09-14", "protege": "SAU", "aggressors": ["IRN"],
	             "summary": "Abqaiq and Khurais struck", "sources": ["Newsweek"]}],
	  "responses": [
	    {"test": "abqaiq", "actor": "USA", "date": "2019-09-16", "grade": "statement",
	     "description": "had not promised to protect", "sources": ["USIP"]},
	    {"test": "abqaiq", "actor": "USA", "date": "2019-09-26", "grade": "reinforcement",
	     "description": "a Patriot battery", "sources": ["CENTCOM"]}]}`))
	if err != nil {
		log.Fatal(err)
	}
	r, err := record.New(m, feed.Tests, feed.Responses)
	if err != nil {
		log.Fatal(err)
	}
	v := r.Verdicts()[0]
	if c, ok := v.Decisive(); ok {
		fmt.Println(c.Grade, c.On, "+", c.Lag, "days:", c.Description)
	}
	// Output:
	// reinforcement 2019-09-26 + 12 days: a Patriot battery
}

// Protege is the test's protégé: the one struck, or the host of what was
// struck.
func ExampleVerdict_Protege() {
	actors := []relations.Actor{
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
	}
	m, err := pact.New(actors, []pact.Agreement{{ID: "us-umbrella", Name: "U.S. security umbrella",
		Parties:   []pact.Party{{Actor: "USA", Roles: pact.Guarantor}, {Actor: "SAU", Roles: pact.Beneficiary}},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1945-02-14")}},
		Clauses: []pact.Clause{{Obligation: pact.Expectation, By: []relations.ActorID{"USA"},
			To: []relations.ActorID{"SAU"}}},
		Sources: []string{"Quincy meeting, 1945"}}})
	if err != nil {
		log.Fatal(err)
	}
	feed, err := record.ParseJSON([]byte(`{"version": 1,
	  "tests": [{"id": "abqaiq", "kind": "attack", "date": "2019-09-14", "protege": "SAU", "aggressors": ["IRN"],
	             "summary": "Abqaiq and Khurais struck", "sources": ["Newsweek"]}],
	  "responses": [
	    {"test": "abqaiq", "actor": "USA", "date": "2019-09-16", "grade": "statement",
	     "description": "had not promised to protect", "sources": ["USIP"]},
	    {"test": "abqaiq", "actor": "USA", "date": "2019-09-26", "grade": "reinforcement",
	     "description": "a Patriot battery", "sources": ["CENTCOM"]}]}`))
	if err != nil {
		log.Fatal(err)
	}
	r, err := record.New(m, feed.Tests, feed.Responses)
	if err != nil {
		log.Fatal(err)
	}
	v := r.Verdicts()[0]
	fmt.Println(v.Protector, "toward", v.Protege())
	// Output:
	// USA toward SAU
}

// Response is the grade word a verdict rests on, or "cannot tell".
func ExampleVerdict_Response() {
	actors := []relations.Actor{
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
	}
	m, err := pact.New(actors, []pact.Agreement{{ID: "us-umbrella", Name: "U.S. security umbrella",
		Parties:   []pact.Party{{Actor: "USA", Roles: pact.Guarantor}, {Actor: "SAU", Roles: pact.Beneficiary}},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1945-02-14")}},
		Clauses: []pact.Clause{{Obligation: pact.Expectation, By: []relations.ActorID{"USA"},
			To: []relations.ActorID{"SAU"}}},
		Sources: []string{"Quincy meeting, 1945"}}})
	if err != nil {
		log.Fatal(err)
	}
	feed, err := record.ParseJSON([]byte(`{"version": 1,
	  "tests": [{"id": "abqaiq", "kind": "attack", "date": "2019-09-14", "protege": "SAU", "aggressors": ["IRN"],
	             "summary": "Abqaiq and Khurais struck", "sources": ["Newsweek"]}],
	  "responses": [
	    {"test": "abqaiq", "actor": "USA", "date": "2019-09-16", "grade": "statement",
	     "description": "had not promised to protect", "sources": ["USIP"]},
	    {"test": "abqaiq", "actor": "USA", "date": "2019-09-26", "grade": "reinforcement",
	     "description": "a Patriot battery", "sources": ["CENTCOM"]}]}`))
	if err != nil {
		log.Fatal(err)
	}
	r, err := record.New(m, feed.Tests, feed.Responses)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(r.Verdicts()[0].Response())
	// With no response recorded, the grade cannot be told: it is not "none".
	r, err = record.New(m, feed.Tests, nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(r.Verdicts()[0].Response(), "—", r.Verdicts()[0].Outcome)
	// Output:
	// reinforcement
	// cannot tell — cannot judge
}

// Sources lists every source behind a verdict: the test's, the
// commitment's, the responses'.
func ExampleVerdict_Sources() {
	actors := []relations.Actor{
		{ID: "USA", Kind: relations.StateActor, Name: "United States"},
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
	}
	m, err := pact.New(actors, []pact.Agreement{{ID: "us-umbrella", Name: "U.S. security umbrella",
		Parties:   []pact.Party{{Actor: "USA", Roles: pact.Guarantor}, {Actor: "SAU", Roles: pact.Beneficiary}},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1945-02-14")}},
		Clauses: []pact.Clause{{Obligation: pact.Expectation, By: []relations.ActorID{"USA"},
			To: []relations.ActorID{"SAU"}}},
		Sources: []string{"Quincy meeting, 1945"}}})
	if err != nil {
		log.Fatal(err)
	}
	feed, err := record.ParseJSON([]byte(`{"version": 1,
	  "tests": [{"id": "abqaiq", "kind": "attack", "date": "2019-09-14", "protege": "SAU", "aggressors": ["IRN"],
	             "summary": "Abqaiq and Khurais struck", "sources": ["Newsweek"]}],
	  "responses": [
	    {"test": "abqaiq", "actor": "USA", "date": "2019-09-16", "grade": "statement",
	     "description": "had not promised to protect", "sources": ["USIP"]},
	    {"test": "abqaiq", "actor": "USA", "date": "2019-09-26", "grade": "reinforcement",
	     "description": "a Patriot battery", "sources": ["CENTCOM"]}]}`))
	if err != nil {
		log.Fatal(err)
	}
	r, err := record.New(m, feed.Tests, feed.Responses)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(r.Verdicts()[0].Sources())
	// Output:
	// [Newsweek Quincy meeting, 1945 USIP CENTCOM]
}
