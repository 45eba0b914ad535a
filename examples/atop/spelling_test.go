package main

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestEverySpellingPrintsTheSame runs each query with a state spelled as
// its COW code, its abbreviation or ISO code, and its name: the output
// must be the same, byte for byte, and not empty.
func TestEverySpellingPrintsTheSame(t *testing.T) {
	tests := []struct {
		name      string
		spellings [][]string // the arguments, once per spelling
	}{
		{"partners of Saudi Arabia", [][]string{
			{"-partners", "670", "-on", "2018-12-31"},
			{"-partners", "sau", "-on", "2018-12-31"},
			{"-partners", "Saudi Arabia", "-on", "2018-12-31"},
		}},
		{"defense partners of Austria-Hungary", [][]string{
			{"-partners", "300", "-on", "1914-07-01", "-obligation", "defense"},
			{"-partners", "AUH", "-on", "1914-07-01", "-obligation", "defense"},
			{"-partners", "austria-hungary", "-on", "1914-07-01", "-obligation", "defense"},
		}},
		{"similarity of the United States and the United Kingdom", [][]string{
			{"-similarity", "2,200", "-year", "2000"},
			{"-similarity", "USA,GBR", "-year", "2000"},
			{"-similarity", "united states of america, United Kingdom", "-year", "2000"},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var first string
			for i, args := range tc.spellings {
				var stdout, stderr bytes.Buffer
				if code := run(args, &stdout, &stderr); code != 0 {
					t.Fatalf("%q: exit %d: %s", args, code, stderr.String())
				}
				if i == 0 {
					first = stdout.String()
					if first == "" {
						t.Fatalf("%q printed nothing", args)
					}
					continue
				}
				if diff := cmp.Diff(first, stdout.String()); diff != "" {
					t.Errorf("%q prints otherwise than %q (-first +this):\n%s", args, tc.spellings[0], diff)
				}
			}
		})
	}
}
