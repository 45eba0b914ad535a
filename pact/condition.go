package pact

import (
	"slices"
	"strconv"
	"strings"

	"github.com/entente-go/entente/internal/enum"
	"github.com/entente-go/entente/relations"
)

// ConditionCheck is one condition of a clause checked against a war: whether it
// held, and why.
type ConditionCheck struct {
	Condition Condition
	Result    relations.Truth
	Why       string
}

// String describes the check, as in "specific adversary (RUS): held".
func (c ConditionCheck) String() string {
	var r string
	switch c.Result {
	case relations.Yes:
		r = "held"
	case relations.No:
		r = "failed"
	default:
		r = "cannot tell"
	}
	s := c.Condition.Kind.String() + ": " + r
	if c.Why != "" {
		s += " (" + c.Why + ")"
	}
	return s
}

// situation is what a condition is checked against: the party the duty
// serves, its adversaries, and the facts of the war.
type situation struct {
	party       relations.ActorID
	adversaries []relations.ActorID
	// provoked says whether the party provoked the fighting it is in.
	provoked relations.Truth
	attack   *Attack
	// agreement is the agreement whose clause is checked.
	agreement *Agreement
	// attacked says whether the party is attacked.
	attacked bool
}

// check evaluates one condition.
func (s *situation) check(c Condition) ConditionCheck {
	ck := ConditionCheck{Condition: c}
	switch c.Kind {
	case SpecificAdversary:
		if len(c.Adversaries) == 0 {
			ck.Result, ck.Why = relations.CannotTell, "the clause does not name the adversary"
			if c.Text != "" {
				ck.Why += " (" + c.Text + ")"
			}
			break
		}
		for _, a := range s.adversaries {
			if slices.Contains(c.Adversaries, a) {
				ck.Result, ck.Why = relations.Yes, string(a)+" is named"
				return ck
			}
		}
		ck.Result, ck.Why = relations.No, "none of "+joinIDs(s.adversaries)+" is named ("+joinIDs(c.Adversaries)+")"
	case Location:
		switch {
		case len(c.Locations) == 0:
			// ATOP codes that an obligation depends on a location, not
			// which: no location given can be matched to it.
			ck.Result, ck.Why = relations.CannotTell, "the clause does not name the location"
			if c.Text != "" {
				ck.Why += " (" + c.Text + ")"
			}
		case s.attack.Location == "":
			ck.Result, ck.Why = relations.CannotTell, "no location given"
		case slices.Contains(c.Locations, s.attack.Location):
			ck.Result, ck.Why = relations.Yes, s.attack.Location+" is named"
		default:
			ck.Result, ck.Why = relations.No, s.attack.Location+" is not among "+strings.Join(c.Locations, ", ")
		}
	case SpecificWar:
		switch {
		case s.attack.War == "":
			ck.Result, ck.Why = relations.CannotTell, "no conflict named"
		default:
			ck.Result = relations.TruthOf(s.attack.War == c.War)
			ck.Why = "the clause names " + strconv.Quote(c.War)
		}
	case AdversaryCount:
		if c.MinAdversaries == 0 {
			ck.Result, ck.Why = relations.CannotTell, "the clause does not say how many adversaries"
			break
		}
		ck.Result = relations.TruthOf(len(s.adversaries) >= c.MinAdversaries)
		ck.Why = "adversaries: " + strconv.Itoa(len(s.adversaries)) + ", at least " + strconv.Itoa(c.MinAdversaries) + " needed"
	case DemandRefused:
		ck.Result, ck.Why = s.attack.DemandRefused, "whether a demand was refused: "+s.attack.DemandRefused.String()
	case NonProvocation:
		ck.Result = s.provoked.Not()
		switch s.provoked {
		case relations.Yes:
			ck.Why = string(s.party) + " provoked it"
		case relations.No:
			ck.Why = string(s.party) + " did not provoke it"
		default:
			ck.Why = "not known whether " + string(s.party) + " provoked it"
		}
	case OutsideAdversary:
		for _, a := range s.adversaries {
			if _, party := s.agreement.Party(a); !party {
				ck.Result, ck.Why = relations.Yes, string(a)+" is not a party"
				return ck
			}
		}
		ck.Result, ck.Why = relations.No, "every adversary ("+joinIDs(s.adversaries)+") is a party"
	case PartyAttacked:
		ck.Result = relations.TruthOf(s.attacked)
		if s.attacked {
			ck.Why = string(s.party) + " is attacked"
		} else {
			ck.Why = string(s.party) + " is not attacked"
		}
	case OnRequest:
		ck.Result, ck.Why = s.attack.Requested, "whether "+string(s.party)+" asked: "+s.attack.Requested.String()
	}
	return ck
}

// conditionsText lists conditions briefly for a Bond's description.
func conditionsText(cs []Condition) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = c.Kind.String()
		switch {
		case len(c.Adversaries) > 0:
			parts[i] += " " + joinIDs(c.Adversaries)
		case len(c.Locations) > 0:
			parts[i] += " " + strings.Join(c.Locations, ",")
		case c.War != "":
			parts[i] += " " + strconv.Quote(c.War)
		case c.MinAdversaries > 0:
			parts[i] += " ≥" + strconv.Itoa(c.MinAdversaries)
		}
	}
	return strings.Join(parts, " and ")
}

func joinIDs(ids []relations.ActorID) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = string(id)
	}
	return strings.Join(s, ",")
}

// ConditionKind is a condition on an obligation, after ATOP's codes for
// conditional obligations (codebook: DEFCOADV, DEFCOLOC, DEFCOCON, DEFCONUM,
// DEFCODEM, DEFCONPR, CONCOREQ and their offense, neutrality and
// consultation siblings).
type ConditionKind uint8

const (
	// UnknownCondition is the zero ConditionKind; a Model rejects it.
	UnknownCondition ConditionKind = iota
	// SpecificAdversary: only against the adversaries listed.
	SpecificAdversary
	// Location: only for a war in the locations listed.
	Location
	// SpecificWar: only in the named conflict.
	SpecificWar
	// AdversaryCount: only if the adversaries number at least MinAdversaries.
	AdversaryCount
	// DemandRefused: only if the adversary refused a demand (ATOP's
	// "non-compliance with a demand").
	DemandRefused
	// NonProvocation: only if the protected party did not provoke the war.
	NonProvocation
	// OnRequest: only if the protected party asks.
	OnRequest
	// OutsideAdversary: only against an adversary that is not a party to
	// the agreement — defense against external threats, as in a regional
	// pact that does not arm its members against each other. ATOP has no
	// such code; it is entente's own.
	OutsideAdversary
	// PartyAttacked: only if the protected party is attacked, not when it
	// attacks (ATOP's NEUCOATT for neutrality).
	PartyAttacked
)

var conditionNames = []string{"unknown", "specific-adversary", "location", "specific-war",
	"adversary-count", "demand-refused", "non-provocation", "on-request", "outside-adversary", "party-attacked"}

// String returns the condition's JSON name, or "ConditionKind(N)".
func (k ConditionKind) String() string { return enum.Text("ConditionKind", conditionNames, k) }

// MarshalText implements [encoding.TextMarshaler].
func (k ConditionKind) MarshalText() ([]byte, error) {
	return marshalEnum("condition", conditionNames, k)
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *ConditionKind) UnmarshalText(b []byte) error {
	return unmarshalEnum("condition", conditionNames, b, k)
}
