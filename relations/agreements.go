package relations

import "iter"

// AgreementSource is what a History needs from a set of written agreements
// to include the alignment they create ("ally" for a defense obligation in
// force). Package pact's Model implements it; the interface keeps the
// dependency one way, pact → relations.
type AgreementSource interface {
	// AgreementAlignment returns the highest alignment that agreements in
	// force on day give the pair a–b, with the agreement and clause that
	// give it, and whether any does. Agreements whose force on day the data
	// cannot settle give nothing.
	AgreementAlignment(a, b ActorID, day Date) (Alignment, Cause, bool)
	// AgreementPairs yields every pair of actors that some agreement binds
	// at some time, each once.
	AgreementPairs() iter.Seq2[ActorID, ActorID]
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
			ai, aok := h.actorIdx[a]
			bi, bok := h.actorIdx[b]
			if aok && bok && ai != bi {
				extra = append(extra, makePairKey(ai, bi))
			}
		}
	}
	g.indexActors(extra)
	return &g
}
