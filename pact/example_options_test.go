package pact_test

import (
	"errors"
	"fmt"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

// WithReadOptions passes a reader's limits to ParseModelJSON: a document
// larger than the limit is refused with an error wrapping
// relations.ErrLimitExceeded.
func ExampleWithReadOptions() {
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
	}
	doc := []byte(`{"version": 2, "agreements": [{"id": "smda", "name": "Strategic Mutual Defense Agreement",
	  "parties": [{"actor": "SAU", "roles": ["member"]}, {"actor": "PAK", "roles": ["member"]}],
	  "lifecycle": [{"status": "in-force", "date": "2025-09-17"}], "clauses": [{"obligation": "defense"}]}]}`)
	if _, err := pact.ParseModelJSON(actors, doc, pact.WithReadOptions(relations.WithMaxInputSize(1<<10))); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("read within 1 KiB")
	_, err := pact.ParseModelJSON(actors, doc, pact.WithReadOptions(relations.WithMaxInputSize(64)))
	fmt.Println(err)
	fmt.Println(errors.Is(err, relations.ErrLimitExceeded))
	// Output:
	// read within 1 KiB
	// pact: JSON: 290 bytes is more than the limit of 64 bytes (pact.MaxJSONSize)
	// true
}
