package main

import (
	"bytes"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/pact/record"
	"github.com/entente-go/entente/relations"
)

// TestTheUSLedger asserts the verdicts the report opens with, as data.
func TestTheUSLedger(t *testing.T) {
	s := mustLoad(t)
	type line struct {
		Test, Owed, Response, Verdict string
		Lag                           int
	}
	lines := func(protector, protege relations.ActorID) []line {
		var out []line
		for _, v := range s.record.Ledger(protector, protege).Lines {
			l := line{Test: v.Test.ID, Owed: v.Kind, Response: v.Response(), Verdict: v.Outcome.String(), Lag: -1}
			if r, ok := v.Decisive(); ok && r.LagKnown {
				l.Lag = r.Lag
			}
			out = append(out, l)
		}
		return out
	}
	for _, tc := range []struct {
		protector, protege relations.ActorID
		want               []line
	}{
		// The umbrella is an expectation, honoured by reinforcement: the
		// Patriots came six days after Abqaiq, the retaliation never did.
		{"USA", "SAU", []line{{"fujairah-2019-sau", "expectation", "reinforcement", "honoured", 12},
			{"abqaiq", "expectation", "reinforcement", "honoured", 6}}},
		// Al Udeid: interceptions over the base; Doha: talks, a week on.
		// The pledge of 2018 to deter and confront threats to Qatar is
		// the expectation judged (the basing asks the same grades).
		{"USA", "QAT", []line{{"ir-qa-2025-udeid", "expectation", "defensive", "honoured", 0},
			{"il-qa-2025-doha", "expectation", "consultation", "partly honoured", 7}}},
		// The U.S. struck Iran in the "security window" the essay says
		// it had promised: the assurance, as the essay claims it, is
		// unmet; the June 13 talks were Israel's to break, not owed.
		{"USA", "IRN", []line{{"talks-2025", "", "statement", "not owed", 0},
			{"us-ir-2025-strikes", "assurance", "none", "unmet", 0}}},
		// The scenario holds no U.S. commitment to the UAE: what the U.S.
		// did there is on the ledger, owed nothing.
		{"USA", "ARE", []line{{"fujairah-2019-are", "", "reinforcement", "not owed", 12},
			{"abu-dhabi-2022", "", "reinforcement", "not owed", 16}, {"al-dhafra-2022", "", "defensive", "not owed", 0}}},
		// Desert Storm came 168 days after the invasion, past the window.
		{"USA", "KWT", []line{{"kuwait-1990", "", "reinforcement", "not owed", 5}}},
		// The GCC's defence agreement asks for defensive action; the GCC
		// met, condemned and consulted.
		{"gcc", "QAT", []line{{"ir-qa-2025-udeid", "defense", "consultation", "unmet", 1},
			{"il-qa-2025-doha", "defense", "consultation", "unmet", 6}}},
		// The Arab League's treaty past ATOP's end may or may not bind.
		{"arab-league", "SAU", []line{{"abqaiq", "defense", "statement", "cannot judge", 0}}},
	} {
		if diff := cmp.Diff(tc.want, lines(tc.protector, tc.protege)); diff != "" {
			t.Errorf("%s toward %s (-want +got):\n%s", tc.protector, tc.protege, diff)
		}
	}
	kuwait := s.record.Ledger("USA", "KWT").Lines[0]
	storm := kuwait.Responses[len(kuwait.Responses)-1]
	if storm.Grade != record.WarEntry || storm.Lag != 168 || storm.Counts != relations.No {
		t.Errorf("Desert Storm = %+v, want war entry 168 days on, outside the window", storm)
	}
	if c := s.record.Ledger("USA", "QAT").Credibility(); c.Settled != 0.75 || c.Low != 0.75 || c.High != 0.75 {
		t.Errorf("U.S. credibility toward Qatar = %v, want 75%% settled", c)
	}
}

// TestRecordJSONLines checks -record -json: one object per line, every
// key, one grade word, and sources.
func TestRecordJSONLines(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"-record", "USA", "-json"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	words := []string{"none", "statement", "consultation", "sanctions", "reinforcement", "defensive", "retaliation", "war-entry", "cannot tell"}
	proteges := map[string]bool{}
	for i, text := range strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n") {
		var l map[string]any
		if err := json.Unmarshal([]byte(text), &l); err != nil {
			t.Fatalf("line %d: %v: %s", i+1, err, text)
		}
		for _, key := range []string{"protector", "protege", "test", "date", "owed", "response", "verdict", "sources"} {
			if _, ok := l[key]; !ok {
				t.Errorf("line %d lacks %q: %s", i+1, key, text)
			}
		}
		if l["protector"] != "USA" {
			t.Errorf("line %d: protector %v", i+1, l["protector"])
		}
		if w, _ := l["response"].(string); !slices.Contains(words, w) {
			t.Errorf("line %d: response %q is not one grade word", i+1, w)
		}
		if src, _ := l["sources"].([]any); len(src) == 0 {
			t.Errorf("line %d has no sources", i+1)
		}
		if _, err := relations.ParseDate(l["date"].(string)); err != nil {
			t.Errorf("line %d: date: %v", i+1, err)
		}
		proteges[l["protege"].(string)] = true
	}
	for _, x := range []string{"SAU", "QAT", "ARE"} {
		if !proteges[x] {
			t.Errorf("no ledger line toward %s", x)
		}
	}
}

