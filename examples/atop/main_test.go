package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/entente-go/entente/internal/sharedcopy"
	"github.com/entente-go/entente/pact/atop/atop51"
)

func TestCommandLine(t *testing.T) {
	out := filepath.Join(t.TempDir(), "ddyr.csv")
	tests := []struct {
		name string
		args []string
		code int
		want string // on stdout for exit 0, on stderr otherwise
	}{
		{"tour", nil, 0, "ATOP 5.1: 789 alliances"},
		{"tour counts alliances", nil, 0, "in effect on 2018-12-31: 372 alliances (378 agreements"},
		{"tour past coverage", nil, 0, "United States on 2020-06-01: 0 certain, 66 as last observed by ATOP on 2018-12-31"},
		{"tour settles OBVARY", nil, 0, "obligations that vary by partner (OBVARY): 306 member-partner cases, 122 owed, 69 not owed, 115 cannot tell (settled from atop5_1ddyr_obvary.csv)"},
		{"defense partners of Austria-Hungary", []string{"-partners", "300", "-on", "1914-07-28", "-obligation", "defense"}, 0,
			"Austria-Hungary (300) on 1914-07-28: 3 defense partners\n  255  Germany                          atop-1335, atop-1350\n" +
				"  325  Italy                            atop-1350, atop-1355, atop-1410\n  360  Romania                          atop-1355\n"},
		{"partners", []string{"-partners", "345", "-on", "1914-07-28"}, 0,
			"Yugoslavia (345) on 1914-07-28: 2 alliance partners\n  341  Montenegro                       atop-1480\n  350  Greece                           atop-1490\n"},
		{"defense partners", []string{"-partners", "2", "-on", "2018-12-31", "-obligation", "defense"}, 0, "66 defense partners\n  20   Canada"},
		{"cannot tell", []string{"-partners", "130", "-on", "1861-07-01"}, 0,
			"no alliance partners for certain\ncannot tell: 1 more\n  135  Peru                             partial-date: the dates of agreement \"atop-1220\" cannot settle 1861-07-01\n"},
		{"no alliance", []string{"-partners", "983", "-on", "2010-01-01"}, 0, "Marshall Islands (983) on 2010-01-01: no alliance partners\n"},
		{"past coverage", []string{"-partners", "2", "-on", "2020-01-01"}, 0, "cannot tell: "},
		{"panel", []string{"-panel", "directed", "-out", out}, 0, "wrote 273296 rows"},
		{"similarity", []string{"-similarity", "2,200", "-year", "2000"}, 0, "0.553229\n"},
		{"similarity taub", []string{"-similarity", "2,200", "-year", "2000", "-measure", "taub"}, 0, "0.422750\n"},
		{"weighted by CINC", []string{"-similarity", "2,200", "-year", "2000", "-measure", "s-weighted"}, 0, "0."},
		{"state outside the system", []string{"-similarity", "2,260", "-year", "2000"}, 2, "German Federal Republic (260) is not a state of the COW system in 2000"},
		{"no reference set", []string{"-similarity", "2,200", "-year", "1815"}, 2, "no state of the COW system"},
		{"partners outside the system", []string{"-partners", "983", "-on", "1980-01-01"}, 2, "Marshall Islands (983) is not a state of the COW system on 1980-01-01"},
		{"bad date", []string{"-partners", "2", "-on", "2018-02-30"}, 2, "day 30 does not exist"},
		{"bad code", []string{"-partners", "9999", "-on", "2018-01-01"}, 2, `-partners: "9999" is not a COW state's code, abbreviation, ISO code or name`},
		{"a prefix is no name", []string{"-partners", "Saudi", "-on", "2018-01-01"}, 2, `-partners: "Saudi" is not a COW state's code`},
		{"ambiguous", []string{"-partners", "aus", "-on", "2018-01-01"}, 2, `-partners: "aus" names 2 states: Austria (COW 305, AUS, ISO AUT), Australia (COW 900, AUL, ISO AUS); give the COW code`},
		{"similarity: ambiguous", []string{"-similarity", "2,KOR", "-year", "2000"}, 2, `-similarity: "KOR" names 2 states: Korea (COW 730`},
		{"similarity: one state", []string{"-similarity", "Saudi Arabia", "-year", "2000"}, 2, `want two states, STATE,STATE`},
		{"bad obligation", []string{"-partners", "2", "-on", "2018-01-01", "-obligation", "love"}, 2, "-obligation"},
		{"bad panel", []string{"-panel", "sideways", "-out", out}, 2, "-panel"},
		{"two modes", []string{"-panel", "directed", "-out", out, "-partners", "2"}, 2, "give one of"},
		{"bad flag", []string{"-colour"}, 2, "flag provided but not defined"},
		{"stray argument", []string{"-panel", "directed", "-out", out, "extra"}, 2, `unexpected argument "extra"`},
		{"tour with -on", []string{"-on", "2018-12-31"}, 2, "the tour does not use -on"},
		{"tour with -obligation", []string{"-obligation", "defense"}, 2, "the tour does not use -obligation"},
		{"tour with -measure", []string{"-measure", "kappa"}, 2, "the tour does not use -measure"},
		{"tour with -out", []string{"-out", out}, 2, "the tour does not use -out"},
		{"panel with -on", []string{"-panel", "directed", "-out", out, "-on", "2000"}, 2, "-panel does not use -on"},
		{"partners with -year", []string{"-partners", "2", "-on", "2000", "-year", "2000"}, 2, "-partners does not use -year"},
		{"weights without s-weighted", []string{"-similarity", "2,200", "-year", "2000", "-weights", "w.csv"}, 2, "-weights is for -measure s-weighted"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(tc.args, &stdout, &stderr); code != tc.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tc.code, stderr.String())
			}
			if tc.code == 0 && !strings.Contains(stdout.String(), tc.want) {
				t.Errorf("stdout %q lacks %q", stdout.String(), tc.want)
			}
			if tc.code != 0 && !strings.Contains(stderr.String(), tc.want) {
				t.Errorf("stderr %q lacks %q", stderr.String(), tc.want)
			}
			if tc.code == 2 && !strings.Contains(stderr.String(), "usage:") {
				t.Errorf("no usage on stderr: %s", stderr.String())
			}
		})
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if lines[0] != "ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul" || lines[1] != "2,20,1942,1,1,0,0,0" {
		t.Errorf("panel starts %q", lines[:2])
	}
}

