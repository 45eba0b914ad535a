package atop

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

// adversaryConditions returns the specific-adversary conditions on the
// clauses of obligation o by member in agreement id, in every phase.
func adversaryConditions(t *testing.T, m *pact.Model, id string, member relations.ActorID, o pact.Obligation) (conds []pact.Condition, clauses int) {
	t.Helper()
	ag, ok := m.Agreement(id)
	if !ok {
		t.Fatalf("%s is missing", id)
	}
	all := ag.Clauses
	for _, am := range ag.Amendments {
		all = append(all, am.Clauses...)
	}
	for _, c := range all {
		if c.Obligation != o || len(c.By) != 1 || c.By[0] != member {
			continue
		}
		clauses++
		for _, cond := range c.Conditions {
			if cond.Kind == pact.SpecificAdversary {
				conds = append(conds, cond)
			}
		}
	}
	return conds, clauses
}

// TestNamedThreatsFromATOP checks ATOP's named threats (SPECTHRT,
// STATTHR1, STATTHR2) against facts of the real files.
func TestNamedThreatsFromATOP(t *testing.T) {
	d := readATOP(t)
	tests := []struct {
		name     string
		id       string
		member   relations.ActorID
		want     []relations.ActorID // the adversaries of each condition
		noCond   bool                // the defense clause has no specific-adversary condition
		unnamed  bool                // the condition names no one
		causeHas string
	}{
		{name: "Dual Alliance names Russia", id: "atop-1335", member: "DEU", want: []relations.ActorID{"RUS"}},
		{name: "Dual Alliance binds Austria-Hungary too", id: "atop-1335", member: "cow-auh", want: []relations.ActorID{"RUS"}},
		{name: "Triple Alliance names France", id: "atop-1350", member: "ITA", want: []relations.ActorID{"FRA"}},
		{name: "Greek-Serbian alliance names Bulgaria but DEFCOADV is 0", id: "atop-1490", member: "GRC", noCond: true},
		{name: "Serbian-Montenegrin alliance names 640 and 300 but DEFCOADV is 0", id: "atop-1480", member: "MNE", noCond: true},
		{name: "SPECTHRT 6 (another alliance) stays unnamed", id: "atop-1385", member: "FRA", unnamed: true, causeHas: "(alliance)"},
		{name: "SPECTHRT 3 (states in a region) stays unnamed", id: "atop-1190", member: "GBR", unnamed: true, causeHas: "states-in-region"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			conds, clauses := adversaryConditions(t, d.Model, tc.id, tc.member, pact.Defense)
			if clauses == 0 {
				t.Fatalf("%s has no defense clause by %s", tc.id, tc.member)
			}
			if tc.noCond {
				if len(conds) > 0 {
					t.Errorf("defense clauses of %s by %s have specific-adversary conditions: %+v", tc.id, tc.member, conds)
				}
				return
			}
			if len(conds) != clauses {
				t.Fatalf("%d of %d defense clauses have a specific-adversary condition", len(conds), clauses)
			}
			for _, c := range conds {
				if tc.unnamed {
					if len(c.Adversaries) > 0 || !strings.Contains(c.Text, tc.causeHas) {
						t.Errorf("condition %+v: want no adversary and a cause with %q", c, tc.causeHas)
					}
					continue
				}
				if diff := cmp.Diff(tc.want, c.Adversaries); diff != "" {
					t.Errorf("adversaries (-want +got):\n%s", diff)
				}
			}
		})
	}

	// The 54 member rows with DEFCOADV 1 and SPECTHRT 0 keep an unnamed
	// condition, with that cause.
	unnamed := 0
	for _, m := range d.Members {
		if m.Threat.Kind == NoThreat && m.Obligations.Has(pact.Defense) && containsKind(m.Conditions[pact.Defense], pact.SpecificAdversary) {
			conds, _ := adversaryConditions(t, d.Model, agreementOf(d, m), Actor(m.CCode).ID, pact.Defense)
			for _, c := range conds {
				if len(c.Adversaries) > 0 || !strings.Contains(c.Text, "names no specific threat") {
					t.Errorf("atopid %d member %d: %+v", m.Alliance, m.CCode, c)
				}
			}
			unnamed++
		}
	}
	if unnamed != 54 {
		t.Errorf("%d member rows have DEFCOADV 1 and SPECTHRT 0, want 54", unnamed)
	}
}

func containsKind(ks []pact.ConditionKind, k pact.ConditionKind) bool {
	for _, x := range ks {
		if x == k {
			return true
		}
	}
	return false
}

// agreementOf returns the agreement a member row is read into.
func agreementOf(d *Dataset, m Member) string {
	if _, ok := d.Model.Agreement(AgreementID(m.Alliance)); ok {
		return AgreementID(m.Alliance)
	}
	return PhaseAgreementID(m.Alliance, m.Phase)
}

