package main

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/entente-go/entente/internal/sharedcopy"
)

func TestCommandLine(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "u.csv")
	tests := []struct {
		name string
		args []string
		code int
		want string // on stdout for exit 0, on stderr otherwise
	}{
		{"default: COW's state-years", nil, 0, "ccode,statenme,year\n2,United States of America,1816\n"},
		{"dyad-years", []string{"-unit", "dyad-year", "-from", "1816", "-to", "1816"}, 0, "ccode1,ccode2,year\n2,200,1816\n"},
		{"undirected", []string{"-unit", "dyad-year", "-undirected", "-from", "2016", "-add", "majors"}, 0, "ccode1,ccode2,year,cowmaj1,cowmaj2\n2,20,2016,1,0\n"},
		{"to a file", []string{"-unit", "dyad-year", "-from", "2016", "-out", out}, 0, "wrote 37830 rows to " + out},
		{"carried forward", []string{"-to", "2024", "-carry-forward", "-out", out}, 0, "wrote 17511 rows"},
		{"joins in order", []string{"-unit", "dyad-year", "-from", "2016", "-add", "majors,nmc"}, 0, "ccode1,ccode2,year,cowmaj1,cowmaj2,milex1,"},
		{"a row per war", []string{"-unit", "dyad-year", "-from", "1970", "-to", "1970", "-add", "wars-each"}, 0,
			"\n2,816,1970,1,0,2,1,1,0,2,1,58153,700000,0,163,3,163; 170; 176\n2,816,1970,1,0,2,1,0,1,2,1,375,2250,0,170,3,163; 170; 176\n"},
		{"state-year rivalries", []string{"-from", "1816", "-to", "1816", "-add", "rivalries"}, 0, "\n200,United Kingdom,1816,0,0,4,3\n"},
		{"past 2016", []string{"-to", "2017"}, 2, "-to: 2017 is past the COW state system's last year (2016); years after it need -carry-forward"},
		{"carry-forward unused", []string{"-carry-forward"}, 2, "-carry-forward is for a -to past 2016"},
		{"undirected state-years", []string{"-undirected"}, 2, "-undirected is for -unit dyad-year"},
		{"bad unit", []string{"-unit", "leader-year"}, 2, `-unit: "leader-year" is not state-year or dyad-year`},
		{"wars on state-years", []string{"-add", "wars"}, 2, "-add: wars joins dyad-years only, not -unit state-year"},
		{"atop on state-years", []string{"-add", "atop"}, 2, "-add: atop joins dyad-years only"},
		{"unknown source", []string{"-add", "polity"}, 2, `-add: "polity" is not atop`},
		{"twice", []string{"-add", "nmc,nmc"}, 2, "-add: nmc given twice"},
		{"wars and wars-each", []string{"-unit", "dyad-year", "-add", "wars,wars-each"}, 2, "given twice"},
		{"data without -add", []string{"-data", "."}, 2, "-data is for the sources -add names"},
		{"data for majors", []string{"-add", "majors", "-data", "."}, 2, "-add majors reads no file"},
		{"parquet to stdout", []string{"-format", "parquet"}, 2, "-format parquet needs -out FILE"},
		{"bad format", []string{"-format", "xlsx", "-out", out}, 2, `-format: "xlsx" is not csv or parquet`},
		{"before 1816", []string{"-from", "1815"}, 2, "-from: 1815 is before the COW state system begins"},
		{"backwards", []string{"-from", "1900", "-to", "1899"}, 2, "-to: 1899 is before -from (1900)"},
		{"stray argument", []string{"-unit", "dyad-year", "extra"}, 2, `unexpected argument "extra"`},
		{"bad flag", []string{"-colour"}, 2, "flag provided but not defined"},
		{"missing data", []string{"-add", "nmc", "-data", dir}, 1, "nmc.csv: no such file"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(tc.args, &stdout, &stderr); code != tc.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tc.code, stderr.String())
			}
			got := stdout.String()
			if tc.code != 0 {
				got = stderr.String()
			}
			if !strings.Contains(got, tc.want) {
				t.Errorf("output %.300q lacks %q", got, tc.want)
			}
			if tc.code == 2 && !strings.Contains(stderr.String(), "usage:") {
				t.Errorf("no usage on stderr: %s", stderr.String())
			}
		})
	}
}

