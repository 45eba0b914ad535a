package relations

import (
	"strings"
	"testing"
)

// TestCoverageChecked: NewHistory checks each declared coverage with
// Coverage.Validate, as package pact checks a model's and its layers', and
// refuses a dataset declared twice, where the last used to be kept.
func TestCoverageChecked(t *testing.T) {
	td := func(from, until string) Interval {
		iv := Interval{From: MustDate(from)}
		if until != "" {
			iv.Until = MustDate(until)
		}
		return iv
	}
	tests := []struct {
		name string
		opts []HistoryOption
		want string
	}{
		{"an end before the beginning", []HistoryOption{WithCoverage(Coverage{Source: "x", Observed: td("2010", "2000")})},
			`relations: coverage[0]: the coverage of "x" ends before it begins: [2010, 2000)`},
		{"no source", []HistoryOption{WithCoverage(Coverage{Observed: td("2010", "")})}, `relations: coverage[0]: the source is empty`},
		{"no first day", []HistoryOption{WithCoverage(Coverage{Source: "x", Observed: Interval{Until: MustDate("2010")}})},
			`relations: coverage[0]: the coverage of "x" has no first day`},
		{"nothing declared", []HistoryOption{WithCoverage(Coverage{})}, `relations: coverage[0]: source: is empty`},
		{"a dataset twice", []HistoryOption{WithCoverage(Coverage{Source: "x", Observed: td("1900", "2000")}),
			WithCoverage(Coverage{Source: "x", Observed: td("1950", "2010")})}, `relations: coverage[1]: source: dataset "x" is declared twice`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewHistory(testActors(), nil, tc.opts...)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want %s", err, tc.want)
			}
		})
	}
	if _, err := NewHistory(testActors(), nil, WithCoverage(Coverage{Source: "x", Observed: td("1900", "2000")}),
		WithCoverage(Coverage{Source: "y", Observed: td("1900", "")})); err != nil {
		t.Errorf("two datasets: %v", err)
	}
}
