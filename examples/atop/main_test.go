package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const dataDir = "../../../shared/data/atop-5.1"

func needData(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(dataDir); err != nil {
		t.Skipf("ATOP data not available (%v); put ../shared/data beside the project to run this test", err)
	}
}

func TestCommandLine(t *testing.T) {
	needData(t)
	out := filepath.Join(t.TempDir(), "ddyr.csv")
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"tour", nil, 0, "ATOP 5.1: 789 alliances"},
		{"partners", []string{"-partners", "345", "-on", "1914-07-28"}, 0, "341\n350\n"},
		{"defense partners", []string{"-partners", "2", "-on", "2018-12-31", "-obligation", "defense"}, 0, "20\n"},
		{"outside coverage", []string{"-partners", "2", "-on", "2020-01-01"}, 1, ""},
		{"panel", []string{"-panel", "directed", "-out", out}, 0, "wrote 273296 rows"},
		{"similarity", []string{"-similarity", "2,200", "-year", "2000"}, 0, "0.553229\n"},
		{"similarity taub", []string{"-similarity", "2,200", "-year", "2000", "-measure", "taub"}, 0, "0.422750\n"},
		{"weighted needs weights", []string{"-similarity", "2,200", "-year", "2000", "-measure", "s-weighted"}, 2, ""},
		{"bad date", []string{"-partners", "2", "-on", "2018-02-30"}, 2, ""},
		{"bad code", []string{"-partners", "9999", "-on", "2018-01-01"}, 2, ""},
		{"bad obligation", []string{"-partners", "2", "-on", "2018-01-01", "-obligation", "love"}, 2, ""},
		{"bad panel", []string{"-panel", "sideways", "-out", out}, 2, ""},
		{"two modes", []string{"-panel", "directed", "-out", out, "-partners", "2"}, 2, ""},
		{"bad flag", []string{"-colour"}, 2, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"-data", dataDir}, tc.args...)
			var stdout, stderr bytes.Buffer
			if code := run(args, &stdout, &stderr); code != tc.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tc.code, stderr.String())
			}
			if tc.code == 0 && !strings.Contains(stdout.String(), tc.want) {
				t.Errorf("stdout %q lacks %q", stdout.String(), tc.want)
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
	needData(t)
	dir := t.TempDir()
	for _, f := range []string{"atop5_1a.csv", "atop5_1aph.csv"} {
		b, err := os.ReadFile(filepath.Join(dataDir, f))
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
