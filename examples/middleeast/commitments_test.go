package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

// TestUSTowardQatar: the facts of docs/responses-facts.md as answers. On
// each day Qatar was struck, Respond lists what the United States was
// expected to do for it, each expectation with its agreement's sources;
// after Executive Order 14353 it lists a duty.
func TestUSTowardQatar(t *testing.T) {
	s := mustLoad(t)
	type line struct {
		Kind, Form, Agreement string
		Holds                 relations.Truth
		Source                string // a source the agreement cites
	}
	pledges := []line{
		{"expectation", "accord", "us-qatar-2018-pledge", relations.Yes, "https://www.state.gov/u-s-security-cooperation-with-qatar/"},
		{"expectation", "accord", "us-qatar-2025-pledge", relations.Yes, "https://www.khaleejtimes.com/world/gulf/qatar-us-near-defence-deal-israel-attack"},
	}
	tests := []struct {
		name      string
		aggressor relations.ActorID
		on        string
		want      []line
	}{
		{"Iran on Al Udeid", "IRN", "2025-06-23", pledges},
		{"Israel in Doha", "ISR", "2025-09-09", pledges},
		{"Israel after the executive order", "ISR", "2025-10-01", append([]line{
			{"defend", "unilateral-guarantee", "us-qatar-eo-14353", relations.Yes, "https://www.govinfo.gov/content/pkg/FR-2025-10-06/html/2025-19483.htm"}}, pledges...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := s.pacts.Respond(pact.Attack{Aggressors: []relations.ActorID{tt.aggressor}, Target: "QAT", On: d(tt.on)})
			if err != nil {
				t.Fatal(err)
			}
			sourced := func(id, want string) string {
				a, _ := s.pacts.Agreement(id)
				if slices.ContainsFunc(a.Sources, func(src string) bool { return strings.Contains(src, want) }) {
					return want
				}
				return "not among " + strings.Join(a.Sources, "; ")
			}
			var got []line
			for _, d := range r.Duties {
				if d.Actor == "USA" && d.For == "QAT" {
					got = append(got, line{d.Kind.String(), d.Form.String(), d.Agreement, d.Holds, ""})
				}
			}
			for _, e := range r.Expectations {
				if e.By == "USA" {
					got = append(got, line{"expectation", e.Form.String(), e.Agreement, e.InForce, ""})
				}
			}
			for i := range got {
				if i < len(tt.want) {
					got[i].Source = sourced(got[i].Agreement, tt.want[i].Source)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("what the United States owed or was expected to do for Qatar (-want +got):\n%s", diff)
			}
		})
	}
}

// TestNewCommitments: the commitments made after the strikes, as the facts
// file gives them.
func TestNewCommitments(t *testing.T) {
	s := mustLoad(t)
	t.Run("the SMDA binds Pakistan to defend Saudi Arabia", func(t *testing.T) {
		g, err := s.pacts.Guarantors("SAU", d("2025-10-01"))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(g.Certain, "PAK") {
			t.Errorf("Guarantors(SAU) = %v, want PAK certain", g)
		}
	})
	t.Run("the U.S.-Saudi agreement: cannot tell, never no", func(t *testing.T) {
		bonds, err := s.pacts.Bonds("USA", "SAU", d("2025-12-01"))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, b := range bonds {
			if b.Agreement == "us-saudi-sda" {
				got = append(got, b.Obligation.String()+": "+b.InForce.String()+" ("+b.Doubt.Reason.String()+")")
			}
		}
		want := []string{"defense: cannot tell (undisclosed-text)", "offense: cannot tell (undisclosed-text)",
			"neutrality: cannot tell (undisclosed-text)", "non-aggression: cannot tell (undisclosed-text)",
			"consultation: cannot tell (undisclosed-text)"}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("bonds of us-saudi-sda (-want +got):\n%s", diff)
		}
	})
	t.Run("the executive order is a unilateral guarantee", func(t *testing.T) {
		a, _ := s.pacts.Agreement("us-qatar-eo-14353")
		if a.Form != pact.UnilateralGuarantee {
			t.Errorf("form %v, want unilateral-guarantee", a.Form)
		}
		if ds, _ := s.pacts.Defends("QAT", d("2025-10-01")); slices.Contains(ds.Certain, "USA") {
			t.Error("Qatar owes the United States defense: a unilateral guarantee binds its giver alone")
		}
	})
	tests := []struct {
		name, id, on      string
		inForce, breached relations.Truth
		source            string
	}{
		{"Israel's no-repeat, kept so far", "isr-qatar-no-repeat", "2025-10-01", relations.Yes, relations.No, "nzherald"},
		{"the essay's security window, broken", "us-iran-security-window", "2025-06-22", relations.CannotTell, relations.Yes, "shared/seed"},
		{"the window before the strikes", "us-iran-security-window", "2025-06-21", relations.CannotTell, relations.No, "shared/seed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := s.pacts.AssuranceOn(tt.id, d(tt.on))
			if err != nil {
				t.Fatal(err)
			}
			if st.InForce != tt.inForce || st.Breached != tt.breached {
				t.Errorf("in force %v, breached %v; want %v, %v", st.InForce, st.Breached, tt.inForce, tt.breached)
			}
			if !slices.ContainsFunc(st.Sources, func(src string) bool { return strings.Contains(src, tt.source) }) {
				t.Errorf("sources %v do not cite %s", st.Sources, tt.source)
			}
			for _, b := range st.Breaches {
				if len(b.Sources) == 0 {
					t.Errorf("breach on %s has no source", b.Date)
				}
			}
		})
	}
}
