package pact

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/entente-go/entente/internal/errs"

	"github.com/entente-go/entente/relations"
)

// problems collects the FieldErrors of a validation, keeping the first
// errs.MaxProblems.
type problems struct{ list errs.List }

func (p *problems) add(element, field, msg string) {
	p.wrap(element, field, errors.New(msg))
}

func (p *problems) wrap(element, field string, err error) {
	p.list.Add(&relations.FieldError{Scope: "pact", Element: element, Field: field, Err: err})
}

// addAll records every problem of a joined error, such as
// [relations.Actor.Validate] gives.
func (p *problems) addAll(err error) {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			p.list.Add(e)
		}
		return
	}
	p.list.Add(err)
}

func (p *problems) err() error { return p.list.Err() }

// quote quotes an identifier of the model for a description (a Bond's or a
// Duty's String); errors quote with errs.Quote instead, which cuts hostile
// values short.
func quote(s string) string { return strconv.Quote(s) }

func idx(field string, i int) string { return field + "[" + strconv.Itoa(i) + "]" }

// check validates agreement i, in input order, against the actors and the
// agreements before it; dup says that one of those has the same ID.
func (m *Model) check(p *problems, i int, dup bool) {
	a := &m.agreements[i]
	el := idx("agreements", i)
	if a.ID != "" {
		el = "agreement " + errs.Quote(a.ID)
	}
	switch {
	case a.ID == "":
		p.add(el, "id", "empty")
	case dup:
		p.add(el, "id", "duplicate agreement ID")
	}
	if a.Name == "" {
		p.add(el, "name", "empty")
	}
	parties := m.checkParties(p, el, i)
	m.checkLifecycle(p, el, a)
	members := len(a.members())
	for pi, ph := range a.phases() {
		prefix := ""
		if pi > 0 {
			am := &a.Amendments[pi-1]
			prefix = idx("amendments", pi-1) + "."
			if !am.Date.IsValid() {
				p.add(el, prefix+"date", "missing")
			} else if pi > 1 && am.Date.Before(a.Amendments[pi-2].Date) == relations.Yes {
				p.add(el, prefix+"date", am.Date.String()+" comes before the amendment before it")
			}
		}
		for ci, c := range ph.clauses {
			m.checkClause(p, el, prefix+idx("clauses", ci), c, parties, members)
		}
		for vi, v := range ph.provisions {
			m.checkProvision(p, el, prefix+idx("provisions", vi), v, parties)
		}
	}
}

// partySet answers whether an actor is a party of the agreement being
// checked: a stamp per actor index, so that checking costs no map per
// agreement; unknown IDs (reported already) are kept apart.
type partySet struct {
	m       *Model
	stamp   int32
	unknown []relations.ActorID
	n       int // distinct parties
}

func (s *partySet) has(id relations.ActorID) bool {
	if xi, ok := s.m.actorIdx[id]; ok {
		return s.m.partyStamp[xi] == s.stamp
	}
	return slices.Contains(s.unknown, id)
}

// checkParties checks agreement i's parties and resolves them to actor
// indexes (-1 for an unknown one) in m.partyIdx[i].
func (m *Model) checkParties(p *problems, el string, i int) *partySet {
	a := &m.agreements[i]
	m.stamp++
	parties := &partySet{m: m, stamp: m.stamp}
	if len(a.Parties) > MaxParties {
		p.add(el, "parties", strconv.Itoa(len(a.Parties))+" parties is more than the limit of "+strconv.Itoa(MaxParties))
		return parties
	}
	idx := make([]int32, len(a.Parties))
	m.partyIdx[i] = idx
	for j, party := range a.Parties {
		f := "parties[" + strconv.Itoa(j) + "]"
		xi, known := m.actorIdx[party.Actor]
		idx[j] = -1
		switch {
		case !known:
			p.wrap(el, f+".actor", unknownActor(party.Actor))
			if !slices.Contains(parties.unknown, party.Actor) {
				parties.unknown = append(parties.unknown, party.Actor)
				parties.n++
			}
		case m.partyStamp[xi] == parties.stamp:
			idx[j] = xi
			for _, q := range a.Parties[:j] {
				if q.Actor == party.Actor && !disjoint(q, party) {
					p.add(el, f+".actor", "party "+errs.Quote(string(party.Actor))+" is listed twice with spells that may overlap")
					break
				}
			}
		default:
			idx[j] = xi
			m.partyStamp[xi] = parties.stamp
			parties.n++
		}
		if party.Roles == 0 || party.Roles>>len(roleNames) != 0 {
			if party.Roles == 0 {
				p.add(el, f+".roles", "are empty; give the party at least one role: "+strings.Join(roleNames, ", "))
			} else {
				p.add(el, f+".roles", "roles "+party.Roles.String()+" include one that is not "+strings.Join(roleNames, ", "))
			}
		}
		if party.Joined.IsValid() && party.Withdrew.IsValid() && party.Withdrew.Before(party.Joined) == relations.Yes {
			p.add(el, f+".withdrew", "withdrawal "+party.Withdrew.String()+" comes before joining "+party.Joined.String())
		}
		if party.Signed.IsValid() && party.Ratified.IsValid() && party.Ratified.Before(party.Signed) == relations.Yes {
			p.add(el, f+".ratified", "ratification "+party.Ratified.String()+" comes before signature "+party.Signed.String())
		}
	}
	if parties.n < 2 {
		p.add(el, "parties", "an agreement needs at least two parties, has "+strconv.Itoa(parties.n))
	}
	return parties
}

