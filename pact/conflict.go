package pact

import (
	"cmp"
	"strings"

	"github.com/entente-go/entente/relations"

	"github.com/entente-go/entente/internal/enum"
)

// DutyConflictKind says how an actor's duties in a war contradict each other.
type DutyConflictKind uint8

const (
	// UnknownDutyConflict is the zero ConflictKind.
	UnknownDutyConflict DutyConflictKind = iota
	// BothSides: pledged to defend or join parties on both sides.
	BothSides
	// AgainstNeutrality: pledged to fight for one side while bound to stay
	// neutral toward a party of the other.
	AgainstNeutrality
	// AgainstNonAggression: pledged to fight for one side while bound not
	// to attack a party of the other.
	AgainstNonAggression
	// BoundToAdversary: bound to defend, join or consult a party it is
	// itself attacking (Germany, a guarantor of Belgium, invading it).
	BoundToAdversary
	// Breach: attacking a party it pledged not to attack, or to stay
	// neutral toward.
	Breach
)

var conflictNames = []string{"unknown", "both-sides", "against-neutrality", "against-non-aggression", "bound-to-adversary", "breach"}

// String returns the conflict's name, or "DutyConflictKind(N)".
func (k DutyConflictKind) String() string { return enum.Text("DutyConflictKind", conflictNames, k) }

// DutyConflict is a set of duties of one actor that cannot all be kept.
type DutyConflict struct {
	Actor  relations.ActorID
	Kind   DutyConflictKind
	Duties []Duty
}

// String explains the conflict in one line.
func (c DutyConflict) String() string {
	parts := make([]string, len(c.Duties))
	for i, d := range c.Duties {
		parts[i] = d.Kind.String() + " " + string(d.For) + " (" + quote(d.Agreement) + ")"
	}
	return string(c.Actor) + " has conflicting duties (" + c.Kind.String() + "): " + strings.Join(parts, " vs ")
}

func compareConflicts(a, b DutyConflict) int {
	return cmp.Or(cmp.Compare(a.Actor, b.Actor), cmp.Compare(a.Kind, b.Kind),
		cmp.Compare(a.Duties[0].For, b.Duties[0].For), cmp.Compare(a.Duties[0].Agreement, b.Duties[0].Agreement))
}

// conflicts finds, for each actor, a duty to fight for one side beside a
// duty to fight for, stay neutral toward, or not attack a party of the
// other side. Duties arrive sorted by actor and then kind, and the
// fighting kinds sort first, so looking forward from each fighting duty
// finds every pair once.
func (w *war) conflicts(duties []Duty) []DutyConflict {
	var out []DutyConflict
	for i, d := range duties {
		if d.Kind != Defend && d.Kind != JoinOffense {
			continue
		}
		for _, e := range duties[i+1:] {
			if e.Actor != d.Actor {
				break // duties are sorted by actor
			}
			if w.side[e.For] == w.side[d.For] {
				continue
			}
			var kind DutyConflictKind
			switch e.Kind {
			case Defend, JoinOffense:
				kind = BothSides
			case StayNeutral:
				kind = AgainstNeutrality
			case Refrain:
				kind = AgainstNonAggression
			default:
				continue
			}
			out = append(out, DutyConflict{Actor: d.Actor, Kind: kind, Duties: []Duty{d, e}})
		}
	}
	return out
}
