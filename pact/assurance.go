package pact

import (
	"errors"
	"slices"
	"strings"

	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/relations"
)

// AssuranceStatus is where an [Assurance] stands on a day, as a record of
// tests reads it: who gave it to whom, the window it covers, whether it
// was in force, and whether (and when, on whose word) it had been broken.
type AssuranceStatus struct {
	Agreement string
	// By is the giver; To, the beneficiaries, in party order.
	By relations.ActorID
	To []relations.ActorID
	// Window runs from the assurance's first entry into force to the stage
	// that ended it (Until is zero while it has not ended).
	Window relations.Interval
	// InForce says whether the assurance binds on the day; when the data
	// cannot tell, Doubt says why.
	InForce relations.Truth
	Doubt   relations.Doubt
	// Breached is Yes when a breach certainly happened on or before the
	// day, CannotTell when one may have (a partial date), No otherwise.
	Breached relations.Truth
	// Breaches lists the breaches that happened, or may have, by the day,
	// in date order, each with its sources.
	Breaches []AssuranceBreach
	// Sources cite the assurance itself.
	Sources []string
}

// errNotAssurance is wrapped by AssuranceOn's error for an agreement of
// another form.
var errNotAssurance = errors.New("is not an assurance")

// AssuranceOn answers "was assurance id in force on day, and had it been
// broken by then?". It reports an error for an unknown agreement (wrapping
// [ErrUnknownAgreement]), one that is not an [Assurance], a zero day or a
// day before the data's coverage.
func (m *Model) AssuranceOn(id string, day relations.Date) (AssuranceStatus, error) {
	ai, ok := m.agreementAt(id)
	if !ok {
		return AssuranceStatus{}, invalid("query: agreement", unknownAgreement(id))
	}
	a := &m.agreements[ai]
	if a.Form != Assurance {
		return AssuranceStatus{}, invalid("query: agreement",
			errors.New("agreement "+errs.Quote(id)+" "+errNotAssurance.Error()+"; its form is "+a.Form.String()))
	}
	f, l, err := m.day(day)
	if err != nil {
		return AssuranceStatus{}, err
	}
	st := AssuranceStatus{Agreement: a.ID, Window: windowOf(a.Lifecycle), InForce: relations.No,
		Breached: relations.No, Sources: slices.Clone(a.Sources)}
	for _, p := range a.Parties {
		switch {
		case p.Roles.Has(Guarantor):
			st.By = p.Actor
		case !slices.Contains(st.To, p.Actor):
			st.To = append(st.To, p.Actor)
		}
	}
	for _, w := range m.inForce[ai] {
		st.InForce = st.InForce.Or(w.contains(f, l))
	}
	if st.InForce == relations.CannotTell {
		st.Doubt = m.doubtOf(ai, day, l)
	}
	for _, b := range a.Breaches {
		if on := b.Date.OnOrBefore(day); on != relations.No {
			st.Breached = st.Breached.Or(on)
			st.Breaches = append(st.Breaches, cloneBreaches([]AssuranceBreach{b})...)
		}
	}
	return st, nil
}

// windowOf returns the span from an agreement's first entry into force to
// the stage after its last one; the zero Interval if it never was.
func windowOf(life []StatusChange) relations.Interval {
	var iv relations.Interval
	for i, c := range life {
		if c.Status != InForce {
			continue
		}
		if !iv.From.IsValid() {
			iv.From = c.Date
		}
		iv.Until = relations.Date{}
		if i+1 < len(life) {
			iv.Until = life[i+1].Date
		}
	}
	return iv
}

// String describes the status in one line, as in
// `ISR's assurance "no-repeat" to QAT (from 2025-09-29): in force: yes;
// breached: no`, with each breach's date and summary.
func (s AssuranceStatus) String() string {
	var b strings.Builder
	b.WriteString(string(s.By) + "'s assurance " + quote(s.Agreement) + " to " + joinIDs(s.To))
	if s.Window.From.IsValid() {
		b.WriteString(" (from " + s.Window.From.String())
		if !s.Window.IsOpen() {
			b.WriteString(" until " + s.Window.Until.String())
		}
		b.WriteString(")")
	}
	b.WriteString(": in force: " + s.InForce.String())
	if s.InForce == relations.CannotTell {
		b.WriteString(" (" + s.Doubt.String() + ")")
	}
	b.WriteString("; breached: " + s.Breached.String())
	for _, br := range s.Breaches {
		b.WriteString("; " + br.Date.String())
		if br.Summary != "" {
			b.WriteString(": " + br.Summary)
		}
	}
	return b.String()
}
