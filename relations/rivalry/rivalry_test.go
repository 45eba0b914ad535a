package rivalry_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/entente-go/entente/internal/sharedcopy"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/rivalry"
)

const sharedCSV = "../../../shared/data/thompson-dreyer-rivalries/rivalries.csv"

// TestMatchesShared checks that the embedded copy decompresses to the
// bytes of the file in ../shared/data, when that is present.
func TestMatchesShared(t *testing.T) {
	sharedcopy.Check(t, sharedCSV, "rivalries.csv.gz", sharedcopy.GunzipFile("rivalries.csv.gz"))
}

// TestAll checks what SOURCE.md and the handbook say of the data.
func TestAll(t *testing.T) {
	all := rivalry.All()
	if len(all) != 197 {
		t.Fatalf("%d rivalries, want 197", len(all))
	}
	ongoing := 0
	for i, r := range all {
		if r.Number != i+1 {
			t.Errorf("rivalry %d at position %d", r.Number, i)
		}
		if !r.A.IsValid() || !r.B.IsValid() || r.A == r.B {
			t.Errorf("%d %s: actors %q, %q", r.Number, r.Name, r.A, r.B)
		}
		if r.Start.Precision() != relations.YearPrecision || r.Ongoing() == r.End.IsValid() {
			t.Errorf("%d %s: start %s, end %s", r.Number, r.Name, r.Start, r.End)
		}
		if r.Types == 0 {
			t.Errorf("%d %s: no type", r.Number, r.Name)
		}
		if r.Ongoing() {
			ongoing++
		}
	}
	if ongoing != 42 {
		t.Errorf("%d rivalries run to the end of the data, want 42", ongoing)
	}
	// All returns a copy.
	all[0].Name = "changed"
	if rivalry.All()[0].Name == "changed" {
		t.Error("All shares its result")
	}

	tests := []struct {
		number int
		want   rivalry.Rivalry
	}{
		{1, rivalry.Rivalry{Number: 1, Name: "Austria-France", CCode1: 220, CCode2: 300, A: "FRA", B: "cow-auh",
			Start: year(1494), End: year(1918), Region: "European GPs", Types: rivalry.Spatial | rivalry.Positional}},
		{6, rivalry.Rivalry{Number: 6, Name: "Ottoman Empire-Venice", CCode1: 324, CCode2: 640, A: "cow-324", B: "TUR",
			Start: year(1494), End: year(1717), Region: "European GPs", Types: rivalry.Spatial | rivalry.Positional}},
		{197, rivalry.Rivalry{Number: 197, Name: "Russia-United States 2", CCode1: 2, CCode2: 365, A: "USA", B: "RUS",
			Start: year(2007), Region: "Multiple", Types: rivalry.Positional}},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, rivalry.All()[tc.number-1], equateDates); diff != "" {
			t.Errorf("rivalry %d (-want +got):\n%s", tc.number, diff)
		}
	}
}

func year(y int) relations.Date {
	d, err := relations.YearDate(y)
	if err != nil {
		panic(err)
	}
	return d
}

func TestBetween(t *testing.T) {
	tests := []struct {
		name   string
		a, b   relations.ActorID
		year   int
		number int
		want   relations.Truth
	}{
		{"first year", "USA", "RUS", 1945, 99, relations.Yes},
		{"either order", "RUS", "USA", 1989, 99, relations.Yes},
		{"between two rivalries", "USA", "RUS", 2000, 0, relations.No},
		{"second rivalry", "USA", "RUS", 2010, 197, relations.Yes},
		{"after the data, still running", "USA", "RUS", 2015, 197, relations.CannotTell},
		{"before the data, already running", "FRA", "GBR", 1400, 3, relations.CannotTell},
		{"first rivalry of a pair", "FRA", "GBR", 1600, 3, relations.Yes},
		{"between two rivalries of a pair", "FRA", "GBR", 1720, 0, relations.No},
		{"never rivals", "USA", "CAN", 1950, 0, relations.No},
		{"never rivals, after the data", "USA", "CAN", 2020, 0, relations.CannotTell},
		{"ended rivalries, after the data", "FRA", "GBR", 2020, 0, relations.CannotTell},
		{"ongoing rivalry, after the data", "USA", "CUB", 2020, 128, relations.CannotTell},
		{"a code outside the COW system", "cow-324", "TUR", 1600, 6, relations.Yes},
		{"unknown actor", "XXX", "USA", 1950, 0, relations.No},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, got := rivalry.Between(tc.a, tc.b, tc.year)
			if got != tc.want || r.Number != tc.number {
				t.Errorf("Between(%s, %s, %d) = %d %q, %v; want %d, %v", tc.a, tc.b, tc.year, r.Number, r.Name, got, tc.number, tc.want)
			}
		})
	}
}

