package csvscan

import (
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// step is what one Read gives: the record, each field's position, and the
// error, as text.
type step struct {
	Record []string
	Pos    [][2]int
	Err    string
}

// readAll reads data with a reader whose Read and FieldPos behave as
// encoding/csv's, until the end or an error other than a wrong field
// count (after which the two readers part ways by design).
func readAll(read func() ([]string, error), fieldPos func(int) (int, int)) []step {
	var out []step
	for {
		rec, err := read()
		if err == io.EOF {
			return out
		}
		s := step{Record: append([]string(nil), rec...)}
		if err == nil || errors.Is(err, csv.ErrFieldCount) {
			for i := range rec {
				l, c := fieldPos(i)
				s.Pos = append(s.Pos, [2]int{l, c})
			}
		}
		if err != nil {
			s.Err = err.Error()
		}
		out = append(out, s)
		if err != nil && !errors.Is(err, csv.ErrFieldCount) {
			return out
		}
	}
}

func standard(data string) []step {
	r := csv.NewReader(strings.NewReader(data))
	return readAll(r.Read, r.FieldPos)
}

func scanned(data string) []step {
	r := New(data)
	return readAll(r.Read, r.FieldPos)
}

var cases = []string{
	"",
	"\n",
	"a,b,c\n1,2,3\n",
	"a,b,c\r\n1,2,3\r\n",
	"a,b\n1,2", // no newline at the end
	"a,b\n1,2\r",
	"a,b\n\n\n1,2\n\r\n3,4\n",
	"a,b\n1,2,3\n4,5\n", // a wrong field count, then on
	"a,b\n1\n",
	`a,"b,c"` + "\n" + `1,"2""x"` + "\n",
	"a,\"b\nc\"\n1,2\n", // a quoted field across lines
	"a,b\n1,\"2\n3\"\n4,5\n6\n",
	"a,b\nx\"y,2\n",   // a bare quote
	"a,b\n\"x\"y,2\n", // an extraneous quote
	"a,b\n\"open,2\n", // a quote never closed
	"a\r,b\n1\r,2\n",  // a carriage return inside a field
	",,\n,,\n",
	"\ufeffa,b\n1,2\n",
	"a,b\n\"1\",2\n3,4",
}

func TestMatchesEncodingCSV(t *testing.T) {
	for _, data := range cases {
		if diff := cmp.Diff(standard(data), scanned(data)); diff != "" {
			t.Errorf("%q: encoding/csv (-) and csvscan (+) differ:\n%s", data, diff)
		}
	}
}

// FuzzMatchesEncodingCSV holds the scanner to encoding/csv: the same
// records, field positions and errors, for any input.
func FuzzMatchesEncodingCSV(f *testing.F) {
	for _, c := range cases {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, data string) {
		if diff := cmp.Diff(standard(data), scanned(data)); diff != "" {
			t.Errorf("%q: encoding/csv (-) and csvscan (+) differ:\n%s", data, diff)
		}
	})
}

// TestPlainRecordsAllocateNothing checks that a record without quotes
// costs no allocation: its fields are windows of the data.
func TestPlainRecordsAllocateNothing(t *testing.T) {
	allocs := func(data string) float64 {
		return testing.AllocsPerRun(20, func() {
			r := New(data)
			for {
				if _, err := r.Read(); err != nil {
					break
				}
			}
		})
	}
	short, long := allocs("a,b\n1,2\n"), allocs("a,b\n"+strings.Repeat("1,2\n", 300))
	if short != long {
		t.Errorf("2 records allocate %v times, 301 records %v: want the same", short, long)
	}
}
