package universe_test

import (
	"bytes"
	"cmp"
	"encoding/csv"
	"errors"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/internal/sharedcopy"
	"github.com/entente-go/entente/pact/atop/atop51"
	"github.com/entente-go/entente/pact/universe"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/cow/nmc"
	"github.com/entente-go/entente/relations/cow/war"
	"github.com/entente-go/entente/relations/rivalry"
)

//go:generate go run github.com/entente-go/entente/internal/cmd/gzipfile ../../../shared/data/cow-states-2016/system2016.csv testdata/system2016.csv.gz

const (
	systemFixture = "testdata/system2016.csv.gz"
	sharedSystem  = "../../../shared/data/cow-states-2016/system2016.csv"
	// ddyrFixture is ATOP's own directed dyad-year file, which pact/atop
	// keeps for its fidelity test.
	ddyrFixture = "../atop/testdata/atop5_1ddyr_min.csv.gz"
)

// readCSV reads a gzipped fixture's records, header first.
func readCSV(t testing.TB, path string) [][]string {
	t.Helper()
	data, err := sharedcopy.GunzipFile(path)()
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

func atoi(t testing.TB, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatalf("%q is not a number", s)
	}
	return n
}

// must returns v, checked by the returned func: must(f())(t).
func must[T any](v T, err error) func(testing.TB) T {
	return func(t testing.TB) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

func TestSystemFixtureMatchesShared(t *testing.T) {
	sharedcopy.Check(t, sharedSystem, systemFixture, sharedcopy.GunzipFile(systemFixture))
}

// TestCounts checks the universes' sizes against peacesciencer's (issue
// 24): through 2016, and carried forward to 2024. Each is counted three
// ways: Len, Rows and WriteCSV's lines (with -short, the dyad-years by Len
// alone).
func TestCounts(t *testing.T) {
	cf := universe.WithCarryForward()
	tests := []struct {
		name  string
		state bool
		to    int
		opts  []universe.Option
		rows  int
	}{
		{"directed 1816–2016", false, 2016, nil, 1912290},
		{"undirected 1816–2016", false, 2016, []universe.Option{universe.WithUndirected()}, 956145},
		{"state-years 1816–2016", true, 2016, nil, 15951},
		{"directed 1816–2024", false, 2024, []universe.Option{cf}, 2214930},
		{"undirected 1816–2024", false, 2024, []universe.Option{cf, universe.WithUndirected()}, 1107465},
		{"state-years 1816–2024", true, 2024, []universe.Option{cf}, 17511},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var n, rows, lines int
			var buf bytes.Buffer
			if tc.state {
				u := must(universe.NewStateYears(1816, tc.to, tc.opts...))(t)
				n = u.Len()
				for range u.Rows() {
					rows++
				}
				lines = must(u.WriteCSV(&buf))(t)
			} else {
				u := must(universe.NewDyadYears(1816, tc.to, tc.opts...))(t)
				n = u.Len()
				if testing.Short() {
					if n != tc.rows {
						t.Errorf("Len %d, want %d", n, tc.rows)
					}
					return
				}
				for range u.Rows() {
					rows++
				}
				lines = must(u.WriteCSV(&buf))(t)
			}
			if got := bytes.Count(buf.Bytes(), []byte("\n")) - 1; got != lines {
				t.Errorf("WriteCSV wrote %d lines and says %d", got, lines)
			}
			if n != tc.rows || rows != tc.rows || lines != tc.rows {
				t.Errorf("Len %d, Rows %d, WriteCSV %d; want %d", n, rows, lines, tc.rows)
			}
		})
	}
}

