package similarity

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/entente-go/entente/relations"
	"github.com/google/go-cmp/cmp"
)

// handCase is the four-state case whose measures the test computes by hand:
// with each state its own strongest ally, A's portfolio is (3, 3, 0, 1) and
// B's (3, 3, 2, 1) over A, B, C, D.
func handCase() *Matrix {
	mx := NewMatrix([]relations.ActorID{"A", "B", "C", "D"}, ATOP)
	mx.Set("A", "B", 3)
	mx.Set("A", "D", 1)
	mx.Set("B", "A", 3)
	mx.Set("B", "C", 2)
	mx.Set("B", "D", 1)
	return mx
}

func TestMeasuresByHand(t *testing.T) {
	mx := handCase()
	tests := []struct {
		name    string
		measure func(i, j relations.ActorID, opts ...Option) (float64, error)
		opts    []Option
		want    float64
	}{
		// d = 0+0+2+0 = 2, dmax = 4·3: 1 − 4/12.
		{"S", valueOf(mx.S), nil, 1 - 4.0/12},
		// d = 4, dmax = 4·9: 1 − 8/36.
		{"S squared", valueOf(mx.S), []Option{WithDistance(Squared)}, 1 - 8.0/36},
		// Weighing D double: d = 2, dmax = 5·3.
		{"S weighted", valueOf(mx.S), []Option{WithWeight(func(id relations.ActorID) float64 {
			if id == "D" {
				return 2
			}
			return 1
		})}, 1 - 4.0/15},
		// Dₒ = 4/4 = 1; Dₑ = 2.625 from the marginals {3:½, 0:¼, 1:¼} and {3:½, 2:¼, 1:¼}.
		{"kappa", valueOf(mx.Kappa), []Option{WithDistance(Squared)}, 1 - 1/2.625},
		// Pooled marginals {0:⅛, 1:¼, 2:⅛, 3:½} give Dₑ = 2.5.
		{"pi", valueOf(mx.Pi), []Option{WithDistance(Squared)}, 1 - 1/2.5},
		// 4 concordant, 1 discordant, one pair tied in each: 3/√(5·5).
		{"tau-b", valueOf(mx.TauB), nil, 0.6},
		// Omitting A and B leaves (0, 1) against (2, 1): d = 2, dmax = 2·3.
		{"S omit self", valueOf(mx.S), []Option{WithSelf(SelfOmit)}, 1 - 4.0/6},
	}
	for _, tc := range tests {
		got, err := tc.measure("A", "B", tc.opts...)
		if err != nil {
			t.Fatal(err)
		}
		if math.Abs(got-tc.want) > 1e-12 {
			t.Errorf("%s = %.15f, want %.15f", tc.name, got, tc.want)
		}
	}
}

func TestUndefinedIsNaN(t *testing.T) {
	// Two states with no ties and no self-tie have constant portfolios.
	mx := NewMatrix([]relations.ActorID{"A", "B", "C"}, ATOP)
	o := WithSelf(SelfZero)
	for name, f := range map[string]func(i, j relations.ActorID, opts ...Option) (float64, error){
		"kappa": valueOf(mx.Kappa), "pi": valueOf(mx.Pi), "tau-b": valueOf(mx.TauB),
	} {
		if v, _ := f("A", "B", o); !math.IsNaN(v) {
			t.Errorf("%s of constant portfolios = %v, want NaN", name, v)
		}
	}
	if v, _ := valueOf(mx.S)("A", "B", o); v != 1 {
		t.Errorf("S of identical portfolios = %v, want 1", v)
	}
	two := NewMatrix([]relations.ActorID{"A", "B"}, ATOP)
	if v, _ := valueOf(two.S)("A", "B", WithSelf(SelfOmit)); !math.IsNaN(v) {
		t.Errorf("S over an empty comparison = %v, want NaN", v)
	}
	if _, err := valueOf(mx.S)("A", "Z", o); err == nil {
		t.Error("S with an actor outside the reference set gave no error")
	}
}

func TestIdenticalAndOppositePortfolios(t *testing.T) {
	mx := NewMatrix([]relations.ActorID{"A", "B", "C", "D"}, ATOP)
	for _, k := range []relations.ActorID{"C", "D"} {
		mx.Set("A", k, 3)
		mx.Set("B", k, 3)
	}
	mx.Set("A", "B", 3)
	mx.Set("B", "A", 3)
	for name, f := range map[string]func(i, j relations.ActorID, opts ...Option) (float64, error){
		"S": valueOf(mx.S), "kappa": valueOf(mx.Kappa), "pi": valueOf(mx.Pi), "tau-b": valueOf(mx.TauB),
	} {
		opts := []Option{WithSelf(SelfOmit), WithDistance(Squared)}
		if name == "tau-b" {
			opts = opts[:1] // a rank correlation has no distance
		}
		v, err := f("A", "B", opts...)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if name == "S" && v != 1 || name != "S" && !math.IsNaN(v) {
			t.Errorf("%s of identical constant portfolios = %v", name, v)
		}
	}
	op := NewMatrix([]relations.ActorID{"A", "B", "C", "D"}, ATOP)
	op.Set("A", "C", 3)
	op.Set("B", "D", 3)
	if v, _ := valueOf(op.S)("A", "B", WithSelf(SelfOmit)); v != -1 {
		t.Errorf("S of opposite portfolios = %v, want -1", v)
	}
	if v, _ := valueOf(op.TauB)("A", "B", WithSelf(SelfOmit)); v != -1 {
		t.Errorf("tau-b of opposite portfolios = %v, want -1", v)
	}
}

