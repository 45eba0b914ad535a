package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/internal/jsonv1"
	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/rivalry"
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

// row finds the partners an agreement gives in a question-1 answer.
func row(rows []treatyPartners, agreement string) (treatyPartners, bool) {
	for _, r := range rows {
		if r.Agreement == agreement {
			return r, true
		}
	}
	return treatyPartners{}, false
}

func ids(s ...relations.ActorID) []relations.ActorID { return s }

// TestAnswers asserts the report's answers as data, on the world: ATOP's
// alliances, Thompson & Dreyer's rivalries, and the scenario on top.
func TestAnswers(t *testing.T) {
	s := mustLoad(t)
	a, err := s.answer(d("2025-12-31"))
	if err != nil {
		t.Fatal(err)
	}
	gcc := ids("ARE", "BHR", "KWT", "OMN", "QAT")

	// 1. At the baseline, Saudi Arabia's treaty partners come from ATOP:
	// the GCC's defence agreement, which a 2025 source still observes in
	// force, and the Arab League's treaties, as ATOP last observed them.
	r, ok := row(a.PartnersThen, "atop-4965")
	if !ok || !cmp.Equal(gcc, r.Certain) {
		t.Errorf("2019: partners by the GCC's defence agreement = %+v, want %v for certain", r, gcc)
	}
	r, ok = row(a.PartnersThen, "atop-3205")
	if !ok || len(r.Certain) != 0 || !slices.Contains(r.Uncertain, "EGY") || r.Doubt.Reason != relations.PastCoverage ||
		!strings.Contains(r.Doubt.Detail, "as last observed by ATOP 5.1 on 2018-12-31") {
		t.Errorf("2019: partners by the Arab League's joint defence treaty = %+v, want Egypt among them as last observed by ATOP", r)
	}
	// On 2025-12-31 Pakistan joins them, by the SMDA.
	r, ok = row(a.PartnersNow, "smda")
	if !ok || !cmp.Equal(ids("PAK"), r.Certain) {
		t.Errorf("2025: partners by the SMDA = %+v, want Pakistan", r)
	}
	r, _ = row(a.PartnersNow, "atop-4965")
	if !cmp.Equal(gcc, r.Uncertain) || !strings.Contains(r.Doubt.Detail, "GCC Supreme Council") {
		t.Errorf("2025: the GCC's partners = %+v, want them as last observed by the GCC Supreme Council", r)
	}

	// 2. A Houthi strike: many treaty protectors on paper, one bound for
	// certain, one expected protector in practice.
	var must, maybe []relations.ActorID
	for _, duty := range a.Attack.Duties {
		if duty.Kind != pact.Defend {
			continue
		}
		if duty.Holds == relations.Yes {
			must = append(must, duty.Actor)
		} else if duty.Agreement == "atop-4965" {
			maybe = append(maybe, duty.Actor)
		}
	}
	if !cmp.Equal(ids("PAK"), must) {
		t.Errorf("must defend Saudi Arabia: %v, want Pakistan", must)
	}
	if !cmp.Equal(gcc, maybe) {
		t.Errorf("may have to defend by the GCC's agreement: %v, want %v", maybe, gcc)
	}
	if len(a.Attack.Expectations) != 1 || a.Attack.Expectations[0].By != "USA" {
		t.Errorf("expectations = %v, want the U.S. umbrella alone", a.Attack.Expectations)
	}

	// 3. Egypt–Turkey: chargé d'affaires from 2013-11, ambassadors from 2023-07-04.
	var reps []string
	for _, st := range a.Timeline {
		if st.Date.Year() >= 2012 && (len(reps) == 0 || !strings.HasPrefix(reps[len(reps)-1], st.AinB.String()+"@")) {
			reps = append(reps, st.AinB.String()+"@"+st.Date.String())
		}
	}
	if diff := cmp.Diff([]string{"ambassador@2012", "charge-d-affaires@2013-11", "ambassador@2023-07-04"}, reps); diff != "" {
		t.Errorf("Egypt-Turkey representation (-want +got):\n%s", diff)
	}

	// 4. The Gulf's own thaw, and the recorded rivalries that thawed.
	pairs := func(cs []relations.Change) []string {
		var out []string
		for _, c := range cs {
			out = append(out, string(c.A)+"-"+string(c.B))
		}
		return out
	}
	for _, want := range []string{"QAT-SAU", "ARE-QAT", "BHR-QAT", "EGY-QAT", "IRN-SAU", "EGY-IRN", "EGY-TUR", "PAK-SAU"} {
		if !slices.Contains(pairs(a.Thawed), want) {
			t.Errorf("%s did not thaw: %v", want, pairs(a.Thawed))
		}
	}
	if !slices.Contains(pairs(a.Deteriorated), "ISR-QAT") {
		t.Errorf("Israel-Qatar did not deteriorate: %v", pairs(a.Deteriorated))
	}
	for _, c := range a.Thawed {
		if c.A+"-"+c.B == "QAT-SAU" && c.After.Alignment.Cause.Event != "al-ula" {
			t.Errorf("Qatar-Saudi thaw caused by %+v, want the Al-Ula declaration", c.After.Alignment.Cause)
		}
	}

	// 5. Saudi Arabia's portfolio on 2025-12-31: Pakistan and the United
	// States for certain, the GCC and the Arab League on paper only.
	pf := a.Portfolios[0][1]
	var certain, paper []relations.ActorID
	for _, p := range pf.Protectors.Certain {
		certain = append(certain, p.Actor)
	}
	for _, u := range pf.Protectors.Uncertain {
		paper = append(paper, u.Item.Actor)
	}
	if !cmp.Equal(ids("PAK", "USA"), certain) || !slices.Contains(paper, "EGY") || !slices.Contains(paper, "QAT") {
		t.Errorf("Saudi portfolio on 2025-12-31: certain %v, on paper %v", certain, paper)
	}

	// 6. Three proposals, one pair with rival leaders.
	rivals := 0
	for _, o := range a.Overlaps {
		if o.RivalLeaders {
			rivals++
		}
	}
	if len(a.Overlaps) != 3 || rivals != 1 {
		t.Errorf("%d overlaps, %d with rival leaders; want 3 and 1", len(a.Overlaps), rivals)
	}
}