// disjoint reports whether two spells of one party certainly do not
// overlap: one ends before the other joins.
func disjoint(a, b Party) bool {
	before := func(x, y Party) bool {
		return x.Withdrew.IsValid() && y.Joined.IsValid() && x.Withdrew.OnOrBefore(y.Joined) == relations.Yes
	}
	return before(a, b) || before(b, a)
}

func (m *Model) checkLifecycle(p *problems, el string, a *Agreement) {
	if len(a.Lifecycle) == 0 {
		p.add(el, "lifecycle", "empty: say at least when it was proposed, signed or in force")
	}
	prev := StatusChange{}
	for j, c := range a.Lifecycle {
		f := idx("lifecycle", j)
		if !c.Date.IsValid() {
			p.add(el, f+".date", "missing")
		} else if prev.Date.IsValid() && c.Date.Before(prev.Date) == relations.Yes {
			p.add(el, f+".date", c.Date.String()+" comes before the stage before it ("+prev.Date.String()+")")
		}
		if !slices.Contains(nextStatus[prev.Status], c.Status) {
			p.add(el, f+".status", "cannot go from "+prev.Status.String()+" to "+c.Status.String())
		}
		prev = c
	}
}

func (m *Model) checkIDs(p *problems, el, field string, ids []relations.ActorID, parties *partySet) {
	for k, id := range ids {
		if !parties.has(id) {
			p.add(el, idx(field, k), errs.Quote(string(id))+" is not a party")
		} else if slices.Index(ids, id) < k {
			p.add(el, idx(field, k), errs.Quote(string(id))+" is listed twice")
		}
	}
}

func (m *Model) checkClause(p *problems, el, f string, c Clause, parties *partySet, members int) {
	if !c.Obligation.binding() && c.Obligation != Expectation {
		p.add(el, f+".obligation", "is "+c.Obligation.String()+"; want one of defense, offense, neutrality, non-aggression, consultation, expectation")
	}
	m.checkIDs(p, el, f+".by", c.By, parties)
	m.checkIDs(p, el, f+".to", c.To, parties)
	if len(c.By) == 1 && len(c.To) == 1 && c.By[0] == c.To[0] {
		p.add(el, f, errs.Quote(string(c.By[0]))+" owes an obligation to itself")
	}
	if (len(c.By) == 0 || len(c.To) == 0) && members < 2 && !(len(c.By) > 0 && len(c.To) > 0) {
		p.add(el, f, "names no one: By or To is empty (every member) but the agreement has fewer than two members")
	}
	for k, cond := range c.Conditions {
		cf := f + "." + idx("conditions", k)
		switch {
		case cond.Kind == UnknownCondition || int(cond.Kind) >= len(conditionNames):
			p.add(el, cf+".kind", "unknown condition "+cond.Kind.String())
		case cond.MinAdversaries < 0:
			p.add(el, cf+".min_adversaries", "negative minimum "+itoa(cond.MinAdversaries))
		}
		for n, adv := range cond.Adversaries {
			if _, ok := m.actorIdx[adv]; !ok {
				p.wrap(el, cf+"."+idx("adversaries", n), unknownActor(adv))
			}
		}
	}
}

func (m *Model) checkProvision(p *problems, el, f string, v Provision, parties *partySet) {
	if v.Kind == UnknownProvision || int(v.Kind) >= len(provisionNames) {
		p.add(el, f+".kind", "unknown provision "+v.Kind.String())
	}
	m.checkIDs(p, el, f+".by", v.By, parties)
	m.checkIDs(p, el, f+".to", v.To, parties)
	if v.Troops < 0 {
		p.add(el, f+".troops", "negative troops "+strconv.Itoa(v.Troops))
	}
	if v.Commander != "" && !parties.has(v.Commander) {
		p.add(el, f+".commander", errs.Quote(string(v.Commander))+" is not a party")
	}
}

func wrapErr(msg string, sentinel error) error { return errs.Wrap(msg, sentinel) }

// unknownActor is the error for an ID not in the model.
func unknownActor(id relations.ActorID) error {
	return errs.UnknownActor(string(id), relations.ErrUnknownActor)
}

func itoa(i int) string { return strconv.Itoa(i) }
