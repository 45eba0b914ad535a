package network

import (
	"strings"

	"github.com/entente-go/entente/internal/enum"
	"github.com/entente-go/entente/relations"
)

// Obligations is a set of ATOP's five binding obligations, as one actor owes
// them to another (or, in an undirected view, as either owes the other).
type Obligations uint8

// The five obligations, in ATOP's order (codebook section 3).
const (
	Defense Obligations = 1 << iota
	Offense
	Neutrality
	NonAggression
	Consultation
)

// AnyObligation is the set of all five: ATOP's definition of an alliance.
const AnyObligation = Defense | Offense | Neutrality | NonAggression | Consultation

var obligationNames = []string{"defense", "offense", "neutrality", "non-aggression", "consultation"}

// String lists the obligations joined by "+", as in "defense+consultation";
// the empty set is "none", and bits beyond the five print as "Obligations(N)".
func (o Obligations) String() string {
	if o == 0 {
		return "none"
	}
	if o&^AnyObligation != 0 {
		return enum.Text("Obligations", nil, o)
	}
	var parts []string
	for i, n := range obligationNames {
		if o&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	return strings.Join(parts, "+")
}

// Weight is the strength of a tie with these obligations, on the ordinal
// scale of the Correlates of War alliance types that Maoz (2010, Networks of
// Nations, ch. 4) uses to value alliance ties: 3 for a defense (or offense)
// pledge, 2 for neutrality or non-aggression, 1 for consultation only, and 0
// for none.
func (o Obligations) Weight() int {
	switch {
	case o&(Defense|Offense) != 0:
		return 3
	case o&(Neutrality|NonAggression) != 0:
		return 2
	case o&Consultation != 0:
		return 1
	}
	return 0
}

// Kind says what a tie stands for.
type Kind uint8

const (
	// UnknownKind is the zero Kind.
	UnknownKind Kind = iota
	// AllianceTie is a directed tie of obligations from one actor to another:
	// a positive tie.
	AllianceTie
	// RivalryTie is an undirected strategic rivalry (Thompson and Dreyer
	// 2012): a negative tie.
	RivalryTie
)

// String returns "alliance", "rivalry", or "Kind(N)" for a bad value.
func (k Kind) String() string {
	return enum.Text("Kind", []string{"unknown", "alliance", "rivalry"}, k)
}

// Cause says why a tie is uncertain.
type Cause uint8

const (
	// Certain is the zero Cause: nothing about the tie is in doubt.
	Certain Cause = iota
	// PartialDate: the precision of a date (an entry or exit known only to
	// the month or year) leaves open whether the tie holds then.
	PartialDate
	// CoverageEnd: the time asked lies after the source's coverage; the tie
	// is as last observed (ATOP on 2018-12-31, the rivalries in 2010).
	CoverageEnd
	// VariesByPartner: ATOP's OBVARY — the member's obligations vary by
	// partner and the member file does not say toward whom.
	VariesByPartner
	// OutsideSystem: an end of the tie is not a state of the COW system
	// then, so the tie has no node to attach to.
	OutsideSystem
)

// String returns the cause in words, or "Cause(N)" for a bad value.
func (c Cause) String() string {
	return enum.Text("Cause", []string{"certain", "partial date", "after coverage", "varies by partner", "outside system"}, c)
}

// Tie is one tie of a snapshot. An alliance tie is directed: A owes B the
// Obligations (two mutual pledges are two ties). A rivalry tie is undirected,
// A before B in ID order, with no obligations.
type Tie struct {
	A, B        relations.ActorID
	Kind        Kind
	Obligations Obligations
	// Cause is Certain for the ties of [Snapshot.Ties] and says why for
	// those of [Snapshot.Uncertain].
	Cause Cause
}

// String describes the tie, as in "USA owes defense+consultation to JPN",
// "GRC and TUR are rivals (after coverage)".
func (t Tie) String() string {
	var s string
	if t.Kind == RivalryTie {
		s = string(t.A) + " and " + string(t.B) + " are rivals"
	} else {
		s = string(t.A) + " owes " + t.Obligations.String() + " to " + string(t.B)
	}
	if t.Cause != Certain {
		s += " (" + t.Cause.String() + ")"
	}
	return s
}

func compareTies(x, y Tie) int {
	if c := strings.Compare(string(x.A), string(y.A)); c != 0 {
		return c
	}
	if c := strings.Compare(string(x.B), string(y.B)); c != 0 {
		return c
	}
	if x.Kind != y.Kind {
		return int(x.Kind) - int(y.Kind)
	}
	if x.Cause != y.Cause {
		return int(x.Cause) - int(y.Cause)
	}
	return int(x.Obligations) - int(y.Obligations)
}