// TestEveryCaseIsRecorded checks the tests of responses-facts.md are all
// in scenario/responses.json, each response with a source and, when an
// organisation speaks for its alliance, the alliance.
func TestEveryCaseIsRecorded(t *testing.T) {
	s := mustLoad(t)
	var got []string
	for _, x := range s.record.Tests() {
		got = append(got, x.ID)
	}
	for _, id := range []string{"kuwait-1990", "fujairah-2019-sau", "fujairah-2019-are", "abqaiq", "us-afg-exit",
		"abu-dhabi-2022", "al-dhafra-2022", "talks-2025", "us-ir-2025-strikes", "ir-qa-2025-udeid", "il-qa-2025-doha"} {
		if !slices.Contains(got, id) {
			t.Errorf("test %q is missing", id)
		}
	}
	for _, x := range s.record.Tests() {
		for _, r := range s.record.Responses(x.ID) {
			if len(r.Sources) == 0 {
				t.Errorf("%s: %s's response has no source", x.ID, r.Actor)
			}
			if r.Actor == "gcc" && r.As == "" && x.On.Year() >= 2000 {
				t.Errorf("%s: the GCC speaks for no alliance after its defence agreement", x.ID)
			}
		}
	}
}

// TestDiversificationBounds: Saudi Arabia's settled share on the United
// States moves from 9% to 33% as ATOP's coverage ends, but its bounds
// overlap: the move is the source stopping, not Riyadh.
func TestDiversificationBounds(t *testing.T) {
	s := mustLoad(t)
	a, err := s.answer(d("2025-12-31"))
	if err != nil {
		t.Fatal(err)
	}
	then, now := record.Diversify(a.Portfolios[0][0], "USA"), record.Diversify(a.Portfolios[0][1], "USA")
	if !(now.Share.Settled > then.Share.Settled) || now.Share.Low > then.Share.High {
		t.Errorf("share on the USA: %+v then, %+v now; want the settled figure up and the bounds overlapping", then.Share, now.Share)
	}
	if len(now.Unsettled) <= len(then.Unsettled) {
		t.Errorf("unsettled protectors %d then, %d now; want more now", len(then.Unsettled), len(now.Unsettled))
	}
}

// TestREADMEShowsTheRecord keeps the README's copy of -record USA true.
func TestREADMEShowsTheRecord(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if code := run([]string{"-record", "USA"}, &out, &out); code != 0 {
		t.Fatalf("exit %d: %s", code, out.String())
	}
	if !bytes.Contains(readme, out.Bytes()) {
		t.Error("README.md does not contain -record USA as the program prints it; paste the new output")
	}
}

// TestRecordTakesAnySpelling checks that -record prints the same ledgers
// for every spelling of one actor: its ID in any case, its name, the name
// its source gives, its COW code.
func TestRecordTakesAnySpelling(t *testing.T) {
	print := func(spelling string) string {
		t.Helper()
		var stdout, stderr bytes.Buffer
		if code := run([]string{"-record", spelling}, &stdout, &stderr); code != 0 {
			t.Fatalf("-record %q: exit %d: %s", spelling, code, stderr.String())
		}
		return stdout.String()
	}
	for _, group := range [][]string{
		{"USA", "usa", "United States", "  united   STATES ", "United States of America", "2"},
		{"gcc", "GCC", "Gulf Cooperation Council"},
		{"SAU", "Saudi Arabia", "670", "SAU"},
	} {
		want := print(group[0])
		for _, spelling := range group[1:] {
			if got := print(spelling); got != want {
				t.Errorf("-record %q prints other than -record %q:\n%s", spelling, group[0], cmp.Diff(want, got))
			}
		}
	}
	for _, tc := range []struct{ spelling, want string }{
		{"Saudi", `unknown actor "Saudi"`},
		{"999", `unknown actor "999"`},
	} {
		var stdout, stderr bytes.Buffer
		if code := run([]string{"-record", tc.spelling}, &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), tc.want) || !strings.Contains(stderr.String(), "usage:") {
			t.Errorf("-record %q: exit %d, stderr %q; want exit 2 with %q and the usage", tc.spelling, code, stderr.String(), tc.want)
		}
	}
}
