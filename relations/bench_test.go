package relations_test

import (
	"fmt"
	"runtime"
	"sync"
	"testing"

	"github.com/entente-go/entente/internal/benchcpu"
	"github.com/entente-go/entente/internal/synth"
	"github.com/entente-go/entente/relations"
)

// history1M is a history of 1,000,000 events among 100 actors, built once:
// each pair has about 200 events, so a query searches a long timeline.
var history1M = sync.OnceValue(func() *relations.History {
	w := synth.New(1, synth.Size{Actors: 100, Events: 1_000_000})
	h, err := w.History()
	if err != nil {
		panic(err)
	}
	return h
})

// BenchmarkState asks the state of a pair on a day in a history of
// 1,000,000 events. Budget: 300 ns.
func BenchmarkState(b *testing.B) {
	h := history1M()
	day := relations.MustDate("1950-06-01")
	t := benchcpu.Start(b)
	for b.Loop() {
		if _, err := h.Standing("s1", "s2", day); err != nil {
			b.Fatal(err)
		}
	}
	t.Report()
	steps, _ := h.Timeline("s1", "s2")
	b.ReportMetric(float64(len(steps)), "pair-events")
}

// TestStateAllocatesNothing guards the hot path: answering a settled
// question allocates nothing.
func TestStateAllocatesNothing(t *testing.T) {
	h, err := synth.New(1, synth.X1).History()
	if err != nil {
		t.Fatal(err)
	}
	day := relations.MustDate("1950-06-01")
	if n := testing.AllocsPerRun(100, func() { h.Standing("s1", "s2", day) }); n != 0 {
		t.Errorf("State allocates %v times", n)
	}
}

// BenchmarkStateScale asks the same question in worlds of ×1, ×10 and ×100
// events: an indexed query grows by far less than the world.
func BenchmarkStateScale(b *testing.B) {
	for _, k := range []int{1, 10, 100} {
		h, err := synth.New(1, synth.X1.Times(k)).History()
		if err != nil {
			b.Fatal(err)
		}
		day := relations.MustDate("1950-06-01")
		b.Run(fmt.Sprintf("x%d", k), func(b *testing.B) {
			for b.Loop() {
				h.Standing("s1", "s2", day)
			}
		})
	}
}

// BenchmarkNewHistory builds histories of ×1, ×10 and ×100 events: build
// time should grow linearly. Only the history's input, the world's actors
// and events, stays live while it runs, as in a program that builds a
// history: the world's agreements, which the garbage collector would
// otherwise mark at every cycle, are dropped.
func BenchmarkNewHistory(b *testing.B) {
	for _, k := range []int{1, 10, 100} {
		b.Run(fmt.Sprintf("x%d", k), func(b *testing.B) {
			w := synth.New(1, synth.X1.Times(k))
			actors, events := w.Actors, w.Events // w is dead from here
			// The world was just built: collect now, so that the first
			// builds timed do not pay for marking it.
			runtime.GC()
			t := benchcpu.Start(b)
			for b.Loop() {
				if _, err := relations.NewHistory(actors, events); err != nil {
					b.Fatal(err)
				}
			}
			t.Report()
		})
	}
}

// BenchmarkHistoryJSON encodes and decodes the ×10 world's history.
func BenchmarkHistoryJSON(b *testing.B) {
	h, err := synth.New(1, synth.X1.Times(10)).History()
	if err != nil {
		b.Fatal(err)
	}
	data, _ := h.MarshalJSON()
	b.Run("encode", func(b *testing.B) {
		for b.Loop() {
			h.MarshalJSON()
		}
	})
	b.Run("decode", func(b *testing.B) {
		for b.Loop() {
			if _, err := relations.ParseHistoryJSON(data); err != nil {
				b.Fatal(err)
			}
		}
	})
}
