package pact

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/relations"
)

// uncertainWorld holds one case of each cause that leaves an answer
// uncertain, under a coverage that ends with 2018:
//   - "partial": SAU–PAK defense from the month 2012-06, the day unknown;
//   - "varies": SAU owes QAT defense, and QAT owes SAU neutrality, but
//     QAT's obligations vary by partner (ATOP's OBVARY);
//   - "old": USA–SAU defense and an expectation toward SAU from 2000,
//     known only as last observed after 2018;
//   - "talks": a proposal from the month 2012-06.
func uncertainWorld(t *testing.T) *Model {
	t.Helper()
	agreements := []Agreement{
		{ID: "partial", Name: "partial", Parties: []Party{{Actor: "SAU", Roles: Member}, {Actor: "PAK", Roles: Member}},
			Lifecycle: inForce("2012-06"), Clauses: []Clause{{ID: "def", Obligation: Defense}}},
		{ID: "varies", Name: "varies", Parties: []Party{{Actor: "SAU", Roles: Member}, {Actor: "QAT", Roles: Member}},
			Lifecycle: inForce("2010-01-01"), Clauses: []Clause{
				{ID: "sau-def", Obligation: Defense, By: ids("SAU"), To: ids("QAT")},
				{ID: "qat-neu", Obligation: Neutrality, By: ids("QAT"), To: ids("SAU"), VariesByPartner: true}}},
		{ID: "old", Name: "old", Parties: []Party{{Actor: "SAU", Roles: Member}, {Actor: "USA", Roles: Member}},
			Lifecycle: inForce("2000-01-01"), Clauses: []Clause{
				{ID: "def", Obligation: Defense, By: ids("USA"), To: ids("SAU")},
				{ID: "umbrella", Obligation: Expectation, By: ids("USA"), To: ids("SAU")}}},
		{ID: "talks", Name: "talks", Parties: []Party{{Actor: "SAU", Roles: Member}, {Actor: "TUR", Roles: Member}},
			Lifecycle: []StatusChange{{Status: Proposed, Date: day("2012-06")}}},
	}
	m, err := New(testActors(), agreements, WithCoverage(relations.Coverage{Source: "the survey",
		Observed: relations.Interval{From: day("1815-01-01"), Until: day("2019-01-01")}}))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

var (
	partialDate = func(agreement, on string) relations.Doubt {
		return relations.Doubt{Reason: relations.PartialDate, Detail: `the dates of agreement "` + agreement + `" cannot settle ` + on}
	}
	pastCoverage = func(agreement string) relations.Doubt {
		return relations.Doubt{Reason: relations.PastCoverage, Detail: `agreement "` + agreement + `" as last observed by the survey on 2018-12-31`}
	}
	variesDoubt = func(agreement string, o Obligation) relations.Doubt {
		return relations.Doubt{Reason: relations.VariesByPartner,
			Detail: `agreement "` + agreement + `": its ` + o.String() + ` obligation varies by partner, and the source does not say toward whom`}
	}
)

func doubtful[T any](x T, d relations.Doubt) relations.Doubtful[T] {
	return relations.Doubtful[T]{Item: x, Doubt: d}
}

// TestUncertainAnswers asserts, for every list query, the uncertain rows
// and their causes — on the model and on its JSON round trip, which must
// answer the same.
func TestUncertainAnswers(t *testing.T) {
	m := uncertainWorld(t)
	b, err := m.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	round, err := ParseModelJSON(testActors(), b)
	if err != nil {
		t.Fatal(err)
	}
	type ans = relations.Answer[relations.ActorID]
	for name, m := range map[string]*Model{"model": m, "round trip": round} {
		t.Run(name, func(t *testing.T) {
			check := func(what string, got, want any, err error) {
				t.Helper()
				if err != nil {
					t.Fatalf("%s: %v", what, err)
				}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("%s (-want +got):\n%s", what, diff)
				}
			}
			got, err := m.AlliancePartners("SAU", day("2012-06-15"))
			check("partners in the month Pakistan's pact began", got, ans{
				Certain:   ids("QAT", "USA"),
				Uncertain: []relations.Doubtful[relations.ActorID]{doubtful[relations.ActorID]("PAK", partialDate("partial", "2012-06-15"))}}, err)
			got, err = m.AlliancePartners("QAT", day("2015-01-01"), Neutrality)
			check("neutrality partners of a member whose obligations vary", got, ans{
				Uncertain: []relations.Doubtful[relations.ActorID]{doubtful[relations.ActorID]("SAU", variesDoubt("varies", Neutrality))}}, err)
			got, err = m.AlliancePartners("SAU", day("2012-06-15"), Defense)
			check("defense partners then", got, ans{Certain: ids("QAT", "USA"),
				Uncertain: []relations.Doubtful[relations.ActorID]{doubtful[relations.ActorID]("PAK", partialDate("partial", "2012-06-15"))}}, err)
			got, err = m.AlliancePartners("SAU", day("2020-06-01"), Defense)
			check("defense partners past the coverage", got, ans{Uncertain: []relations.Doubtful[relations.ActorID]{
				doubtful[relations.ActorID]("PAK", pastCoverage("partial")), doubtful[relations.ActorID]("QAT", pastCoverage("varies")),
				doubtful[relations.ActorID]("USA", pastCoverage("old"))}}, err)
			got, err = m.Guarantors("SAU", day("2012-06-15"))
			check("guarantors", got, ans{Certain: ids("USA"),
				Uncertain: []relations.Doubtful[relations.ActorID]{doubtful[relations.ActorID]("PAK", partialDate("partial", "2012-06-15"))}}, err)
			got, err = m.Defends("SAU", day("2020-06-01"))
			check("whom SAU defends past the coverage", got, ans{Uncertain: []relations.Doubtful[relations.ActorID]{
				doubtful[relations.ActorID]("PAK", pastCoverage("partial")), doubtful[relations.ActorID]("QAT", pastCoverage("varies"))}}, err)

			inf, err := m.InForce(day("2012-06-15"))
			check("in force", inf, relations.Answer[string]{Certain: []string{"old", "varies"},
				Uncertain: []relations.Doubtful[string]{doubtful("partial", partialDate("partial", "2012-06-15"))}}, err)
			inf, err = m.InForce(day("2019-03-01"))
			check("in force past the coverage", inf, relations.Answer[string]{Uncertain: []relations.Doubtful[string]{
				doubtful("old", pastCoverage("old")), doubtful("partial", pastCoverage("partial")), doubtful("varies", pastCoverage("varies"))}}, err)
			props, err := m.Proposals(day("2012-06-15"))
			check("proposals", props, relations.Answer[string]{Uncertain: []relations.Doubtful[string]{doubtful("talks", partialDate("talks", "2012-06-15"))}}, err)

			exp, err := m.Expectations("SAU", day("2020-06-01"))
			if err != nil || len(exp.Certain) != 0 || len(exp.Uncertain) != 1 || exp.Uncertain[0].Doubt != pastCoverage("old") {
				t.Errorf("expectations past the coverage = %v, %v; want the umbrella as last observed", exp, err)
			}

			pf, err := m.Portfolio("SAU", day("2020-06-01"))
			if err != nil || len(pf.Protectors.Certain) != 0 || len(pf.Protectors.Uncertain) != 2 || pf.Protectors.Uncertain[0].Doubt.Reason != relations.PastCoverage {
				t.Errorf("portfolio past the coverage = %+v, %v; want two protectors that cannot be told", pf, err)
			}

			bonds, err := m.Bonds("QAT", "SAU", day("2015-01-01"))
			check("bonds of an obligation that varies by partner", bonds, []Bond{{By: "QAT", To: "SAU", Obligation: Neutrality,
				Agreement: "varies", Clause: "qat-neu", InForce: relations.CannotTell, Doubt: variesDoubt("varies", Neutrality)}}, err)

			r, err := m.Respond(Attack{Aggressors: ids("IRN"), Target: "SAU", On: day("2012-06-15")})
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range r.Duties {
				if d.Actor == "PAK" && (d.Holds != relations.CannotTell || d.Doubt != partialDate("partial", "2012-06-15")) {
					t.Errorf("Pakistan's duty = %v, want cannot tell for the partial date", d)
				}
				if d.Actor == "QAT" && (d.InForce != relations.CannotTell || d.Doubt.Reason != relations.VariesByPartner) {
					t.Errorf("Qatar's duty = %v, want cannot tell, varies by partner", d)
				}
			}
		})
	}
	if _, err := m.AlliancePartners("SAU", day("1814-12-31")); err == nil {
		t.Error("a day before the coverage is answered")
	}
	if round.Coverage() != m.Coverage() {
		t.Errorf("the round trip's coverage = %v, want %v", round.Coverage(), m.Coverage())
	}
}

// TestFilterThatCannotMatch: asking for the alliance partners by an
// expectation, or by an obligation that does not exist, is an error.
func TestFilterThatCannotMatch(t *testing.T) {
	m := uncertainWorld(t)
	for _, o := range []Obligation{Expectation, UnknownObligation, Obligation(42)} {
		if _, err := m.AlliancePartners("SAU", day("2015-01-01"), o); err == nil {
			t.Errorf("AlliancePartners(…, %v) gave no error", o)
		}
	}
	if _, err := m.Portfolio("SAU", day("2015-01-01"), WithWeights(PortfolioWeights{})); err == nil {
		t.Error("zero portfolio weights gave no error")
	}
}
