package network_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/entente-go/entente/pact/network"
	"github.com/entente-go/entente/relations"
)

// triangle is a history of three states and an armed group: Egypt and
// Saudi Arabia partners, both hostile to the group, Iran's standing with
// Egypt unsettled in June 2025 (a month-precision event).
func triangle(t testing.TB) *relations.History {
	t.Helper()
	d := relations.MustDate
	actors := []relations.Actor{
		{ID: "EGY", Kind: relations.StateActor, Name: "Egypt"},
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
		{ID: "houthis", Kind: relations.ArmedGroup, Name: "Houthis"},
	}
	events := []relations.Event{
		{ID: "drill", Kind: relations.JointExercise, Date: d("2020-01-01"), Actors: []relations.ActorID{"EGY", "SAU"}},
		{ID: "strike-1", Kind: relations.Strike, Date: d("2019-09-14"), Actors: []relations.ActorID{"houthis"}, Toward: []relations.ActorID{"SAU"}},
		{ID: "strike-2", Kind: relations.Strike, Date: d("2019-10-01"), Actors: []relations.ActorID{"houthis"}, Toward: []relations.ActorID{"EGY"}},
		{ID: "talks", Kind: relations.JointExercise, Date: d("2025-06"), Actors: []relations.ActorID{"EGY", "IRN"}},
	}
	h, err := relations.NewHistory(actors, events)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestFromHistory(t *testing.T) {
	s, uncertain, err := network.FromHistory(triangle(t), relations.MustDate("2025-06-15"))
	if err != nil {
		t.Fatal(err)
	}
	if s.Positive().Edges() != 1 || s.Negative().Edges() != 2 {
		t.Errorf("%d positive and %d negative edges, want 1 and 2", s.Positive().Edges(), s.Negative().Edges())
	}
	if len(uncertain) != 1 || uncertain[0].Item.A != "EGY" || uncertain[0].Item.B != "IRN" || uncertain[0].Doubt.Reason != relations.PartialDate {
		t.Errorf("uncertain = %v, want Egypt–Iran for the month-precision event", uncertain)
	}
	// Two allies hostile to a common enemy: the one triangle is balanced.
	if b := network.StructuralBalance(s); b.Triangles != 1 || b.Balanced != 1 {
		t.Errorf("balance = %+v, want one balanced triangle", b)
	}
	if got, open, err := network.FromHistory(triangle(t), relations.Date{}); err == nil {
		t.Errorf("the zero day gave no error, but %v and %d open edges", got, len(open))
	}
	var fe *relations.ValidationError
	if got, open, err := network.FromHistory(nil, relations.MustDate("2025-06-15")); !errors.As(err, &fe) || got != nil || open != nil {
		t.Errorf("a nil history: %v, %v, %v; want nothing and a *relations.ValidationError", got, open, err)
	}
}

func ExampleFromHistory() {
	d := relations.MustDate
	h, err := relations.NewHistory([]relations.Actor{
		{ID: "EGY", Kind: relations.StateActor, Name: "Egypt"},
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
		{ID: "houthis", Kind: relations.ArmedGroup, Name: "Houthis"},
	}, []relations.Event{
		{ID: "drill", Kind: relations.JointExercise, Date: d("2020-01-01"), Actors: []relations.ActorID{"EGY", "SAU"}},
		{ID: "strike-1", Kind: relations.Strike, Date: d("2019-09-14"), Actors: []relations.ActorID{"houthis"}, Toward: []relations.ActorID{"SAU"}},
		{ID: "strike-2", Kind: relations.Strike, Date: d("2019-10-01"), Actors: []relations.ActorID{"houthis"}, Toward: []relations.ActorID{"EGY"}},
		{ID: "talks", Kind: relations.JointExercise, Date: d("2025-06"), Actors: []relations.ActorID{"EGY", "IRN"}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	s, uncertain, err := network.FromHistory(h, d("2025-06-15"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("allied or partners:", s.Positive().Edges(), "hostile:", s.Negative().Edges())
	for _, u := range uncertain {
		fmt.Println("cannot tell:", u.Item.A, u.Item.B, "—", u.Doubt)
	}
	fmt.Printf("balance %.2f\n", network.StructuralBalance(s).Score)
	// Output:
	// allied or partners: 1 hostile: 2
	// cannot tell: EGY IRN — partial-date: cannot tell whether event "talks" had happened by 2025-06-15
	// balance 1.00
}
