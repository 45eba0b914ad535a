package pact

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/entente-go/entente/internal/errs"

	"github.com/entente-go/entente/relations"
)

// problems collects the ValidationErrors of a validation, keeping the
// first errs.MaxProblems.
type problems struct{ list errs.List }

func (p *problems) add(element, field, msg string) {
	p.wrap(element, field, errors.New(msg))
}

func (p *problems) wrap(element, field string, err error) {
	p.list.Add(&relations.ValidationError{Path: errs.JoinPath(element, field), Err: err})
}

// addAll records every problem of a joined error, such as
// [relations.Actor.Validate] gives.
func (p *problems) addAll(err error) {
	for _, e := range errs.Problems(err) {
		p.list.Add(e)
	}
}

func (p *problems) err() error {
	p.list.Scope = "pact"
	return p.list.Err()
}

// invalid is the error of a query given what it cannot answer about: the
// argument at path and what is wrong with it.
func invalid(path string, err error) error {
	return errs.In("pact", &relations.ValidationError{Path: path, Err: err})
}

// quote quotes an identifier of the model for a description (a Bond's or a
// Duty's String); errors quote with errs.Quote instead, which cuts hostile
// values short.
func quote(s string) string { return strconv.Quote(s) }

func idx(field string, i int) string { return field + "[" + strconv.Itoa(i) + "]" }

// element names an agreement in problems: by its ID, or by its place in
// the input when it has none. Like path, it is made into a string only for
// a problem, so that checking sound agreements allocates no names.
type element struct {
	id    string
	input int
}

// String names the agreement as a problem does: `agreement "smda"`, or
// `agreements[3]` for one without an ID.
func (e element) String() string {
	if e.id != "" {
		return "agreement " + errs.Quote(e.id)
	}
	return idx("agreements", e.input)
}

// path names a field of an agreement, such as
// amendments[0].clauses[2].conditions[1].adversaries[0], the deepest there
// is. It is a plain value, so that naming fields costs nothing until a
// problem needs the name.
type path struct {
	n     int
	parts [4]struct {
		name  string
		index int // -1 for a field that is not an element of a list
	}
}

// field returns the path of a field of f.
func (f path) field(name string) path { return f.push(name, -1) }

// elem returns the path of the i-th element of f's list name.
func (f path) elem(name string, i int) path { return f.push(name, i) }

func (f path) push(name string, i int) path {
	f.parts[f.n].name, f.parts[f.n].index = name, i
	f.n++
	return f
}

// String spells the path as a problem names a field:
// `amendments[0].clauses[2].by[1]`.
func (f path) String() string {
	var b strings.Builder
	for i, part := range f.parts[:f.n] {
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString(part.name)
		if part.index >= 0 {
			b.WriteString("[" + strconv.Itoa(part.index) + "]")
		}
	}
	return b.String()
}

// at records a problem with field f of agreement el; the names are built
// only for a problem that is kept, so that a million bad agreements cost
// no million names.
func (p *problems) at(el element, f path, msg string) { p.wrapAt(el, f, errors.New(msg)) }

// wrapAt records an error about field f of agreement el.
func (p *problems) wrapAt(el element, f path, err error) {
	if p.list.Full() {
		p.list.Skip(1)
		return
	}
	p.wrap(el.String(), f.String(), err)
}

// check validates agreement i (in ID order; input is its place in the
// input) against the actors; dup says that an agreement before it in the
// input has the same ID.
func (m *Model) check(p *problems, i, input int, dup bool) {
	a := &m.agreements[i]
	el := element{a.ID, input}
	var root path
	switch {
	case a.ID == "":
		p.at(el, root.field("id"), "empty")
	case dup:
		p.at(el, root.field("id"), "duplicate agreement ID")
	}
	if a.Name == "" {
		p.at(el, root.field("name"), "empty")
	}
	parties := &partySet{}
	m.checkParties(p, el, i, parties)
	m.checkLifecycle(p, el, a)
	life := lifeOf(a)
	for j := range a.Parties {
		pa := &a.Parties[j]
		if msg := life.problem(pa.Joined); msg != "" {
			p.at(el, root.elem("parties", j).field("joined"), msg)
		}
		if msg := life.problem(pa.Withdrew); msg != "" {
			p.at(el, root.elem("parties", j).field("withdrew"), msg)
		}
	}
	members := 0
	for _, party := range a.Parties {
		if party.Roles.Has(Member) {
			members++
		}
	}
	m.checkForm(p, el, a, members)
	m.checkText(p, el, root, a.Clauses, a.Provisions, parties, members)
	for ai := range a.Amendments {
		am := &a.Amendments[ai]
		f := root.elem("amendments", ai)
		switch {
		case !am.Date.IsValid():
			p.at(el, f.field("date"), "missing")
		case ai > 0 && am.Date.Before(a.Amendments[ai-1].Date) == relations.Yes:
			p.at(el, f.field("date"), am.Date.String()+" comes before the amendment before it")
		default:
			if msg := life.problem(am.Date); msg != "" {
				p.at(el, f.field("date"), msg)
			}
		}
		m.checkText(p, el, f, am.Clauses, am.Provisions, parties, members)
	}
}

