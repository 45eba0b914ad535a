package atop_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/atop/atop51"
	"github.com/entente-go/entente/relations"
)

// TestVariesByPartnerCannotTell: Germany's non-aggression toward the UK
// under Locarno (ATOPID 2130) on the day it was signed. Germany's
// obligations vary by partner (OBVARY), and ATOP's own directed file says
// 0 toward the UK, so the member file cannot say yes: cannot tell.
func TestVariesByPartnerCannotTell(t *testing.T) {
	d, err := atop51.Read()
	if err != nil {
		t.Fatal(err)
	}
	bonds, err := d.Model.Bonds("DEU", "GBR", relations.MustDate("1925-10-16"))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, b := range bonds {
		if b.Agreement == "atop-2130" && b.Obligation == pact.NonAggression {
			found = true
			if b.InForce != relations.CannotTell || b.Doubt.Reason != relations.VariesByPartner {
				t.Errorf("Locarno's non-aggression, DEU to GBR = %v, want cannot tell, varies by partner", b)
			}
		}
	}
	if !found {
		t.Errorf("no Locarno non-aggression bond from DEU to GBR: %v", bonds)
	}
}

// TestATOPRoundTripAnswersAlike runs the same questions on the ATOP model
// and on its JSON round trip, which keeps ATOP's coverage: past 2018, the
// answers are as last observed in both.
func TestATOPRoundTripAnswersAlike(t *testing.T) {
	d, err := atop51.Read()
	if err != nil {
		t.Fatal(err)
	}
	b, err := d.Model.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	round, err := pact.ParseModelJSON(d.Model.Actors(), b)
	if err != nil {
		t.Fatal(err)
	}
	if round.Coverage() != d.Model.Coverage() {
		t.Fatalf("coverage %v after the round trip, want %v", round.Coverage(), d.Model.Coverage())
	}
	for _, day := range []string{"1861-07-01", "1914-07-28", "1925-10-16", "2018-12-31", "2020-06-01"} {
		for _, x := range []relations.ActorID{"USA", "GBR", "DEU", "FRA", "RUS", "SAU", "ECU"} {
			on := relations.MustDate(day)
			want, err1 := d.Model.AlliancePartners(x, on)
			got, err2 := round.AlliancePartners(x, on)
			if err1 != nil || err2 != nil {
				t.Fatalf("%s on %s: %v, %v", x, day, err1, err2)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s's partners on %s after the round trip (-want +got):\n%s", x, day, diff)
			}
			wantG, _ := d.Model.Guarantors(x, on)
			gotG, _ := round.Guarantors(x, on)
			if diff := cmp.Diff(wantG, gotG); diff != "" {
				t.Errorf("%s's guarantors on %s after the round trip (-want +got):\n%s", x, day, diff)
			}
		}
	}
	usa, _ := round.AlliancePartners("USA", relations.MustDate("2020-06-01"))
	if len(usa.Certain) != 0 || len(usa.Uncertain) == 0 || usa.Uncertain[0].Doubt.Reason != relations.PastCoverage {
		t.Errorf("U.S. partners in 2020 after the round trip: %d certain, %d uncertain; want all as last observed", len(usa.Certain), len(usa.Uncertain))
	}
}
