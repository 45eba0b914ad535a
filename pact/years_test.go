package pact

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/entente-go/entente/relations"
)

func TestCheckYears(t *testing.T) {
	tests := []struct {
		name     string
		from, to int
		field    string // "" for no error
		want     string // a part of the message
	}{
		{"one year", 1914, 1914, "", ""},
		{"ATOP's span", 1815, 2018, "", ""},
		{"the whole range's ends", relations.MinYear, relations.MinYear + MaxPanelYears - 1, "", ""},
		{"the last year", relations.MaxYear, relations.MaxYear, "", ""},
		{"MinInt both", math.MinInt, math.MinInt, "from", "out of range"},
		{"MaxInt both", math.MaxInt, math.MaxInt, "from", "out of range"},
		{"year zero", 0, 10, "from", "year 0 is out of range"},
		{"to past MaxYear", 2000, relations.MaxYear + 1, "to", "out of range"},
		{"to MinInt", 2000, math.MinInt, "to", "out of range"},
		{"reversed", 2000, 1999, "to", "comes before"},
		{"one year too many", 1000, 1000 + MaxPanelYears, "to", "more than the limit"},
		{"the whole range", relations.MinYear, relations.MaxYear, "to", "more than the limit"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := checkYears(tc.from, tc.to)
			if tc.field == "" {
				if err != nil {
					t.Fatalf("checkYears(%d, %d) = %v, want nil", tc.from, tc.to, err)
				}
				return
			}
			var ve *relations.ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("checkYears(%d, %d) = %v, want a *relations.ValidationError", tc.from, tc.to, err)
			}
			if ve.Path != "query: "+tc.field || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("checkYears(%d, %d) = %q (path %q), want path %q and %q", tc.from, tc.to, err, ve.Path, "query: "+tc.field, tc.want)
			}
		})
	}
}

// TestPanelFromYearOneWithNoEnd: a panel over an agreement in force from
// year 1 with no end once asked for every year, 1 to 9999, of a model of
// 214,800 actors, and overflowed its cell index after 10.5 GB. The span of
// years is now checked before any cell is made.
func TestPanelFromYearOneWithNoEnd(t *testing.T) {
	actors := testActors()
	m, err := New(actors, []Agreement{{ID: "forever", Name: "forever",
		Parties:   []Party{{Actor: "SAU", Roles: Member}, {Actor: "PAK", Roles: Member}},
		Lifecycle: []StatusChange{{Status: InForce, Date: day("0001")}},
		Clauses:   []Clause{{Obligation: Defense}}}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.DyadYears(Directed, relations.MinYear, relations.MaxYear); err == nil || !strings.Contains(err.Error(), "more than the limit of 500") {
		t.Errorf("a panel of 9999 years: %v, want the limit", err)
	}
	panel, err := m.DyadYears(Directed, 2000, 2001, "SAU")
	if err != nil {
		t.Fatal(err)
	}
	for _, rows := range panel {
		if len(rows) != 2 {
			t.Errorf("rows = %v, want SAU–PAK in 2000 and 2001", rows)
		}
	}
}
