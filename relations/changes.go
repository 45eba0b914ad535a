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
	Before, After Standing
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

// Changes answers "what changed between from and to?": every pair whose
// standing moved, sorted by A then B, with the direction it moved. A pair
// with no recorded alignment counts as normal, so a first attack
// deteriorates a pair; pairs that did not move are left out. A pair whose
// standing on either day hinges on an event the day's precision cannot
// place is in the answer's Uncertain part, with the change as far as the
// certain events take it (possibly Unchanged) and the events named. It
// reports an error for an invalid day or when to comes before from.
func (h *History) Changes(from, to Date) (Answer[Change], error) {
	var ans Answer[Change]
	if !from.IsValid() || !to.IsValid() {
		return ans, invalid("query: day", errNoDate)
	}
	if to.Compare(from) < 0 {
		return ans, invalid("query: to", errReversed)
	}
	for i, keys := range h.byActor {
		for _, k := range keys {
			if k.lo != int32(i) {
				continue
			}
			a, b := h.actors[k.lo].ID, h.actors[k.hi].ID
			before, _ := h.Standing(a, b, from)
			after, _ := h.Standing(a, b, to)
			c := Change{A: a, B: b, Before: before, After: after, Direction: direction(before, after)}
			if d, ok := changeDoubt(c); ok {
				ans.Uncertain = append(ans.Uncertain, Doubtful[Change]{Item: c, Doubt: d})
			} else if c.Direction != Unchanged {
				ans.Certain = append(ans.Certain, c)
			}
		}
	}
	return ans, nil
}

// changeDoubt says why the data cannot settle how a pair moved, if they
// cannot: an event a day cannot place, an alignment known only as last
// observed, or an agreement the data cannot settle under which the pair
// would have moved another way.
func changeDoubt(c Change) (Doubt, bool) {
	for _, s := range []Standing{c.Before, c.After} {
		if len(s.Uncertain) > 0 {
			return uncertainEvents(s), true
		}
		if s.AlignmentDoubt.Reason != UnknownReason && s.PossibleAlignment == UnknownAlignment {
			return s.AlignmentDoubt, true
		}
	}
	levels := func(s Standing) []Alignment {
		if s.PossibleAlignment == UnknownAlignment {
			return []Alignment{s.Alignment.Level}
		}
		return []Alignment{s.Alignment.Level, s.PossibleAlignment}
	}
	at := func(s Standing, al Alignment) Standing { s.Alignment.Level = al; return s }
	for _, b := range levels(c.Before) {
		for _, a := range levels(c.After) {
			if direction(at(c.Before, b), at(c.After, a)) == c.Direction {
				continue
			}
			if c.Before.AlignmentDoubt.Reason != UnknownReason {
				return c.Before.AlignmentDoubt, true
			}
			return c.After.AlignmentDoubt, true
		}
	}
	return Doubt{}, false
}

// direction compares two standings. A pair with no recorded alignment is
// taken to stand normally, so a first attack deteriorates and a first
// alliance thaws; a representation with no record is not compared.
func direction(before, after Standing) Direction {
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
