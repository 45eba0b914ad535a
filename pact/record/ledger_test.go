package record_test

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/entente-go/entente/pact/record"
)

const (
	h  = record.Honoured
	p  = record.PartlyHonoured
	u  = record.Unmet
	no = record.NotOwed
)

// line is a verdict with the outcomes it may take: one is settled, more
// cannot be judged.
func line(possible ...record.Outcome) record.Verdict {
	v := record.Verdict{Possible: possible, Outcome: record.CannotJudge}
	if len(possible) == 1 {
		v.Outcome = possible[0]
	}
	return v
}

var nan = math.NaN()

func TestCredibility(t *testing.T) {
	open := []record.Outcome{u, p, h}
	for _, tc := range []struct {
		name  string
		lines []record.Verdict
		want  record.Credibility
	}{
		{"met 2 of 3 judged, 1 cannot judge", []record.Verdict{line(h), line(h), line(u), line(open...)},
			record.Credibility{Honoured: 2, Unmet: 1, Unjudged: 1, Settled: 2.0 / 3, Low: 0.5, High: 0.75}},
		{"partly counts half", []record.Verdict{line(h), line(p)},
			record.Credibility{Honoured: 1, Partly: 1, Settled: 0.75, Low: 0.75, High: 0.75}},
		{"not owed leaves the denominator", []record.Verdict{line(h), line(no), line(no)},
			record.Credibility{Honoured: 1, NotOwed: 2, Settled: 1, Low: 1, High: 1}},
		{"nothing owed", []record.Verdict{line(no)},
			record.Credibility{NotOwed: 1, Settled: nan, Low: nan, High: nan}},
		{"none settled, may be owed", []record.Verdict{line(h, no)},
			record.Credibility{Unjudged: 1, Settled: nan, Low: 1, High: 1}},
		{"28 protectors the sources cannot settle", append([]record.Verdict{line(h), line(h)}, repeat(line(u, no), 28)...),
			record.Credibility{Honoured: 2, Unjudged: 28, Settled: 1, Low: 2.0 / 30, High: 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := record.Ledger{Lines: tc.lines}.Credibility()
			if diff := cmp.Diff(tc.want, got, cmpopts.EquateNaNs(), cmpopts.EquateApprox(0, 1e-12)); diff != "" {
				t.Errorf("credibility (-want +got):\n%s", diff)
			}
		})
	}
}

func repeat(v record.Verdict, n int) []record.Verdict {
	out := make([]record.Verdict, n)
	for i := range out {
		out[i] = v
	}
	return out
}

// TestCredibilityBoundsAgainstEnumeration holds the bounds, computed
// without enumerating, to the lowest and highest share over every way the
// unjudged lines may settle, on random ledgers small enough to enumerate.
func TestCredibilityBoundsAgainstEnumeration(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	all := []record.Outcome{u, p, h, no}
	for range 2000 {
		var lines []record.Verdict
		for range rng.IntN(9) {
			var possible []record.Outcome
			for _, o := range all {
				if rng.IntN(2) == 0 {
					possible = append(possible, o)
				}
			}
			if len(possible) > 0 {
				lines = append(lines, line(possible...))
			}
		}
		got := record.Ledger{Lines: lines}.Credibility()
		lo, hi := enumerate(lines)
		if !same(lo, got.Low) || !same(hi, got.High) {
			t.Fatalf("%v: bounds %v–%v, enumeration %v–%v", lines, got.Low, got.High, lo, hi)
		}
	}
}

func same(a, b float64) bool {
	return math.IsNaN(a) && math.IsNaN(b) || math.Abs(a-b) < 1e-12
}

// enumerate tries every settlement.
func enumerate(lines []record.Verdict) (lo, hi float64) {
	lo, hi = nan, nan
	var walk func(i int, n, d float64)
	walk = func(i int, n, d float64) {
		if i == len(lines) {
			if d > 0 {
				r := n / d
				if math.IsNaN(lo) || r < lo {
					lo = r
				}
				if math.IsNaN(hi) || r > hi {
					hi = r
				}
			}
			return
		}
		for _, o := range lines[i].Possible {
			switch o {
			case h:
				walk(i+1, n+1, d+1)
			case p:
				walk(i+1, n+0.5, d+1)
			case u:
				walk(i+1, n, d+1)
			default:
				walk(i+1, n, d)
			}
		}
	}
	walk(0, 0, 0)
	return lo, hi
}
