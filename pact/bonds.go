package pact

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/entente-go/entente/relations"
)

// Bond is one directed obligation between two actors on a day, with the
// clause that creates it: the unit of explanation for alliance queries.
type Bond struct {
	By, To     relations.ActorID
	Obligation Obligation
	// Form is the form of the agreement the bond comes from: with
	// Obligation, the kind of commitment it is.
	Form       Form
	Agreement  string
	Clause     string
	Conditions []Condition
	// InForce is Yes when the clause certainly binds on the day asked,
	// CannotTell when the data leave it open, and Doubt then says why.
	InForce relations.Truth
	Doubt   relations.Doubt
}

// String describes the bond in one line, as in
// `PAK owes defense to SAU (agreement "smda", clause "art2")`; a
// guarantee or an assurance is named by its form, as in
// `(unilateral-guarantee "eo-14353")`.
func (b Bond) String() string {
	s := string(b.By) + " owes " + b.Obligation.String() + " to " + string(b.To) +
		" (" + b.Form.noun() + " " + quote(b.Agreement)
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
	return Bond{By: by, To: to, Obligation: t.obligation, Form: m.agreements[t.agreement].Form, Agreement: m.agreements[t.agreement].ID,
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
