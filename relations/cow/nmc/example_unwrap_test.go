package nmc_test

import (
	"encoding/csv"
	"errors"
	"fmt"
	"strings"

	"github.com/entente-go/entente/relations/cow/nmc"
)

// A row with too few fields is a *relations.ParseError whose cause
// errors.Is sees: encoding/csv's ErrFieldCount.
func ExampleParse_fieldCount() {
	_, err := nmc.Parse(strings.NewReader("ccode,year,milex,milper,irst,pec,tpop,upop,cinc\n1,2\n"), "short.csv")
	fmt.Println(errors.Is(err, csv.ErrFieldCount))
	// Output: true
}
