package relations_test

import (
	"encoding/csv"
	"errors"
	"fmt"

	"github.com/entente-go/entente/relations"
)

// A FileError says where in a file a problem stands; the standard
// library's errors.Is and errors.As reach its cause through Unwrap.
func ExampleFileError_Unwrap() {
	err := error(&relations.FileError{File: "atop5_1m.csv", Line: 12, Err: csv.ErrFieldCount})
	fmt.Println(err)
	fmt.Println(errors.Is(err, csv.ErrFieldCount))
	// Output:
	// atop5_1m.csv:12: wrong number of fields
	// true
}

// Error names the file, line, column and column, then what is wrong.
func ExampleFileError_Error() {
	err := &relations.FileError{File: "atop5_1m.csv", Line: 12, Column: 7, Field: "yrent", Msg: `"19x1" is not a whole number`}
	fmt.Println(err)
	// Output:
	// atop5_1m.csv:12:7: yrent: "19x1" is not a whole number
}