// TestDualAllianceRespond reads the Dual Alliance from ATOP and asks who
// must act when Austria-Hungary is attacked in 1914: attacked by Russia,
// the adversary the treaty names, Germany must defend it; attacked by
// Italy, the Dual Alliance does not bind Germany.
func TestDualAllianceRespond(t *testing.T) {
	d := readATOP(t)
	on := relations.MustDate("1914-08-01")
	bonds, err := d.Model.Bonds("DEU", "cow-auh", on)
	if err != nil {
		t.Fatal(err)
	}
	named := false
	for _, b := range bonds {
		if b.Agreement == "atop-1335" && b.Obligation == pact.Defense {
			for _, c := range b.Conditions {
				named = named || c.Kind == pact.SpecificAdversary && cmp.Equal(c.Adversaries, []relations.ActorID{"RUS"})
			}
		}
	}
	if !named {
		t.Errorf("Germany's Dual Alliance bond to Austria-Hungary names no Russia: %v", bonds)
	}

	dualDefense := func(r pact.Response, duties []pact.Duty) (pact.Duty, bool) {
		for _, d := range duties {
			if d.Actor == "DEU" && d.For == "cow-auh" && d.Kind == pact.Defend && d.Agreement == "atop-1335" {
				return d, true
			}
		}
		return pact.Duty{}, false
	}
	adversaryCheck := func(d pact.Duty) relations.Truth {
		for _, c := range d.Checks {
			if c.Condition.Kind == pact.SpecificAdversary {
				return c.Result
			}
		}
		t.Fatalf("duty %v has no specific-adversary check", d)
		return relations.CannotTell
	}

	r, err := d.Model.Respond(pact.Attack{Aggressors: []relations.ActorID{"RUS"}, Target: "cow-auh", On: on})
	if err != nil {
		t.Fatal(err)
	}
	duty, ok := dualDefense(r, r.Duties)
	if !ok {
		t.Fatalf("Russia attacks Austria-Hungary: Germany has no Dual Alliance duty; duties %v", r.Duties)
	}
	if got := adversaryCheck(duty); got != relations.Yes {
		t.Errorf("Russia attacks: the specific-adversary check is %v, want yes: %v", got, duty)
	}

	r, err = d.Model.Respond(pact.Attack{Aggressors: []relations.ActorID{"ITA"}, Target: "cow-auh", On: on})
	if err != nil {
		t.Fatal(err)
	}
	if duty, ok := dualDefense(r, r.Duties); ok {
		t.Errorf("Italy attacks Austria-Hungary: the Dual Alliance still binds Germany: %v", duty)
	}
	duty, ok = dualDefense(r, r.Released)
	if !ok {
		t.Fatalf("Italy attacks: Germany's Dual Alliance duty is not among the released: %v", r.Released)
	}
	if got := adversaryCheck(duty); got != relations.No {
		t.Errorf("Italy attacks: the specific-adversary check is %v, want no: %v", got, duty)
	}
}

// threatFiles is tiny() with threat columns: alliance 1's defense is
// conditional on a specific adversary for France (220) only.
func threatFiles(alliance, phase, member string) fstest.MapFS {
	head := func(s string) string { h, _, _ := strings.Cut(s, ":"); return h }
	fsys := tiny()
	fsys[AlliancesFile] = &fstest.MapFile{Data: []byte("atopid,begyr,begmo,begday,endyr,endmo,endday,bilat,maxphase,defense,offense,neutral,nonagg,consul,asymm" + head(alliance) + "\n" +
		"1,1904,4,8,0,0,0,0,0,1,0,0,0,0,0" + threatCells(alliance, 0) + "\n" +
		"2,1887,6,18,1890,6,18,1,0,0,0,1,0,0,0" + threatCells(alliance, 1) + "\n")}
	fsys[PhasesFile] = &fstest.MapFile{Data: []byte("atopid,phase,begyr,begmo,begday,endyr,endmo,endday" + head(phase) + "\n" +
		"1,0,1904,4,8,0,0,0" + threatCells(phase, 0) + "\n" +
		"2,0,1887,6,18,1890,6,18" + threatCells(phase, 1) + "\n")}
	fsys[MembersFile] = &fstest.MapFile{Data: []byte("atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul,asymm,obvary,defcoadv" + head(member) + "\n" +
		"1,200,1904,4,8,0,0,0,0,1,0,0,0,0,0,0,0" + threatCells(member, 0) + "\n" +
		"1,220,1904,4,8,0,0,0,0,1,0,0,0,0,0,0,1" + threatCells(member, 0) + "\n" +
		"2,255,1887,6,18,1890,6,18,0,0,0,1,0,0,0,0,0" + threatCells(member, 1) + "\n" +
		"2,365,1887,6,18,1890,6,18,0,0,0,1,0,0,0,0,0" + threatCells(member, 1) + "\n")}
	return fsys
}

