package relations

import "github.com/entente-go/entente/internal/enum"

// EventKind says what an [Event] did. Each kind moves the two ladders in a
// fixed way, listed with the constants; [Event.Level] and [Event.Stance]
// refine or override it.
type EventKind uint8

const (
	// UnknownEvent is the zero EventKind; a History rejects it.
	UnknownEvent EventKind = iota
	// SeverTies: representation falls to none both ways (or to an interests
	// section, if Level says so); alignment falls to hostile.
	SeverTies
	// RestoreTies: representation rises to Level (ambassador if unset) both
	// ways; alignment rises to at least normal.
	RestoreTies
	// ExchangeAmbassadors: representation becomes ambassador both ways;
	// alignment rises to at least normal.
	ExchangeAmbassadors
	// WithdrawAmbassadors: an ambassador is withdrawn or expelled and the
	// mission falls to Level (chargé d'affaires if unset); alignment falls to
	// at most strained.
	WithdrawAmbassadors
	// ChangeRepresentation: representation becomes Level, whatever it was.
	ChangeRepresentation
	// StateVisit: a visit by a head of state or government or a foreign
	// minister; alignment rises to at least normal.
	StateVisit
	// JointExercise: alignment rises to at least partner.
	JointExercise
	// Strike: an armed attack by Actors on Toward; alignment becomes hostile.
	Strike
	// DeclaredRivalry: alignment becomes hostile.
	DeclaredRivalry
	// Rapprochement: a declared thaw; alignment rises to at least normal.
	Rapprochement
	// Statement: a public statement; it moves a ladder only through Stance
	// or Level.
	Statement
	// SignAgreement, RatifyAgreement, WithdrawFromAgreement and
	// ProposeAgreement record an agreement's life (see package pact, which
	// derives alignment from the agreement itself); alone they move no
	// ladder.
	SignAgreement
	RatifyAgreement
	WithdrawFromAgreement
	ProposeAgreement
	// Observation records a standing observed at a date (Level and/or
	// Stance) without claiming that it changed then: the baseline a
	// scenario starts from.
	Observation
)

var eventKindNames = []string{"unknown", "sever-ties", "restore-ties", "exchange-ambassadors",
	"withdraw-ambassadors", "change-representation", "state-visit", "joint-exercise", "strike",
	"declared-rivalry", "rapprochement", "statement", "sign-agreement", "ratify-agreement",
	"withdraw-from-agreement", "propose-agreement", "observation"}

// String returns the kind's JSON name, such as "sever-ties", or
// "EventKind(N)" for a bad value.
func (k EventKind) String() string { return enum.Text("EventKind", eventKindNames, k) }

// MarshalText implements [encoding.TextMarshaler].
func (k EventKind) MarshalText() ([]byte, error) {
	return marshalEnum("event kind", eventKindNames, k)
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *EventKind) UnmarshalText(b []byte) error {
	return unmarshalEnum("event kind", eventKindNames, b, k)
}

// Event is a dated fact about actors: the unit a [History] is built from.
//
// The pairs an event touches are every (actor, counterpart) pair when
// Toward is set — Actors acted toward Toward — and otherwise every pair
// among Actors. Representation changes apply in both directions of each
// pair unless OneWay is set, in which case only the representation of
// Actors in Toward changes. Mediators take part without their own standing
// changing.
type Event struct {
	ID        string
	Kind      EventKind
	Date      Date
	Actors    []ActorID
	Toward    []ActorID
	Mediators []ActorID
	// OneWay limits a representation change to Actors' missions in Toward.
	OneWay bool
	// Level is the representation the event leaves in place, where the kind
	// takes one (RestoreTies, WithdrawAmbassadors, ChangeRepresentation,
	// Observation).
	Level Representation
	// Stance, when set, is the alignment the event leaves in place,
	// overriding the kind's default move.
	Stance Alignment
	// Agreement names the agreement an agreement event concerns.
	Agreement string
	Summary   string
	// Source cites where the fact comes from: a citation or a URL.
	Source string
	// Dataset names the dataset the event comes from, when it comes from
	// one whose coverage the history declares (see [WithCoverage]): past
	// that coverage, a standing the event set is known only as last
	// observed.
	Dataset string
}

// representationAfter returns the representation level the event leaves in
// place, and whether it sets one at all.
func (e *Event) representationAfter() (Representation, bool) {
	switch e.Kind {
	case SeverTies:
		return orDefault(e.Level, NoRepresentation), true
	case RestoreTies:
		return orDefault(e.Level, Ambassador), true
	case ExchangeAmbassadors:
		return Ambassador, true
	case WithdrawAmbassadors:
		return orDefault(e.Level, ChargeDAffaires), true
	}
	return e.Level, e.Level != UnknownRepresentation
}

func orDefault(r, def Representation) Representation {
	if r == UnknownRepresentation {
		return def
	}
	return r
}

// alignmentAfter returns the alignment the event leaves, given the one
// before it, and whether the event bears on alignment at all.
func (e *Event) alignmentAfter(before Alignment) (Alignment, bool) {
	if e.Stance != UnknownAlignment {
		return e.Stance, true
	}
	atLeast := func(a Alignment) (Alignment, bool) { return max(before, a), true }
	atMost := func(a Alignment) (Alignment, bool) {
		if before == UnknownAlignment {
			return a, true
		}
		return min(before, a), true
	}
	switch e.Kind {
	case SeverTies:
		return atMost(Hostile)
	case WithdrawAmbassadors:
		return atMost(Strained)
	case RestoreTies, ExchangeAmbassadors, StateVisit, Rapprochement:
		return atLeast(Normal)
	case JointExercise:
		return atLeast(Partner)
	case Strike, DeclaredRivalry:
		return Hostile, true
	}
	return before, false
}
