package rivalry_test

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"testing"

	"github.com/entente-go/entente/internal/sharedcopy"
	"github.com/entente-go/entente/relations/rivalry"
)

// TestFidelity reads Thompson and Dreyer's published file (the embedded
// copy, which TestMatchesShared holds to ../shared/data) with encoding/csv
// and compares every field with what All returns, rivalry by number: number, name, both COW
// codes, start and end years (an end of 2010, the year the data end, as a
// rivalry still running), region and types. It prints the agreement.
func TestFidelity(t *testing.T) {
	data, err := sharedcopy.GunzipFile("rivalries.csv.gz")()
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	all := rivalry.All()
	if len(all) != len(recs)-1 {
		t.Fatalf("%d rivalries, the file %d rows", len(all), len(recs)-1)
	}
	types := map[string]rivalry.Types{"spatial": rivalry.Spatial, "positional": rivalry.Positional,
		"ideological": rivalry.Ideological, "interventionary": rivalry.Interventionary}
	byNumber := map[string]rivalry.Rivalry{}
	for _, g := range all {
		byNumber[strconv.Itoa(g.Number)] = g
	}
	fields, agree := 0, 0
	for i, r := range recs[1:] {
		g, ok := byNumber[r[0]] // All is by number, the file not quite
		if !ok {
			t.Errorf("line %d: no rivalry %s", i+2, r[0])
			continue
		}
		end := strconv.Itoa(g.End.Year())
		if g.Ongoing() {
			end = strconv.Itoa(rivalry.LastYear)
		}
		var want rivalry.Types
		for _, tp := range r[7:10] {
			if _, known := types[tp]; tp != "" && !known {
				t.Errorf("line %d: type %q is none of the four", i+2, tp)
			}
			want |= types[tp]
		}
		checks := []struct {
			name      string
			file, got string
		}{
			{"rivalryno", r[0], strconv.Itoa(g.Number)}, {"rivalryname", r[1], g.Name},
			{"ccode1", r[2], strconv.Itoa(g.CCode1)}, {"ccode2", r[3], strconv.Itoa(g.CCode2)},
			{"styear", r[4], strconv.Itoa(g.Start.Year())}, {"endyear", r[5], end}, {"region", r[6], g.Region},
			{"types", want.String(), g.Types.String()},
		}
		for _, c := range checks {
			fields++
			if c.file == c.got {
				agree++
			} else {
				t.Errorf("line %d, %s: the file has %q, the package %q", i+2, c.name, c.file, c.got)
			}
		}
	}
	t.Logf("Thompson & Dreyer: %d rivalries, %d fields; %d agree with the published file (%.3f%%)", len(all), fields, agree, 100*float64(agree)/float64(fields))
}
