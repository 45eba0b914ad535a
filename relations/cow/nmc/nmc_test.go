package nmc_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/entente-go/entente/internal/sharedcopy"
	"github.com/entente-go/entente/relations"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/entente-go/entente/relations/cow"
	"github.com/entente-go/entente/relations/cow/nmc"
)

const sharedCSV = "../../../../shared/data/cow-nmc-7/nmc.csv"

// TestMatchesShared checks that the embedded copy decompresses to the
// bytes of the file in ../shared/data, when that is present.
func TestMatchesShared(t *testing.T) {
	sharedcopy.Check(t, sharedCSV, "nmc.csv.gz", sharedcopy.GunzipFile("nmc.csv.gz"))
}

// TestRecords checks what SOURCE.md says of the data.
func TestRecords(t *testing.T) {
	recs := nmc.Records()
	if len(recs) != 17121 {
		t.Fatalf("%d records, want 17121", len(recs))
	}
	missing := map[string]int{}
	for i, r := range recs {
		if i > 0 && (recs[i-1].CCode > r.CCode || recs[i-1].CCode == r.CCode && recs[i-1].Year >= r.Year) {
			t.Fatalf("records out of order at %d: %+v after %+v", i, r, recs[i-1])
		}
		if r.Year < nmc.FirstYear || r.Year > nmc.LastYear {
			t.Errorf("%+v is outside the coverage", r)
		}
		if _, ok := cow.ByCode(r.CCode); !ok {
			t.Errorf("%d is not a COW state", r.CCode)
		}
		for name, v := range map[string]float64{"milex": r.MilEx, "milper": r.MilPer, "irst": r.IrSt, "pec": r.PEC, "tpop": r.TPop, "upop": r.UPop, "cinc": r.CINC} {
			if math.IsNaN(v) {
				missing[name]++
			}
		}
	}
	want := map[string]int{"milex": 2360, "milper": 456, "irst": 26, "pec": 448, "upop": 68}
	if diff := cmp.Diff(want, missing); diff != "" {
		t.Errorf("missing values by column (-want +got):\n%s", diff)
	}
	recs[0].CCode = -1
	if nmc.Records()[0].CCode == -1 {
		t.Error("Records shares its result")
	}
}

func TestCINC(t *testing.T) {
	tests := []struct {
		name        string
		ccode, year int
		want        float64
		ok          bool
	}{
		{"first year", 2, 1816, 0.039697491, true},
		{"last year", 2, 2022, 0.12356574, true},
		{"Russia 1900", 365, 1900, 0.10923852, true},
		{"before the data", 2, 1815, 0, false},
		{"after the data", 2, 2023, 0, false},
		{"not yet a state", 2, 0, 0, false},
		{"Canada before 1920", 20, 1919, 0, false},
		{"no such state", 1, 1900, 0, false},
	}
	for _, tc := range tests {
		got, ok := nmc.CINC(tc.ccode, tc.year)
		if got != tc.want || ok != tc.ok {
			t.Errorf("%s: CINC(%d, %d) = %v, %v; want %v, %v", tc.name, tc.ccode, tc.year, got, ok, tc.want, tc.ok)
		}
	}
}

func TestYear(t *testing.T) {
	for _, y := range []int{1816, 1962, 2022} {
		m := nmc.Year(y)
		sum := 0.0
		for c, v := range m {
			if w, ok := nmc.CINC(c, y); !ok || w != v {
				t.Errorf("Year(%d)[%d] = %v, CINC = %v, %v", y, c, v, w, ok)
			}
			sum += v
		}
		tol := 0.06 // COW's shares sum to exactly 1 only in 1961–1964
		if y == 1962 {
			tol = 1e-6
		}
		if math.Abs(sum-1) > tol {
			t.Errorf("Year(%d) sums to %v, want about 1", y, sum)
		}
	}
	if n := len(nmc.Year(2000)); n != 191 {
		t.Errorf("Year(2000) has %d states, want 191", n)
	}
	if n := len(nmc.Year(2023)); n != 0 {
		t.Errorf("Year(2023) has %d states", n)
	}
	nmc.Year(2000)[2] = 7
	if v, _ := nmc.CINC(2, 2000); v == 7 {
		t.Error("Year shares its result")
	}
}