// threatCells returns the cells of row i in a header that has them: the
// header is ",specthrt,statthr1,statthr2:<row0>|<row1>".
func threatCells(header string, i int) string {
	_, rows, ok := strings.Cut(header, ":")
	if !ok {
		return ""
	}
	return "," + strings.Split(rows, "|")[i]
}

// TestThreatSources checks where a member's threat comes from: the phase
// file when it codes threats, else the member file, else the alliance
// file; and what the condition says when the threat is not states.
func TestThreatSources(t *testing.T) {
	const cols = ",specthrt,statthr1,statthr2"
	tests := []struct {
		name                    string
		alliance, phase, member string
		want                    []relations.ActorID
		textHas                 string
	}{
		{name: "no threat columns", textHas: "ATOP does not know whether the treaty names a threat (SPECTHRT missing, STATTHR missing)"},
		{name: "alliance file", alliance: cols + ":1,365,0|0,0,0", want: []relations.ActorID{"RUS"}, textHas: "SPECTHRT 1, STATTHR 365"},
		{name: "member file over alliance file", alliance: cols + ":1,365,0|0,0,0", member: cols + ":1,255,365|0,0,0",
			want: []relations.ActorID{"DEU", "RUS"}},
		{name: "phase file over the others", alliance: cols + ":1,365,0|0,0,0", phase: cols + ":1,255,0|0,0,0", member: "",
			want: []relations.ActorID{"DEU"}},
		{name: "phase file and member file agree", phase: cols + ":1,255,0|0,0,0", member: cols + ":1,255,0|0,0,0",
			want: []relations.ActorID{"DEU"}},
		{name: "SPECTHRT 0", phase: cols + ":0,0,0|0,0,0", textHas: "the treaty names no specific threat (SPECTHRT 0)"},
		{name: "SPECTHRT missing is not none", phase: cols + ":,,|0,0,0", textHas: "ATOP does not know whether the treaty names a threat"},
		{name: "SPECTHRT -9 is missing", phase: cols + ":-9,-9,-9|0,0,0", textHas: "ATOP does not know whether the treaty names a threat"},
		{name: "STATTHR2 missing", phase: cols + ":1,365,|0,0,0", textHas: "ATOP does not know which states the treaty names (SPECTHRT 1, STATTHR missing)"},
		{name: "SPECTHRT 1 naming no state", phase: cols + ":1,0,0|0,0,0", textHas: "ATOP names no state"},
		{name: "SPECTHRT 2", phase: cols + ":2,0,0|0,0,0", textHas: "not states alone (region)"},
		{name: "SPECTHRT 6 naming a state", phase: cols + ":6,260,0|0,0,0", textHas: "not states alone (alliance)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Read(threatFiles(tc.alliance, tc.phase, tc.member))
			if err != nil {
				t.Fatal(err)
			}
			conds, _ := adversaryConditions(t, d.Model, "atop-1", "FRA", pact.Defense)
			if len(conds) != 1 {
				t.Fatalf("France's defense clause has %d specific-adversary conditions, want 1", len(conds))
			}
			if diff := cmp.Diff(tc.want, conds[0].Adversaries); diff != "" {
				t.Errorf("adversaries (-want +got):\n%s", diff)
			}
			if !strings.Contains(conds[0].Text, tc.textHas) {
				t.Errorf("text %q does not say %q", conds[0].Text, tc.textHas)
			}
			if uk, _ := adversaryConditions(t, d.Model, "atop-1", "GBR", pact.Defense); len(uk) != 0 {
				t.Errorf("Britain's defense (DEFCOADV 0) has a specific-adversary condition: %+v", uk)
			}
		})
	}
}

// TestThreatDisagreement: a member row whose threat differs from its
// phase's is an error at the member row.
func TestThreatDisagreement(t *testing.T) {
	const cols = ",specthrt,statthr1,statthr2"
	_, err := Read(threatFiles("", cols+":1,255,0|0,0,0", cols+":1,365,0|0,0,0"))
	want := `atop5_1m.csv:2:40: specthrt: SPECTHRT 1, STATTHR 365, but atop5_1aph.csv:2 says SPECTHRT 1, STATTHR 255`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error\n got: %v\nwant: %s", err, want)
	}
}

func TestThreatString(t *testing.T) {
	tests := []struct {
		th   Threat
		want string
	}{
		{Threat{}, "SPECTHRT missing, STATTHR missing"},
		{Threat{Kind: NoThreat, StatesKnown: true}, "SPECTHRT 0"},
		{Threat{Kind: StatesThreat, States: []int{640, 300}, StatesKnown: true}, "SPECTHRT 1, STATTHR 640, 300"},
		{Threat{Kind: ThreatKind(99), StatesKnown: true}, "SPECTHRT missing"},
	}
	for _, tc := range tests {
		if got := tc.th.String(); got != tc.want {
			t.Errorf("%#v: %q, want %q", tc.th, got, tc.want)
		}
	}
	if got := ThreatKind(99).String(); got != "ThreatKind(99)" {
		t.Errorf("a bad kind prints %q", got)
	}
}
