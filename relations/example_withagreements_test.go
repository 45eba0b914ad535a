package relations_test

import (
	"fmt"
	"iter"
	"log"

	"github.com/entente-go/entente/relations"
)

// alliances is a stand-in for package pact's Model, the AgreementSource a
// program would give: it makes Egypt and Turkey allies from 2030 on.
type alliances struct{}

func (alliances) AgreementAlignment(a, b relations.ActorID, day relations.Date) relations.AgreementStanding {
	from := relations.MustDate("2030-01-01")
	if (a == "EGY" && b == "TUR" || a == "TUR" && b == "EGY") && from.OnOrBefore(day) == relations.Yes {
		return relations.AgreementStanding{Alignment: relations.Ally, Cause: relations.Cause{Since: from, Agreement: "hypothetical"}}
	}
	return relations.AgreementStanding{}
}

func (alliances) AgreementPairs() iter.Seq2[relations.ActorID, relations.ActorID] {
	return func(yield func(relations.ActorID, relations.ActorID) bool) { yield("EGY", "TUR") }
}

// This example is the whole file: the AgreementSource it declares is part
// of it.
func ExampleHistory_WithAgreements() {
	h, err := relations.NewHistory([]relations.Actor{
		{ID: "EGY", Kind: relations.StateActor, Name: "Egypt"},
		{ID: "TUR", Kind: relations.StateActor, Name: "Turkey"},
	}, nil)
	if err != nil {
		log.Fatal(err)
	}
	s, err := h.WithAgreements(alliances{}).Standing("EGY", "TUR", relations.MustDate("2031-01-01"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(s.Alignment.Level, s.Alignment.Cause)
	// Output: ally since 2030-01-01 (agreement "hypothetical")
}
