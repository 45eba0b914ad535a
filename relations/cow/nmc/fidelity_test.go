package nmc_test

import (
	"bytes"
	"encoding/csv"
	"math"
	"strconv"
	"testing"

	"github.com/entente-go/entente/internal/sharedcopy"
	"github.com/entente-go/entente/relations/cow/nmc"
)

// TestFidelity reads COW's published NMC file (the embedded copy, which
// TestMatchesShared holds to ../shared/data) with encoding/csv, not this
// package's parser, and compares every value with what the package
// answers: every state-year has its record, and every one of its seven
// values is the file's (a missing value is NaN). It prints the agreement.
func TestFidelity(t *testing.T) {
	data, err := sharedcopy.GunzipFile("nmc.csv.gz")()
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	values, agree := 0, 0
	for line, r := range recs[1:] {
		code, _ := strconv.Atoi(r[0])
		year, _ := strconv.Atoi(r[1])
		got, ok := nmc.Lookup(code, year)
		cinc, cok := nmc.CINC(code, year)
		fields := []float64{got.MilEx, got.MilPer, got.IrSt, got.PEC, got.TPop, got.UPop, got.CINC}
		for i, cell := range r[2:] {
			values++
			want := math.NaN()
			if cell != "" {
				want, err = strconv.ParseFloat(cell, 64)
				if err != nil {
					t.Fatalf("line %d: %v", line+2, err)
				}
			}
			if ok && (fields[i] == want || math.IsNaN(fields[i]) && math.IsNaN(want)) {
				agree++
			} else if agree+20 > values { // name the first few
				t.Errorf("line %d, %s: the file has %q, the package %v (found %v)", line+2, recs[0][2+i], cell, fields[i], ok)
			}
		}
		if w, _ := strconv.ParseFloat(r[8], 64); r[8] != "" && (!cok || cinc != w) {
			t.Errorf("line %d: CINC(%d, %d) = %v, %v; the file has %s", line+2, code, year, cinc, cok, r[8])
		}
	}
	if n := len(nmc.Records()); n != len(recs)-1 {
		t.Errorf("%d records, the file %d rows", n, len(recs)-1)
	}
	t.Logf("COW NMC v7: %d state-years, %d values; %d agree with the published file (%.3f%%)", len(recs)-1, values, agree, 100*float64(agree)/float64(values))
	if agree != values {
		t.Errorf("%d values differ", values-agree)
	}
}
