package similarity

import (
	"encoding/binary"
	"math"
	"testing"

	"github.com/entente-go/entente/relations"
)

// FuzzMeasures builds a matrix from bytes — a coding's bounds, tie values
// (within the bounds or not), weights (negative, NaN and infinite too) —
// and holds every measure to its range: S and τ-b within [−1, 1], κ and π
// at most 1, or NaN, or an error; never a panic.
func FuzzMeasures(f *testing.F) {
	f.Add([]byte{0, 3, 1, 2, 3, 0, 1, 2, 1, 1, 1, 1})
	f.Add([]byte("a reference set and its ties, told in bytes"))
	f.Add([]byte{255, 0, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7})
	f.Fuzz(func(t *testing.T, data []byte) {
		next := func() byte {
			if len(data) == 0 {
				return 0
			}
			b := data[0]
			data = data[1:]
			return b
		}
		float := func() float64 {
			switch b := next(); b {
			case 250:
				return math.NaN()
			case 251:
				return math.Inf(1)
			case 252:
				return math.Inf(-1)
			case 253:
				if len(data) >= 8 {
					v := math.Float64frombits(binary.LittleEndian.Uint64(data))
					data = data[8:]
					return v
				}
				return 0
			default:
				return float64(int(b)-100) / 10
			}
		}
		ids := []relations.ActorID{"AAA", "BBB", "CCC", "DDD", "EEE", "FFF"}
		ref := ids[:1+int(next())%len(ids)]
		mx := NewMatrix(ref, Coding{Name: "fuzz", Min: float(), Max: float()})
		for range int(next()) % 20 {
			mx.Set(ref[int(next())%len(ref)], ref[int(next())%len(ref)], float())
		}
		weights := map[relations.ActorID]float64{}
		for _, id := range ref {
			weights[id] = float()
		}
		self := WithSelf(Self(next() % 3))
		o := []Option{self, WithDistance(Distance(next() % 2))}
		if next()%2 == 0 {
			o = append(o, WithWeight(func(id relations.ActorID) float64 { return weights[id] }))
		}
		i, j := ref[int(next())%len(ref)], ref[int(next())%len(ref)]
		inRange := func(name string, m relations.Measure, err error, lo, hi float64) {
			for _, v := range [2]float64{m.Lo, m.Hi} {
				if err == nil && !math.IsNaN(v) && (v < lo-1e-9 || v > hi+1e-9) {
					t.Fatalf("%s = %v, outside [%v, %v]", name, m, lo, hi)
				}
				if err != nil && !math.IsNaN(v) {
					t.Fatalf("%s = %v with an error %v; want NaN", name, m, err)
				}
			}
			if err == nil && m.Lo > m.Hi {
				t.Fatalf("%s = %v: its bounds are reversed", name, m)
			}
		}
		s, err := mx.S(i, j, o...)
		inRange("S", s, err, -1, 1)
		k, err := mx.Kappa(i, j, o...)
		inRange("κ", k, err, math.Inf(-1), 1)
		p, err := mx.Pi(i, j, o...)
		inRange("π", p, err, math.Inf(-1), 1)
		tb, err := mx.TauB(i, j, self)
		inRange("τ-b", tb, err, -1, 1)
	})
}
