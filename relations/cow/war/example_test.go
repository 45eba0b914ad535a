package war_test

import (
	"encoding/csv"
	"errors"
	"fmt"
	"strings"

	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/cow/war"
)

func ExampleAll() {
	for _, w := range war.All() {
		if w.Number != 139 {
			continue
		}
		fmt.Println("war", w.Number, "began", w.Onset, "with", len(w.Participants), "participants")
		for _, p := range w.Participants {
			if p.Actor == "ITA" {
				fmt.Println(p.Actor, "side", p.Side, "from", p.Entered, p.Outcome)
			}
		}
	}
	// Output:
	// war 139 began 1939 with 29 participants
	// ITA side A from 1943 winner
	// ITA side B from 1940 loser
}

func ExampleParse() {
	const data = `warnum,ccode1,ccode2,year,cowinterongoing,cowinteronset,sidea1,sidea2,initiator1,initiator2,outcome1,outcome2,batdeath1,batdeath2,resume
1,220,230,1823,1,1,1,2,1,0,1,2,400,600,0
1,230,220,1823,1,1,2,1,0,1,2,1,600,400,0
`
	wars, err := war.Parse(strings.NewReader(data), "wars.csv")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range wars[0].Participants {
		fmt.Println(p.Actor, p.Side, p.Initiator, p.Entered, p.Outcome)
	}
	_, err = war.Parse(strings.NewReader(strings.Replace(data, "1823", "1723", 1)), "wars.csv")
	fmt.Println(err)
	// Output:
	// FRA A true 1823 winner
	// ESP B false 1823 loser
	// wars.csv:2:11: year: 1723 is not in 1816–2007
}

func ExampleSide_String() {
	fmt.Println(war.SideA, war.SideB, war.UnknownSide)
	// Output: A B unknown
}

func ExampleOutcome_String() {
	fmt.Println(war.Winner, war.Stalemate, war.ChangedSides)
	// Output: winner stalemate changed-sides
}

// Every problem of the file is a *relations.ParseError, with the file,
// line and column where it stands.
func ExampleParse_header() {
	_, err := war.Parse(strings.NewReader("warnum,year\n"), "wars.csv")
	var pe *relations.ParseError
	if errors.As(err, &pe) {
		fmt.Println(pe.File, pe.Line)
	}
	// Output: wars.csv 1
}

// A row with too few fields is a *relations.ParseError whose cause
// errors.Is sees: encoding/csv's ErrFieldCount.
func ExampleParse_fieldCount() {
	_, err := war.Parse(strings.NewReader("warnum,ccode1,ccode2,year,cowinterongoing,cowinteronset,sidea1,sidea2,initiator1,initiator2,outcome1,outcome2,batdeath1,batdeath2,resume\n1,220\n"), "wars.csv")
	fmt.Println(errors.Is(err, csv.ErrFieldCount))
	fmt.Println(err)
	// Output:
	// true
	// wars.csv:2:1: wrong number of fields
}
