package record

// An assurance is put to the test by its own giver: it promised not to
// strike (or to keep a window), so a test in which the giver is an
// aggressor against the assured is the giver's breach, whatever anyone
// else did. Grades of help do not apply to it, and no Rule judges it.

import (
	"slices"
	"strconv"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

// AssuranceKind is the Commitment kind of an assurance put to the test
// by its giver's attack.
const AssuranceKind = "assurance"

// assuranceVerdicts judges every assurance that one of the test's
// aggressors had given its protégé: unmet when it was in force on the
// day or the agreement records a breach on the test's day; cannot judge
// (unmet or not owed) when the data cannot tell whether it was in force;
// no ledger line when it certainly was not.
func assuranceVerdicts(q *query) ([]Verdict, error) {
	t := q.t
	var out []Verdict
	for _, ag := range q.agreements {
		if ag.Form != pact.Assurance {
			continue
		}
		st, err := q.m.AssuranceOn(ag.ID, t.On)
		if err != nil {
			return nil, err
		}
		if !slices.Contains(t.Aggressors, st.By) || !slices.Contains(st.To, t.Protege) {
			continue
		}
		var breach *pact.AssuranceBreach
		for i, b := range st.Breaches {
			if b.Date.OnOrBefore(t.On).And(t.On.OnOrBefore(b.Date)) == relations.Yes {
				breach = &st.Breaches[i]
				break
			}
		}
		if breach == nil && st.InForce == relations.No {
			continue
		}
		clause := ""
		if len(ag.Clauses) > 0 {
			clause = ag.Clauses[0].ID
		}
		cm := Commitment{Kind: AssuranceKind, Form: pact.Assurance, By: st.By, Agreement: ag.ID, Clause: clause,
			InForce: st.InForce, Doubt: st.Doubt, Sources: SourcesOf(q.m, ag.ID)}
		struck := Response{Test: t.ID, Actor: st.By, On: t.On, Grade: None,
			Description: "struck " + string(t.Protege) + ", the attack this test records", Sources: t.Sources}
		v := Verdict{Test: t, Protector: st.By, Owed: []Commitment{cm}, Kind: AssuranceKind, Grade: None,
			Responses: []Counted{{Response: struck, LagKnown: t.On.Precision() == relations.DayPrecision, Counts: relations.Yes}}}
		switch {
		case breach != nil:
			cm.InForce = relations.Yes
			v.Owed[0] = cm
			v.Outcome, v.Possible = Unmet, []Outcome{Unmet}
			v.reason("the assurance's giver struck its beneficiary; " + strconv.Quote(ag.ID) + " records the breach: " + breach.Summary)
			v.Responses[0].Sources = slices.Concat(t.Sources, breach.Sources)
		case st.InForce == relations.Yes:
			v.Outcome, v.Possible = Unmet, []Outcome{Unmet}
			v.reason("the assurance's giver struck its beneficiary while " + strconv.Quote(ag.ID) + " was in force")
		default:
			v.Outcome, v.Possible = CannotJudge, []Outcome{Unmet, NotOwed}
			v.reason("may have assured " + string(t.Protege) + " under " + strconv.Quote(ag.ID) + ": " + st.Doubt.String())
		}
		out = append(out, v)
	}
	return out, nil
}
