package reliability

import (
	"slices"
	"strings"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/record"
	"github.com/entente-go/entente/relations"
)

// outcomeOf combines whether the ally was bound and what it did into
// record's outcome, with every outcome the unknowns allow.
func outcomeOf(bound relations.Truth, c Conduct) (record.Outcome, []record.Outcome) {
	var did []record.Outcome // what the conduct makes of a bound obligation
	switch c {
	case JoinedAtOnset, JoinedLater:
		did = []record.Outcome{record.Honoured}
	case JoinedOtherSide, StayedOut:
		did = []record.Outcome{record.Unmet}
	default:
		did = []record.Outcome{record.Unmet, record.Honoured}
	}
	var ps []record.Outcome
	switch bound {
	case relations.No:
		ps = []record.Outcome{record.NotOwed}
	case relations.Yes:
		ps = did
	default:
		ps = append(did, record.NotOwed)
	}
	if len(ps) == 1 {
		return ps[0], ps
	}
	return record.CannotJudge, ps
}

// Only returns the judgement of the duties of one kind (pact.Defend or
// pact.JoinOffense) alone — whether they bound, why, and the outcome —
// and false when the judgement has none of that kind. ByRule stays true
// only if the verdict on those duties too hinges on the provocation rule.
func (j Judgement) Only(k pact.DutyKind) (Judgement, bool) {
	out := j
	out.Duties, out.Bound = nil, relations.No
	alt := relations.No
	for _, d := range j.Duties {
		if d.Kind == k {
			out.Duties = append(out.Duties, d)
			out.Bound = out.Bound.Or(d.Holds)
			if d.Kind == pact.Defend {
				alt = alt.Or(withoutProvocation(d))
			} else {
				alt = alt.Or(d.Holds)
			}
		}
	}
	if len(out.Duties) == 0 {
		return Judgement{}, false
	}
	out.ByRule = j.ByRule && alt != out.Bound
	out.Reason = reason(out.Bound, out.Duties)
	out.Outcome, out.Possible = outcomeOf(out.Bound, j.Conduct)
	return out, true
}

// Verdict returns the judgement as package record's [record.Verdict], so
// that a war and a graded event are tallied ([record.Tally]) and written
// ([record.WriteCSV]) alike. The war is the test (its ID, onset and the
// war data as source; the beneficiary is the protégé), of kind
// [record.Attack]: the onset attacks, on the beneficiary of a duty to
// defend, or by the beneficiary of a duty to join its offense; each duty not
// released is a commitment of kind "defense" or "offense", with the
// agreement's sources in m ([record.SourcesOf]); participation is the
// response: fighting on the beneficiary's side is [record.WarEntry], at
// the onset or in a later year — the war is its own window, as its data
// give years —, staying out is [record.None], and fighting against the
// beneficiary is None with its own reason. A state absent from the war's
// data gives no response ([record.Unrecorded]).
func (j Judgement) Verdict(m *pact.Model) record.Verdict {
	test := record.Test{ID: j.War, Kind: record.Attack, On: j.Onset, Protege: j.Beneficiary,
		Summary: "war " + j.War + ", " + string(j.Beneficiary) + " on side " + j.Side.String(),
		Sources: []string{j.Source}}
	v := record.Verdict{Test: test, Protector: j.Holder, Outcome: j.Outcome, Possible: slices.Clone(j.Possible)}
	certain := false // the decisive kind is certain: a duty that binds decides
	for _, d := range j.Duties {
		if d.Holds == relations.No {
			continue
		}
		kind := "defense"
		if d.Kind == pact.JoinOffense {
			kind = "offense"
		}
		sources := []string{"agreement " + d.Agreement}
		if m != nil {
			sources = record.SourcesOf(m, d.Agreement)
		}
		doubt := d.Doubt
		if d.Holds == relations.CannotTell && d.InForce == relations.Yes {
			// In force, it hinges on its conditions: say which, as
			// record does of a duty an attack cannot settle.
			var open []string
			for _, c := range d.ChecksWith(relations.CannotTell) {
				open = append(open, c.String())
			}
			doubt.Detail = "conditions cannot tell: " + strings.Join(open, "; ")
		}
		v.Owed = append(v.Owed, record.Commitment{Kind: kind, Form: d.Form, By: d.Actor, Agreement: d.Agreement, Clause: d.Clause,
			InForce: d.Holds, Doubt: doubt, Checks: d.Checks, Sources: sources})
		if v.Kind == "" || d.Holds == relations.Yes && !certain {
			v.Kind, certain = kind, d.Holds == relations.Yes
		}
	}
	v.Reasons = []string{j.Reason}
	act := record.Response{Test: j.War, Actor: j.Holder, On: j.Entered, Grade: record.None, Sources: []string{j.Source}}
	switch j.Conduct {
	case JoinedAtOnset, JoinedLater:
		act.Grade = record.WarEntry
		act.Description = "entered the war on " + string(j.Beneficiary) + "'s side in " + j.Entered.String()
		if j.Conduct == JoinedLater {
			v.Reasons = append(v.Reasons, "joined later: the war is its own window, its data give years")
		}
	case JoinedOtherSide:
		act.Description = "entered the war against " + string(j.Beneficiary) + " in " + j.Entered.String()
		v.Reasons = append(v.Reasons, "fighting against "+string(j.Beneficiary)+" is no help: none")
	case StayedOut:
		act.On, act.Description = j.Onset, "never entered the war"
	default:
		v.Reasons = append(v.Reasons, string(j.Absent)+" is absent from the war's data")
	}
	if j.Conduct != UnknownConduct {
		v.Reasons = slices.Insert(v.Reasons, 1, act.Description)
		v.Grade = act.Grade
		v.Responses = []record.Counted{{Response: act, Counts: relations.Yes}}
	}
	if j.ByRule {
		v.Reasons = append(v.Reasons, "by the provocation rule: the states the initiators attacked did not provoke it")
	}
	return v
}

// Verdicts returns every judgement of the report as a [record.Verdict],
// in order, the agreements' sources taken from m.
func (r Report) Verdicts(m *pact.Model) []record.Verdict {
	out := make([]record.Verdict, len(r.Judgements))
	for i, j := range r.Judgements {
		out[i] = j.Verdict(m)
	}
	return out
}
