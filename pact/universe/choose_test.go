package universe

import (
	"testing"

	"github.com/entente-go/entente/relations/cow/war"
)

// TestChoose checks peacesciencer's choice among the rows of one
// dyad-year, rule by rule, on rows made for it.
func TestChoose(t *testing.T) {
	row := func(w, line int, onset bool, d1, d2 int) warRow {
		return warRow{war: w, line: line, onset: onset, deaths1: d1, deaths2: d2}
	}
	tests := []struct {
		name string
		rows []warRow
		want int // the war chosen
	}{
		{"onset rows win over more deaths", []warRow{row(1, 2, false, 9000, 9000), row(2, 3, true, 10, 10)}, 2},
		{"then the most deaths", []warRow{row(1, 2, true, 10, 10), row(2, 3, true, 500, 1)}, 2},
		{"one state's deaths when the other's are unknown", []warRow{row(1, 2, false, 100, 100), row(2, 3, false, war.DeathsUnknown, 300)}, 2},
		{"unknown last", []warRow{row(1, 2, false, war.DeathsUnknown, war.DeathsUnknown), row(2, 3, false, 0, 0)}, 2},
		{"ties to the first in the file", []warRow{row(7, 2, true, 50, 50), row(3, 3, true, 60, 40)}, 7},
		{"all unknown: the first", []warRow{row(5, 2, false, war.DeathsUnknown, war.DeathsUnknown), row(4, 3, false, war.DeathsUnknown, war.DeathsUnknown)}, 5},
		{"same onsets: no row dropped", []warRow{row(1, 2, false, 1, 1), row(2, 3, false, 2, 2)}, 2},
	}
	for _, tc := range tests {
		if got := choose(tc.rows).war; got != tc.want {
			t.Errorf("%s: war %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestAppendReal checks the forms of numbers as NMC writes them.
func TestAppendReal(t *testing.T) {
	for _, tc := range []struct {
		f    float64
		want string
	}{
		{3823, "3823"}, {0, "0"}, {774527000, "774527000"}, {0.039697491, "0.039697491"},
		{5.9248596e-05, "5.9248596e-05"}, {0.0001, "0.0001"}, {1e-07, "1e-07"}, {12.5, "12.5"},
	} {
		if got := string(appendReal(nil, tc.f)); got != tc.want {
			t.Errorf("%v: %s, want %s", tc.f, got, tc.want)
		}
	}
}
