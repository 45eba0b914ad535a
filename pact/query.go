package pact

import (
	"cmp"
	"errors"
	"slices"
	"sort"

	"github.com/entente-go/entente/relations"
)

var errZeroDay = errors.New("the day is the zero Date")

// Bond is one directed obligation between two actors on a day, with the
// clause that creates it: the unit of explanation for alliance queries.
type Bond struct {
	By, To     ActorID
	Obligation Obligation
	Agreement  string
	Clause     string
	Conditions []Condition
	// InForce is Yes when the clause certainly binds on the day asked,
	// CannotTell when the precision of the dates leaves it open.
	InForce relations.Truth
}

// String describes the bond in one line, as in
// `PAK owes defense to SAU (agreement "smda", clause "art2")`.
func (b Bond) String() string {
	s := string(b.By) + " owes " + b.Obligation.String() + " to " + string(b.To) +
		" (agreement " + quote(b.Agreement)
	if b.Clause != "" {
		s += ", clause " + quote(b.Clause)
	}
	s += ")"
	if len(b.Conditions) > 0 {
		s += " if " + conditionsText(b.Conditions)
	}
	if b.InForce == relations.CannotTell {
		s += " [cannot tell whether in force]"
	}
	return s
}

// obligationMask selects obligations; the default is the five binding ones.
func obligationMask(obs []Obligation) uint8 {
	if len(obs) == 0 {
		return 1<<Defense | 1<<Offense | 1<<Neutrality | 1<<NonAggression | 1<<Consultation
	}
	var mask uint8
	for _, o := range obs {
		if o < 8 {
			mask |= 1 << o
		}
	}
	return mask
}

// day checks a query's day against the coverage and returns its span.
func (m *Model) day(d Date) (int32, int32, error) {
	if !d.IsValid() {
		return 0, 0, &relations.FieldError{Scope: "pact", Element: "query", Field: "day", Err: errZeroDay}
	}
	f, l := d.DayNumber(), d.LastDayNumber()
	if m.coverage.contains(f, l) != relations.Yes {
		return 0, 0, &relations.FieldError{Scope: "pact", Element: "query", Field: "day",
			Err: wrapErr(d.String()+" is outside the data's coverage", ErrOutsideCoverage)}
	}
	return f, l, nil
}

// actorOn checks a query's actor and day together: the preamble of most
// queries.
func (m *Model) actorOn(id ActorID, day Date) (int32, int32, int32, error) {
	xi, err := m.actor(id)
	if err != nil {
		return 0, 0, 0, err
	}
	f, l, err := m.day(day)
	return xi, f, l, err
}

func (m *Model) actor(id ActorID) (int32, error) {
	i, ok := m.actorIdx[id]
	if !ok {
		return 0, &relations.FieldError{Scope: "pact", Element: "query", Field: "actor", Err: relations.UnknownActorError(id)}
	}
	return i, nil
}

// AlliancePartners returns the actors that x shares an obligation with on
// day, in either direction, sorted by ID. With no obligations given it
// counts the five binding ones (ATOP's definition of an alliance); give
// some to filter, such as [Defense]. Expectations are never alliances, and
// obligations that the precision of the dates leaves uncertain are left
// out ([Model.Bonds] lists them). It reports an error for an unknown actor
// or a day outside the data's coverage.
func (m *Model) AlliancePartners(x ActorID, day Date, obligations ...Obligation) ([]ActorID, error) {
	xi, f, l, err := m.actorOn(x, day)
	if err != nil {
		return nil, err
	}
	// Expectations and the unknown obligation are never alliances.
	return m.alliancePartners(xi, f, l, obligationMask(obligations)&^(1<<Expectation|1<<UnknownObligation)), nil
}

// counterparts returns the distinct counterparts of x's ties that keep
// accepts and that certainly bind on the span [f, l], allocating only the
// result.
func (m *Model) counterparts(xi, f, l int32, keep func(*tie) bool) []ActorID {
	ties := m.ties[xi]
	n, last := 0, int32(-1)
	for i := range ties {
		t := &ties[i]
		if t.other != last && keep(t) && t.w.contains(f, l) == relations.Yes {
			n, last = n+1, t.other
		}
	}
	if n == 0 {
		return nil
	}
	out, last := make([]ActorID, 0, n), -1
	for i := range ties {
		t := &ties[i]
		if t.other != last && keep(t) && t.w.contains(f, l) == relations.Yes {
			out, last = append(out, m.actors[t.other].ID), t.other
		}
	}
	return out
}

// Guarantors returns the actors that owe x defense on day, sorted by ID:
// who must come to x's aid if it is attacked.
func (m *Model) Guarantors(x ActorID, day Date) ([]ActorID, error) {
	return m.directed(x, day, false, Defense)
}

// Defends returns the actors x owes defense to on day, sorted by ID: whom x
// must aid if they are attacked.
func (m *Model) Defends(x ActorID, day Date) ([]ActorID, error) {
	return m.directed(x, day, true, Defense)
}

func (m *Model) directed(x ActorID, day Date, outgoing bool, o Obligation) ([]ActorID, error) {
	xi, f, l, err := m.actorOn(x, day)
	if err != nil {
		return nil, err
	}
	return m.counterparts(xi, f, l, func(t *tie) bool { return t.outgoing == outgoing && t.obligation == o }), nil
}

