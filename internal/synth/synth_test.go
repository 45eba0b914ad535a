package synth

import (
	"testing"
)

func TestWorldsBuild(t *testing.T) {
	for _, size := range []Size{X1, X1.Times(10)} {
		w := New(1, size)
		if _, err := w.History(); err != nil {
			t.Fatalf("%+v: history: %v", size, err)
		}
		if _, err := w.Model(); err != nil {
			t.Fatalf("%+v: model: %v", size, err)
		}
	}
}

func TestDeterministic(t *testing.T) {
	a, b := New(7, X1), New(7, X1)
	for i := range a.Agreements {
		if a.Agreements[i].ID != b.Agreements[i].ID || len(a.Agreements[i].Parties) != len(b.Agreements[i].Parties) ||
			a.Agreements[i].Parties[0] != b.Agreements[i].Parties[0] || a.Agreements[i].Lifecycle[0] != b.Agreements[i].Lifecycle[0] {
			t.Fatalf("agreement %d differs between two worlds of one seed", i)
		}
	}
	for i := range a.Events {
		if a.Events[i].Date != b.Events[i].Date || a.Events[i].Actors[0] != b.Events[i].Actors[0] {
			t.Fatalf("event %d differs between two worlds of one seed", i)
		}
	}
}
