package relations

import "iter"

// AgreementSource is what a History needs from a set of written agreements
// to include the alignment they create ("ally" for a defense obligation in
// force). Package pact's Model implements it; the interface keeps the
// dependency one way, pact → relations.
type AgreementSource interface {
	// AgreementAlignment returns what agreements give the pair a–b on day:
	// the highest alignment that agreements certainly in force give, with
	// the agreement and clause that give it, and apart from it the highest
	// that agreements the data cannot settle might give, with why.
	AgreementAlignment(a, b ActorID, day Date) AgreementStanding
	// AgreementPairs yields every pair of actors that some agreement binds
	// at some time, each once.
	AgreementPairs() iter.Seq2[ActorID, ActorID]
}

// AgreementStanding is what written agreements give a pair on a day.
type AgreementStanding struct {
	// Alignment is the highest alignment agreements certainly in force
	// give (UnknownAlignment if none), and Cause the agreement and clause
	// that give it.
	Alignment Alignment
	Cause     Cause
	// Possible is a higher alignment that agreements the data cannot
	// settle might give (a partial date, a day past the source's coverage,
	// an obligation that varies by partner), and Doubt why; Possible is
	// UnknownAlignment when there is none.
	Possible Alignment
	Doubt    Doubt
}

// WithAgreements returns a History that answers like h but also takes the
// alignment written agreements create from src: an agreement in force raises
// a pair's alignment to what it gives (a defense obligation makes allies),
// unless events have made the pair hostile, which an agreement does not
// undo. h itself is unchanged; the two share their indexes.
func (h *History) WithAgreements(src AgreementSource) *History {
	g := *h
	g.agreements = src
	var extra []pairKey
	if src != nil {
		for a, b := range src.AgreementPairs() {
			ai, aok := h.actorIndex(a)
			bi, bok := h.actorIndex(b)
			if aok && bok && ai != bi {
				extra = append(extra, makePairKey(ai, bi))
			}
		}
	}
	g.indexActors(extra)
	return &g
}