// Bonds returns every obligation by from to to that may bind on day —
// certainly (InForce Yes) or as far as the dates can tell (CannotTell) —
// sorted by obligation, agreement and clause. Expectations are included,
// marked as such by their Obligation.
func (m *Model) Bonds(from, to ActorID, day Date) ([]Bond, error) {
	fi, err := m.actor(from)
	if err != nil {
		return nil, err
	}
	ti, f, l, err := m.actorOn(to, day)
	if err != nil {
		return nil, err
	}
	var out []Bond
	ties := m.ties[fi]
	for i := sort.Search(len(ties), func(i int) bool { return ties[i].other >= ti }); i < len(ties) && ties[i].other == ti; i++ {
		t := &ties[i]
		if !t.outgoing || t.obligation == UnknownObligation {
			continue
		}
		if in := t.w.contains(f, l); in != relations.No {
			out = append(out, m.bond(fi, t, in))
		}
	}
	slices.SortFunc(out, func(a, b Bond) int {
		return cmp.Or(cmp.Compare(a.Obligation, b.Obligation), cmp.Compare(a.Agreement, b.Agreement), cmp.Compare(a.Clause, b.Clause))
	})
	return slices.CompactFunc(out, func(a, b Bond) bool {
		return a.Obligation == b.Obligation && a.Agreement == b.Agreement && a.Clause == b.Clause && a.InForce == b.InForce
	}), nil
}

// bond describes tie t, owned by actor xi.
func (m *Model) bond(xi int32, t *tie, in relations.Truth) Bond {
	c := m.clause(t)
	by, to := m.actors[xi].ID, m.actors[t.other].ID
	if !t.outgoing {
		by, to = to, by
	}
	return Bond{By: by, To: to, Obligation: t.obligation, Agreement: m.agreements[t.agreement].ID,
		Clause: c.ID, Conditions: slices.Clone(c.Conditions), InForce: in}
}

// Expectations returns the informal expectations of protection toward x on
// day: who x expects to protect it, though nothing obliges them.
func (m *Model) Expectations(x ActorID, day Date) ([]Bond, error) {
	xi, f, l, err := m.actorOn(x, day)
	if err != nil {
		return nil, err
	}
	var out []Bond
	for i := range m.ties[xi] {
		t := &m.ties[xi][i]
		if !t.outgoing && t.obligation == Expectation {
			if in := t.w.contains(f, l); in != relations.No {
				out = append(out, m.bond(xi, t, in))
			}
		}
	}
	return out, nil
}

// StatusOn returns the agreement's status on day and whether the data's
// precision settles it: the status of the last stage that certainly began
// by day, and CannotTell if a later stage may have begun too.
func (m *Model) StatusOn(id string, day Date) (Status, relations.Truth, error) {
	ai, ok := m.agrIdx[id]
	if !ok {
		return UnknownStatus, relations.No, &relations.FieldError{Scope: "pact", Element: "query", Field: "agreement",
			Err: wrapErr("unknown agreement "+quote(id), ErrUnknownAgreement)}
	}
	if !day.IsValid() {
		return UnknownStatus, relations.No, &relations.FieldError{Scope: "pact", Element: "query", Field: "day", Err: errZeroDay}
	}
	st, certain := UnknownStatus, relations.Yes
	for _, c := range m.agreements[ai].Lifecycle {
		switch c.Date.OnOrBefore(day) {
		case relations.Yes:
			st = c.Status
		case relations.CannotTell:
			certain = relations.CannotTell
		}
	}
	return st, certain, nil
}

// InForce returns the IDs of the agreements certainly in force on day,
// sorted. Proposals and signed agreements not yet in force are never
// included.
func (m *Model) InForce(day Date) ([]string, error) {
	f, l, err := m.day(day)
	if err != nil {
		return nil, err
	}
	var cand []int32
	cand = append(cand, m.byYear[day.Year()]...)
	n := sort.Search(len(m.openFrom), func(i int) bool { return m.lastSpan(m.openFrom[i]).fromFirst > l })
	cand = append(cand, m.openFrom[:n]...)
	var out []string
	for _, ai := range cand {
		for _, w := range m.inForce[ai] {
			if w.contains(f, l) == relations.Yes {
				out = append(out, m.agreements[ai].ID)
				break
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// Proposals returns the IDs of the agreements whose status on day is
// certainly Proposed, sorted.
func (m *Model) Proposals(day Date) ([]string, error) {
	if _, _, err := m.day(day); err != nil {
		return nil, err
	}
	var out []string
	for _, ai := range m.proposals {
		id := m.agreements[ai].ID
		if st, sure, _ := m.StatusOn(id, day); st == Proposed && sure == relations.Yes {
			out = append(out, id)
		}
	}
	return out, nil
}

// AgreementsOf returns the IDs of every agreement x is a party to, in any
// role and at any time, sorted.
func (m *Model) AgreementsOf(x ActorID) ([]string, error) {
	xi, err := m.actor(x)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(m.byActor[xi]))
	for i, ai := range m.byActor[xi] {
		out[i] = m.agreements[ai].ID
	}
	return out, nil
}
