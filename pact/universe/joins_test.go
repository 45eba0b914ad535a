package universe_test

import (
	"bytes"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/atop/atop51"
	"github.com/entente-go/entente/pact/universe"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/cow/nmc"
	"github.com/entente-go/entente/relations/cow/war"
	"github.com/entente-go/entente/relations/rivalry"
)

// dyadsOf returns the rows of a universe by key.
func dyadsOf(t testing.TB, u *universe.DyadYears) map[[3]int]universe.DyadYear {
	out := map[[3]int]universe.DyadYear{}
	for r := range u.Rows() {
		out[[3]int{r.CCode1, r.CCode2, r.Year}] = r
	}
	return out
}

// TestATOPAllianceIsATOPsFile checks atop_alliance against ATOP's own
// directed dyad-year file: a universe row is 1 exactly when the file has
// its key, 0 otherwise through 2018, NA after; and its obligations are the
// file's atop_defense … atop_consul, row for row (the library's panel is
// ATOP's file). ATOP also codes the alliances of states outside the COW
// system (San Marino before 1992, the Polish government in exile): every key of the file that is not a row
// has a state that is not in COW's system that year, or is one of the
// pairs never in it on a same day; ATOP's rows of 1815 precede the system.
func TestATOPAllianceIsATOPsFile(t *testing.T) {
	if testing.Short() {
		t.Skip("large input: the race run (-short) leaves it to go test ./...")
	}
	// The keys of ATOP's directed file, and each row's obligations in the
	// order of its columns atop_defense … atop_consul.
	file := map[[3]int]bool{}
	owed := map[[3]int]pact.ObligationSet{}
	columns := [5]pact.Obligation{pact.Defense, pact.Offense, pact.Neutrality, pact.NonAggression, pact.Consultation}
	for _, r := range readCSV(t, ddyrFixture)[1:] {
		k := [3]int{atoi(t, r[0]), atoi(t, r[1]), atoi(t, r[2])}
		file[k] = true
		for i, o := range columns {
			if r[3+i] == "1" {
				owed[k] = owed[k].With(o)
			}
		}
	}
	member := map[[2]int]bool{} // COW's state-years
	for _, r := range readCSV(t, systemFixture)[1:] {
		member[[2]int{atoi(t, r[1]), atoi(t, r[2])}] = true
	}
	u := must(universe.NewDyadYears(1816, 2020, universe.WithCarryForward()))(t)
	u = must(u.Join(universe.AddATOP(must(atop51.Read())(t).Model)))(t)
	rows := map[[3]int]bool{}
	ones, noObligation := 0, 0
	for r := range u.Rows() {
		k := [3]int{r.CCode1, r.CCode2, r.Year}
		rows[k] = true
		want := relations.TruthOf(file[k])
		if r.Year > 2018 {
			want = relations.CannotTell
		}
		if r.ATOP.Alliance != want {
			t.Fatalf("%v: atop_alliance %v, want %v", k, r.ATOP.Alliance, want)
		}
		if r.Year <= 2018 && r.ATOP.Obligations != owed[k] {
			t.Fatalf("%v: atop obligations %v, ATOP's directed file %v", k, r.ATOP.Obligations, owed[k])
		}
		if r.Year > 2018 && r.ATOP.Has(pact.Defense) != relations.CannotTell {
			t.Fatalf("%v: atop_defense %v after ATOP's coverage", k, r.ATOP.Has(pact.Defense))
		}
		if r.ATOP.Alliance == relations.Yes {
			ones++
			if r.ATOP.Obligations == 0 {
				noObligation++
			}
		}
	}
	outside, notMembers, sameDay := 0, 0, 0
	for k := range file {
		if k[2] == 1815 || rows[k] {
			continue
		}
		outside++
		if !member[[2]int{k[0], k[2]}] || !member[[2]int{k[1], k[2]}] {
			notMembers++
		} else {
			sameDay++ // both in the system that year: never on a same day (TestSameDayOnly)
		}
	}
	if sameDay > 60 {
		t.Errorf("%d keys of ATOP's file have both states in COW's system that year and are not rows; at most the 60 never there on a same day may be", sameDay)
	}
	if noObligation == 0 {
		t.Error("no row shares an alliance without an obligation; ATOP's file has such rows")
	}
	t.Logf("%d rows share an alliance, %d of them with no obligation; %d keys of ATOP's file (after 1815) are not rows: %d with a state outside COW's system, %d never in it together on a day",
		ones, noObligation, outside, notMembers, sameDay)
}

