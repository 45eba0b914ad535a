package universe_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/entente-go/entente/pact/universe"
	"github.com/entente-go/entente/relations"
)

func TestReadTableProblems(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", "mine.csv: empty: no header"},
		{"no year", "ccode,x\n2,1\n", "mine.csv:1: no year column"},
		{"no code", "year,x\n1900,1\n", "mine.csv:1: no ccode column, nor ccode1 and ccode2"},
		{"both kinds", "ccode,ccode1,ccode2,year\n", "mine.csv:1: both ccode and ccode1 or ccode2"},
		{"duplicate column", "ccode,year,x,x\n", "mine.csv:1:14: x: the column is column 3 too"},
		{"unnamed column", "ccode,year,\n", "mine.csv:1:12: a column without a name"},
		{"bad year", "ccode,year,x\n2,19x0,1\n", `mine.csv:2:3: year: "19x0" is not a whole number`},
		{"year before the system", "ccode,year,x\n2,1700,1\n", "mine.csv:2:3: year: 1700 is not a year from 1816 through 9999"},
		{"not a state", "ccode,year,x\n999,1900,1\n", "mine.csv:2:1: ccode: 999 is not the code of a state of the COW system"},
		{"self", "ccode1,ccode2,year\n2,2,1900\n", "mine.csv:2:3: ccode2: a state cannot be in a dyad with itself"},
		{"duplicate key", "ccode,year,x\n2,1900,1\n2,1900,2\n", "mine.csv:3: the key 2,1900 is on line 2 too"},
		{"short row", "ccode,year,x\n2,1900\n", "mine.csv:2:1: wrong number of fields"},
	}
	for _, tc := range tests {
		_, err := universe.ReadTable(strings.NewReader(tc.in), "mine.csv")
		var fe *relations.ParseError
		if err == nil || !strings.Contains(err.Error(), tc.want) || !errors.As(err, &fe) {
			t.Errorf("%s: %v, want %q (a ParseError)", tc.name, err, tc.want)
		}
	}
}

// TestTableJoinsByKey checks a user's tables on both units: values as
// written, NA where missing or without a row, keys in any column.
func TestTableJoinsByKey(t *testing.T) {
	dy := must(universe.ReadTable(strings.NewReader("trade,ccode2,ccode1,year,note\n12.50,20,2,1920,\"a, b\"\nNA,2,20,1920,\n"), "trade.csv"))(t)
	u := must(must(universe.NewDyadYears(1920, 1920))(t).Join(dy))(t)
	if c := names(u.Columns()); strings.Join(c, ",") != "ccode1,ccode2,year,trade,note" {
		t.Errorf("columns %v", c)
	}
	var buf bytes.Buffer
	must(u.WriteCSV(&buf))(t)
	for _, want := range []string{"\n2,20,1920,12.50,\"a, b\"\n", "\n20,2,1920,NA,NA\n", "\n2,200,1920,NA,NA\n"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("the CSV lacks %q", want)
		}
	}
	for r := range u.Rows() {
		v, ok := r.Table.Value(0)
		switch {
		case r.CCode1 == 2 && r.CCode2 == 20:
			if !ok || v != "12.50" || !r.Table.Found() {
				t.Errorf("2–20: %q %v", v, ok)
			}
		case r.CCode1 == 20 && r.CCode2 == 2:
			if ok || !r.Table.Found() {
				t.Errorf("20–2: %q %v, want missing in a row found", v, ok)
			}
		case ok || r.Table.Found():
			t.Errorf("%d–%d: %q, want no row", r.CCode1, r.CCode2, v)
		}
	}
	sy := must(universe.ReadTable(strings.NewReader("ccode,year,gdp\n2,1920,1\n"), "gdp.csv"))(t)
	if _, err := must(universe.NewDyadYears(1920, 1920))(t).Join(sy); err == nil {
		t.Error("a state-year table joined dyad-years")
	}
	s := must(must(universe.NewStateYears(1920, 1920))(t).Join(sy))(t)
	for r := range s.Rows() {
		if v, ok := r.Table.Value(0); (r.CCode == 2) != ok || (ok && v != "1") {
			t.Errorf("%d: %q %v", r.CCode, v, ok)
		}
	}
	if c := sy.Coverage(); c.Observed.String() != "[1920-01-01, 1921-01-01)" || c.Source != "gdp.csv" {
		t.Errorf("coverage %v", c)
	}
}

// FuzzReadTable reads any input without a panic, and a table it reads
// reads again the same from its own rows written out.
func FuzzReadTable(f *testing.F) {
	for _, s := range []string{
		"ccode,year,x\n2,1900,1\n20,1950,NA\n",
		"ccode1,ccode2,year,a,b\n2,20,1920,\"x,y\",\n",
		"year,ccode\n1816,200\n",
		"ccode,year\n2,1900\n2,1900\n",
		"\ufeffccode,year,\"q\"\"\"\n2,2000,\"\"\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		tab, err := universe.ReadTable(strings.NewReader(in), "fuzz.csv")
		if err != nil {
			var fe *relations.ParseError
			if !errors.As(err, &fe) {
				t.Fatalf("error %v is no ParseError", err)
			}
			return
		}
		if c := tab.Coverage(); tab.Len() == 0 || c.Observed.Until.Year() > 2100 {
			return // a universe over the years would be slow to fuzz
		}
		// Write back the rows a universe over the table's years finds, and
		// read them again.
		var buf bytes.Buffer
		w := csv.NewWriter(&buf)
		w.Write(append(tab.Keys(), tab.Columns()...))
		found := tableUniverse(t, tab)
		for _, rec := range found {
			w.Write(rec)
		}
		w.Flush()
		again, err := universe.ReadTable(&buf, "again.csv")
		if err != nil {
			t.Fatalf("written back: %v\n%s", err, buf.String())
		}
		if len(found) > tab.Len() || again.Len() != len(found) || strings.Join(again.Columns(), "\x00") != strings.Join(tab.Columns(), "\x00") {
			t.Fatalf("read back %d rows of %d found, columns %q; the table has %d rows, columns %q", again.Len(), len(found), again.Columns(), tab.Len(), tab.Columns())
		}
	})
}

// tableUniverse returns a table's rows, as the universe of its unit over
// its years finds them: key fields, then values (NA for missing).
func tableUniverse(t *testing.T, tab *universe.Table) [][]string {
	var out [][]string
	c := tab.Coverage()
	from, to := c.Observed.From.Year(), c.Observed.Until.Year()-1
	opt := []universe.Option{universe.WithCarryForward()}
	add := func(keys []string, r universe.TableRow) {
		if !r.Found() {
			return
		}
		for i := range tab.Columns() {
			v, ok := r.Value(i)
			if !ok {
				v = "NA"
			}
			keys = append(keys, v)
		}
		out = append(out, keys)
	}
	if len(tab.Keys()) == 2 {
		u := must(must(universe.NewStateYears(from, to, opt...))(t).Join(tab))(t)
		for r := range u.Rows() {
			add([]string{itoa(r.CCode), itoa(r.Year)}, r.Table)
		}
	} else {
		u := must(must(universe.NewDyadYears(from, to, opt...))(t).Join(tab))(t)
		for r := range u.Rows() {
			add([]string{itoa(r.CCode1), itoa(r.CCode2), itoa(r.Year)}, r.Table)
		}
	}
	return out
}
func itoa(i int) string { return strconv.Itoa(i) }
