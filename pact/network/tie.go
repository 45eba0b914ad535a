package network

import (
	"cmp"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

// binding is the set of ATOP's five binding obligations: its definition of
// an alliance, and the obligations a tie holds.
const binding = pact.ObligationSet(1<<pact.Defense | 1<<pact.Offense | 1<<pact.Neutrality |
	1<<pact.NonAggression | 1<<pact.Consultation)

// setOf returns the binding obligations among obligations, all five when
// none is given. An obligation that binds no one (an expectation) adds
// nothing.
func setOf(obligations []pact.Obligation) pact.ObligationSet {
	if len(obligations) == 0 {
		return binding
	}
	var f pact.ObligationSet
	for _, o := range obligations {
		f = f.With(o)
	}
	return f & binding
}

// weight is the strength of a tie with obligations o, on the ordinal scale
// of the Correlates of War alliance types that Maoz (2010, Networks of
// Nations, ch. 4) uses to value alliance ties: 3 for a defense (or offense)
// pledge, 2 for neutrality or non-aggression, 1 for consultation only, 0
// for none.
func weight(o pact.ObligationSet) float64 {
	switch {
	case o.Has(pact.Defense) || o.Has(pact.Offense):
		return 3
	case o.Has(pact.Neutrality) || o.Has(pact.NonAggression):
		return 2
	case o.Has(pact.Consultation):
		return 1
	}
	return 0
}

// Tie is a directed alliance tie: A owes B the Obligations, some of ATOP's
// five binding ones. Pledges may be one-way (the United States pledges to
// defend Japan; Japan does not pledge to defend the United States), so a
// mutual pledge is two ties. In a [Snapshot]'s answer a direction may have a
// certain tie and, apart, an uncertain one of other obligations.
type Tie struct {
	A, B        relations.ActorID
	Obligations pact.ObligationSet
}

// String describes the tie, as in "USA owes defense+consultation to JPN".
func (t Tie) String() string {
	return string(t.A) + " owes " + t.Obligations.String() + " to " + string(t.B)
}

func compareTies(x, y Tie) int {
	return cmp.Or(cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B), cmp.Compare(x.Obligations, y.Obligations))
}

// Pair is an unordered pair of actors, A before B in ID order: an edge of
// an undirected graph, a rivalry.
type Pair struct{ A, B relations.ActorID }

// PairOf returns the pair of a and b, in ID order.
func PairOf(a, b relations.ActorID) Pair {
	if b < a {
		a, b = b, a
	}
	return Pair{a, b}
}

// String returns the pair as "GRC–TUR".
func (p Pair) String() string { return string(p.A) + "–" + string(p.B) }

func comparePairs(x, y Pair) int { return cmp.Or(cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B)) }
