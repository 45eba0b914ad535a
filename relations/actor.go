package relations

import (
	"strconv"

	"github.com/entente-go/entente/internal/enum"
	"github.com/entente-go/entente/internal/errs"
)

// ActorID identifies an actor: an ISO 3166-1 alpha-3 code for a state
// ("SAU", "IRN"), or a lowercase slug for anything else ("houthis", "nato",
// "austria-hungary"). IDs are comparable and serve as map keys; the zero
// ActorID is invalid. Use [ParseActorID] to check text from outside.
type ActorID string

// MaxActorIDLen bounds the length of a slug ID.
const MaxActorIDLen = 64

// ParseActorID checks the syntax of s: either exactly three uppercase ASCII
// letters, or a slug of 2 to [MaxActorIDLen] lowercase ASCII letters, digits
// and single hyphens that starts with a letter and does not end with a
// hyphen.
func ParseActorID(s string) (ActorID, error) {
	if err := checkActorID(s); err != "" {
		return "", &ParseError{What: "actor ID", Input: s, Msg: err + "; " + actorIDForm}
	}
	return ActorID(s), nil
}

// actorIDForm says what a valid actor ID looks like.
const actorIDForm = "want an ISO 3166-1 alpha-3 code (SAU) or a lowercase slug (houthis, arab-league)"

func checkActorID(s string) string {
	switch {
	case s == "":
		return "empty"
	case len(s) == 3 && isUpper(s[0]) && isUpper(s[1]) && isUpper(s[2]):
		return ""
	case len(s) > MaxActorIDLen:
		return "longer than " + strconv.Itoa(MaxActorIDLen) + " bytes"
	case len(s) < 2:
		return "a slug needs at least two characters"
	case s[0] < 'a' || s[0] > 'z':
		return "a slug starts with a lowercase letter"
	case s[len(s)-1] == '-':
		return "a slug cannot end with '-'"
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-':
			if s[i-1] == '-' {
				return "a slug cannot contain '--'"
			}
		default:
			return "byte " + strconv.Itoa(i) + " (" + strconv.QuoteRune(rune(c)) + ") is not a lowercase letter, digit or '-'"
		}
	}
	return ""
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// IsValid reports whether id has the syntax [ParseActorID] accepts.
func (id ActorID) IsValid() bool { return checkActorID(string(id)) == "" }

// String returns the ID itself.
func (id ActorID) String() string { return string(id) }

// Validate reports what is wrong with the actor taken alone — its ID, its
// kind, an empty name, an ISO code that is not three uppercase letters, a
// negative COW number, members of an actor that is not an organisation —
// as an [errors.Join] of [*FieldError]s naming the actor and the field, or
// nil. [NewHistory] and package pact's New check every actor with it, so
// an actor one accepts the other accepts too.
func (a Actor) Validate() error {
	p := &problems{scope: "relations"}
	a.check(p, func() string {
		if a.ID == "" {
			return "actor"
		}
		return "actor " + errs.Quote(string(a.ID))
	})
	return p.err()
}

// check records the actor's own problems under the element el names (a
// name built only for a problem), and reports whether its ID is valid.
func (a Actor) check(p *problems, el func() string) (validID bool) {
	_, err := ParseActorID(string(a.ID))
	if err != nil {
		p.at(el, "id", err)
	}
	if a.Kind == UnknownActorKind || int(a.Kind) >= len(kindNames) {
		p.atf(el, "kind", "kind "+a.Kind.String()+" is not one of state, organisation, armed-group, other")
	}
	if a.Name == "" {
		p.atf(el, "name", "is empty; give the actor a name reports can print")
	}
	if a.ISO3 != "" && !(len(a.ISO3) == 3 && isUpper(a.ISO3[0]) && isUpper(a.ISO3[1]) && isUpper(a.ISO3[2])) {
		p.atf(el, "iso3", errs.Quote(a.ISO3)+" is not three uppercase letters")
	}
	if a.COW < 0 {
		p.atf(el, "cow", "negative state number "+strconv.Itoa(a.COW))
	}
	if len(a.Members) > 0 && a.Kind != Organisation {
		p.atf(el, "members", "only an organisation has members")
	}
	return err == nil
}

// ActorKind says what sort of actor an [Actor] is.
type ActorKind uint8

const (
	// UnknownActorKind is the zero ActorKind; Actor.Validate rejects it.
	UnknownActorKind ActorKind = iota
	// StateActor is a sovereign state.
	StateActor
	// Organisation is an international organisation or alliance body
	// (NATO, the GCC, the Arab League), whose members change over time.
	Organisation
	// ArmedGroup is a non-state armed group (the Houthis).
	ArmedGroup
	// OtherActor is any other actor: a company, a movement, a coalition.
	OtherActor
)

var kindNames = []string{"unknown", "state", "organisation", "armed-group", "other"}

// String returns the kind's JSON name ("state", "organisation",
// "armed-group", "other"), or "ActorKind(N)" for a bad value.
func (k ActorKind) String() string { return enum.Text("ActorKind", kindNames, k) }

// MarshalText implements [encoding.TextMarshaler].
func (k ActorKind) MarshalText() ([]byte, error) { return marshalEnum("kind", kindNames, k) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *ActorKind) UnmarshalText(b []byte) error { return unmarshalEnum("kind", kindNames, b, k) }

// Actor is a participant in international security: a state, an
// organisation, an armed group. Codes from other systems ride along.
type Actor struct {
	ID   ActorID
	Kind ActorKind
	Name string
	// ISO3 is the ISO 3166-1 alpha-3 code, for states that have one. It
	// usually equals ID.
	ISO3 string
	// COW is the Correlates of War state number (ATOP uses it); 0 if none.
	COW int
	// Members lists, for an organisation, who belonged to it and when.
	Members []Membership
}

// Membership is one spell of an actor's membership in an organisation.
type Membership struct {
	Member ActorID
	During Interval
}

// MemberOn reports whether member belonged to the organisation a on day:
// Yes, No, or CannotTell when the precision of the dates does not settle it.
func (a Actor) MemberOn(member ActorID, day Date) Truth {
	t := No
	for _, m := range a.Members {
		if m.Member == member {
			t = t.Or(m.During.Contains(day))
		}
	}
	return t
}

func marshalEnum[E ~uint8](what string, names []string, v E) ([]byte, error) {
	return enum.Marshal(parseProblem, what, names, v)
}

func unmarshalEnum[E ~uint8](what string, names []string, b []byte, v *E) error {
	return enum.Unmarshal(parseProblem, what, names, b, v)
}
