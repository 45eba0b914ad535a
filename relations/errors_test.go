package relations_test

import (
	"errors"
	"testing"

	"github.com/entente-go/entente/relations"
)

// TestUnknownActorsWrapTheSentinel: every query given an actor the history
// does not hold says so with an error that errors.Is matches to
// ErrUnknownActor, a *ValidationError naming the argument.
func TestUnknownActorsWrapTheSentinel(t *testing.T) {
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
	}
	h, err := relations.NewHistory(actors, nil)
	if err != nil {
		t.Fatal(err)
	}
	day := relations.MustDate("2020")
	tests := []struct {
		name string
		call func() error
	}{
		{"Partners", func() error { _, err := h.Partners("XYZ", day); return err }},
		{"Rivals", func() error { _, err := h.Rivals("XYZ", day); return err }},
		{"Standing first", func() error { _, err := h.Standing("XYZ", "SAU", day); return err }},
		{"Standing second", func() error { _, err := h.Standing("SAU", "XYZ", day); return err }},
		{"Timeline first", func() error { _, err := h.Timeline("XYZ", "SAU"); return err }},
		{"Timeline second", func() error { _, err := h.Timeline("SAU", "XYZ"); return err }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			if !errors.Is(err, relations.ErrUnknownActor) {
				t.Errorf("error %v, want one wrapping ErrUnknownActor", err)
			}
			var ve *relations.ValidationError
			if !errors.As(err, &ve) || ve.Path != "query: actor" {
				t.Errorf("error %v: want a *relations.ValidationError at %q, got %+v", err, "query: actor", ve)
			}
		})
	}
}
