package relations_test

import (
	"fmt"
	"iter"

	"github.com/entente-go/entente/relations"
)

func ExampleHistory_Actors() {
	for _, a := range gulf().Actors()[:2] {
		fmt.Println(a.ID, a.Name)
	}
	// Output:
	// CHN China
	// EGY Egypt
}

func ExampleHistory_Actor() {
	a, ok := gulf().Actor("IRN")
	fmt.Println(a.Name, a.COW, ok)
	// Output: Iran 630 true
}

func ExampleHistory_Name() {
	fmt.Println(gulf().Name("SAU"), gulf().Name("XYZ"))
	// Output: Saudi Arabia XYZ
}

func ExampleHistory_Events() {
	fmt.Println(len(gulf().Events()), gulf().Events()[0].ID)
	// Output: 7 eg-tr-2012
}

func ExampleHistory_Event() {
	e, _ := gulf().Event("sa-ir-2023")
	fmt.Println(e.Kind, e.Date, e.Mediators)
	// Output: restore-ties 2023-03-10 [CHN]
}

// alliances is a stand-in for a pact Model: it makes Egypt and Turkey allies
// from 2030 on.
type alliances struct{}

func (alliances) AgreementAlignment(a, b relations.ActorID, day relations.Date) relations.AgreementStanding {
	if (a == "EGY" && b == "TUR" || a == "TUR" && b == "EGY") && relations.MustDate("2030-01-01").OnOrBefore(day) == relations.Yes {
		return relations.AgreementStanding{Alignment: relations.Ally, Cause: relations.Cause{Since: relations.MustDate("2030-01-01"), Agreement: "hypothetical"}}
	}
	return relations.AgreementStanding{}
}

func (alliances) AgreementPairs() iter.Seq2[relations.ActorID, relations.ActorID] {
	return func(yield func(relations.ActorID, relations.ActorID) bool) { yield("EGY", "TUR") }
}

func ExampleHistory_WithAgreements() {
	h := gulf().WithAgreements(alliances{})
	s, _ := h.Standing("EGY", "TUR", relations.MustDate("2031-01-01"))
	fmt.Println(s.Alignment.Level, s.Alignment.Cause)
	// Output: ally since 2030-01-01 (agreement "hypothetical")
}

func ExampleDecodeHistoryJSON() {
	actors, events, err := relations.DecodeHistoryJSON([]byte(`{"version": 1,
	  "actors": [{"id": "SAU", "kind": "state", "name": "Saudi Arabia"}],
	  "events": []}`))
	fmt.Println(len(actors), len(events), err)
	// Output: 1 0 <nil>
}
