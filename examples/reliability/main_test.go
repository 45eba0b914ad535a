package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/record"
	"github.com/entente-go/entente/pact/reliability"
	"github.com/entente-go/entente/relations"
)

func TestUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"stray argument", []string{"1914"}, 2, `unexpected argument "1914"`},
		{"unknown flag", []string{"-year", "1914"}, 2, "flag provided but not defined"},
		{"another war", []string{"-war", "1939"}, 2, "only 1914"},
		{"-out with -war", []string{"-war", "1914", "-out", "x.csv"}, 2, "-out is for every war"},
		{"-out without a file", []string{"-out", ""}, 2, "-out needs a file name"},
		{"help", []string{"-h"}, 0, "usage: reliability"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(tt.args, &stdout, &stderr); code != tt.code {
				t.Errorf("exit %d, want %d; stderr: %s", code, tt.code, stderr.String())
			}
			if !strings.Contains(stderr.String(), tt.want) {
				t.Errorf("stderr %q lacks %q", stderr.String(), tt.want)
			}
			if tt.code == 2 && !strings.Contains(stderr.String(), "usage: reliability") {
				t.Errorf("no usage on stderr: %q", stderr.String())
			}
		})
	}
}

// TestSummaryFromCSV recomputes the printed summary's lines for all wars
// and for each era from the CSV alone, through package record's tally.
func TestSummaryFromCSV(t *testing.T) {
	out := filepath.Join(t.TempDir(), "wars.csv")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-out", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(recs[0], record.CSVHeader) {
		t.Fatalf("header %v", recs[0])
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	outcomes := map[string]record.Outcome{}
	for o := record.CannotJudge; o <= record.NotOwed; o++ {
		outcomes[o.String()] = o
	}
	outcome := func(s string) record.Outcome {
		o, ok := outcomes[s]
		if !ok {
			t.Fatalf("outcome %q", s)
		}
		return o
	}
	verdicts := map[string][]record.Verdict{}
	rows := recs[1:]
	for _, r := range rows {
		year, err := strconv.Atoi(r[col["date"]])
		if err != nil {
			t.Fatalf("date %q", r[col["date"]])
		}
		v := record.Verdict{Outcome: outcome(r[col["verdict"]])}
		for _, p := range strings.Split(r[col["possible"]], "|") {
			v.Possible = append(v.Possible, outcome(p))
		}
		if len(r[col["sources"]]) == 0 {
			t.Errorf("a row without sources: %v", r)
		}
		verdicts["all"] = append(verdicts["all"], v)
		verdicts[eraOf(year)] = append(verdicts[eraOf(year)], v)
	}
	for _, l := range []string{"all", "1816–1944", "1945–2007"} {
		want := line{l, record.Tally(verdicts[l])}.String()
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, stdout.String())
		}
	}
	for _, l := range []string{"defense", "offense", "1816–1944 defense", "1816–1944 offense", "1945–2007 defense", "1945–2007 offense"} {
		if !strings.Contains(stdout.String(), "\n"+l+" ") {
			t.Errorf("summary lacks a line %q", l)
		}
	}
	if want := fmt.Sprintf("Wrote %d rows to %s.", len(rows), out); !strings.Contains(stdout.String(), want) {
		t.Errorf("stdout lacks %q", want)
	}
}