func TestActive(t *testing.T) {
	ended := rivalry.Rivalry{Start: year(1900), End: year(1950)}
	early := rivalry.Rivalry{Start: year(1494), End: year(1600)}
	open := rivalry.Rivalry{Start: year(2000)}
	tests := []struct {
		name string
		r    rivalry.Rivalry
		year int
		want relations.Truth
	}{
		{"before", ended, 1899, relations.No},
		{"first year", ended, 1900, relations.Yes},
		{"last year", ended, 1950, relations.Yes},
		{"after", ended, 1951, relations.No},
		{"before the data", early, 1400, relations.CannotTell},
		{"open, in the data", open, 2010, relations.Yes},
		{"open, after the data", open, 2011, relations.CannotTell},
		{"open, before", open, 1999, relations.No},
	}
	for _, tc := range tests {
		if got := tc.r.Active(tc.year); got != tc.want {
			t.Errorf("%s: Active(%d) = %v, want %v", tc.name, tc.year, got, tc.want)
		}
	}
}

func TestTypesString(t *testing.T) {
	tests := []struct {
		in   rivalry.Types
		want string
	}{
		{0, "none"},
		{rivalry.Spatial, "spatial"},
		{rivalry.Interventionary | rivalry.Spatial, "spatial+interventionary"},
		{rivalry.Ideological | 64, "ideological+Types(64)"},
		{255, "spatial+positional+ideological+interventionary+Types(240)"},
	}
	for _, tc := range tests {
		if got := tc.in.String(); got != tc.want {
			t.Errorf("Types(%d).String() = %q, want %q", uint8(tc.in), got, tc.want)
		}
	}
}

const header = rivalry.Header + "\n"

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", `x.csv: empty file`},
		{"wrong header", "rivalryno,name\n", `x.csv:1: header is "rivalryno,name", want "rivalryno,rivalryname,`},
		{"bad number", header + "1,A-B,2,20,1900,19x0,Global,spatial,,\n", `x.csv:2:17: endyear: "19x0" is not a whole number`},
		{"plus sign", header + "+1,A-B,2,20,1900,1910,Global,spatial,,\n", `x.csv:2:1: rivalryno: "+1" is not a whole number`},
		{"end before start", header + "1,A-B,2,20,1900,1899,Global,spatial,,\n", `x.csv:2:17: endyear: 1899 is before the start year 1900`},
		{"before the data", header + "1,A-B,2,20,1400,1500,Global,spatial,,\n", `x.csv:2:12: styear: 1400 is outside the data's years, 1494–2010`},
		{"codes out of order", header + "1,A-B,20,2,1900,1910,Global,spatial,,\n", `x.csv:2:10: ccode2: 2 is not greater than ccode1 20`},
		{"zero code", header + "1,A-B,0,2,1900,1910,Global,spatial,,\n", `x.csv:2:7: ccode1: 0 is not a COW code`},
		{"unknown type", header + "1,A-B,2,20,1900,1910,Global,spacial,,\n", `x.csv:2:29: type1: "spacial" is not a type`},
		{"no type", header + "1,A-B,2,20,1900,1910,Global,,,\n", `x.csv:2:29: type1: a rivalry needs a type`},
		{"type twice", header + "1,A-B,2,20,1900,1910,Global,spatial,spatial,\n", `x.csv:2:37: type2: spatial is listed twice`},
		{"duplicate number", header + "1,A-B,2,20,1900,1910,Global,spatial,,\n1,C-D,2,30,1900,1910,Global,spatial,,\n", `x.csv:3:1: rivalryno: rivalry 1 is on line 2 too`},
		{"short row", header + "1,A-B,2,20\n", `x.csv:2:1: wrong number of fields`},
		{"quote", header + "1,\"A-B,2,20,1900,1910,Global,spatial,,\n", `x.csv:2:40: extraneous or missing " in quoted-field`},
		{"no name", header + "1,,2,20,1900,1910,Global,spatial,,\n", `x.csv:2:3: rivalryname: a rivalry needs a name`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := rivalry.Parse(strings.NewReader(tc.in), "x.csv")
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error\n got: %v\nwant: %s", err, tc.want)
			}
			var pe *relations.ParseError
			if !errors.As(err, &pe) || pe.File != "x.csv" {
				t.Errorf("not a *relations.ParseError for x.csv: %#v", err)
			}
		})
	}
}