// TestData checks that -data reads the sources from a directory: a copy
// of NMC with one row.
func TestData(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "nmc.csv"), []byte("ccode,year,milex,milper,irst,pec,tpop,upop,cinc\n2,1816,1,2,3,4,5,6,0.5\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-from", "1816", "-to", "1816", "-add", "nmc", "-data", dir}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "\n2,United States of America,1816,1,2,3,4,5,6,0.5\n200,United Kingdom,1816,NA,") {
		t.Errorf("not the copy's values: %.300s", stdout.String())
	}
}

// TestEmbeddedCopiesAreShared checks that the embedded copies of the
// sources write the same dyad-years as ../shared/data's files read with
// -data, when ../shared is present.
func TestEmbeddedCopiesAreShared(t *testing.T) {
	shared := "../../../shared/data"
	sharedcopy.Require(t, shared)
	var fromShared, embedded, stderr bytes.Buffer
	args := []string{"-unit", "dyad-year", "-from", "1900", "-to", "1910", "-add", "atop,nmc,rivalries,wars,peace-years"}
	if code := run(append(args, "-data", shared), &fromShared, &stderr); code != 0 {
		t.Fatalf("-data %s: exit %d: %s", shared, code, stderr.String())
	}
	if code := run(args, &embedded, &stderr); code != 0 {
		t.Fatalf("embedded: exit %d: %s", code, stderr.String())
	}
	if !bytes.Equal(fromShared.Bytes(), embedded.Bytes()) || embedded.Len() < 1000 {
		t.Errorf("-data %s writes other rows than the embedded copies (%d and %d bytes)", shared, fromShared.Len(), embedded.Len())
	}
}

// TestParquetIsTheCSV reads back the Parquet the command writes and checks
// it against its CSV, value by value: the columns in order, nulls where
// the CSV has NA.
func TestParquetIsTheCSV(t *testing.T) {
	if testing.Short() {
		t.Skip("the race run (-short) leaves it to go test ./...")
	}
	dir := t.TempDir()
	pq, csvFile := filepath.Join(dir, "u.parquet"), filepath.Join(dir, "u.csv")
	args := []string{"-unit", "dyad-year", "-from", "2005", "-to", "2019", "-carry-forward", "-add", "atop,nmc,rivalries,majors,wars,peace-years"}
	var stdout, stderr bytes.Buffer
	for _, a := range [][]string{{"-out", pq, "-format", "parquet"}, {"-out", csvFile}} {
		if code := run(append(args, a...), &stdout, &stderr); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
	}
	data, err := os.ReadFile(csvFile)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	header := strings.Split(lines[0], ",")
	f, err := os.Open(pq)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, _ := f.Stat()
	pf, err := parquet.OpenFile(f, st.Size())
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range pf.Schema().Fields() {
		names = append(names, c.Name())
	}
	if strings.Join(names, ",") != lines[0] {
		t.Fatalf("Parquet columns %v, CSV %v", names, header)
	}
	if pf.NumRows() != int64(len(lines)-1) {
		t.Fatalf("%d Parquet rows, %d CSV rows", pf.NumRows(), len(lines)-1)
	}
	r := parquet.NewReader(f)
	defer r.Close()
	rows := make([]parquet.Row, 1)
	for i, line := range lines[1:] {
		if _, err := r.ReadRows(rows); err != nil && i < len(lines)-2 {
			t.Fatal(err)
		}
		want := strings.Split(line, ",")
		if strings.Contains(line, "\"") || len(want) != len(header) {
			t.Fatalf("line %d: %q", i+2, line)
		}
		for c, v := range rows[0] {
			got := "NA"
			switch {
			case v.IsNull():
			case v.Kind() == parquet.Double:
				got = formatLikeCSV(v.Double())
			default:
				got = v.String()
			}
			if got != want[c] {
				t.Fatalf("line %d, %s: Parquet %q, CSV %q", i+2, header[c], got, want[c])
			}
		}
	}
}

// formatLikeCSV formats a double as the CSV writes NMC's numbers.
func formatLikeCSV(f float64) string {
	switch {
	case f == math.Trunc(f):
		return strconv.FormatFloat(f, 'f', 0, 64)
	case math.Abs(f) < 1e-4:
		return strconv.FormatFloat(f, 'e', -1, 64)
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}
