package relations

import (
	"errors"

	"github.com/entente-go/entente/internal/enum"
)

// Direction says which way a pair's standing moved between two days.
type Direction uint8

const (
	// Unchanged: neither ladder moved.
	Unchanged Direction = iota
	// Thawed: alignment rose, or it held while representation rose and
	// fell in neither direction.
	Thawed
	// Deteriorated: alignment fell, or it held while representation fell
	// and rose in neither direction.
	Deteriorated
	// Mixed: alignment held while representation rose one way and fell the
	// other.
	Mixed
)

var directionNames = []string{"unchanged", "thawed", "deteriorated", "mixed"}

// String returns "unchanged", "thawed", "deteriorated" or "mixed".
func (d Direction) String() string { return enum.Text("Direction", directionNames, d) }

// Change is how one pair's standing moved between two days.
type Change struct {
	A, B          ActorID // A sorts before B
	Before, After PairState
	Direction     Direction
}

// String describes the change in one line, as in
// "EGY–TUR thawed: strained → partner; EGY in TUR charge-d-affaires → ambassador; …".
func (c Change) String() string {
	s := string(c.A) + "–" + string(c.B) + " " + c.Direction.String() + ": " +
		c.Before.Alignment.Level.String() + " → " + c.After.Alignment.Level.String()
	if c.Before.AinB.Level != c.After.AinB.Level {
		s += "; " + string(c.A) + " in " + string(c.B) + " " + c.Before.AinB.Level.String() + " → " + c.After.AinB.Level.String()
	}
	if c.Before.BinA.Level != c.After.BinA.Level {
		s += "; " + string(c.B) + " in " + string(c.A) + " " + c.Before.BinA.Level.String() + " → " + c.After.BinA.Level.String()
	}
	return s
}

var errReversed = errors.New("the later day comes before the earlier one")

// Changes returns every pair whose standing moved between the days from and
// to, sorted by A then B, with the direction it moved. A pair with no
// recorded alignment counts as normal, so a first attack deteriorates a
// pair; pairs that did not move are left out. It reports an error for an invalid day or when to
// comes before from.
func (h *History) Changes(from, to Date) ([]Change, error) {
	if !from.IsValid() || !to.IsValid() {
		return nil, &FieldError{Scope: "relations", Element: "query", Field: "day", Err: errNoDate}
	}
	if to.Compare(from) < 0 {
		return nil, &FieldError{Scope: "relations", Element: "query", Field: "to", Err: errReversed}
	}
	var out []Change
	for i, keys := range h.byActor {
		for _, k := range keys {
			if k.lo != int32(i) {
				continue
			}
			a, b := h.actors[k.lo].ID, h.actors[k.hi].ID
			before, _ := h.State(a, b, from)
			after, _ := h.State(a, b, to)
			if d := direction(before, after); d != Unchanged {
				out = append(out, Change{A: a, B: b, Before: before, After: after, Direction: d})
			}
		}
	}
	return out, nil
}

// direction compares two standings. A pair with no recorded alignment is
// taken to stand normally, so a first attack deteriorates and a first
// alliance thaws; a representation with no record is not compared.
func direction(before, after PairState) Direction {
	norm := func(a Alignment) Alignment {
		if a == UnknownAlignment {
			return Normal
		}
		return a
	}
	switch b, a := norm(before.Alignment.Level), norm(after.Alignment.Level); {
	case a > b:
		return Thawed
	case a < b:
		return Deteriorated
	}
	var up, down bool
	for _, r := range [][2]Representation{{before.AinB.Level, after.AinB.Level}, {before.BinA.Level, after.BinA.Level}} {
		if r[0] == UnknownRepresentation || r[1] == UnknownRepresentation {
			continue
		}
		up = up || r[1] > r[0]
		down = down || r[1] < r[0]
	}
	switch {
	case up && down:
		return Mixed
	case up:
		return Thawed
	case down:
		return Deteriorated
	}
	return Unchanged
}

// Partners returns the actors whose alignment with x on day is partner or
// ally, sorted by ID.
func (h *History) Partners(x ActorID, day Date) ([]ActorID, error) {
	return h.counterparts(x, day, func(a Alignment) bool { return a >= Partner })
}

// Rivals returns the actors whose alignment with x on day is hostile,
// sorted by ID.
func (h *History) Rivals(x ActorID, day Date) ([]ActorID, error) {
	return h.counterparts(x, day, func(a Alignment) bool { return a == Hostile })
}

func (h *History) counterparts(x ActorID, day Date, keep func(Alignment) bool) ([]ActorID, error) {
	xi, err := h.index(x)
	if err != nil {
		return nil, err
	}
	if !day.IsValid() {
		return nil, &FieldError{Scope: "relations", Element: "query", Field: "day", Err: errNoDate}
	}
	var out []ActorID
	for _, k := range h.byActor[xi] {
		y := h.actors[other(k, xi)].ID
		s, _ := h.State(x, y, day)
		if keep(s.Alignment.Level) {
			out = append(out, y)
		}
	}
	return out, nil
}