// TestRivalriesComeFromThompsonDreyer: the three rivalries the report
// reads its thaws against are Thompson & Dreyer's, from 1979, and after
// 2010 only a later event settles them.
func TestRivalriesComeFromThompsonDreyer(t *testing.T) {
	s := mustLoad(t)
	for _, p := range [][2]relations.ActorID{{"IRN", "SAU"}, {"EGY", "IRN"}, {"IRN", "ISR"}} {
		r, active := rivalry.Between(p[0], p[1], 2005)
		if active != relations.Yes || r.Start.String() != "1979" {
			t.Errorf("%s-%s: Thompson & Dreyer's rivalry %+v, active %v; want one from 1979", p[0], p[1], r, active)
		}
		e, ok := s.history.Event(r.Events()[0].ID)
		if !ok || e.Dataset != rivalry.Source {
			t.Errorf("%s-%s: the world lacks the rivalry's event %+v", p[0], p[1], e)
		}
		st, err := s.history.Standing(p[0], p[1], d("2005-06-01"))
		if err != nil {
			t.Fatal(err)
		}
		if st.Alignment.Level != relations.Hostile {
			t.Errorf("%s-%s in 2005: %v, want hostile", p[0], p[1], st.Alignment)
		}
	}
	rivals, _ := s.history.Rivals("ISR", d("2020-01-01"))
	found := false
	for _, u := range rivals.Uncertain {
		found = found || (u.Item == "IRN" && u.Doubt.Reason == relations.PastCoverage)
	}
	if !found {
		t.Errorf("Israel's rivals in 2020 = %v, want Iran as last observed by Thompson & Dreyer", rivals)
	}
	rivals, _ = s.history.Rivals("ISR", d("2025-06-20"))
	if !slices.Contains(rivals.Certain, "IRN") {
		t.Errorf("Israel's rivals during the June 2025 war = %v, want Iran for certain", rivals)
	}
}