// TestUndirectedATOPEitherWay checks that an undirected row holds the
// obligations either state owes the other (Belgium–France 1832: France
// pledged to defend Belgium).
func TestUndirectedATOPEitherWay(t *testing.T) {
	m := must(atop51.Read())(t).Model
	dir := dyadsOf(t, must(must(universe.NewDyadYears(1832, 1832))(t).Join(universe.AddATOP(m)))(t))
	und := dyadsOf(t, must(must(universe.NewDyadYears(1832, 1832, universe.WithUndirected()))(t).Join(universe.AddATOP(m)))(t))
	if d := dir[[3]int{211, 220, 1832}].ATOP.Has(pact.Defense); d != relations.No {
		t.Errorf("211→220 1832 defense %v, want no", d)
	}
	if d := dir[[3]int{220, 211, 1832}].ATOP.Has(pact.Defense); d != relations.Yes {
		t.Errorf("220→211 1832 defense %v, want yes", d)
	}
	for k, r := range und {
		a, b := dir[k].ATOP, dir[[3]int{k[1], k[0], k[2]}].ATOP
		if r.ATOP.Obligations != a.Obligations|b.Obligations || r.ATOP.Alliance != a.Alliance.Or(b.Alliance) {
			t.Errorf("%v: undirected %+v, directed %+v and %+v", k, r.ATOP, a, b)
		}
	}
}

// TestCoverageIsNotZero checks every join's values past its source's
// coverage in the CSV: NA, never 0; and inside it, a value (0 for none),
// except where there is nothing to number (no rivalry, no war).
func TestCoverageIsNotZero(t *testing.T) {
	if testing.Short() {
		t.Skip("large input: the race run (-short) leaves it to go test ./...")
	}
	u := must(fullChain())(t)
	sub := must(universe.NewDyadYears(2000, 2024, universe.WithCarryForward()))(t)
	sub = must(sub.Join(u.Joins()...))(t)
	var buf bytes.Buffer
	must(sub.WriteCSV(&buf))(t)
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	header := strings.Split(lines[0], ",")
	if !slices.Equal(header, names(u.Columns())) {
		t.Fatalf("header %v, columns %v", header, names(u.Columns()))
	}
	// The last year each column's source observes; a column that may be
	// NA inside it too (a value missing in NMC, the fields of a war or a
	// rivalry where there is none) is checked past the coverage only.
	last := map[string]int{}
	for _, h := range header[3:] {
		switch {
		case strings.HasPrefix(h, "atop_"):
			last[h] = 2018
		case slices.Contains([]string{"milex", "milper", "irst", "pec", "tpop", "upop", "cinc"}, strings.TrimRight(h, "12")):
			last[h] = -2022
		case h == "rivalryno":
			last[h] = -2010
		case h == "positional" || h == "spatial" || h == "ideological" || h == "interventionary" || h == "ongoingrivalry":
			last[h] = 2010
		case h == "cowinterongoing" || h == "cowinteronset" || h == "cowinterwars" || h == "cowinterwarnums" || h == "cowinterspell":
			last[h] = 2007
		case h == "cowmaj1" || h == "cowmaj2":
			last[h] = 9999 // carried forward
		default:
			last[h] = -2007 // the fields of a war
		}
	}
	for _, line := range lines[1:] {
		f := strings.Split(line, ",")
		year := atoi(t, f[2])
		for i, h := range header[3:] {
			v, end := f[3+i], last[h]
			switch {
			case year > max(end, -end) && v != "NA":
				t.Fatalf("%s %d: %s is %q past its source's coverage, want NA", strings.Join(f[:2], "–"), year, h, v)
			case end > 0 && year <= end && v == "NA":
				t.Fatalf("%s %d: %s is NA inside its source's coverage", strings.Join(f[:2], "–"), year, h)
			}
		}
	}
}

func names(cols []universe.Column) []string {
	var out []string
	for _, c := range cols {
		out = append(out, c.Name)
	}
	return out
}

// TestWarsKeepEveryWar checks peacesciencer's choice among a dyad-year's
// wars and what this package adds: USA–North Vietnam 1970 fought wars 163,
// 170 and 176; peacesciencer keeps 176 (its onset rows win), and
// WithEveryWar gives all three. The data have 36 directed dyad-years with
// more than one war, 40 more rows with a row for each.
func TestWarsKeepEveryWar(t *testing.T) {
	if testing.Short() {
		t.Skip("large input: the race run (-short) leaves it to go test ./...")
	}
	base := must(universe.NewDyadYears(1816, 2016))(t)
	one := must(base.Join(universe.AddWars(war.All())))(t)
	every := must(base.Join(universe.AddWars(war.All(), universe.WithEveryWar())))(t)
	r := dyadsOf(t, one)[[3]int{2, 816, 1970}]
	if r.War.Number != 176 || r.War.Wars != 3 || !slices.Equal(r.War.Numbers(), []int{163, 170, 176}) || r.War.Onset != relations.Yes {
		t.Errorf("USA–North Vietnam 1970: %+v, numbers %v", r.War, r.War.Numbers())
	}
	var got []int
	multi := map[[3]int]int{}
	for r := range every.Rows() {
		if r.War.Wars > 1 {
			multi[[3]int{r.CCode1, r.CCode2, r.Year}]++
		}
		if r.CCode1 == 2 && r.CCode2 == 816 && r.Year == 1970 {
			got = append(got, r.War.Number)
		}
	}
	if !slices.Equal(got, []int{163, 170, 176}) {
		t.Errorf("WithEveryWar, USA–North Vietnam 1970: wars %v", got)
	}
	extra := 0
	for _, n := range multi {
		extra += n - 1
	}
	if len(multi) != 36 || extra != 40 || every.Len() != base.Len()+40 {
		t.Errorf("%d dyad-years with more than one war, %d more rows (Len %d, %d without wars)", len(multi), extra, every.Len(), base.Len())
	}
}

