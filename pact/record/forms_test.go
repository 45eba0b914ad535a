package record_test

import (
	"slices"
	"testing"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/record"
	"github.com/entente-go/entente/relations"
)

// formsWorld is a hand-built world of the three forms of commitment
// beside the accord: GIV guaranteed PRO's defense from 2000 until it
// revoked the guarantee on 2019-01-01; GUA has guaranteed it since 2000;
// AGG assured PRO it would not strike it in 2020, in 2022 (whose
// agreement records AGG's breach on 2022-05-05) and from some day of
// 2024; SEC shares with PRO an agreement whose text is not public.
func formsWorld(t *testing.T) *pact.Model {
	t.Helper()
	var actors []relations.Actor
	for _, id := range []relations.ActorID{"PRO", "AGG", "GIV", "GUA", "SEC"} {
		actors = append(actors, relations.Actor{ID: id, Kind: relations.StateActor, Name: "state " + string(id)})
	}
	src := []string{"hand-built"}
	guarantee := func(id string, by relations.ActorID, life ...pact.StatusChange) pact.Agreement {
		return pact.Agreement{ID: id, Name: id, Form: pact.UnilateralGuarantee, Sources: src, Lifecycle: life,
			Parties: []pact.Party{{Actor: by, Roles: pact.Guarantor}, {Actor: "PRO", Roles: pact.Beneficiary}},
			Clauses: []pact.Clause{{ID: "policy", Obligation: pact.Defense, By: ids{by}, To: ids{"PRO"}}}}
	}
	assurance := func(id string, life []pact.StatusChange, breaches ...pact.AssuranceBreach) pact.Agreement {
		return pact.Agreement{ID: id, Name: id, Form: pact.Assurance, Sources: src, Lifecycle: life, Breaches: breaches,
			Parties: []pact.Party{{Actor: "AGG", Roles: pact.Guarantor}, {Actor: "PRO", Roles: pact.Beneficiary}},
			Clauses: []pact.Clause{{ID: "window", Obligation: pact.NonAggression, By: ids{"AGG"}, To: ids{"PRO"}}}}
	}
	in := func(day string) pact.StatusChange { return pact.StatusChange{Status: pact.InForce, Date: d(day)} }
	agreements := []pact.Agreement{
		guarantee("revoked", "GIV", in("2000-01-01"), pact.StatusChange{Status: pact.Revoked, Date: d("2019-01-01"), By: "GIV"}),
		guarantee("standing", "GUA", in("2000-01-01")),
		assurance("window-2020", []pact.StatusChange{in("2020-01-01"), {Status: pact.Terminated, Date: d("2021-01-01")}}),
		assurance("window-2022", []pact.StatusChange{in("2022-01-01"), {Status: pact.Terminated, Date: d("2023-01-01")}},
			pact.AssuranceBreach{By: "AGG", Date: d("2022-05-05"), Summary: "a strike in the window", Sources: []string{"breach source"}}),
		assurance("window-2024", []pact.StatusChange{in("2024")}),
		{ID: "secret", Name: "secret", Sources: src, TextNotPublic: "a press report",
			Parties:   []pact.Party{{Actor: "SEC", Roles: pact.Member}, {Actor: "PRO", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{in("2000-01-01")}},
	}
	m, err := pact.New(actors, agreements)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestForms judges each form of commitment: a guarantee binds its giver
// until revoked; an assurance is broken by its giver's own attack; an
// undisclosed text is cannot judge, with its reason.
func TestForms(t *testing.T) {
	m := formsWorld(t)
	tests := []struct {
		name     string
		day      string
		by       relations.ActorID
		grade    record.Grade
		kind     string
		form     pact.Form
		outcome  record.Outcome
		possible []record.Outcome
		reason   relations.Reason
	}{
		{"a standing guarantee honoured", "2020-06-01", "GUA", record.Defensive, "defense", pact.UnilateralGuarantee, record.Honoured, nil, 0},
		{"a standing guarantee unmet", "2020-06-01", "GUA", record.Statement, "defense", pact.UnilateralGuarantee, record.Unmet, nil, 0},
		{"a guarantee revoked before the test", "2020-06-01", "GIV", record.Defensive, "", pact.Accord, record.NotOwed, nil, 0},
		{"a guarantee before its revocation", "2018-06-01", "GIV", record.Reinforcement, "defense", pact.UnilateralGuarantee, record.PartlyHonoured, nil, 0},
		{"an assurance struck in its window", "2020-06-01", "AGG", 0, record.AssuranceKind, pact.Assurance, record.Unmet, nil, 0},
		{"an assurance whose window may not have opened", "2024-03-01", "AGG", 0, record.AssuranceKind, pact.Assurance, record.CannotJudge,
			[]record.Outcome{record.Unmet, record.NotOwed}, relations.PartialDate},
		{"a breach the agreement records", "2022-05-05", "AGG", 0, record.AssuranceKind, pact.Assurance, record.Unmet, nil, 0},
		{"an undisclosed text", "2020-06-01", "SEC", record.Defensive, "defense", pact.Accord, record.CannotJudge,
			[]record.Outcome{record.Honoured, record.NotOwed}, relations.UndisclosedText},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			test := record.Test{ID: "strike", Kind: record.Attack, On: d(tc.day), Protege: "PRO", Aggressors: ids{"AGG"},
				Summary: "AGG strikes PRO", Sources: []string{"test source"}}
			var rs []record.Response
			if tc.grade != 0 {
				rs = append(rs, respond(tc.by, tc.day, tc.grade))
			}
			v := verdictOf(t, m, test, tc.by, rs)
			if v.Kind != tc.kind || v.Outcome != tc.outcome {
				t.Errorf("verdict %v: kind %q, outcome %v; want %q, %v (reasons %q)", v, v.Kind, v.Outcome, tc.kind, tc.outcome, v.Reasons)
			}
			if tc.possible != nil && !slices.Equal(v.Possible, tc.possible) {
				t.Errorf("possible %v, want %v", v.Possible, tc.possible)
			}
			if tc.kind != "" {
				if len(v.Owed) == 0 {
					t.Fatalf("owed nothing, want a commitment of form %v", tc.form)
				}
				for _, c := range v.Owed {
					if c.Form != tc.form || tc.reason != 0 && c.Doubt.Reason != tc.reason {
						t.Errorf("owed %v: form %v, doubt %v; want form %v, reason %v", c, c.Form, c.Doubt, tc.form, tc.reason)
					}
				}
			}
			if len(v.Sources()) < 2 {
				t.Errorf("sources %q: want the test's and the commitment's", v.Sources())
			}
		})
	}
}
