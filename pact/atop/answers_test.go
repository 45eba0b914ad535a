package atop_test

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/atop"
	"github.com/entente-go/entente/pact/atop/atop51"
	"github.com/entente-go/entente/relations"
)

// TestVariesByPartnerResolved: Germany's non-aggression toward the UK
// under Locarno (ATOPID 2130) on the day it was signed. Germany's
// obligations vary by partner (OBVARY); ATOP's own directed file says 0
// toward the UK, so with it Germany owes the UK no non-aggression under
// Locarno, and without it (the three files alone) the member file cannot
// say: cannot tell, naming the missing file.
func TestVariesByPartnerResolved(t *testing.T) {
	day := relations.MustDate("1925-10-16")
	locarno := func(m *pact.Model) []pact.Bond {
		bonds, err := m.Bonds("DEU", "GBR", day)
		if err != nil {
			t.Fatal(err)
		}
		var out []pact.Bond
		for _, b := range bonds {
			if b.Agreement == "atop-2130" && b.Obligation == pact.NonAggression {
				out = append(out, b)
			}
		}
		return out
	}
	d, err := atop51.Read()
	if err != nil {
		t.Fatal(err)
	}
	if bs := locarno(d.Model); len(bs) != 0 {
		t.Errorf("with ATOP's directed file, Locarno's non-aggression from DEU to GBR: %v; want none", bs)
	}
	three := fstest.MapFS{}
	for _, name := range []string{atop.AlliancesFile, atop.PhasesFile, atop.MembersFile} {
		b, err := fs.ReadFile(atop51.FS(), name)
		if err != nil {
			t.Fatal(err)
		}
		three[name] = &fstest.MapFile{Data: b}
	}
	alone, err := atop.Read(three)
	if err != nil {
		t.Fatal(err)
	}
	bs := locarno(alone.Model)
	if len(bs) != 1 || bs[0].InForce != relations.CannotTell || bs[0].Doubt.Reason != relations.VariesByPartner ||
		!strings.Contains(bs[0].Doubt.Detail, "no directed dyad-year file") {
		t.Errorf("without it: %v; want one bond, cannot tell, varies by partner, for want of the directed file", bs)
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
