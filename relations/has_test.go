package relations

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestHas(t *testing.T) {
	stale := Doubt{Reason: PastCoverage, Detail: "as last observed"}
	partial := Doubt{Reason: PartialDate, Detail: "2012-06"}
	a := Answer[ActorID]{
		Certain:   []ActorID{"PAK", "USA"},
		Uncertain: []Doubtful[ActorID]{{Item: "QAT", Doubt: stale}, {Item: "EGY", Doubt: partial}},
	}
	type result struct {
		Has   Truth
		Doubt Doubt
		Known bool
	}
	for _, tc := range []struct {
		name string
		a    Answer[ActorID]
		x    ActorID
		want result
	}{
		{"a certain item", a, "USA", result{Has: Yes}},
		{"the first uncertain item", a, "QAT", result{Has: CannotTell, Doubt: stale, Known: true}},
		{"the second uncertain item", a, "EGY", result{Has: CannotTell, Doubt: partial, Known: true}},
		{"an item not in it", a, "IRN", result{Has: No}},
		{"the zero answer", Answer[ActorID]{}, "USA", result{Has: No}},
		{"certain wins over uncertain", Answer[ActorID]{Certain: []ActorID{"QAT"},
			Uncertain: []Doubtful[ActorID]{{Item: "QAT", Doubt: stale}}}, "QAT", result{Has: Yes}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got result
			got.Has = Has(tc.a, tc.x)
			got.Doubt, got.Known = DoubtOf(tc.a, tc.x)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Has and DoubtOf (-want +got):\n%s", diff)
			}
		})
	}
}

func TestHasFunc(t *testing.T) {
	a := Answer[Change]{
		Certain:   []Change{{A: "EGY", B: "TUR", Direction: Thawed}},
		Uncertain: []Doubtful[Change]{{Item: Change{A: "QAT", B: "SAU", Direction: Deteriorated}, Doubt: Doubt{Reason: PartialDate}}},
	}
	for _, tc := range []struct {
		name  string
		match func(Change) bool
		want  Truth
	}{
		{"a certain change matches", func(c Change) bool { return c.Direction == Thawed }, Yes},
		{"only an uncertain change matches", func(c Change) bool { return c.A == "QAT" }, CannotTell},
		{"nothing matches", func(c Change) bool { return c.A == "IRN" }, No},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, a.HasFunc(tc.match)); diff != "" {
				t.Errorf("HasFunc (-want +got):\n%s", diff)
			}
		})
	}
}
