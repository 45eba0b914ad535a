package cow_test

import (
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/entente-go/entente/internal/sharedcopy"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/cow"
)

//go:generate go run github.com/entente-go/entente/internal/cmd/gzipfile ../../../shared/data/cow-states-2016/states2016.csv testdata/states2016.csv.gz

// statesFixture is COW's states2016.csv, gzipped; sharedCSV is the file it
// was made from, in ../shared/data.
const (
	statesFixture = "testdata/states2016.csv.gz"
	sharedCSV     = "../../../shared/data/cow-states-2016/states2016.csv"
)

// readFixture returns COW's states2016.csv from the fixture.
func readFixture(t *testing.T) []byte {
	t.Helper()
	f, err := os.Open(statesFixture)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestFixtureMatchesShared checks that the fixture decompresses to the
// bytes of COW's file in ../shared/data, when that is present.
func TestFixtureMatchesShared(t *testing.T) {
	sharedcopy.Check(t, sharedCSV, statesFixture, func() ([]byte, error) { return readFixture(t), nil })
}

// TestTableMatchesCOW checks every code, abbreviation, name and spell
// against COW's own file.
func TestTableMatchesCOW(t *testing.T) {
	rows, err := csv.NewReader(bytes.NewReader(readFixture(t))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	type spell struct{ First, Last string }
	type state struct {
		Abbrev, Name string
		Spells       []spell
	}
	want := map[int]*state{}
	for _, r := range rows[1:] {
		code, _ := strconv.Atoi(r[1])
		date := func(y, m, d string) string {
			yi, _ := strconv.Atoi(y)
			mi, _ := strconv.Atoi(m)
			di, _ := strconv.Atoi(d)
			return fmt.Sprintf("%04d-%02d-%02d", yi, mi, di)
		}
		s := want[code]
		if s == nil {
			s = &state{Abbrev: r[0], Name: r[2]}
			want[code] = s
		}
		s.Spells = append(s.Spells, spell{date(r[3], r[4], r[5]), date(r[6], r[7], r[8])})
	}
	got := map[int]*state{}
	for _, s := range cow.States() {
		g := &state{Abbrev: s.Abbrev, Name: s.Name}
		for _, sp := range s.Spells {
			last := cow.End.String()
			if sp.Until.IsValid() {
				l, _ := sp.Until.AddDays(-1)
				last = l.String()
			}
			g.Spells = append(g.Spells, spell{sp.From.String(), last})
		}
		got[s.Code] = g
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("table differs from %s (-want +got):\n%s", filepath.Base(sharedCSV), diff)
	}
}

func TestIDsAreUniqueAndValid(t *testing.T) {
	seen := map[relations.ActorID]int{}
	for _, s := range cow.States() {
		if !s.ID.IsValid() {
			t.Errorf("%d: invalid ID %q", s.Code, s.ID)
		}
		if c, dup := seen[s.ID]; dup {
			t.Errorf("ID %q used by %d and %d", s.ID, c, s.Code)
		}
		seen[s.ID] = s.Code
		if back, ok := cow.ByID(s.ID); !ok || back.Code != s.Code {
			t.Errorf("ByID(%q) = %d", s.ID, back.Code)
		}
	}
}

func TestByISOFollowsTime(t *testing.T) {
	tests := []struct {
		iso  string
		day  string
		code int
		ok   bool
	}{
		{"DEU", "1970-01-01", 260, true},
		{"DEU", "2000-01-01", 255, true},
		{"DEU", "1950-01-01", 0, false},
		{"YEM", "1980-01-01", 678, true},
		{"YEM", "2000-01-01", 679, true},
		{"SAU", "1926-01-01", 0, false},
		{"XXX", "2000-01-01", 0, false},
	}
	for _, tc := range tests {
		s, ok := cow.ByISO(tc.iso, relations.MustDate(tc.day))
		if ok != tc.ok || s.Code != tc.code {
			t.Errorf("ByISO(%s, %s) = %d, %v; want %d, %v", tc.iso, tc.day, s.Code, ok, tc.code, tc.ok)
		}
	}
}
