package pact

import (
	"strconv"

	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/relations"
)

// checkForm checks what an agreement's form requires: the one giver and
// the beneficiaries of a guarantee or assurance, that only its giver owes
// its clauses and ends it, its breaches, and what an undisclosed text
// needs.
func (m *Model) checkForm(p *problems, el element, a *Agreement, members int) {
	var root path
	if int(a.Form) >= len(formNames) {
		p.at(el, root.field("form"), "unknown form "+a.Form.String())
		return
	}
	giver, givers := relations.ActorID(""), 0
	if a.Form.oneWay() {
		giver, givers = m.checkOneWayParties(p, el, a)
	}
	for j, c := range a.Lifecycle {
		f := root.elem("lifecycle", j).field("by")
		switch {
		case c.Status == Revoked && !a.Form.oneWay():
			p.at(el, root.elem("lifecycle", j).field("status"), "an accord is not revoked: it is terminated, or its parties withdraw; only a unilateral guarantee or an assurance is revoked, by its giver")
		case c.Status == Revoked && c.By == "":
			p.at(el, f, "missing: a revocation names the giver who revoked it")
		case c.Status == Revoked && givers == 1 && c.By != giver:
			if pa, ok := a.Party(c.By); ok && pa.Roles.Has(Beneficiary) {
				p.at(el, f, errs.Quote(string(c.By))+" is a beneficiary, and a beneficiary cannot revoke a "+a.Form.String()+"; only its giver "+errs.Quote(string(giver))+" can")
			} else {
				p.at(el, f, errs.Quote(string(c.By))+" is not the giver; only "+errs.Quote(string(giver))+" can revoke a "+a.Form.String())
			}
		case c.By != "":
			if _, ok := a.Party(c.By); !ok {
				p.at(el, f, errs.Quote(string(c.By))+" is not a party")
			}
		}
	}
	if len(a.Breaches) > 0 && a.Form != Assurance {
		p.at(el, root.field("breaches"), "only an assurance is breached; the agreement's form is "+a.Form.String())
	}
	if a.Form == Assurance {
		m.checkBreaches(p, el, a, giver, givers)
	}
	if a.TextNotPublic != "" {
		switch {
		case a.Form.oneWay():
			p.at(el, root.field("text_not_public"), "a "+a.Form.String()+" is its giver's promise: state its clauses; only an accord's text may be undisclosed")
		case members < 2:
			p.at(el, root.field("text_not_public"), "an agreement whose text is not public needs two members, whose obligations it leaves untold; has "+strconv.Itoa(members))
		}
	}
	if !a.Form.oneWay() || givers != 1 {
		return
	}
	m.checkOneWayText(p, el, root, a, a.Clauses, giver)
	for ai := range a.Amendments {
		m.checkOneWayText(p, el, root.elem("amendments", ai), a, a.Amendments[ai].Clauses, giver)
	}
}

// checkOneWayParties checks the parties of a guarantee or an assurance:
// one giver (the one guarantor), and beneficiaries, none of them a member,
// none withdrawing. It returns the giver and how many parties claim to be
// one.
func (m *Model) checkOneWayParties(p *problems, el element, a *Agreement) (relations.ActorID, int) {
	var root path
	giver, givers := relations.ActorID(""), 0
	for _, pa := range a.Parties {
		if pa.Roles.Has(Guarantor) && pa.Actor != giver {
			giver = pa.Actor
			givers++
		}
	}
	if givers != 1 {
		p.at(el, root.field("parties"), "a "+a.Form.String()+" has one giver, the party with the guarantor role; has "+strconv.Itoa(givers))
	}
	for j, pa := range a.Parties {
		f := root.elem("parties", j)
		switch {
		case pa.Roles.Has(Member):
			p.at(el, f.field("roles"), "a "+a.Form.String()+" binds its giver alone: no party is a member")
		case !pa.Roles.Has(Guarantor) && !pa.Roles.Has(Beneficiary):
			p.at(el, f.field("roles"), "are "+pa.Roles.String()+"; a party other than the giver of a "+a.Form.String()+" is a beneficiary")
		}
		if pa.Withdrew.IsValid() {
			if pa.Roles.Has(Guarantor) {
				p.at(el, f.field("withdrew"), "the giver ends a "+a.Form.String()+" by a revoked stage in its lifecycle, not by withdrawing")
			} else {
				p.at(el, f.field("withdrew"), "a beneficiary cannot end a "+a.Form.String()+"; only its giver can, by a revoked stage")
			}
		}
	}
	return giver, givers
}

// checkOneWayText checks that only the giver owes the clauses of a
// guarantee or an assurance, each to beneficiaries it names, and that an
// assurance's clauses are promises not to attack.
func (m *Model) checkOneWayText(p *problems, el element, f path, a *Agreement, clauses []Clause, giver relations.ActorID) {
	for ci := range clauses {
		c, cf := &clauses[ci], f.elem("clauses", ci)
		if len(c.By) != 1 || c.By[0] != giver {
			p.at(el, cf.field("by"), "a "+a.Form.String()+" binds its giver alone: by must be ["+errs.Quote(string(giver))+"]")
		}
		if len(c.To) == 0 {
			p.at(el, cf.field("to"), "empty: name the beneficiaries the giver owes it to")
		}
		for k, id := range c.To {
			if pa, ok := a.Party(id); ok && !pa.Roles.Has(Beneficiary) {
				p.at(el, cf.elem("to", k), errs.Quote(string(id))+" is not a beneficiary")
			}
		}
		switch {
		case a.Form == Assurance && c.Obligation != NonAggression:
			p.at(el, cf.field("obligation"), "is "+c.Obligation.String()+"; an assurance promises non-aggression")
		case a.Form == UnilateralGuarantee && !c.Obligation.binding():
			p.at(el, cf.field("obligation"), "is "+c.Obligation.String()+"; a unilateral guarantee binds its giver to one of defense, offense, neutrality, non-aggression, consultation")
		}
	}
}

// checkBreaches checks an assurance's breaches: each by its giver, dated
// in order within its life, and sourced.
func (m *Model) checkBreaches(p *problems, el element, a *Agreement, giver relations.ActorID, givers int) {
	var root path
	life := lifeOf(a)
	for j, b := range a.Breaches {
		f := root.elem("breaches", j)
		if givers == 1 && b.By != giver {
			p.at(el, f.field("by"), "is "+errs.Quote(string(b.By))+"; an assurance is broken by its giver "+errs.Quote(string(giver)))
		}
		switch {
		case !b.Date.IsValid():
			p.at(el, f.field("date"), "missing")
		case j > 0 && b.Date.Before(a.Breaches[j-1].Date) == relations.Yes:
			p.at(el, f.field("date"), b.Date.String()+" comes before the breach before it")
		default:
			if msg := life.problem(b.Date); msg != "" {
				p.at(el, f.field("date"), msg)
			}
		}
		if len(b.Sources) == 0 {
			p.at(el, f.field("sources"), "empty: cite who says the assurance was broken")
		}
	}
}
