package relations

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
)

// historyAnswers writes every answer of h on each day, in a fixed order:
// what a JSON round trip must keep, where equal bytes prove only that the
// encoding is stable.
func historyAnswers(h *History, days []Date) string {
	var b strings.Builder
	say := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	actors := h.Actors()
	say("actors %+v", actors)
	say("events %+v", h.Events())
	for _, a := range actors {
		say("%s is named %q", a.ID, h.Name(a.ID))
		for _, c := range actors {
			if c.ID <= a.ID {
				continue
			}
			tl, err := h.Timeline(a.ID, c.ID)
			say("timeline %s–%s %+v %v", a.ID, c.ID, tl, err)
			for _, d := range days {
				st, err := h.Standing(a.ID, c.ID, d)
				say("%s %s–%s %+v %v", d, a.ID, c.ID, st, err)
			}
		}
		for _, d := range days {
			p, err := h.Partners(a.ID, d)
			say("%s %s partners %v %v", d, a.ID, p, err)
			r, err := h.Rivals(a.ID, d)
			say("%s %s rivals %v %v", d, a.ID, r, err)
		}
	}
	for i, d := range days {
		n, err := h.Network(d)
		say("%s network %+v %v", d, n, err)
		for _, e := range days[i+1:] {
			c, err := h.Changes(d, e)
			say("changes %s→%s %v %v", d, e, c, err)
		}
	}
	return b.String()
}

// TestJSONKeepsEveryAnswer: random histories, with a dataset's coverage,
// answer every question after a JSON round trip as before.
func TestJSONKeepsEveryAnswer(t *testing.T) {
	var actors []Actor
	for _, id := range historyActors {
		actors = append(actors, Actor{ID: id, Kind: StateActor, Name: string(id)})
	}
	actors = append(actors, Actor{ID: "org", Kind: Organisation, Name: "an organisation", Members: []Membership{
		{Member: "AAA", During: Interval{From: MustDate("2000")}}, {Member: "BBB", During: Interval{From: MustDate("2001-03"), Until: MustDate("2002")}}}})
	checked := 0
	for seed := range 200 {
		g := &historyGen{seed: uint64(seed) + 1}
		events := g.events()
		for i := range events {
			if g.intn(2) == 0 {
				events[i].Dataset = "data"
			}
		}
		h, err := NewHistory(actors, events, WithCoverage(Coverage{Source: "data", Observed: Interval{From: MustDate("1990"), Until: MustDate("2001-06-01")}}))
		if err != nil {
			continue
		}
		checked++
		data, err := h.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		back, err := ParseHistoryJSON(data)
		if err != nil {
			t.Fatalf("decoding our own document: %v\n%s", err, data)
		}
		days := []Date{g.date(), g.date(), MustDate("2002-12-31"), MustDate("2001")}
		if diff := gocmp.Diff(historyAnswers(h, days), historyAnswers(back, days)); diff != "" {
			t.Fatalf("seed %d: answers after a round trip (-before +after):\n%s", seed, diff)
		}
	}
	if checked < 50 {
		t.Errorf("only %d of 200 random histories were valid", checked)
	}
}

// roundTripAnswers holds a history decoded from data to its encoding's
// decoding, bytes and answers: for the fuzz target.
func roundTripAnswers(t *testing.T, h *History) {
	out, err := h.MarshalJSON()
	if err != nil {
		t.Fatalf("MarshalJSON: %v", err)
	}
	h2, err := ParseHistoryJSON(out)
	if err != nil {
		t.Fatalf("re-decoding our own output: %v\n%s", err, out)
	}
	out2, _ := h2.MarshalJSON()
	if !bytes.Equal(out, out2) {
		t.Fatalf("encoding is not stable:\n%s\n%s", out, out2)
	}
	days := []Date{MustDate("2000"), MustDate("2025-12-31"), MustDate("2016-01")}
	if diff := gocmp.Diff(historyAnswers(h, days), historyAnswers(h2, days)); diff != "" {
		t.Fatalf("answers after a round trip (-before +after):\n%s", diff)
	}
}
