package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFlags checks that every bad flag, stray argument or flag without its
// mode exits 2 with usage, before any data is read.
func TestFlags(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"stray argument", []string{"-series", "x.csv", "extra"}},
		{"unknown flag", []string{"-colour", "red"}},
		{"from without series", []string{"-pictures", "docs", "-from", "1900"}},
		{"to in the tour", []string{"-to", "1900"}},
		{"to without series", []string{"-pictures", "docs", "-to", "1900"}},
		{"bad obligations", []string{"-series", "x.csv", "-obligations", "love"}},
		{"years backwards", []string{"-series", "x.csv", "-from", "1990", "-to", "1980"}},
		{"year before the system", []string{"-series", "x.csv", "-from", "1700"}},
		{"year after ATOP", []string{"-series", "x.csv", "-to", "2030"}},
		{"bad seed", []string{"-series", "x.csv", "-seed", "-1"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := append([]string{"-data", "no/such/dir"}, tc.args...)
			if code := run(args, &stdout, &stderr); code != 2 {
				t.Fatalf("exit %d, want 2; stderr: %s", code, stderr.String())
			}
			if !strings.Contains(stderr.String(), "usage:") {
				t.Errorf("no usage on stderr: %s", stderr.String())
			}
		})
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-data", "no/such/dir", "-series", "x.csv"}, &stdout, &stderr); code != 1 {
		t.Errorf("missing data: exit %d, want 1; stderr: %s", code, stderr.String())
	}
}

// TestOutputs writes the series and the pictures twice and requires the
// same bytes, from the embedded ATOP.
func TestOutputs(t *testing.T) {
	if testing.Short() {
		t.Skip("large input: the race run (-short) leaves it to go test ./...")
	}
	var runs [2]map[string][]byte
	for i := range runs {
		dir := t.TempDir()
		var stdout, stderr bytes.Buffer
		args := []string{"-series", filepath.Join(dir, "series.csv"), "-pictures", dir}
		if code := run(args, &stdout, &stderr); code != 0 {
			t.Fatalf("exit %d; stderr: %s", code, stderr.String())
		}
		runs[i] = map[string][]byte{}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			b, _ := os.ReadFile(filepath.Join(dir, e.Name()))
			runs[i][e.Name()] = b
		}
	}
	var stdout, stderr bytes.Buffer
	if code := run(nil, &stdout, &stderr); code != 0 || !strings.Contains(stdout.String(), "\n2018 ") {
		t.Errorf("tour: exit %d, stdout %q, stderr %q", code, stdout.String(), stderr.String())
	}
	// The tour speaks names, and says why what it cannot tell is open.
	tour := stdout.String()
	if strings.Contains(tour, "cow-") || !strings.Contains(tour, "Austria-Hungary") ||
		!strings.Contains(tour, "cannot tell (–) in 2018: past-coverage: the rivalries of 2018") {
		t.Errorf("tour:\n%s\nwant names, not IDs, and the cause of each –", tour)
	}
	if len(runs[0]) != 6 {
		t.Errorf("wrote %d files, want the series, four networks and the chart", len(runs[0]))
	}
	for name, b := range runs[0] {
		if !bytes.Equal(b, runs[1][name]) {
			t.Errorf("%s differs between two runs", name)
		}
	}
	csv := string(runs[0]["series.csv"])
	if lines := strings.Count(csv, "\n"); lines != 1+2018-1816+1 {
		t.Errorf("series has %d lines, want a header and 203 years", lines)
	}
	if !strings.Contains(csv, "\n1914,") || !strings.Contains(string(runs[0]["network-1962-10-22.svg"]), "<svg") {
		t.Error("series or picture lacks what it should hold")
	}
}
