package pact

import (
	"cmp"
	"errors"
	"slices"
	"sort"
	"strconv"

	"github.com/entente-go/entente/internal/errs"

	"github.com/entente-go/entente/relations"
)

var errZeroDay = errors.New("the day is the zero relations.Date")

// Bond is one directed obligation between two actors on a day, with the
// clause that creates it: the unit of explanation for alliance queries.
type Bond struct {
	By, To     relations.ActorID
	Obligation Obligation
	Agreement  string
	Clause     string
	Conditions []Condition
	// InForce is Yes when the clause certainly binds on the day asked,
	// CannotTell when the data leave it open, and Doubt then says why.
	InForce relations.Truth
	Doubt   relations.Doubt
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
		s += " [cannot tell: " + b.Doubt.String() + "]"
	}
	return s
}

// day checks a query's day against the coverage and returns its span.
func (m *Model) day(d relations.Date) (int32, int32, error) {
	if !d.IsValid() {
		return 0, 0, &relations.FieldError{Scope: "pact", Element: "query", Field: "day", Err: errZeroDay}
	}
	f, l := days(d)
	if f < m.covered.fromLast {
		return 0, 0, &relations.FieldError{Scope: "pact", Element: "query", Field: "day",
			Err: wrapErr(d.String()+" is before "+m.coverage.Source+" begins to observe, on "+m.coverage.Observed.From.String(), ErrOutsideCoverage)}
	}
	return f, l, nil
}

// actorOn checks a query's actor and day together: the preamble of most
// queries.
func (m *Model) actorOn(id relations.ActorID, day relations.Date) (int32, int32, int32, error) {
	xi, err := m.actor(id)
	if err != nil {
		return 0, 0, 0, err
	}
	f, l, err := m.day(day)
	return xi, f, l, err
}

func (m *Model) actor(id relations.ActorID) (int32, error) {
	i, ok := m.actorIdx[id]
	if !ok {
		return 0, &relations.FieldError{Scope: "pact", Element: "query", Field: "actor", Err: unknownActor(id)}
	}
	return i, nil
}

// AlliancePartners answers "who are x's alliance partners on day?": the
// actors that x shares an obligation with then, in either direction, sorted
// by ID. With no obligations given it counts the five binding ones (ATOP's
// definition of an alliance); give some to filter, such as [Defense].
// Expectations are never alliances, and asking for one is an error.
//
// Partners that the data cannot settle — a partial date, a day past the
// source's coverage, an obligation that varies by partner — are in the
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
			return 0, &relations.FieldError{Scope: "pact", Element: "query", Field: "obligations",
				Err: errors.New(o.String() + " is not an alliance obligation; want one of defense, offense, neutrality, non-aggression, consultation")}
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

// Guarantors answers "who must come to x's aid if it is attacked?": the
// actors that owe x defense on day, sorted by ID, certain and uncertain
// apart.
func (m *Model) Guarantors(x relations.ActorID, day relations.Date) (relations.Answer[relations.ActorID], error) {
	return m.directed(x, day, false, Defense)
}

// Defends answers "whom must x aid if they are attacked?": the actors x
// owes defense to on day, sorted by ID, certain and uncertain apart.
func (m *Model) Defends(x relations.ActorID, day relations.Date) (relations.Answer[relations.ActorID], error) {
	return m.directed(x, day, true, Defense)
}

func (m *Model) directed(x relations.ActorID, day relations.Date, outgoing bool, o Obligation) (relations.Answer[relations.ActorID], error) {
	xi, f, l, err := m.actorOn(x, day)
	if err != nil {
		return relations.Answer[relations.ActorID]{}, err
	}
	return m.counterparts(xi, day, f, l, func(t *tie) bool { return t.outgoing == outgoing && t.obligation == o }), nil
}

