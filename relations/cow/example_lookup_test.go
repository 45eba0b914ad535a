package cow_test

import (
	"errors"
	"fmt"

	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/cow"
)

func ExampleLookup() {
	for _, spelling := range []string{"300", "auh", "Austria-Hungary", "DEU", "cow-gfr", "AUS", "Saudi", "Ruritania"} {
		s, err := cow.Lookup(spelling)
		var ambiguous *cow.AmbiguousError
		switch {
		case errors.As(err, &ambiguous):
			fmt.Printf("%-16s %d candidates: %v\n", spelling, len(ambiguous.States), err)
		case errors.Is(err, relations.ErrUnknownActor):
			fmt.Printf("%-16s unknown\n", spelling)
		case err != nil:
			fmt.Println(err)
		default:
			fmt.Printf("%-16s %d %s\n", spelling, s.Code, s.Name)
		}
	}
	// Output:
	// 300              300 Austria-Hungary
	// auh              300 Austria-Hungary
	// Austria-Hungary  300 Austria-Hungary
	// DEU              255 Germany
	// cow-gfr          260 German Federal Republic
	// AUS              2 candidates: "AUS" names 2 states: Austria (COW 305, AUS, ISO AUT), Australia (COW 900, AUL, ISO AUS); give the COW code
	// Saudi            unknown
	// Ruritania        unknown
}
