package relations_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/rivalry"
)

// A reader reports each problem as a *ParseError: errors.As finds the
// first, with its file, line, column and field; errors.Is sees its cause.
func ExampleParseError() {
	data := rivalry.Header + "\n" +
		"1,USA-UK,2,200,1816,1x90,europe,spatial,,\n"
	_, err := rivalry.Parse(strings.NewReader(data), "rivalries.csv")
	var pe *relations.ParseError
	if errors.As(err, &pe) {
		fmt.Println(pe.File, pe.Line, pe.Column, pe.Field)
	}
	fmt.Println(err)
	// Output:
	// rivalries.csv 2 21 endyear
	// rivalries.csv:2:21: endyear: "1x90" is not a whole number
}

// A document read from bytes has no file name: its problems stand at a
// line and column, with the path of the key.
func ExampleParseError_json() {
	_, err := relations.ParseHistoryJSON([]byte(`{"version": 1,
	  "events": [{"id": "x", "kind": "statement", "date": "2025-02-30"}]}`))
	var pe *relations.ParseError
	if errors.As(err, &pe) {
		fmt.Println(pe.Line, pe.Column, pe.Field)
	}
	fmt.Println(err)
	// Output:
	// 2 56 events[0].date
	// relations: JSON: 2:56: events[0].date: "2025-02-30" is not a date: day 30 does not exist in 2025-02, which has 28 days
}

// A constructor reports every problem of its input, each a
// *ValidationError with the path to it; a problem about an actor the
// input does not hold wraps ErrUnknownActor.
func ExampleValidationError() {
	actors := []relations.Actor{{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"}}
	events := []relations.Event{{ID: "visit", Kind: relations.StateVisit, Date: relations.MustDate("2025-05"),
		Actors: []relations.ActorID{"SAU", "PAKK"}}}
	_, err := relations.NewHistory(actors, events)
	var ve *relations.ValidationError
	if errors.As(err, &ve) {
		fmt.Println(ve.Path)
	}
	fmt.Println(errors.Is(err, relations.ErrUnknownActor))
	fmt.Println(err)
	// Output:
	// event "visit": actors[1]
	// true
	// relations: event "visit": actors[1]: unknown actor "PAKK"
}

// A query about an actor the history does not hold says so with an error
// that wraps ErrUnknownActor.
func ExampleErrUnknownActor() {
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
	}
	h, err := relations.NewHistory(actors, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	_, err = h.Standing("SAU", "XYZ", relations.MustDate("2020"))
	fmt.Println(errors.Is(err, relations.ErrUnknownActor))
	fmt.Println(err)
	// Output:
	// true
	// relations: query: actor: unknown actor "XYZ"
}
