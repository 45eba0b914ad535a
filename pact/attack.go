package pact

import (
	"slices"

	"github.com/entente-go/entente/relations"
)

// Attack is the question "if these aggressors attack this target on this
// day, who must act?", with the facts that conditions are checked against.
// Facts left unset are unknown, and conditions on them are checked as
// [relations.CannotTell].
type Attack struct {
	Aggressors []relations.ActorID
	Target     relations.ActorID
	On         relations.Date
	// Location is where the attack happens: a region's name or an actor ID
	// for that actor's territory, matched against Location conditions.
	Location string
	// War names the war, matched against SpecificWar
	// conditions.
	War string
	// Provoked says whether the target provoked the attack (for
	// NonProvocation conditions).
	Provoked relations.Truth
	// DemandRefused says whether an adversary refused a demand (for
	// DemandRefused conditions).
	DemandRefused relations.Truth
	// Requested says whether the parties at war asked for help (for
	// OnRequest conditions).
	Requested relations.Truth
}

const (
	// UnknownDuty is the zero DutyKind.
	UnknownDuty DutyKind = iota
	// Defend: come to the aid of the party, which is attacked (a defense
	// clause).
	Defend
	// JoinOffense: join the party's attack (an offense clause).
	JoinOffense
	// StayNeutral: give no aid to the party's adversaries (a neutrality
	// clause).
	StayNeutral
	// Refrain: do not attack the party (a non-aggression clause).
	Refrain
	// Consult: consult with the party (a consultation clause).
	Consult
)

func cloneAttack(a Attack) Attack {
	a.Aggressors = slices.Clone(a.Aggressors)
	return a
}
