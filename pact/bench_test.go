package pact_test

import (
	"fmt"
	"runtime"
	"testing"

	"github.com/entente-go/entente/internal/benchcpu"
	"github.com/entente-go/entente/internal/synth"
	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

var day2000 = relations.MustDate("2000-01-01")

// BenchmarkAlliancePartnersScale asks one actor's partners in worlds of ×1,
// ×10 and ×100 agreements: the query reads the actor's own index, so its
// time should barely grow.
func BenchmarkAlliancePartnersScale(b *testing.B) {
	for _, k := range []int{1, 10, 100} {
		m, err := synth.New(1, synth.X1.Times(k)).Model()
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("x%d", k), func(b *testing.B) {
			for b.Loop() {
				m.AlliancePartners("s1", day2000)
			}
		})
	}
}

// BenchmarkNewModel builds models of ×1, ×10 and ×100 agreements. Only
// the model's input, the world's actors and agreements, stays live while
// it runs, as in a program that builds a model: the world's events, which
// the garbage collector would otherwise mark at every cycle, are dropped.
func BenchmarkNewModel(b *testing.B) {
	for _, k := range []int{1, 10, 100} {
		b.Run(fmt.Sprintf("x%d", k), func(b *testing.B) {
			w := synth.New(1, synth.X1.Times(k))
			actors, agreements := w.Actors, w.Agreements // w is dead from here
			// The world was just built: collect now, so that the first
			// builds timed do not pay for marking it.
			runtime.GC()
			t := benchcpu.Start(b)
			for b.Loop() {
				if _, err := pact.New(actors, agreements); err != nil {
					b.Fatal(err)
				}
			}
			t.Report()
		})
	}
}

// BenchmarkRespondScale answers one attack in worlds of ×1, ×10 and ×100.
func BenchmarkRespondScale(b *testing.B) {
	for _, k := range []int{1, 10, 100} {
		m, err := synth.New(1, synth.X1.Times(k)).Model()
		if err != nil {
			b.Fatal(err)
		}
		a := pact.Attack{Aggressors: []relations.ActorID{"s2"}, Target: "s1", On: day2000}
		b.Run(fmt.Sprintf("x%d", k), func(b *testing.B) {
			for b.Loop() {
				if _, err := m.Respond(a); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCascadeSynthetic plays an attack to its end in the ×1 world.
func BenchmarkCascadeSynthetic(b *testing.B) {
	m, err := synth.New(1, synth.X1).Model()
	if err != nil {
		b.Fatal(err)
	}
	a := []pact.Attack{{Aggressors: []relations.ActorID{"s2"}, Target: "s1", On: day2000}}
	c, _ := m.Cascade(a)
	b.ReportMetric(float64(len(c.Rounds)), "rounds")
	b.ReportMetric(float64(len(c.Sides[0])+len(c.Sides[1])), "belligerents")
	for b.Loop() {
		if _, err := m.Cascade(a); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkModelJSON encodes and decodes the ×10 world's agreements.
func BenchmarkModelJSON(b *testing.B) {
	w := synth.New(1, synth.X1.Times(10))
	m, err := w.Model()
	if err != nil {
		b.Fatal(err)
	}
	data, _ := m.MarshalJSON()
	b.Run("encode", func(b *testing.B) {
		for b.Loop() {
			m.MarshalJSON()
		}
	})
	b.Run("decode", func(b *testing.B) {
		for b.Loop() {
			if _, err := pact.ParseModelJSON(w.Actors, data); err != nil {
				b.Fatal(err)
			}
		}
	})
}