const header = nmc.Header + "\n"

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", `x.csv: empty file`},
		{"wrong header", "ccode,year\n", `x.csv:1: header is "ccode,year", want "ccode,year,milex`},
		{"bad year", header + "2,18x6,1,1,1,1,1,1,0.1\n", `x.csv:2:3: year: "18x6" is not a whole number`},
		{"early year", header + "2,1815,1,1,1,1,1,1,0.1\n", `x.csv:2:3: year: 1815 is not a year of the COW system (1816 on)`},
		{"zero code", header + "0,1816,1,1,1,1,1,1,0.1\n", `x.csv:2:1: ccode: 0 is not a COW code`},
		{"bad value", header + "2,1816,1,1,1,1,1,x,0.1\n", `x.csv:2:18: upop: "x" is not a decimal number`},
		{"infinity", header + "2,1816,Inf,1,1,1,1,1,0.1\n", `x.csv:2:8: milex: "Inf" is not a decimal number`},
		{"negative", header + "2,1816,-8,1,1,1,1,1,0.1\n", `x.csv:2:8: milex: -8 is negative; a missing value is empty or -9`},
		{"share above 1", header + "2,1816,1,1,1,1,1,1,1.5\n", `x.csv:2:20: cinc: 1.5 is more than 1`},
		{"twice", header + "2,1816,1,1,1,1,1,1,0.1\n2,1816,1,1,1,1,1,1,0.1\n", `x.csv:3:3: year: state 2 has year 1816 on line 2 too`},
		{"short row", header + "2,1816\n", `x.csv:2:1: wrong number of fields`},
		{"quote", header + "2,\"1816,1\n", `extraneous or missing " in quoted-field`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := nmc.Parse(strings.NewReader(tc.in), "x.csv")
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

// TestParseMissing: an empty cell and COW's -9 are both missing, NaN.
func TestParseMissing(t *testing.T) {
	recs, err := nmc.Parse(strings.NewReader(header+"2,1816,,-9,0,1e3,2.5,0,\n"), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	nan := math.NaN()
	want := []nmc.Record{{CCode: 2, Year: 1816, MilEx: nan, MilPer: nan, IrSt: 0, PEC: 1000, TPop: 2.5, UPop: 0, CINC: nan}}
	if diff := cmp.Diff(want, recs, cmpopts.EquateNaNs()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// format writes records in the file's format, a missing value empty.
func format(recs []nmc.Record) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write(strings.Split(nmc.Header, ","))
	num := func(v float64) string {
		if math.IsNaN(v) {
			return ""
		}
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	for _, r := range recs {
		w.Write([]string{strconv.Itoa(r.CCode), strconv.Itoa(r.Year), num(r.MilEx), num(r.MilPer), num(r.IrSt),
			num(r.PEC), num(r.TPop), num(r.UPop), num(r.CINC)})
	}
	w.Flush()
	return b.Bytes()
}

func TestParseRoundTrip(t *testing.T) {
	all := nmc.Records()
	got, err := nmc.Parse(bytes.NewReader(format(all)), "round-trip.csv")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(all, got, cmpopts.EquateNaNs()); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func FuzzParse(f *testing.F) {
	f.Add(format(nmc.Records()[:5]))
	f.Add([]byte(header + "2,1816,,-9,0,1e3,2.5,0,4.8219326e-06\n"))
	f.Add([]byte(header + "2,1816,1,1,1,1,1,1,0.1\n2,1816,1,1,1,1,1,1,0.1\n"))
	f.Add([]byte("ccode\n\"\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		recs, err := nmc.Parse(bytes.NewReader(in), "fuzz.csv")
		if err != nil {
			var pe *relations.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *relations.ParseError", err)
			}
			return
		}
		// What parses writes back and parses the same.
		again, err := nmc.Parse(bytes.NewReader(format(recs)), "again.csv")
		if err != nil {
			t.Fatalf("re-parse: %v", err)
		}
		if diff := cmp.Diff(recs, again, cmpopts.EquateNaNs()); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
		for _, r := range recs {
			for _, v := range []float64{r.MilEx, r.MilPer, r.IrSt, r.PEC, r.TPop, r.UPop, r.CINC} {
				if v < 0 || math.IsInf(v, 0) {
					t.Fatalf("parsed %+v", r)
				}
			}
		}
	})
}