// TestDataFlag reads another copy of ATOP: the embedded files written out
// to a directory of their own.
func TestDataFlag(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"atop5_1a.csv", "atop5_1aph.csv", "atop5_1m.csv"} {
		b, err := fs.ReadFile(atop51.FS(), name)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-data", dir, "-partners", "345", "-on", "1914-07-28"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "2 alliance partners") {
		t.Errorf("stdout %q", stdout.String())
	}
	if want := "has no atop5_1ddyr_min.csv or atop5_1ddyr.csv: the partners of members whose obligations vary by partner (OBVARY) stay cannot tell"; !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr %q lacks %q", stderr.String(), want)
	}
	// With ATOP's directed file beside them, the partners are settled.
	full, err := sharedcopy.GunzipFile("../../pact/atop/testdata/atop5_1ddyr_min.csv.gz")()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "atop5_1ddyr_min.csv"), full, 0o644); err != nil {
		t.Fatal(err)
	}
	stdout.Reset()
	stderr.Reset()
	if code := run([]string{"-data", dir, "-partners", "300", "-on", "1914-07-28", "-obligation", "defense"}, &stdout, &stderr); code != 0 || stderr.Len() > 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "  360  Romania") {
		t.Errorf("stdout %q lacks Romania", stdout.String())
	}
}

// partnerLine is a partner's line: the COW code first, then the name and
// what binds them or why it cannot be told.
var (
	partnerLine = regexp.MustCompile(`^  \d+ +\S`)
	bareNumber  = regexp.MustCompile(`\(\d+\)`)
)

// TestPartnersLayout: the certain partners first, one a line with the COW
// code as its first number, then the cannot-tell section, its lines alike;
// no number in parentheses on a partner line, where it could be taken for
// a code. Asked on days with partners of every kind: OBVARY members (1914,
// 1855), a pair certain though no one alliance is (Germany and Italy), a
// partial date (1861) and a day past ATOP's coverage (2020).
func TestPartnersLayout(t *testing.T) {
	for _, args := range [][]string{
		{"-partners", "300", "-on", "1914-07-28", "-obligation", "defense"},
		{"-partners", "255", "-on", "1914-07-28"},
		{"-partners", "325", "-on", "1912-06-01"},
		{"-partners", "200", "-on", "1834-06-01"},
		{"-partners", "130", "-on", "1861-07-01"},
		{"-partners", "2", "-on", "2020-01-01", "-obligation", "defense"},
		{"-partners", "365", "-on", "1939-09-01"},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(args, &stdout, &stderr); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr.String())
		}
		lines := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
		uncertain := false
		for i, l := range lines[1:] {
			switch {
			case strings.HasPrefix(l, "cannot tell: ") && !uncertain:
				uncertain = true
			case !partnerLine.MatchString(l):
				t.Errorf("%v: line %d %q is not a partner's line", args, i+2, l)
			case bareNumber.MatchString(l):
				t.Errorf("%v: line %d %q has a number in parentheses", args, i+2, l)
			}
		}
	}
}

func TestMissingData(t *testing.T) {
	for _, dir := range []string{"no/such/dir", "main.go"} {
		var stdout, stderr bytes.Buffer
		if code := run([]string{"-data", dir}, &stdout, &stderr); code != 1 {
			t.Errorf("-data %s: exit %d, want 1", dir, code)
		}
		if n := strings.Count(strings.TrimSpace(stderr.String()), "\n"); n != 0 {
			t.Errorf("-data %s: want one line, got %q", dir, stderr.String())
		}
	}
}

func TestMalformedData(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"atop5_1a.csv", "atop5_1aph.csv"} {
		b, err := fs.ReadFile(atop51.FS(), f)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, f), b, 0o644)
	}
	os.WriteFile(filepath.Join(dir, "atop5_1m.csv"), []byte("atopid,member\n1,x\n"), 0o644)
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-data", dir}, &stdout, &stderr); code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	if got := stderr.String(); !strings.Contains(got, "atop5_1m.csv:1: missing required column") || strings.Count(got, "\n") != 1 {
		t.Errorf("stderr = %q, want one line naming the file", got)
	}
}
