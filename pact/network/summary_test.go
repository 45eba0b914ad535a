package network

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/cow"
)

// TestBoundsAreExact checks the rule of Summary on random snapshots with a
// few uncertain ties: a measure with bounds has exactly the least and the
// greatest value the measure takes over every way the uncertain ties may
// fall (each held or not), computed one by one; a measure that is cannot
// tell does take more than one value over them in some snapshot (else it
// could have been told), and a measure without open ties is settled.
func TestBoundsAreExact(t *testing.T) {
	states := cow.States()
	var nodes []relations.Actor
	for _, s := range states[:12] {
		nodes = append(nodes, s.Actor())
	}
	r := rand.New(rand.NewPCG(1, 2))
	defense := pact.ObligationSet(0).With(pact.Defense)
	doubt := relations.Doubt{Reason: relations.PartialDate, Detail: "a test"}
	varied := map[string]bool{}
	rounds := 300
	if testing.Short() {
		rounds = 60
	}
	for round := range rounds {
		var ties relations.Answer[Tie]
		var rivals relations.Answer[Pair]
		for i := range nodes {
			for j := range nodes {
				switch x := r.IntN(40); {
				case i == j:
				case x < 4:
					ties.Certain = append(ties.Certain, Tie{nodes[i].ID, nodes[j].ID, defense})
				case x < 5 && len(ties.Uncertain) < 5:
					ties.Uncertain = append(ties.Uncertain, relations.Doubtful[Tie]{Item: Tie{nodes[i].ID, nodes[j].ID, defense}, Doubt: doubt})
				case i < j && x == 5:
					rivals.Certain = append(rivals.Certain, PairOf(nodes[i].ID, nodes[j].ID))
				case i < j && x == 6 && len(rivals.Uncertain) < 3:
					rivals.Uncertain = append(rivals.Uncertain, relations.Doubtful[Pair]{Item: PairOf(nodes[i].ID, nodes[j].ID), Doubt: doubt})
				}
			}
		}
		slices.SortFunc(ties.Certain, compareTies)
		snap := func(a relations.Answer[Tie], b relations.Answer[Pair]) *Snapshot {
			s := &Snapshot{nodes: nodes, index: map[relations.ActorID]int32{}, ties: a, rivals: b}
			for i, n := range nodes {
				s.index[n.ID] = int32(i)
			}
			return s
		}
		got := snap(ties, rivals).summary(binding, 1)
		// Every way the uncertain ties may fall, as a settled snapshot.
		nt, nr := len(ties.Uncertain), len(rivals.Uncertain)
		values := map[string][]float64{}
		for mask := range 1 << (nt + nr) {
			a := relations.Answer[Tie]{Certain: slices.Clone(ties.Certain)}
			for k, u := range ties.Uncertain {
				if mask&(1<<k) != 0 {
					a.Certain = append(a.Certain, u.Item)
				}
			}
			b := relations.Answer[Pair]{Certain: slices.Clone(rivals.Certain)}
			for k, u := range rivals.Uncertain {
				if mask&(1<<(nt+k)) != 0 {
					b.Certain = append(b.Certain, u.Item)
				}
			}
			one := snap(a, b).summary(binding, 1)
			for name, m := range measuresOf(one) {
				v, ok := m.Value()
				if !ok {
					t.Fatalf("round %d: %s of a settled snapshot is %v", round, name, m)
				}
				values[name] = append(values[name], v)
			}
		}
		for name, m := range measuresOf(got) {
			vs := values[name]
			lo, hi := slices.Min(vs), slices.Max(vs)
			if math.IsNaN(lo) || math.IsNaN(hi) {
				lo, hi = math.NaN(), math.NaN()
			}
			switch {
			case m.CannotTell():
				if nt+nr == 0 {
					t.Errorf("round %d: %s cannot tell with nothing open", round, name)
				}
				if lo != hi {
					varied[name] = true
				}
			case m.Settled():
				if v, _ := m.Value(); !(v == lo && v == hi || math.IsNaN(v) && math.IsNaN(lo)) {
					t.Errorf("round %d: %s settled at %v, but the ways the ties fall give %v to %v", round, name, v, lo, hi)
				}
			case m.Lo != lo || m.Hi != hi:
				t.Errorf("round %d: %s = %v, the ways the ties fall give %v to %v", round, name, m, lo, hi)
			}
		}
	}
	for _, name := range []string{"Transitivity", "AverageClustering", "Modularity", "Balance", "Polarization"} {
		if !varied[name] {
			t.Errorf("%s never varied with the open ties: it could be told", name)
		}
	}
}

func measuresOf(s Summary) map[string]relations.Measure {
	return map[string]relations.Measure{"Edges": s.Edges, "Arcs": s.Arcs, "Mutual": s.Mutual, "Isolates": s.Isolates,
		"Components": s.Components, "Largest": s.Largest, "Density": s.Density, "Transitivity": s.Transitivity,
		"AverageClustering": s.AverageClustering, "Blocs": s.Blocs, "Modularity": s.Modularity,
		"Rivalries": s.Rivalries, "Ambivalent": s.Ambivalent, "Triangles": s.Triangles, "Balanced": s.Balanced,
		"Balance": s.Balance, "Polarization": s.Polarization}
}