// checkText checks the clauses and provisions of one phase; f is the path
// of the amendment they are in (empty for the original text).
func (m *Model) checkText(p *problems, el element, f path, clauses []Clause, provisions []Provision, parties *partySet, members int) {
	for ci := range clauses {
		m.checkClause(p, el, f.elem("clauses", ci), &clauses[ci], parties, members)
	}
	for vi := range provisions {
		m.checkProvision(p, el, f.elem("provisions", vi), &provisions[vi], parties)
	}
}

// partySet answers whether an actor is a party of the agreement being
// checked: for an agreement of few parties, by a scan of its parties;
// otherwise by a stamp per actor index, so that checking costs no map per
// agreement, with unknown IDs (reported already) kept apart.
type partySet struct {
	m       *Model
	list    []Party // the agreement's parties
	stamp   int32
	unknown []relations.ActorID
	n       int // distinct parties
}

func (s *partySet) has(id relations.ActorID) bool {
	if len(s.list) <= fewParties {
		for i := range s.list {
			if s.list[i].Actor == id {
				return true
			}
		}
		return false
	}
	if xi, ok := s.m.actorIdx[id]; ok {
		return s.m.partyStamp[xi] == s.stamp
	}
	return slices.Contains(s.unknown, id)
}

// checkParties checks agreement i's parties, whose actor indexes
// resolveParties has set (see partiesOf), and sets parties to them.
func (m *Model) checkParties(p *problems, el element, i int, parties *partySet) {
	a := &m.agreements[i]
	m.stamp++
	*parties = partySet{m: m, list: a.Parties, stamp: m.stamp}
	var root path
	if len(a.Parties) > MaxParties {
		p.wrapAt(el, root.field("parties"), errs.Limit(strconv.Itoa(len(a.Parties))+" parties", MaxParties, "", "pact.MaxParties"))
		return
	}
	resolved := m.partiesOf(int32(i))
	for j, party := range a.Parties {
		// The field's path is made only for a problem.
		f := func(field string) path { return root.elem("parties", j).field(field) }
		switch xi := resolved[j]; {
		case xi < 0:
			p.wrapAt(el, f("actor"), unknownActor(party.Actor))
			if !slices.Contains(parties.unknown, party.Actor) {
				parties.unknown = append(parties.unknown, party.Actor)
				parties.n++
			}
		case m.partyStamp[xi] == parties.stamp:
			for _, q := range a.Parties[:j] {
				if q.Actor == party.Actor && !disjoint(q, party) {
					p.at(el, f("actor"), "party "+errs.Quote(string(party.Actor))+" is listed twice with spells that may overlap")
					break
				}
			}
		default:
			m.partyStamp[xi] = parties.stamp
			parties.n++
		}
		if party.Roles == 0 || party.Roles>>len(roleNames) != 0 {
			if party.Roles == 0 {
				p.at(el, f("roles"), "are empty; give the party at least one role: "+strings.Join(roleNames, ", "))
			} else {
				p.at(el, f("roles"), "roles "+party.Roles.String()+" include one that is not "+strings.Join(roleNames, ", "))
			}
		}
		if party.Joined.IsValid() && party.Withdrew.IsValid() && party.Withdrew.Before(party.Joined) == relations.Yes {
			p.at(el, f("withdrew"), "withdrawal "+party.Withdrew.String()+" comes before joining "+party.Joined.String())
		}
		if party.Signed.IsValid() && party.Ratified.IsValid() && party.Ratified.Before(party.Signed) == relations.Yes {
			p.at(el, f("ratified"), "ratification "+party.Ratified.String()+" comes before signature "+party.Signed.String())
		}
	}
	if parties.n < 2 {
		p.at(el, root.field("parties"), "an agreement needs at least two parties, has "+strconv.Itoa(parties.n))
	}
}

// disjoint reports whether two spells of one party certainly do not
// overlap: one ends before the other joins.
func disjoint(a, b Party) bool {
	before := func(x, y Party) bool {
		return x.Withdrew.IsValid() && y.Joined.IsValid() && x.Withdrew.OnOrBefore(y.Joined) == relations.Yes
	}
	return before(a, b) || before(b, a)
}

func (m *Model) checkLifecycle(p *problems, el element, a *Agreement) {
	var root path
	if len(a.Lifecycle) == 0 {
		p.at(el, root.field("lifecycle"), "empty: say at least when it was proposed, signed or in force")
	}
	prev := StatusChange{}
	for j, c := range a.Lifecycle {
		f := func(field string) path { return root.elem("lifecycle", j).field(field) }
		if !c.Date.IsValid() {
			p.at(el, f("date"), "missing")
		} else if prev.Date.IsValid() && c.Date.Before(prev.Date) == relations.Yes {
			p.at(el, f("date"), c.Date.String()+" comes before the stage before it ("+prev.Date.String()+")")
		}
		if !slices.Contains(nextStatus[prev.Status], c.Status) {
			p.at(el, f("status"), "cannot go from "+prev.Status.String()+" to "+c.Status.String())
		}
		prev = c
	}
}