// Bonds returns every obligation by from to to that may bind on day —
// certainly (InForce Yes) or as far as the dates can tell (CannotTell) —
// sorted by obligation, agreement and clause. Expectations are included,
// marked as such by their Obligation. Each clause gives one bond, certain
// if any of the ways it binds (a spell of each party, a stage in force) is
// certain; clauses are told apart by their place in the text, not by their
// IDs, which may be empty, and clauses that read the same give one bond.
func (m *Model) Bonds(from, to relations.ActorID, day relations.Date) ([]Bond, error) {
	fi, err := m.actor(from)
	if err != nil {
		return nil, err
	}
	ti, f, l, err := m.actorOn(to, day)
	if err != nil {
		return nil, err
	}
	// A clause is its agreement, its phase and its index in the phase.
	type clauseAt struct {
		b                       Bond
		agreement, phase, index int32
	}
	var found []clauseAt
	ties := m.tiesOf(fi, ti, nil)
	for i := range ties {
		t := &ties[i]
		if !t.outgoing || t.obligation == UnknownObligation {
			continue
		}
		if in, doubt := m.tieTruth(t, day, f, l); in != relations.No {
			found = append(found, clauseAt{m.bond(fi, t, in, doubt), t.agreement, int32(t.phase), int32(t.item)})
		}
	}
	// By clause, the certain ways first; the first of each clause stays.
	slices.SortStableFunc(found, func(a, b clauseAt) int {
		return cmp.Or(cmp.Compare(a.b.Obligation, b.b.Obligation), cmp.Compare(a.b.Agreement, b.b.Agreement),
			cmp.Compare(a.b.Clause, b.b.Clause), cmp.Compare(a.phase, b.phase), cmp.Compare(a.index, b.index),
			cmp.Compare(b.b.InForce, a.b.InForce))
	})
	found = slices.CompactFunc(found, func(a, b clauseAt) bool {
		return a.agreement == b.agreement && a.phase == b.phase && a.index == b.index
	})
	// Clauses that read the same give one bond: bonds that read the same
	// share their obligation, agreement and clause ID, so they lie in one
	// run of the sorted list, and within a run a set of what else they read
	// finds them, where comparing each with every bond kept took the square
	// of the clauses (11 s for 40,000).
	out := make([]Bond, 0, len(found))
	var seen map[string]bool
	var key []byte
	for i := 0; i < len(found); {
		j := i + 1
		for j < len(found) && found[j].b.Obligation == found[i].b.Obligation &&
			found[j].b.Agreement == found[i].b.Agreement && found[j].b.Clause == found[i].b.Clause {
			j++
		}
		if j == i+1 {
			out = append(out, found[i].b)
			i = j
			continue
		}
		if seen == nil {
			seen = map[string]bool{}
		}
		clear(seen)
		for _, c := range found[i:j] {
			key = readsAs(key[:0], c.b)
			if !seen[string(key)] {
				seen[string(key)] = true
				out = append(out, c.b)
			}
		}
		i = j
	}
	return out, nil
}

// readsAs appends to key what a bond reads as beyond its obligation,
// agreement and clause: whether it is in force, and its conditions, every
// text prefixed by its length so that no two readings share a key.
func readsAs(key []byte, b Bond) []byte {
	str := func(s string) {
		key = strconv.AppendInt(key, int64(len(s)), 10)
		key = append(key, ':')
		key = append(key, s...)
	}
	key = append(key, byte(b.InForce))
	for _, c := range b.Conditions {
		key = append(key, '|', byte(c.Kind))
		num := func(n int) { key = append(strconv.AppendInt(key, int64(n), 10), ',') }
		num(len(c.Adversaries))
		for _, a := range c.Adversaries {
			str(string(a))
		}
		num(len(c.Locations))
		for _, l := range c.Locations {
			str(l)
		}
		str(c.War)
		num(c.MinAdversaries)
		str(c.Text)
	}
	return key
}

// bond describes tie t, owned by actor xi.
func (m *Model) bond(xi int32, t *tie, in relations.Truth, doubt relations.Doubt) Bond {
	c := m.clause(t)
	by, to := m.actors[xi].ID, m.actors[t.other].ID
	if !t.outgoing {
		by, to = to, by
	}
	return Bond{By: by, To: to, Obligation: t.obligation, Agreement: m.agreements[t.agreement].ID,
		Clause: c.ID, Conditions: slices.Clone(c.Conditions), InForce: in, Doubt: doubt}
}

