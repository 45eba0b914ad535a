package pact

import (
	"iter"

	"github.com/entente-go/entente/relations"
)

// alignmentOfTie is the alignment a tie gives the pair it binds: a defense
// or offense obligation makes allies; other obligations and cooperative
// provisions make partners; expectations and restored relations give
// nothing beyond what events record.
// An assurance's promise not to attack gives nothing either: a promise is
// not an alliance.
func (m *Model) alignmentOfTie(t *tie) relations.Alignment {
	switch {
	case m.agreements[t.agreement].Form == Assurance:
		return relations.UnknownAlignment
	case t.obligation == Defense || t.obligation == Offense:
		return relations.Ally
	case t.obligation.binding():
		return relations.Partner
	}
	switch t.provision {
	case Basing, MilitaryAid, IntegratedCommand, ForceContribution, JointExercises, ConsultationMechanism:
		return relations.Partner
	}
	return relations.UnknownAlignment
}

// A Model is the agreements a history folds in.
var _ relations.AgreementSource = (*Model)(nil)

// AgreementAlignment returns the highest alignment that agreements
// certainly in force on day give the pair a–b, with the agreement and
// clause that give it. It makes a Model a [relations.AgreementSource], so
// that [relations.History.WithAgreements] folds alliances into a history's
// answers.
func (m *Model) AgreementAlignment(a, b relations.ActorID, day relations.Date) relations.AgreementStanding {
	var st relations.AgreementStanding
	ai, aok := m.actorIdx[a]
	bi, bok := m.actorIdx[b]
	if !aok || !bok || !day.IsValid() {
		return st
	}
	f, l := days(day)
	var stack [16]tie
	ties := m.tiesOf(ai, bi, stack[:0])
	for i := range ties {
		t := &ties[i]
		al := m.alignmentOfTie(t)
		if al <= st.Alignment && al <= st.Possible {
			continue
		}
		switch in, doubt := m.tieTruth(t, day, f, l); {
		case in == relations.Yes && al > st.Alignment:
			st.Alignment = al
			st.Cause = relations.Cause{Since: m.tieStart(t), Agreement: m.agreements[t.agreement].ID}
			if t.provision == UnknownProvision {
				st.Cause.Clause = m.clause(t).ID
			}
		case in == relations.CannotTell && al > st.Possible:
			st.Possible, st.Doubt = al, doubt
		}
	}
	if st.Possible <= st.Alignment {
		st.Possible, st.Doubt = relations.UnknownAlignment, relations.Doubt{}
	}
	return st
}

// tieStart returns the date from which a tie binds, for explanations: the
// latest of the agreement's entry into force, the phase's start and the
// parties' joining.
func (m *Model) tieStart(t *tie) relations.Date {
	a := &m.agreements[t.agreement]
	var from relations.Date
	later := func(d relations.Date) {
		if d.IsValid() && (!from.IsValid() || d.Compare(from) > 0) && t.w.fromFirst >= first(d) {
			from = d
		}
	}
	for _, c := range a.Lifecycle {
		if c.Status == InForce {
			later(c.Date)
		}
	}
	later(m.phases[t.agreement][t.phase].from)
	for _, p := range a.Parties {
		later(p.Joined)
	}
	return from
}

// AgreementPairs yields every pair of actors that some agreement ties
// together at some time, each once, lower actor ID first. With
// AgreementAlignment it makes a Model a [relations.AgreementSource].
func (m *Model) AgreementPairs() iter.Seq2[relations.ActorID, relations.ActorID] {
	return func(yield func(relations.ActorID, relations.ActorID) bool) {
		var ties []tie
		for xi := range m.actors {
			ties = m.tiesOf(int32(xi), -1, ties[:0])
			last := int32(-1)
			for _, t := range ties {
				if t.other > int32(xi) && t.other != last && m.alignmentOfTie(&t) != relations.UnknownAlignment {
					last = t.other
					if !yield(m.actors[xi].ID, m.actors[t.other].ID) {
						return
					}
				}
			}
		}
	}
}