// TestWarsChoice checks the rule on the data's other cases: a war that
// paused and resumed in one year (war 46, Prussia–Denmark 1864) keeps the
// first spell's row, the one first in the file; battle deaths that COW
// does not know are NA.
func TestWarsChoice(t *testing.T) {
	u := must(must(universe.NewDyadYears(1816, 2007))(t).Join(universe.AddWars(war.All())))(t)
	rows := dyadsOf(t, u)
	r := rows[[3]int{255, 390, 1864}]
	if r.War.Number != 46 || r.War.Resumed || r.War.Wars != 1 || r.War.Outcome1 != war.Winner {
		t.Errorf("255–390 1864: %+v", r.War)
	}
	unknown := 0
	for _, r := range rows {
		if r.War.BattleDeaths1 == war.DeathsUnknown {
			unknown++
		}
	}
	if unknown == 0 {
		t.Error("no row with unknown battle deaths; the data have some")
	}
	var buf bytes.Buffer
	must(u.WriteCSV(&buf))(t)
	if strings.Contains(buf.String(), ",-9,") {
		t.Error("a battle-death code -9 is written as a number")
	}
}

// TestRivalries checks the rivalry columns: Austria-Serbia (79) counts for
// Austria (305) in 1919 and 1920, both directions; a rivalry's types; and
// the state-year counts.
func TestRivalries(t *testing.T) {
	rows := dyadsOf(t, must(must(universe.NewDyadYears(1900, 2016))(t).Join(universe.AddRivalries(rivalry.All())))(t))
	for _, k := range [][3]int{{305, 345, 1919}, {345, 305, 1920}, {300, 345, 1918}} {
		if r := rows[k].Rivalry; r.Number != 79 || r.Ongoing != relations.Yes {
			t.Errorf("%v: %+v, want rivalry 79", k, r)
		}
	}
	if r := rows[[3]int{2, 365, 1960}].Rivalry; r.Is(rivalry.Ideological) != relations.Yes || r.Is(rivalry.Spatial) != relations.No {
		t.Errorf("USA–Russia 1960: %+v", r)
	}
	if r := rows[[3]int{2, 20, 1960}].Rivalry; r.Ongoing != relations.No || r.Is(rivalry.Spatial) != relations.No {
		t.Errorf("USA–Canada 1960: %+v", r)
	}
	sy := must(must(universe.NewStateYears(1960, 1960))(t).Join(universe.AddRivalries(rivalry.All())))(t)
	for r := range sy.Rows() {
		if r.CCode == 2 && (!r.Rivalries.Known || r.Rivalries.Ideological == 0 || r.Rivalries.Positional == 0) {
			t.Errorf("USA 1960: %+v", r.Rivalries)
		}
	}
}

// TestNMCAsWritten checks that every value of the embedded NMC file is
// written as the file writes it: not one digit rounded.
func TestNMCAsWritten(t *testing.T) {
	if testing.Short() {
		t.Skip("large input: the race run (-short) leaves it to go test ./...")
	}
	recs := readCSV(t, "../../relations/cow/nmc/nmc.csv.gz")
	want := map[[2]int]string{}
	for _, r := range recs[1:] {
		for i, v := range r[2:] {
			if v == "" {
				r[2+i] = "NA"
			}
		}
		want[[2]int{atoi(t, r[0]), atoi(t, r[1])}] = strings.Join(r[2:], ",")
	}
	u := must(must(universe.NewStateYears(1816, 2016))(t).Join(universe.AddNMC(nmc.Records())))(t)
	var buf bytes.Buffer
	must(u.WriteCSV(&buf))(t)
	checked := 0
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n")[1:] {
		f := strings.Split(line, ",")
		k := [2]int{atoi(t, f[0]), atoi(t, f[len(f)-8])}
		w, ok := want[k]
		if !ok {
			w = "NA,NA,NA,NA,NA,NA,NA"
		}
		if got := strings.Join(f[len(f)-7:], ","); got != w {
			t.Errorf("%v: %s, NMC writes %s", k, got, w)
		}
		checked++
	}
	if checked != 15951 {
		t.Errorf("%d rows checked", checked)
	}
}