// Expectations answers "who is x expected to be protected by on day,
// though nothing obliges them?": the informal expectations toward x, as
// bonds, certain and uncertain apart.
func (m *Model) Expectations(x relations.ActorID, day relations.Date) (relations.Answer[Bond], error) {
	var ans relations.Answer[Bond]
	xi, f, l, err := m.actorOn(x, day)
	if err != nil {
		return ans, err
	}
	ties := m.tiesOf(xi, -1, nil)
	for i := range ties {
		t := &ties[i]
		if t.outgoing || t.obligation != Expectation {
			continue
		}
		switch in, doubt := m.tieTruth(t, day, f, l); in {
		case relations.Yes:
			ans.Certain = append(ans.Certain, m.bond(xi, t, in, doubt))
		case relations.CannotTell:
			ans.Uncertain = append(ans.Uncertain, relations.Doubtful[Bond]{Item: m.bond(xi, t, in, doubt), Doubt: doubt})
		}
	}
	return ans, nil
}

// StatusOn returns the agreement's status on day and whether the data's
// precision settles it: the status of the last stage that certainly began
// by day, and CannotTell if a later stage may have begun too.
func (m *Model) StatusOn(id string, day relations.Date) (Status, relations.Truth, error) {
	ai, ok := m.agreementAt(id)
	if !ok {
		return UnknownStatus, relations.No, &relations.FieldError{Scope: "pact", Element: "query", Field: "agreement",
			Err: wrapErr("unknown agreement "+errs.Quote(id), ErrUnknownAgreement)}
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

// InForce answers "which agreements are in force on day?": their IDs,
// sorted, certain and uncertain apart. Proposals and signed agreements not
// yet in force are never included. Each agreement counts once, however
// many phases it has.
func (m *Model) InForce(day relations.Date) (relations.Answer[string], error) {
	var ans relations.Answer[string]
	f, l, err := m.day(day)
	if err != nil {
		return ans, err
	}
	var cand []int32
	cand = append(cand, m.inForceIn(day.Year())...)
	n := sort.Search(len(m.openFrom), func(i int) bool { return m.lastSpan(m.openFrom[i]).fromFirst > l })
	cand = append(cand, m.openFrom[:n]...)
	slices.Sort(cand)
	cand = slices.Compact(cand)
	for _, ai := range cand {
		in := relations.No
		for _, w := range m.inForce[ai] {
			in = in.Or(w.contains(f, l))
		}
		switch in {
		case relations.Yes:
			ans.Certain = append(ans.Certain, m.agreements[ai].ID)
		case relations.CannotTell:
			ans.Uncertain = append(ans.Uncertain, relations.Doubtful[string]{Item: m.agreements[ai].ID, Doubt: m.doubtOf(ai, day, l)})
		}
	}
	return ans, nil
}

// Proposals answers "which agreements are proposals on day?": the IDs of
// the agreements whose status then is Proposed, sorted, certain and
// uncertain apart.
func (m *Model) Proposals(day relations.Date) (relations.Answer[string], error) {
	var ans relations.Answer[string]
	_, l, err := m.day(day)
	if err != nil {
		return ans, err
	}
	for _, ai := range m.proposals {
		id := m.agreements[ai].ID
		switch st, sure, _ := m.StatusOn(id, day); {
		case st == Proposed && sure == relations.Yes:
			ans.Certain = append(ans.Certain, id)
		case sure == relations.CannotTell && (st == Proposed || st == UnknownStatus):
			ans.Uncertain = append(ans.Uncertain, relations.Doubtful[string]{Item: id, Doubt: m.doubtOf(ai, day, l)})
		}
	}
	return ans, nil
}

// AgreementsOf returns the IDs of every agreement x is a party to, in any
// role and at any time, sorted.
func (m *Model) AgreementsOf(x relations.ActorID) ([]string, error) {
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
