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
			var fe *relations.FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("checkYears(%d, %d) = %v, want a *relations.FieldError", tc.from, tc.to, err)
			}
			if fe.Field != tc.field || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("checkYears(%d, %d) = %q (field %q), want field %q and %q", tc.from, tc.to, err, fe.Field, tc.field, tc.want)
			}
		})
	}
}
