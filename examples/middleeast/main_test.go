package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

var d = relations.MustDate

var update = flag.Bool("update", false, "rewrite the scenario's JSON files in canonical form")

func mustLoad(t *testing.T) scenario {
	t.Helper()
	s, err := load()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestAnswers(t *testing.T) {
	s := mustLoad(t)
	a, err := s.answer(d("2025-12-31"))
	if err != nil {
		t.Fatal(err)
	}
	// 1. No treaty ally in 2019; Pakistan by the end of 2025.
	if a.PartnersThen.Len() != 0 {
		t.Errorf("Saudi partners in 2019 = %v, want none", a.PartnersThen)
	}
	if diff := cmp.Diff([]relations.ActorID{"PAK"}, a.PartnersNow.Certain); diff != "" {
		t.Errorf("Saudi partners in 2025 (-want +got):\n%s", diff)
	}
	// 2. Pakistan is obliged under the SMDA; the USA only expected.
	var obliged []string
	for _, duty := range a.Attack.Obliged() {
		obliged = append(obliged, string(duty.Actor)+":"+duty.Agreement+":"+duty.Kind.String())
	}
	if diff := cmp.Diff([]string{"PAK:smda:defend"}, obliged); diff != "" {
		t.Errorf("obliged (-want +got):\n%s", diff)
	}
	if len(a.Attack.Expectations) != 1 || a.Attack.Expectations[0].By != "USA" || a.Attack.Expectations[0].Obligation != pact.Expectation {
		t.Errorf("expectations = %v, want the USA's only", a.Attack.Expectations)
	}
	for _, duty := range append(a.Attack.Duties, a.Attack.Released...) {
		if duty.Actor == "USA" {
			t.Errorf("the USA has a duty: %v", duty)
		}
	}
	// 3. Egypt–Turkey: ambassadors, chargé from 2013-11, ambassadors from 2023-07-04.
	var levels []string
	for _, st := range a.Timeline {
		if n := len(levels); n == 0 || levels[n-1] != st.AinB.String()+"@"+st.Date.String() && st.AinB.String() != strings.Split(levels[n-1], "@")[0] {
			levels = append(levels, st.AinB.String()+"@"+st.Date.String())
		}
	}
	want := []string{"ambassador@2012", "charge-d-affaires@2013-11", "ambassador@2023-07-04"}
	if diff := cmp.Diff(want, levels); diff != "" {
		t.Errorf("Egypt-Turkey representation (-want +got):\n%s", diff)
	}
	// 4. SAU–IRN, EGY–IRN and EGY–TUR thawed (and the new SMDA alliance).
	var thawed []string
	for _, c := range a.Thawed {
		thawed = append(thawed, string(c.A)+"-"+string(c.B))
	}
	if diff := cmp.Diff([]string{"EGY-IRN", "EGY-TUR", "IRN-SAU", "PAK-SAU"}, thawed); diff != "" {
		t.Errorf("thawed (-want +got):\n%s", diff)
	}
	// 5. Saudi Arabia's reliance on the USA fell; Qatar's did not.
	sau, qat := a.Portfolios[0], a.Portfolios[1]
	if sau[0].Share("USA") != 1 || !(sau[1].Share("USA") < 0.5) {
		t.Errorf("Saudi USA share %v → %v, want 1 → below one half", sau[0].Share("USA"), sau[1].Share("USA"))
	}
	if qat[0].Share("USA") != 1 || qat[1].Share("USA") != 1 {
		t.Errorf("Qatar USA share %v → %v, want 1 → 1", qat[0].Share("USA"), qat[1].Share("USA"))
	}
	// 6. Three proposals overlap; Turkey and Egypt both claim to lead.
	if len(a.Overlaps) != 3 {
		t.Fatalf("overlaps = %d, want 3", len(a.Overlaps))
	}
	rivals := 0
	for _, o := range a.Overlaps {
		if o.RivalLeaders {
			rivals++
			if diff := cmp.Diff([][]relations.ActorID{{"TUR"}, {"EGY"}}, [][]relations.ActorID{o.LeadersA, o.LeadersB}); diff != "" {
				t.Errorf("rival leaders (-want +got):\n%s", diff)
			}
		}
		if len(o.Shared) < 5 {
			t.Errorf("%s and %s share only %v", o.A, o.B, o.Shared)
		}
	}
	if rivals != 1 {
		t.Errorf("%d pairs of proposals with rival leaders, want 1", rivals)
	}
}

// TestTurkeysPactInForce is written the way a policy modeller would: if
// Turkey's proposed pact entered into force on 2026-01-01, whom would Qatar
// gain as guarantors, and which duties would conflict?
func TestTurkeysPactInForce(t *testing.T) {
	s := mustLoad(t)
	w, err := s.pacts.WhatIf("stability-pact", d("2026-01-01"),
		pact.Attack{Aggressors: []relations.ActorID{"ISR"}, Target: "QAT"},
		pact.Attack{Aggressors: []relations.ActorID{"IRN"}, Target: "QAT"})
	if err != nil {
		t.Fatal(err)
	}
	var gained []relations.ActorID
	for _, g := range w.Guarantors {
		if g.Actor == "QAT" {
			gained = g.Gained
		}
	}
	if diff := cmp.Diff([]relations.ActorID{"EGY", "IRN", "SAU", "TUR"}, gained); diff != "" {
		t.Errorf("Qatar's new guarantors (-want +got):\n%s", diff)
	}

	// An Israeli strike like Doha's: the members must defend Qatar, and
	// Egypt's peace treaty with Israel forbids it to attack Israel.
	israel := w.Responses[0]
	var defenders []relations.ActorID
	for _, duty := range israel.After.Obliged() {
		if duty.Kind == pact.Defend {
			defenders = append(defenders, duty.Actor)
		}
	}
	if diff := cmp.Diff([]relations.ActorID{"EGY", "IRN", "SAU", "TUR"}, defenders); diff != "" {
		t.Errorf("defenders of Qatar against Israel (-want +got):\n%s", diff)
	}
	var conflicts []string
	for _, c := range israel.NewConflicts {
		conflicts = append(conflicts, string(c.Actor)+":"+c.Kind.String()+":"+c.Duties[len(c.Duties)-1].Agreement)
	}
	if diff := cmp.Diff([]string{"EGY:against-non-aggression:egypt-israel-1979"}, conflicts); diff != "" {
		t.Errorf("new conflicts against Israel (-want +got):\n%s", diff)
	}

	// An Iranian strike like Al Udeid's: the pact defends only against
	// outsiders, so no one must defend Qatar, and Iran breaches its pledge.
	iran := w.Responses[1]
	for _, duty := range iran.After.Obliged() {
		if duty.Kind == pact.Defend && duty.For == "QAT" {
			t.Errorf("%s must defend Qatar against a member", duty.Actor)
		}
	}
	breach := false
	for _, c := range iran.NewConflicts {
		breach = breach || (c.Actor == "IRN" && c.Kind == pact.Breach)
	}
	if !breach {
		t.Errorf("Iran's attack is not reported as a breach: %v", iran.NewConflicts)
	}
	// The scenario itself is unchanged.
	if st, _, _ := s.pacts.StatusOn("stability-pact", d("2026-01-01")); st != pact.Proposed {
		t.Errorf("the what-if changed the model: status %v", st)
	}
}

// TestScenarioData checks the embedded data: canonical JSON (it round-trips
// byte for byte), a source for every fact, and the fact sheet's dates with
// their precision.
func TestScenarioData(t *testing.T) {
	s := mustLoad(t)
	h, _ := s.layer.history.MarshalJSON()
	a, _ := s.layer.pacts.MarshalJSON()
	if *update {
		for name, b := range map[string][]byte{"scenario/history.json": h, "scenario/agreements.json": a} {
			if err := os.WriteFile(name, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	if !bytes.Equal(h, historyJSON) {
		t.Error("scenario/history.json is not in canonical form: run go test -update")
	}
	if !bytes.Equal(a, agreementsJSON) {
		t.Error("scenario/agreements.json is not in canonical form: run go test -update")
	}
	for _, e := range s.history.Events() {
		if e.Source == "" {
			t.Errorf("event %q has no source", e.ID)
		}
	}
	for _, ag := range s.pacts.Agreements() {
		if len(ag.Sources) == 0 {
			t.Errorf("agreement %q has no source", ag.ID)
		}
	}
	dates := map[string]string{
		"ir-eg-1979": "1979", "eg-tr-2013-coup": "2013-07-03", "eg-tr-2013-expel": "2013-11",
		"jcpoa-signed": "2015-07-14", "sa-ir-2016": "2016-01-03", "us-jcpoa-exit": "2018-05-08",
		"abqaiq": "2019-09-14", "us-afg-exit": "2021-08-30", "beijing": "2023-03-10", "eg-tr-2023": "2023-07-04",
		"eg-tr-2024-erdogan": "2024-02-14", "eg-tr-2024-sisi": "2024-09-04", "eg-ir-2025-araghchi": "2025-06-02",
		"eg-ir-2025-consultations": "2025-06", "us-ir-2025-strikes": "2025-06-22", "ir-qa-2025-udeid": "2025-06-23",
		"il-qa-2025-doha": "2025-09-09", "doha-summit": "2025-09-15", "smda-signed": "2025-09-17",
		"friendship-sea": "2025-09-22",
	}
	for id, want := range dates {
		e, ok := s.history.Event(id)
		if !ok {
			t.Errorf("event %q is missing", id)
			continue
		}
		if e.Date.String() != want {
			t.Errorf("event %q dated %s, want %s", id, e.Date, want)
		}
	}
	for _, id := range []string{"us-umbrella", "al-udeid", "jcpoa", "beijing-2023", "eg-ir-consultations", "smda",
		"stability-pact", "arab-islamic-force", "islamic-nato"} {
		if _, ok := s.pacts.Agreement(id); !ok {
			t.Errorf("agreement %q is missing", id)
		}
	}
	force, _ := s.pacts.Agreement("arab-islamic-force")
	if force.Provisions[0].Troops != 20000 || force.Provisions[0].Commander != "EGY" {
		t.Errorf("Egypt's offer = %+v, want 20,000 troops under an Egyptian commander", force.Provisions[0])
	}
}

func TestCommandLine(t *testing.T) {
	dir := t.TempDir()
	dot, merm := filepath.Join(dir, "net.dot"), filepath.Join(dir, "net.mmd")
	tests := []struct {
		name string
		args []string
		code int
		out  string
	}{
		{"report", nil, 0, "1. Saudi Arabia's alliance partners"},
		{"on", []string{"-on", "2019-12-31"}, 0, "as of 2019-12-31"},
		{"pictures", []string{"-dot", dot, "-mermaid", merm}, 0, "6. The proposals"},
		{"json", []string{"-json"}, 0, `"agreements": {`},
		{"bad date", []string{"-on", "2025-02-30"}, 2, ""},
		{"bad flag", []string{"-colour"}, 2, ""},
		{"stray argument", []string{"now"}, 2, ""},
		{"unwritable", []string{"-dot", filepath.Join(dir, "no", "such", "dir")}, 1, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			if code := run(tc.args, &out, &errb); code != tc.code {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tc.code, errb.String())
			}
			if !strings.Contains(out.String(), tc.out) {
				t.Errorf("output lacks %q:\n%s", tc.out, out.String())
			}
			if tc.code == 2 && !strings.Contains(errb.String(), "usage:") {
				t.Errorf("no usage on stderr: %s", errb.String())
			}
		})
	}
	for _, f := range []string{dot, merm} {
		if b, err := os.ReadFile(f); err != nil || !bytes.Contains(b, []byte("SAU")) {
			t.Errorf("%s: %v, %q", f, err, b)
		}
	}
}

// TestREADMEShowsRealOutput keeps the README's copy of the report true.
func TestREADMEShowsRealOutput(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Skip("README.md not found:", err)
	}
	var out bytes.Buffer
	if code := run(nil, &out, &out); code != 0 {
		t.Fatalf("exit %d: %s", code, out.String())
	}
	if !bytes.Contains(readme, out.Bytes()) {
		t.Error("README.md does not contain the report as the program prints it; paste the new output")
	}
}
