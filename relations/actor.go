package relations

import (
	"cmp"
	"slices"
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
		return "", &errs.Syntax{Scope: "relations", What: "actor ID", Input: s, Msg: err + "; " + actorIDForm}
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
// as an [errors.Join] of [*ValidationError]s naming the actor and the field, or
// nil. [NewHistory] and package pact's New check every actor with it, so
// an actor one accepts the other accepts too.
func (a Actor) Validate() error {
	p := &problems{}
	a.check(p, func() string {
		if a.ID == "" {
			return "actor"
		}
		return "actor " + errs.Quote(string(a.ID))
	})
	return p.err()
}

// ValidateActors reports what is wrong with a set of actors: each actor's
// own problems ([Actor.Validate]), an ID given twice, and the memberships
// of organisations — an unknown member, an organisation that is its own
// member, a spell without a start or that ends before it starts, and two
// spells of one member that may overlap. It returns an [errors.Join] of
// [*ValidationError]s in input order (at most 100, then how many more), or nil.
// [NewHistory] and package pact's New check their actors with it, so that
// a set of actors one accepts the other accepts too.
func ValidateActors(actors []Actor) error {
	p := &problems{}
	checkActors(p, actors, make(map[ActorID]int32, len(actors)))
	return p.err()
}

// checkActors records the problems of a set of actors, and fills index
// with the place of each distinct valid ID.
func checkActors(p *problems, actors []Actor, index map[ActorID]int32) {
	for i := range actors {
		a := &actors[i]
		el := func() string {
			if a.ID != "" {
				return "actor " + errs.Quote(string(a.ID))
			}
			return "actors[" + strconv.Itoa(i) + "]"
		}
		if !a.check(p, el) {
			continue
		}
		if _, dup := index[a.ID]; dup {
			p.atf(el, "id", "duplicate actor ID")
		} else {
			index[a.ID] = int32(i)
		}
	}
	// Members are checked once every ID is known.
	var spells []memberSpell
	for i := range actors {
		a := &actors[i]
		if len(a.Members) == 0 {
			continue
		}
		el := func() string { return "actor " + errs.Quote(string(a.ID)) }
		spells = spells[:0]
		for j, m := range a.Members {
			f := func() string { return "members[" + strconv.Itoa(j) + "]" }
			if _, ok := index[m.Member]; !ok {
				p.at(el, f()+".member", unknownActor(m.Member))
			} else if m.Member == a.ID {
				p.atf(el, f()+".member", "an organisation cannot be its own member")
			}
			if !m.During.IsValid() {
				p.atf(el, f()+".during", "interval "+m.During.String()+" has no start or ends before it starts")
				continue
			}
			spells = append(spells, memberSpell{m.Member, j, m.During})
		}
		checkSpells(p, el, spells)
	}
}

// memberSpell is one valid spell of a membership, with its place in the
// organisation's list.
type memberSpell struct {
	member ActorID
	at     int
	during Interval
}

// checkSpells reports each spell that may overlap an earlier spell of the
// same member (earlier by start): by a sort, not by comparing every pair,
// so that a hostile list of spells costs n log n.
func checkSpells(p *problems, el func() string, spells []memberSpell) {
	slices.SortStableFunc(spells, func(a, b memberSpell) int {
		return cmp.Or(cmp.Compare(a.member, b.member), cmp.Compare(a.during.From.firstDay(), b.during.From.firstDay()), cmp.Compare(a.at, b.at))
	})
	for i := 0; i < len(spells); {
		j := i + 1
		latest := spells[i] // the spell among i..j-1 that may end last
		for ; j < len(spells) && spells[j].member == spells[i].member; j++ {
			s := spells[j]
			if latest.during.Until.IsValid() && latest.during.Until.OnOrBefore(s.during.From) == Yes {
				if !s.during.Until.IsValid() || s.during.Until.lastDay() > latest.during.Until.lastDay() {
					latest = s
				}
				continue
			}
			p.atf(el, "members["+strconv.Itoa(s.at)+"].during", "spell "+s.during.String()+" of "+errs.Quote(string(s.member))+
				" may overlap its spell "+latest.during.String()+" (members["+strconv.Itoa(latest.at)+"])")
			if !s.during.Until.IsValid() || (latest.during.Until.IsValid() && s.during.Until.lastDay() > latest.during.Until.lastDay()) {
				latest = s
			}
		}
		i = j
	}
}

// check records the actor's own problems under the element el names (a
// name built only for a problem), and reports whether its ID is valid.
func (a Actor) check(p *problems, el func() string) (validID bool) {
	_, err := ParseActorID(string(a.ID))
	if err != nil {
		p.at(el, "id", errs.Bare(err))
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