// TestEveryFactHasASource: every event, agreement and observation of the
// scenario layer cites where it comes from.
func TestEveryFactHasASource(t *testing.T) {
	s := mustLoad(t)
	for _, e := range s.layer.history.Events() {
		if e.Source == "" {
			t.Errorf("event %q has no source", e.ID)
		}
	}
	for _, ag := range s.layer.pacts.Agreements() {
		if len(ag.Sources) == 0 {
			t.Errorf("agreement %q has no source", ag.ID)
		}
	}
	for _, o := range s.pacts.Observations() {
		if o.Source == "" {
			t.Errorf("the observation of %q has no source", o.Agreement)
		}
	}
	for _, id := range []string{"yemen-2015", "qatar-2017", "al-ula", "tr-qa-2017-troops", "abraham-accords",
		"ir-il-2024-04", "ir-il-2024-10", "il-ir-2024-10", "il-ir-2025-06", "ir-il-2025-06"} {
		if e, ok := s.layer.history.Event(id); !ok || !strings.Contains(e.Source, "https://") {
			t.Errorf("event %q is missing or cites no page: %+v", id, e)
		}
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

	// An Israeli strike like Doha's: the members must defend Qatar (and so
	// must the United States, by Executive Order 14353, pact or no pact),
	// and Egypt's 1979 peace treaty with Israel (ATOP 3850, as ATOP last
	// observed it) may forbid it to attack Israel.
	israel := w.Responses[0]
	var defenders []relations.ActorID
	for _, duty := range israel.After.Obliged() {
		if duty.Kind == pact.Defend {
			defenders = append(defenders, duty.Actor)
		}
	}
	if diff := cmp.Diff([]relations.ActorID{"EGY", "IRN", "SAU", "TUR", "USA"}, defenders); diff != "" {
		t.Errorf("defenders of Qatar against Israel (-want +got):\n%s", diff)
	}
	var conflicts []string
	for _, c := range israel.NewConflicts {
		conflicts = append(conflicts, string(c.Actor)+":"+c.Kind.String()+":"+c.Duties[len(c.Duties)-1].Agreement)
	}
	if diff := cmp.Diff([]string{"EGY:against-non-aggression:atop-3850"}, conflicts); diff != "" {
		t.Errorf("new conflicts against Israel (-want +got):\n%s", diff)
	}

	// An Iranian strike like Al Udeid's: the pact defends only against
	// outsiders, so none of its members must defend Qatar, and Iran
	// breaches its pledge.
	iran := w.Responses[1]
	for _, duty := range iran.After.Obliged() {
		if duty.Kind == pact.Defend && duty.For == "QAT" && duty.Agreement == "stability-pact" {
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
	// A version-1 file (until internal/cmd/jsonv2 rewrites it) is
	// canonical when its version-2 rewrite is.
	for _, f := range []struct {
		name      string
		kind      jsonv1.Kind
		file, out []byte
	}{{"scenario/history.json", jsonv1.History, historyJSON, h}, {"scenario/agreements.json", jsonv1.Model, agreementsJSON, a}} {
		file := f.file
		if v2, err := jsonv1.Upgrade(f.kind, file); err == nil {
			file = v2
		}
		if !bytes.Equal(f.out, file) {
			t.Errorf("%s is not in canonical form: run go test -update", f.name)
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
		{"report", nil, 0, "1. Saudi Arabia's treaty partners, by agreement"},
		{"on", []string{"-on", "2019-12-31"}, 0, "nothing is compared"},
		{"cannot tell", []string{"-on", "2025-09"}, 0, "cannot tell"},
		{"-on before the sources", []string{"-on", "1800-01-01"}, 2, ""},
		{"-json with -on", []string{"-json", "-on", "2019"}, 2, ""},
		{"-json with -dot", []string{"-json", "-dot", dot}, 2, ""},
		{"pictures", []string{"-dot", dot, "-mermaid", merm}, 0, "6. The proposals"},
		{"json", []string{"-json"}, 0, `"agreements": {`},
		{"bad date", []string{"-on", "2025-02-30"}, 2, ""},
		{"bad flag", []string{"-colour"}, 2, ""},
		{"stray argument", []string{"now"}, 2, ""},
		{"unwritable", []string{"-dot", filepath.Join(dir, "no", "such", "dir")}, 1, ""},
		{"record", []string{"-record", "USA"}, 0, "United States toward Qatar: 1 honoured, 1 partly"},
		{"record as JSON", []string{"-record", "USA", "-json"}, 0, `"protector":"USA","protege":"QAT"`},
		{"record of an actor no test calls on", []string{"-record", "CHN"}, 0, "no test in the scenario calls on China"},
		{"record of an unknown actor", []string{"-record", "NOPE"}, 2, ""},
		{"record of no one", []string{"-record", ""}, 2, ""},
		{"record with -on", []string{"-record", "USA", "-on", "2019"}, 2, ""},
		{"record with -mermaid", []string{"-record", "USA", "-mermaid", merm}, 2, ""},
		{"record as CSV", []string{"-record", "USA", "-csv"}, 0, "protector,protege,test,kind,date,owed,response,verdict"},
		{"-csv without -record", []string{"-csv"}, 2, ""},
		{"record as JSON and CSV", []string{"-record", "USA", "-json", "-csv"}, 2, ""},
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

// TestREADMEShowsRealOutput keeps the program's README's copy of the report
// true. The file ships in the program's folder, so it is never absent.
func TestREADMEShowsRealOutput(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if code := run(nil, &out, &out); code != 0 {
		t.Fatalf("exit %d: %s", code, out.String())
	}
	if !bytes.Contains(readme, out.Bytes()) {
		t.Error("README.md does not contain the report as the program prints it; paste the new output")
	}
}
