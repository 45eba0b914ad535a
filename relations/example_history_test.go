package relations_test

import (
	"fmt"
	"log"

	"github.com/entente-go/entente/relations"
)

func ExampleHistory_Actors() {
	h, err := relations.NewHistory([]relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "EGY", Kind: relations.StateActor, Name: "Egypt"},
		{ID: "CHN", Kind: relations.StateActor, Name: "China"},
	}, nil)
	if err != nil {
		log.Fatal(err)
	}
	for _, a := range h.Actors() {
		fmt.Println(a.ID, a.Name)
	}
	// Output:
	// CHN China
	// EGY Egypt
	// SAU Saudi Arabia
}

func ExampleHistory_Actor() {
	h, err := relations.NewHistory([]relations.Actor{
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran", ISO3: "IRN", COW: 630},
	}, nil)
	if err != nil {
		log.Fatal(err)
	}
	a, ok := h.Actor("IRN")
	fmt.Println(a.Name, a.COW, ok)
	a, ok = h.Actor("XYZ")
	fmt.Printf("%q %v\n", a.Name, ok)
	// Output:
	// Iran 630 true
	// "" false
}

func ExampleHistory_Name() {
	h, err := relations.NewHistory([]relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
	}, nil)
	if err != nil {
		log.Fatal(err)
	}
	// An actor the history does not hold is named by its ID.
	fmt.Println(h.Name("SAU"), h.Name("XYZ"))
	// Output: Saudi Arabia XYZ
}

func ExampleHistory_Events() {
	d := relations.MustDate
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
	}
	events := []relations.Event{
		{ID: "sa-ir-2023", Kind: relations.RestoreTies, Date: d("2023-03-10"), Actors: []relations.ActorID{"SAU", "IRN"}},
		{ID: "sa-ir-2016", Kind: relations.SeverTies, Date: d("2016-01-03"), Actors: []relations.ActorID{"SAU"},
			Toward: []relations.ActorID{"IRN"}},
	}
	h, err := relations.NewHistory(actors, events)
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range h.Events() {
		fmt.Println(e.Date, e.ID)
	}
	// Output:
	// 2016-01-03 sa-ir-2016
	// 2023-03-10 sa-ir-2023
}

func ExampleHistory_Event() {
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
		{ID: "CHN", Kind: relations.StateActor, Name: "China"},
	}
	events := []relations.Event{
		{ID: "sa-ir-2023", Kind: relations.RestoreTies, Date: relations.MustDate("2023-03-10"),
			Actors: []relations.ActorID{"SAU", "IRN"}, Mediators: []relations.ActorID{"CHN"}},
	}
	h, err := relations.NewHistory(actors, events)
	if err != nil {
		log.Fatal(err)
	}
	e, ok := h.Event("sa-ir-2023")
	fmt.Println(e.Kind, e.Date, e.Mediators, ok)
	// Output: restore-ties 2023-03-10 [CHN] true
}

func ExampleDecodeHistoryJSON() {
	actors, events, err := relations.DecodeHistoryJSON([]byte(`{"version": 2,
	  "actors": [{"id": "SAU", "kind": "state", "name": "Saudi Arabia"}],
	  "events": []}`))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(actors), len(events))
	// Output: 1 0
}
