package pact_test

import (
	"errors"
	"testing"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

// TestUnknownIDsWrapTheSentinels: every query given an actor or an
// agreement the model does not hold says so with an error that errors.Is
// matches to relations.ErrUnknownActor or pact.ErrUnknownAgreement.
func TestUnknownIDsWrapTheSentinels(t *testing.T) {
	d := relations.MustDate
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
		{ID: "IND", Kind: relations.StateActor, Name: "India"},
	}
	smda := pact.Agreement{ID: "smda", Name: "Strategic Mutual Defense Agreement",
		Parties:   []pact.Party{{Actor: "SAU", Roles: pact.Member}, {Actor: "PAK", Roles: pact.Member}},
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: d("2025-09-17")}},
		Clauses:   []pact.Clause{{Obligation: pact.Defense}}}
	draft := pact.Agreement{ID: "draft", Name: "A draft",
		Parties:   []pact.Party{{Actor: "SAU", Roles: pact.Member}, {Actor: "IND", Roles: pact.Member}},
		Lifecycle: []pact.StatusChange{{Status: pact.Proposed, Date: d("2025-01")}},
		Clauses:   []pact.Clause{{Obligation: pact.Defense}}}
	m, err := pact.New(actors, []pact.Agreement{smda, draft})
	if err != nil {
		t.Fatal(err)
	}
	day := d("2025-12-31")
	attack := func(aggressor, target relations.ActorID) pact.Attack {
		return pact.Attack{Aggressors: []relations.ActorID{aggressor}, Target: target, On: day}
	}
	tests := []struct {
		name string
		call func() error
		want error
	}{
		{"Guarantors", func() error { _, err := m.Guarantors("XYZ", day); return err }, relations.ErrUnknownActor},
		{"Defends", func() error { _, err := m.Defends("XYZ", day); return err }, relations.ErrUnknownActor},
		{"Bonds from", func() error { _, err := m.Bonds("XYZ", "SAU", day); return err }, relations.ErrUnknownActor},
		{"Bonds to", func() error { _, err := m.Bonds("SAU", "XYZ", day); return err }, relations.ErrUnknownActor},
		{"Expectations", func() error { _, err := m.Expectations("XYZ", day); return err }, relations.ErrUnknownActor},
		{"AlliancePartners", func() error { _, err := m.AlliancePartners("XYZ", day); return err }, relations.ErrUnknownActor},
		{"CertainAlliancePartners", func() error { _, err := m.CertainAlliancePartners("XYZ", day); return err }, relations.ErrUnknownActor},
		{"Portfolio", func() error { _, err := m.Portfolio("XYZ", day); return err }, relations.ErrUnknownActor},
		{"AgreementsOf", func() error { _, err := m.AgreementsOf("XYZ"); return err }, relations.ErrUnknownActor},
		{"DyadYears", func() error { _, err := m.DyadYears(pact.Directed, 2025, 2025, "SAU", "XYZ"); return err }, relations.ErrUnknownActor},
		{"Respond aggressor", func() error { _, err := m.Respond(attack("XYZ", "SAU")); return err }, relations.ErrUnknownActor},
		{"Respond target", func() error { _, err := m.Respond(attack("IND", "XYZ")); return err }, relations.ErrUnknownActor},
		{"Cascade", func() error {
			_, err := m.Cascade([]pact.Attack{attack("XYZ", "SAU")})
			return err
		}, relations.ErrUnknownActor},
		{"WhatIf attack", func() error { _, err := m.WhatIf("draft", day, attack("XYZ", "SAU")); return err }, relations.ErrUnknownActor},
		{"WhatIf agreement", func() error { _, err := m.WhatIf("nato", day, attack("IND", "SAU")); return err }, pact.ErrUnknownAgreement},
		{"StatusOn", func() error { _, _, err := m.StatusOn("nato", day); return err }, pact.ErrUnknownAgreement},
		{"Overlap first", func() error { _, err := m.Overlap("nato", "smda"); return err }, pact.ErrUnknownAgreement},
		{"Overlap second", func() error { _, err := m.Overlap("smda", "nato"); return err }, pact.ErrUnknownAgreement},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			if !errors.Is(err, tc.want) {
				t.Errorf("error %v, want one wrapping %v", err, tc.want)
			}
			var ve *relations.ValidationError
			if !errors.As(err, &ve) {
				t.Errorf("error %v is no *relations.ValidationError", err)
			}
		})
	}
}
