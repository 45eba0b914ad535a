package rivalry_test

import (
	"encoding/csv"
	"errors"
	"fmt"
	"strings"

	"github.com/entente-go/entente/relations/rivalry"
)

// A row with too few fields is a *relations.ParseError whose cause
// errors.Is sees: encoding/csv's ErrFieldCount.
func ExampleParse_fieldCount() {
	_, err := rivalry.Parse(strings.NewReader("rivalryno,rivalryname,ccode1,ccode2,styear,endyear,region,type1,type2,type3\n1,2\n"), "short.csv")
	fmt.Println(errors.Is(err, csv.ErrFieldCount))
	// Output: true
}