// life is the span of an agreement's existence that its other dates must
// fall in: from its first stage (a proposal, a signature or entry into
// force) to its end, when it was terminated. from and until are the first
// day the first stage may fall on and the last day the end may fall on;
// a bound the lifecycle does not give is open.
type life struct {
	first, end  StatusChange
	from, until int32
}

// lifeOf returns the life of agreement a.
func lifeOf(a *Agreement) life {
	l := life{from: always.fromFirst, until: always.untilLast}
	if len(a.Lifecycle) == 0 {
		return l
	}
	if first := a.Lifecycle[0]; first.Date.IsValid() {
		l.first = first
		l.from, _ = days(first.Date)
	}
	if last := a.Lifecycle[len(a.Lifecycle)-1]; (last.Status == Terminated || last.Status == Revoked) && last.Date.IsValid() {
		l.end = last
		_, l.until = days(last.Date)
	}
	return l
}

// problem says how day falls certainly outside the life, naming both
// dates; "" when it may fall inside: when its last possible day is before
// the life's first possible one, or its first after the life's last.
func (l life) problem(day relations.Date) string {
	if !day.IsValid() {
		return ""
	}
	f, last := days(day)
	switch {
	case last < l.from:
		return day.String() + " comes before the agreement's first date, " + l.first.Date.String() + " (" + l.first.Status.String() + ")"
	case f > l.until:
		return day.String() + " comes after the agreement's end, " + l.end.Date.String() + " (" + l.end.Status.String() + ")"
	}
	return ""
}

func (m *Model) checkIDs(p *problems, el element, f path, field string, ids []relations.ActorID, parties *partySet) {
	for k, id := range ids {
		if !parties.has(id) {
			p.at(el, f.elem(field, k), errs.Quote(string(id))+" is not a party")
		} else if slices.Index(ids, id) < k {
			p.at(el, f.elem(field, k), errs.Quote(string(id))+" is listed twice")
		}
	}
}

func (m *Model) checkClause(p *problems, el element, f path, c *Clause, parties *partySet, members int) {
	if !c.Obligation.binding() && c.Obligation != Expectation {
		p.at(el, f.field("obligation"), "is "+c.Obligation.String()+"; want one of defense, offense, neutrality, non-aggression, consultation, expectation")
	}
	m.checkIDs(p, el, f, "by", c.By, parties)
	m.checkIDs(p, el, f, "to", c.To, parties)
	if len(c.By) == 1 && len(c.To) == 1 && c.By[0] == c.To[0] {
		p.at(el, f, errs.Quote(string(c.By[0]))+" owes an obligation to itself")
	}
	if (len(c.By) == 0 || len(c.To) == 0) && members < 2 && !(len(c.By) > 0 && len(c.To) > 0) {
		p.at(el, f, "names no one: By or To is empty (every member) but the agreement has fewer than two members")
	}
	if !c.VariesByPartner && (c.PairOwed || c.Unsettled != "") {
		p.at(el, f.field("varies_by_partner"), "is false, but pair_owed or unsettled says how the clause varies by partner")
	}
	for k, cond := range c.Conditions {
		cf := f.elem("conditions", k)
		switch {
		case cond.Kind == UnknownCondition || int(cond.Kind) >= len(conditionNames):
			p.at(el, cf.field("kind"), "unknown condition "+cond.Kind.String())
		case cond.MinAdversaries < 0:
			p.at(el, cf.field("min_adversaries"), "negative minimum "+itoa(cond.MinAdversaries))
		}
		for n, adv := range cond.Adversaries {
			if _, ok := m.actorIdx[adv]; !ok {
				p.wrapAt(el, cf.elem("adversaries", n), unknownActor(adv))
			}
		}
	}
}

func (m *Model) checkProvision(p *problems, el element, f path, v *Provision, parties *partySet) {
	if v.Kind == UnknownProvision || int(v.Kind) >= len(provisionNames) {
		p.at(el, f.field("kind"), "unknown provision "+v.Kind.String())
	}
	m.checkIDs(p, el, f, "by", v.By, parties)
	m.checkIDs(p, el, f, "to", v.To, parties)
	if v.Troops < 0 {
		p.at(el, f.field("troops"), "negative troops "+strconv.Itoa(v.Troops))
	}
	if v.Commander != "" && !parties.has(v.Commander) {
		p.at(el, f.field("commander"), errs.Quote(string(v.Commander))+" is not a party")
	}
}

// unknownAgreement is the error for an agreement ID not in the model.
func unknownAgreement(id string) error {
	return errs.Wrap("unknown agreement "+errs.Quote(id), ErrUnknownAgreement)
}

// unknownActor is the error for an ID not in the model.
func unknownActor(id relations.ActorID) error {
	return errs.UnknownActor(string(id), relations.ErrUnknownActor)
}

func itoa(i int) string { return strconv.Itoa(i) }
