package cow_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/internal/sharedcopy"
	"github.com/entente-go/entente/relations/cow"
)

//go:generate go run github.com/entente-go/entente/internal/cmd/gzipfile ../../../shared/data/cow-states-2016/majors2016.csv testdata/majors2016.csv.gz

// majorsFixture is COW's majors2016.csv, gzipped; sharedMajors is the file
// it was made from, in ../shared/data.
const (
	majorsFixture = "testdata/majors2016.csv.gz"
	sharedMajors  = "../../../shared/data/cow-states-2016/majors2016.csv"
)

// TestMajorsFixtureMatchesShared checks that the fixture decompresses to
// the bytes of COW's file in ../shared/data, when that is present.
func TestMajorsFixtureMatchesShared(t *testing.T) {
	sharedcopy.Check(t, sharedMajors, majorsFixture, sharedcopy.GunzipFile(majorsFixture))
}

// TestMajorPowersMatchCOW checks every code, abbreviation and spell of the
// table against COW's own majors2016.csv: a spell that ends on the last
// day of the data (2016-12-31) is open in the table.
func TestMajorPowersMatchCOW(t *testing.T) {
	data, err := sharedcopy.GunzipFile(majorsFixture)()
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	num := func(s string) int {
		n, err := strconv.Atoi(s)
		if err != nil {
			t.Fatalf("majors2016.csv: %q is not a number", s)
		}
		return n
	}
	type major struct {
		Code   int
		Abbrev string
		Spells []string
	}
	var want []major
	for _, r := range rows[1:] {
		code := num(r[1])
		if len(want) == 0 || want[len(want)-1].Code != code {
			want = append(want, major{Code: code, Abbrev: r[0]})
		}
		m := &want[len(want)-1]
		m.Spells = append(m.Spells, fmt.Sprintf("%04d-%02d-%02d..%04d-%02d-%02d",
			num(r[2]), num(r[3]), num(r[4]), num(r[5]), num(r[6]), num(r[7])))
	}
	var got []major
	for _, m := range cow.MajorPowers() {
		g := major{Code: m.Code, Abbrev: m.Abbrev}
		for _, sp := range m.Spells {
			last := cow.End
			if !sp.IsOpen() {
				last, _ = sp.Until.AddDays(-1)
			}
			g.Spells = append(g.Spells, sp.From.String()+".."+last.String())
		}
		got = append(got, g)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("the major-power table differs from majors2016.csv (-want +got):\n%s", diff)
	}
}
