package pact

import "github.com/entente-go/entente/internal/enum"

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
