package pact

import (
	"errors"

	"github.com/entente-go/entente/relations"
)

// AlliancePartners answers "who are x's alliance partners on day?": the
// actors that x shares an obligation with then, in either direction, sorted
// by ID. With no obligations given it counts the five binding ones (ATOP's
// definition of an alliance); give some to filter, such as [Defense].
// Expectations are never alliances, and asking for one is an error; nor
// is an [Assurance]'s promise not to attack.
//
// Partners that the data cannot settle — a partial date, a day past the
// source's coverage, an obligation that varies by partner, an agreement
// whose text is not public — are in the
// answer's Uncertain part with that cause; [Model.Bonds] explains each.
// It reports an error for an unknown actor, a filter that can never match,
// or a day before the data's coverage.
func (m *Model) AlliancePartners(x relations.ActorID, day relations.Date, obligations ...Obligation) (relations.Answer[relations.ActorID], error) {
	mask, err := bindingMask(obligations)
	if err != nil {
		return relations.Answer[relations.ActorID]{}, err
	}
	xi, f, l, err := m.actorOn(x, day)
	if err != nil {
		return relations.Answer[relations.ActorID]{}, err
	}
	return m.alliancePartners(xi, day, f, l, mask), nil
}

// CertainAlliancePartners returns only the certain part of
// [Model.AlliancePartners]: for callers that have decided, by name, to
// leave out what the data cannot settle.
func (m *Model) CertainAlliancePartners(x relations.ActorID, day relations.Date, obligations ...Obligation) ([]relations.ActorID, error) {
	a, err := m.AlliancePartners(x, day, obligations...)
	return a.Certain, err
}

// bindingMask turns an obligation filter into a set, rejecting filters that
// can never match an alliance.
func bindingMask(obs []Obligation) (ObligationSet, error) {
	if len(obs) == 0 {
		return bindingObligations, nil
	}
	var set ObligationSet
	for _, o := range obs {
		if !o.binding() {
			return 0, invalid("query: obligations", errors.New(o.String()+" is not an alliance obligation; want one of defense, offense, neutrality, non-aggression, consultation"))
		}
		set = set.With(o)
	}
	return set, nil
}

// counterparts answers which counterparts of x's ties that keep accepts
// bind on the span [f, l]: certainly, or as far as the data can tell.
func (m *Model) counterparts(xi int32, day relations.Date, f, l int32, keep func(*tie) bool) relations.Answer[relations.ActorID] {
	var ans relations.Answer[relations.ActorID]
	ties := m.tiesOf(xi, -1, nil)
	for i := 0; i < len(ties); {
		j, other := i, ties[i].other
		best, doubt := relations.No, relations.Doubt{}
		for ; j < len(ties) && ties[j].other == other; j++ {
			t := &ties[j]
			if best == relations.Yes || !keep(t) {
				continue
			}
			if in, d := m.tieTruth(t, day, f, l); in == relations.Yes || (in == relations.CannotTell && best == relations.No) {
				best, doubt = in, d
			}
		}
		if best == relations.CannotTell && m.pairCertain(ties[i:j], day, f, l, keep) {
			best = relations.Yes
		}
		switch best {
		case relations.Yes:
			ans.Certain = append(ans.Certain, m.actors[other].ID)
		case relations.CannotTell:
			ans.Uncertain = append(ans.Uncertain, relations.Doubtful[relations.ActorID]{Item: m.actors[other].ID, Doubt: doubt})
		}
		i = j
	}
	return ans
}

// tieTruth says whether tie t binds on the span [f, l] of day, and if the
// data cannot tell, why.
func (m *Model) tieTruth(t *tie, day relations.Date, f, l int32) (relations.Truth, relations.Doubt) {
	in := t.w.contains(f, l)
	switch {
	case in == relations.CannotTell:
		return in, m.doubtOf(t.agreement, day, l)
	case in == relations.Yes && m.untold(t):
		a := &m.agreements[t.agreement]
		return relations.CannotTell, relations.Doubt{Reason: relations.UndisclosedText,
			Detail: "agreement " + quote(a.ID) + ": its text is not public, so whether it holds a " +
				t.obligation.String() + " obligation cannot be told (" + a.TextNotPublic + ")"}
	case in == relations.Yes && t.obligation != UnknownObligation && m.clause(t).VariesByPartner:
		why := ", and the source does not say toward whom"
		if u := m.clause(t).Unsettled; u != "" {
			why = "; " + u
		}
		return relations.CannotTell, relations.Doubt{Reason: relations.VariesByPartner,
			Detail: "agreement " + quote(m.agreements[t.agreement].ID) + ": its " + t.obligation.String() +
				" obligation varies by partner" + why}
	}
	return in, relations.Doubt{}
}