func TestSystemMembers(t *testing.T) {
	all := SystemMembers(1900, Global)
	me := SystemMembers(2018, MiddleEast)
	has := func(ids []relations.ActorID, id relations.ActorID) bool {
		for _, x := range ids {
			if x == id {
				return true
			}
		}
		return false
	}
	// Bavaria left the system in 1871; Saudi Arabia entered in 1927.
	if has(all, "cow-bav") || !has(all, "cow-auh") || has(all, "SAU") {
		t.Errorf("1900 members wrong: bavaria %v austria-hungary %v saudi %v", has(all, "cow-bav"), has(all, "cow-auh"), has(all, "SAU"))
	}
	if !has(me, "SAU") || has(me, "USA") {
		t.Errorf("2018 Middle East = %v", me)
	}
}

// TestChanceCorrectedIsBitIdentical computes κ and π a hundred times on
// shuffled reference sets and compares the bits: sums over a map once made
// them differ in the last bits from run to run.
func TestChanceCorrectedIsBitIdentical(t *testing.T) {
	ref := []relations.ActorID{"AAA", "BBB", "CCC", "DDD", "EEE", "FFF", "GGG", "HHH", "III", "JJJ", "KKK"}
	values := []float64{0, 1, 2, 3, 1, 0, 3, 2, 2, 1, 0}
	build := func(order []relations.ActorID) *Matrix {
		mx := NewMatrix(order, ATOP)
		for k, id := range ref {
			mx.Set("AAA", id, values[k])
			mx.Set("BBB", id, values[(k*7)%len(values)])
		}
		return mx
	}
	weight := func(id relations.ActorID) float64 { return 0.1 + float64(id[0]-'A')/7 }
	o := []Option{WithDistance(Squared), WithWeight(weight)}
	wantK, _ := valueOf(build(ref).Kappa)("AAA", "BBB", o...)
	wantP, _ := valueOf(build(ref).Pi)("AAA", "BBB", o...)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 100 {
		order := slices.Clone(ref)
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		mx := build(order)
		k, _ := valueOf(mx.Kappa)("AAA", "BBB", o...)
		p, _ := valueOf(mx.Pi)("AAA", "BBB", o...)
		if math.Float64bits(k) != math.Float64bits(wantK) || math.Float64bits(p) != math.Float64bits(wantP) {
			t.Fatalf("κ %v π %v, want %v and %v to the bit", k, p, wantK, wantP)
		}
	}
}

// measureFunc is a measure of the Matrix.
type measureFunc = func(i, j relations.ActorID, opts ...Option) (relations.Measure, error)

// valueOf wraps a measure for the tests of settled portfolios: its value,
// and an error if the measure is not settled.
func valueOf(f measureFunc) func(i, j relations.ActorID, opts ...Option) (float64, error) {
	return func(i, j relations.ActorID, opts ...Option) (float64, error) {
		m, err := f(i, j, opts...)
		if err != nil {
			return math.NaN(), err
		}
		v, ok := m.Value()
		if !ok {
			return math.NaN(), fmt.Errorf("not settled: %v", m)
		}
		return v, nil
	}
}

// TestOptionsBelongToTheirMeasures: τ-b, a rank correlation, takes only
// WithSelf; a distance or weights given to it are an error, not ignored.
func TestOptionsBelongToTheirMeasures(t *testing.T) {
	mx := handCase()
	weight := WithWeight(func(relations.ActorID) float64 { return 1 })
	for _, tc := range []struct {
		name    string
		measure measureFunc
		opts    []Option
		want    string
	}{
		{"S takes all three", mx.S, []Option{WithSelf(SelfZero), WithDistance(Squared), weight}, ""},
		{"kappa takes all three", mx.Kappa, []Option{WithSelf(SelfZero), WithDistance(Squared), weight}, ""},
		{"tau-b takes WithSelf", mx.TauB, []Option{WithSelf(SelfOmit)}, ""},
		{"tau-b refuses a distance", mx.TauB, []Option{WithDistance(Squared)},
			"similarity: Matrix.TauB: options: WithDistance is not an option of Matrix.TauB (it takes WithSelf)"},
		{"tau-b refuses weights", mx.TauB, []Option{weight},
			"similarity: Matrix.TauB: options: WithWeight is not an option of Matrix.TauB (it takes WithSelf)"},
		{"a nil option is ignored", mx.Pi, []Option{nil}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := tc.measure("A", "B", tc.opts...)
			got := ""
			if err != nil {
				got = err.Error()
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
			if err != nil && !math.IsNaN(m.Lo) {
				t.Errorf("measure with an error = %v; want NaN", m)
			}
		})
	}
}
