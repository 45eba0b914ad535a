package pact

import (
	"strings"

	"github.com/entente-go/entente/internal/enum"
)

// Obligation is what a clause binds a party to do. The first five are
// ATOP's obligations (codebook section 3); Expectation is entente's own, for
// informal protection that binds no one.
type Obligation uint8

const (
	// UnknownObligation is the zero Obligation; a Model rejects it.
	UnknownObligation Obligation = iota
	// Defense: assist the beneficiary militarily if it is attacked.
	Defense
	// Offense: join the beneficiary in a war it starts (under conditions).
	Offense
	// Neutrality: refrain from aiding the beneficiary's adversary in war.
	Neutrality
	// NonAggression: refrain from attacking the beneficiary.
	NonAggression
	// Consultation: consult with the beneficiary in a crisis or war.
	Consultation
	// Expectation: an informal expectation of protection, such as the U.S.
	// umbrella over Saudi Arabia. It is reported beside duties and never
	// counted as an obligation or an alliance.
	Expectation
)

var obligationNames = []string{"unknown", "defense", "offense", "neutrality", "non-aggression", "consultation", "expectation"}

// String returns the obligation's JSON name, or "Obligation(N)".
func (o Obligation) String() string { return enum.Text("Obligation", obligationNames, o) }

// MarshalText implements [encoding.TextMarshaler].
func (o Obligation) MarshalText() ([]byte, error) {
	return marshalEnum("obligation", obligationNames, o)
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (o *Obligation) UnmarshalText(b []byte) error {
	return unmarshalEnum("obligation", obligationNames, b, o)
}

// binding reports whether o is a treaty obligation (not an expectation).
func (o Obligation) binding() bool { return o >= Defense && o <= Consultation }

// ParseObligation parses an obligation's name, as its String method
// prints it: "defense", "offense", "neutrality", "non-aggression",
// "consultation" or "expectation".
func ParseObligation(s string) (Obligation, error) {
	var o Obligation
	err := o.UnmarshalText([]byte(s))
	return o, err
}

// ObligationSet is a set of the five binding obligations, as the columns
// of a dyad-year panel.
type ObligationSet uint8

// Has reports whether the set holds o.
// bindingObligations holds the five binding obligations: ATOP's
// definition of an alliance.
const bindingObligations = ObligationSet(1<<Defense | 1<<Offense | 1<<Neutrality | 1<<NonAggression | 1<<Consultation)

// Has reports whether o is in the set.
func (s ObligationSet) Has(o Obligation) bool { return o < 8 && s&(1<<o) != 0 }

// With returns the set with o added.
func (s ObligationSet) With(o Obligation) ObligationSet { return s | 1<<o }

// String lists the obligations, as in "defense+consultation"; the empty set
// is "none".
func (s ObligationSet) String() string {
	var parts []string
	for o := Defense; o <= Consultation; o++ {
		if s.Has(o) {
			parts = append(parts, o.String())
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, "+")
}