// TestStateYearsAreCOWs checks the state-years 1816–2016 against COW's own
// state-year file, system2016.csv: the same keys (COW's file is in year
// order, the universe in key order).
func TestStateYearsAreCOWs(t *testing.T) {
	var want [][2]int
	for _, r := range readCSV(t, systemFixture)[1:] {
		want = append(want, [2]int{atoi(t, r[1]), atoi(t, r[2])})
	}
	slices.SortFunc(want, func(a, b [2]int) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	var got [][2]int
	for r := range must(universe.NewStateYears(1816, 2016))(t).Rows() {
		got = append(got, [2]int{r.CCode, r.Year})
	}
	if diff := gocmp.Diff(want, got); diff != "" {
		t.Errorf("the state-years differ from system2016.csv's (-want +got):\n%s", diff)
	}
}

// TestSameDayOnly checks the rule of days: of the dyad-years whose two
// states are in COW's state-year file in the same year, exactly those 60
// whose states were never members on the same day are not rows.
func TestSameDayOnly(t *testing.T) {
	if testing.Short() {
		t.Skip("large input: the race run (-short) leaves it to go test ./...")
	}
	years := map[int][]int{} // year → states, from system2016.csv
	for _, r := range readCSV(t, systemFixture)[1:] {
		years[atoi(t, r[2])] = append(years[atoi(t, r[2])], atoi(t, r[1]))
	}
	rows := map[[3]int]bool{}
	for r := range must(universe.NewDyadYears(1816, 2016))(t).Rows() {
		rows[[3]int{r.CCode1, r.CCode2, r.Year}] = true
	}
	var missing [][3]int
	for y, states := range years {
		for _, a := range states {
			for _, b := range states {
				if a != b && !rows[[3]int{a, b, y}] {
					missing = append(missing, [3]int{a, b, y})
				}
			}
		}
	}
	if len(missing) != 60 {
		t.Errorf("%d same-year dyad-years are not rows, want 60", len(missing))
	}
	for _, m := range [][3]int{{115, 817, 1975}, {817, 115, 1975}, {255, 260, 1990}} {
		if rows[m] {
			t.Errorf("%v is a row, but the two were never members on a same day", m)
		}
	}
	if !rows[[3]int{255, 2, 1990}] || !rows[[3]int{260, 2, 1990}] {
		t.Error("Germany (255) and the German Federal Republic (260) should each be in a dyad with the USA in 1990")
	}
}

// TestYearsPastTheSystem checks that years after 2016 need
// WithCarryForward, are marked Assumed, and carry the major powers.
func TestYearsPastTheSystem(t *testing.T) {
	if _, err := universe.NewDyadYears(1816, 2017); !errors.Is(err, universe.ErrPastSystem) {
		t.Errorf("to 2017 without WithCarryForward: %v", err)
	}
	if _, err := universe.NewStateYears(2017, 2020); !errors.Is(err, universe.ErrPastSystem) {
		t.Errorf("2017–2020 without WithCarryForward: %v", err)
	}
	u := must(universe.NewStateYears(2015, 2018, universe.WithCarryForward()))(t)
	u = must(u.Join(universe.AddMajors()))(t)
	for r := range u.Rows() {
		if r.Assumed != (r.Year > 2016) {
			t.Errorf("%d %d: Assumed %v", r.CCode, r.Year, r.Assumed)
		}
		if r.CCode == 2 && r.Major != relations.Yes {
			t.Errorf("USA %d: cowmaj %v", r.Year, r.Major)
		}
	}
}

// TestOptionsBelongToTheirConstructors checks that an option given to
// another constructor is an error, not ignored.
func TestOptionsBelongToTheirConstructors(t *testing.T) {
	if _, err := universe.NewStateYears(1816, 1820, universe.WithUndirected()); err == nil ||
		!strings.Contains(err.Error(), "WithUndirected is not an option of NewStateYears (it takes WithCarryForward)") {
		t.Errorf("WithUndirected on state-years: %v", err)
	}
	u := must(universe.NewDyadYears(1816, 1820))(t)
	if _, err := u.Join(universe.AddWars(war.All(), universe.WithOngoingWars())); err == nil ||
		!strings.Contains(err.Error(), "WithOngoingWars is not an option of AddWars (it takes WithEveryWar)") {
		t.Errorf("WithOngoingWars on AddWars: %v", err)
	}
	if _, err := universe.NewDyadYears(1816, 1820, universe.WithEveryWar()); err == nil {
		t.Error("WithEveryWar on NewDyadYears: no error")
	}
}

// TestJoinsRefuse checks the joins a universe refuses.
func TestJoinsRefuse(t *testing.T) {
	sy := must(universe.NewStateYears(1816, 1820))(t)
	for _, j := range []universe.Join{universe.AddATOP(must(atop51.Read())(t).Model), universe.AddWars(war.All()), universe.AddPeaceYears(war.All())} {
		if _, err := sy.Join(j); err == nil {
			t.Errorf("%s on state-years: no error", j.Name())
		}
	}
	dy := must(universe.NewDyadYears(1816, 1820))(t)
	if _, err := dy.Join(universe.AddMajors(), universe.AddMajors()); err == nil || !strings.Contains(err.Error(), "already joined") {
		t.Errorf("majors twice: %v", err)
	}
	clash := must(universe.ReadTable(strings.NewReader("ccode1,ccode2,year,cowmaj1\n2,20,1920,x\n"), "mine.csv"))(t)
	if _, err := must(dy.Join(universe.AddMajors()))(t).Join(clash); err == nil || !strings.Contains(err.Error(), `"cowmaj1"`) {
		t.Errorf("a table's column that the universe has: %v", err)
	}
}

// fullChain is the directed universe 1816–2024 with every join, built
// once for the tests that read it.
var fullChain = sync.OnceValues(func() (*universe.DyadYears, error) {
	u, err := universe.NewDyadYears(1816, 2024, universe.WithCarryForward())
	if err != nil {
		return nil, err
	}
	ds, err := atop51.Read()
	if err != nil {
		return nil, err
	}
	return u.Join(universe.AddATOP(ds.Model), universe.AddNMC(nmc.Records()), universe.AddRivalries(rivalry.All()),
		universe.AddMajors(), universe.AddWars(war.All()), universe.AddPeaceYears(war.All()))
})