// TestJulyTable asserts the 1914 table as data.
func TestJulyTable(t *testing.T) {
	js, _, err := judgeJuly()
	if err != nil {
		t.Fatal(err)
	}
	find := func(holder, beneficiary relations.ActorID) reliability.Judgement {
		t.Helper()
		for _, j := range js {
			if j.Holder == holder && j.Beneficiary == beneficiary {
				return j
			}
		}
		t.Fatalf("no judgement of %s toward %s", holder, beneficiary)
		return reliability.Judgement{}
	}
	failed := func(j reliability.Judgement, k pact.ConditionKind) bool {
		for _, d := range j.Duties {
			if d.Holds != relations.No {
				return false
			}
			if !slices.ContainsFunc(d.Checks, func(c pact.ConditionCheck) bool {
				return c.Condition.Kind == k && c.Result == relations.No
			}) {
				return false
			}
		}
		return len(j.Duties) > 0
	}
	auh := relations.ActorID("cow-auh")

	deu := find("DEU", auh)
	if deu.Bound != relations.Yes || deu.Conduct != reliability.JoinedAtOnset || deu.Entered.Year() != 1914 ||
		!slices.ContainsFunc(deu.Duties, func(d pact.Duty) bool {
			return d.Agreement == "atop-1335" && d.Holds == relations.Yes && slices.Contains(d.Against, "RUS")
		}) {
		t.Errorf("Germany: %+v", deu)
	}
	for _, c := range []struct {
		holder relations.ActorID
		year   int
	}{{"ITA", 1915}, {"ROU", 1916}} {
		for _, b := range []relations.ActorID{auh, "DEU"} {
			j := find(c.holder, b)
			if j.Bound != relations.No || !failed(j, pact.NonProvocation) || j.Outcome != record.NotOwed ||
				j.Conduct != reliability.JoinedOtherSide || j.Entered.Year() != c.year {
				t.Errorf("%s toward %s: %+v", c.holder, b, j)
			}
		}
	}
	// Greece's 1913 alliance with Serbia (ATOP 1490) holds only if Serbia
	// did not provoke the attack, which neither ATOP nor the hand-built
	// world says; COW has Greece join Serbia's side in 1917.
	grc := find("GRC", "SRB")
	def, _ := grc.BoundBy(pact.Defend)
	if grc.Bound != relations.CannotTell || def != relations.CannotTell || grc.Duties[0].Agreement != "atop-1490" ||
		grc.Conduct != reliability.JoinedLater || grc.Entered.Year() != 1917 || grc.Outcome != record.CannotJudge {
		t.Errorf("Greece: %+v", grc)
	}
	// The differences the table states.
	if fra := find("FRA", "RUS"); fra.Bound != relations.CannotTell {
		t.Errorf("France toward Russia: %+v", fra)
	}
	for _, j := range js {
		if j.Beneficiary == "BEL" {
			t.Errorf("ATOP owes Belgium something: %+v", j)
		}
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-war", "1914"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	for _, want := range []string{"Germany toward Austria-Hungary", "Greece toward Serbia", "hand-built world"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

// TestCrisisFactsMatchJuly1914 checks that the facts taken from the
// hand-built world are still the ones it states.
func TestCrisisFactsMatchJuly1914(t *testing.T) {
	src, err := os.ReadFile("../july1914/world.go")
	if err != nil {
		t.Fatal(err)
	}
	world := strings.Join(strings.Fields(string(src)), " ")
	for _, s := range julyCrisis() {
		a := s.attack
		ag := strings.ReplaceAll(string(a.Aggressors[0]), "cow-auh", "austria-hungary")
		target := strings.ReplaceAll(string(a.Target), "cow-auh", "austria-hungary")
		var facts []string
		if a.Provoked != relations.CannotTell {
			facts = append(facts, "Provoked: relations."+map[relations.Truth]string{relations.Yes: "Yes", relations.No: "No"}[a.Provoked])
		}
		if a.DemandRefused != relations.CannotTell {
			facts = append(facts, "DemandRefused: relations.Yes")
		}
		if a.Location != "" {
			facts = append(facts, "Location: "+strconv.Quote(a.Location))
		}
		want := fmt.Sprintf(`pact.Attack{Aggressors: ids(%q), Target: %q, On: d(%q), %s}`, ag, target, a.On, strings.Join(facts, ", "))
		if !strings.Contains(world, want) {
			t.Errorf("examples/july1914/world.go no longer states %s", want)
		}
	}
}