// TestPeaceYears checks AddPeaceYears against a count made here from the
// wars' rows of the same universe, pair by pair: 0 in a pair's first
// dyad-year, one more each dyad-year, and 0 after a dyad-year with an
// onset; and that a universe starting in 1950 counts from the pairs' first
// years all the same.
func TestPeaceYears(t *testing.T) {
	if testing.Short() {
		t.Skip("large input: the race run (-short) leaves it to go test ./...")
	}
	u := must(fullChain())(t)
	later := dyadsOf(t, must(must(universe.NewDyadYears(1950, 2024, universe.WithCarryForward()))(t).Join(universe.AddPeaceYears(war.All())))(t))
	var pair [2]int
	spell, checked := 0, 0
	for r := range u.Rows() {
		if p := [2]int{r.CCode1, r.CCode2}; p != pair {
			pair, spell = p, 0
		}
		want := universe.PeaceYears{Years: spell, Known: r.Year <= 2007}
		if !want.Known {
			want.Years = 0
		}
		if r.PeaceYears != want {
			t.Fatalf("%d–%d %d: %+v, want %+v", r.CCode1, r.CCode2, r.Year, r.PeaceYears, want)
		}
		if l := later[[3]int{r.CCode1, r.CCode2, r.Year}]; r.Year >= 1950 && l.PeaceYears != r.PeaceYears {
			t.Fatalf("%d–%d %d: from 1950 %+v, from 1816 %+v", r.CCode1, r.CCode2, r.Year, l.PeaceYears, r.PeaceYears)
		}
		spell++
		if r.War.Onset == relations.Yes {
			spell = 0
		}
		checked++
	}
	t.Logf("%d rows checked", checked)
}

// TestCSVIsTheCells checks WriteCSV, which formats from texts made once,
// against the rows' Cells formatted here, value by value, on every row
// of the whole chain; and the Cells against the typed rows they are made
// from, for the wars' columns.
func TestCSVIsTheCells(t *testing.T) {
	if testing.Short() {
		t.Skip("large input: the race run (-short) leaves it to go test ./...")
	}
	u := must(fullChain())(t)
	var buf bytes.Buffer
	n := must(u.WriteCSV(&buf))(t)
	cols := u.Columns()
	var want []byte
	want = append(want, strings.Join(names(cols), ",")...)
	want = append(want, '\n')
	for cells := range u.Cells() {
		for i, c := range cells {
			if i > 0 {
				want = append(want, ',')
			}
			want = appendCell(want, cols[i].Kind, c)
		}
		want = append(want, '\n')
	}
	if !bytes.Equal(buf.Bytes(), want) {
		got, w := strings.Split(buf.String(), "\n"), strings.Split(string(want), "\n")
		for i := range min(len(got), len(w)) {
			if got[i] != w[i] {
				t.Fatalf("line %d:\n got %s\nwant %s", i+1, got[i], w[i])
			}
		}
		t.Fatalf("%d lines, want %d", len(got), len(w))
	}
	t.Logf("%d rows, %d bytes", n, buf.Len())
}

// appendCell formats a cell with strconv, plainly: the reference for
// WriteCSV.
func appendCell(b []byte, k universe.Kind, c universe.Cell) []byte {
	switch {
	case !c.Valid:
		return append(b, "NA"...)
	case k == universe.Integer:
		return strconv.AppendInt(b, c.Int, 10)
	case k == universe.Text:
		if strings.ContainsAny(c.Text, ",\"\n\r") {
			return strconv.AppendQuote(b, c.Text) // no such text in these data
		}
		return append(b, c.Text...)
	}
	f := c.Real
	switch {
	case f == math.Trunc(f):
		return strconv.AppendFloat(b, f, 'f', 0, 64)
	case math.Abs(f) < 1e-4:
		return strconv.AppendFloat(b, f, 'e', -1, 64)
	}
	return strconv.AppendFloat(b, f, 'f', -1, 64)
}

// TestRowsAreImmutable checks that a row's war numbers are the caller's
// to change.
func TestRowsAreImmutable(t *testing.T) {
	u := must(must(universe.NewDyadYears(1970, 1970))(t).Join(universe.AddWars(war.All())))(t)
	first := dyadsOf(t, u)[[3]int{2, 816, 1970}].War.Numbers()
	first[0] = 0
	if again := dyadsOf(t, u)[[3]int{2, 816, 1970}].War.Numbers(); !slices.Equal(again, []int{163, 170, 176}) {
		t.Errorf("after changing a copy: %v", again)
	}
	_ = gocmp.Diff
}