// TestParseReportsEveryProblem: one call reports each bad value.
func TestParseReportsEveryProblem(t *testing.T) {
	in := header + "1,A-B,2,20,19x0,1910,Global,spatial,,\n2,C-D,2,30,1900,1910,Global,spacial,,\n"
	_, err := rivalry.Parse(strings.NewReader(in), "x.csv")
	for _, want := range []string{"x.csv:2:12: styear", "x.csv:3:29: type1"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v does not report %s", err, want)
		}
	}
}

// format writes rivalries in the file's format, types in bit order.
func format(rs []rivalry.Rivalry) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write(strings.Split(rivalry.Header, ","))
	for _, r := range rs {
		end := rivalry.LastYear
		if !r.Ongoing() {
			end = r.End.Year()
		}
		rec := []string{strconv.Itoa(r.Number), r.Name, strconv.Itoa(r.CCode1), strconv.Itoa(r.CCode2),
			strconv.Itoa(r.Start.Year()), strconv.Itoa(end), r.Region}
		for _, t := range []rivalry.Types{rivalry.Spatial, rivalry.Positional, rivalry.Ideological, rivalry.Interventionary} {
			if r.Types.Has(t) {
				rec = append(rec, t.String())
			}
		}
		for len(rec) < 10 {
			rec = append(rec, "")
		}
		w.Write(rec)
	}
	w.Flush()
	return b.Bytes()
}

var equateDates = cmp.Comparer(func(a, b relations.Date) bool { return a == b })

func TestParseRoundTrip(t *testing.T) {
	all := rivalry.All()
	got, err := rivalry.Parse(bytes.NewReader(format(all)), "round-trip.csv")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(all, got, equateDates); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(format(rivalry.All()[:5])))
	f.Add([]byte(header + "1,\"A,B\",2,20,1494,2010,Global,ideological,interventionary,\n"))
	f.Add([]byte(header + "1,A-B,2,20,1900,1899,Global,spatial,,\n"))
	f.Add([]byte("rivalryno\n\"\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		rs, err := rivalry.Parse(bytes.NewReader(in), "fuzz.csv")
		if err != nil {
			var pe *relations.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *relations.ParseError", err)
			}
			return
		}
		// What parses writes back and parses the same.
		again, err := rivalry.Parse(bytes.NewReader(format(rs)), "again.csv")
		if err != nil {
			t.Fatalf("re-parse: %v", err)
		}
		if diff := cmp.Diff(rs, again, equateDates); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
		for _, r := range rs {
			if r.Types == 0 || !r.A.IsValid() || !r.B.IsValid() || r.CCode1 >= r.CCode2 {
				t.Fatalf("parsed %+v", r)
			}
			if !r.Ongoing() && r.End.Year() < r.Start.Year() {
				t.Fatalf("parsed %+v", r)
			}
		}
	})
}
