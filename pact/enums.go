package pact

import (
	"github.com/entente-go/entente/relations"
	"strconv"
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

// ParseObligation parses an obligation's name ("defense", "offense",
// "neutrality", "non-aggression", "consultation", "expectation"); ATOP's
// short names "neutral", "nonagg" and "consul" are accepted too.
func ParseObligation(s string) (Obligation, error) {
	switch s {
	case "neutral":
		return Neutrality, nil
	case "nonagg":
		return NonAggression, nil
	case "consul":
		return Consultation, nil
	}
	var o Obligation
	err := o.UnmarshalText([]byte(s))
	return o, err
}

// Status is a stage of an agreement's life.
type Status uint8

const (
	// UnknownStatus is the zero Status: before the first stage on record.
	UnknownStatus Status = iota
	// Proposed: put forward, not signed. Never reported as in force.
	Proposed
	// Signed: signed, not yet in force.
	Signed
	// InForce: binding.
	InForce
	// Suspended: in force on paper, its obligations suspended.
	Suspended
	// Terminated: ended, abandoned or expired.
	Terminated
)

var statusNames = []string{"unknown", "proposed", "signed", "in-force", "suspended", "terminated"}

// String returns the status's JSON name, or "Status(N)".
func (s Status) String() string { return enum.Text("Status", statusNames, s) }

// MarshalText implements [encoding.TextMarshaler].
func (s Status) MarshalText() ([]byte, error) { return marshalEnum("status", statusNames, s) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (s *Status) UnmarshalText(b []byte) error { return unmarshalEnum("status", statusNames, b, s) }

// next lists the stages each stage may move to.
var nextStatus = map[Status][]Status{
	UnknownStatus: {Proposed, Signed, InForce},
	Proposed:      {Signed, InForce, Terminated},
	Signed:        {InForce, Terminated},
	InForce:       {Suspended, Terminated},
	Suspended:     {InForce, Terminated},
}

// Roles is the set of roles a party plays in an agreement.
type Roles uint8

const (
	// Member: a full party, bound by the agreement's mutual clauses.
	Member Roles = 1 << iota
	// Guarantor: guarantees others (the powers of the 1839 Treaty of London).
	Guarantor
	// Beneficiary: guaranteed or protected by others, not necessarily bound.
	Beneficiary
	// Host: hosts another party's forces or bases.
	Host
	// Broker: brokered or mediated the agreement (China in 2023).
	Broker
	// ProposedLeader: claims to lead the arrangement (a proposal's sponsor).
	ProposedLeader
)

var roleNames = []string{"member", "guarantor", "beneficiary", "host", "broker", "proposed-leader"}

// Has reports whether r includes every role in q.
func (r Roles) Has(q Roles) bool { return r&q == q && q != 0 }

// String joins the role names with "+", as in "member+host"; the empty set
// is "none".
func (r Roles) String() string {
	if r == 0 {
		return "none"
	}
	var parts []string
	for i, n := range roleNames {
		if r&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	if r>>len(roleNames) != 0 {
		parts = append(parts, "Roles("+strconv.Itoa(int(r>>len(roleNames)<<len(roleNames)))+")")
	}
	return strings.Join(parts, "+")
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

// ProvisionKind is a provision other than the five obligations.
type ProvisionKind uint8

const (
	// UnknownProvision is the zero ProvisionKind; a Model rejects it.
	UnknownProvision ProvisionKind = iota
	// Basing: By may base forces on the territory of To.
	Basing
	// MilitaryAid: By provides arms, training or funds to To.
	MilitaryAid
	// IntegratedCommand: the parties' forces serve under one command.
	IntegratedCommand
	// ForceContribution: By contributes Troops (and perhaps the commander).
	ForceContribution
	// JointExercises: the parties exercise together.
	JointExercises
	// RestoreRelations: the parties restore diplomatic relations.
	RestoreRelations
	// ConsultationMechanism: standing consultations, with a Cadence and a
	// Level ("periodic", "sub-ministerial").
	ConsultationMechanism
	// OtherProvision: any other provision, described in Text.
	OtherProvision
)

var provisionNames = []string{"unknown", "basing", "military-aid", "integrated-command",
	"force-contribution", "joint-exercises", "restore-relations", "consultation-mechanism", "other"}

// String returns the provision's JSON name, or "ProvisionKind(N)".
func (k ProvisionKind) String() string { return enum.Text("ProvisionKind", provisionNames, k) }

// MarshalText implements [encoding.TextMarshaler].
func (k ProvisionKind) MarshalText() ([]byte, error) {
	return marshalEnum("provision", provisionNames, k)
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *ProvisionKind) UnmarshalText(b []byte) error {
	return unmarshalEnum("provision", provisionNames, b, k)
}

func marshalEnum[E ~uint8](what string, names []string, v E) ([]byte, error) {
	return enum.Marshal(parseProblem, what, names, v)
}

func unmarshalEnum[E ~uint8](what string, names []string, b []byte, v *E) error {
	return enum.Unmarshal(parseProblem, what, names, b, v)
}

// parseProblem reports an enum's bad text as relations' one parse error.
func parseProblem(what, input, msg string) error {
	return &relations.ParseError{What: what, Input: input, Msg: msg}
}
