package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

// entry finds who entered the war in a cascade, and under which agreement.
func entries(c pact.Cascade) map[relations.ActorID]string {
	out := map[relations.ActorID]string{}
	for _, r := range c.Rounds {
		for _, e := range r.Entered {
			out[e.Actor] = e.Because.Agreement
		}
	}
	return out
}

func TestJuly1914(t *testing.T) {
	m, err := world()
	if err != nil {
		t.Fatal(err)
	}
	cs, err := steps(m)
	if err != nil {
		t.Fatal(err)
	}
	serbia, russia, belgium := cs[0], cs[1], cs[2]

	// Austria-Hungary attacks Serbia: Russia has no treaty duty to Serbia.
	r, err := m.Respond(crisis[0].Attack)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range append(r.Duties, r.Released...) {
		if d.Actor == "RUS" {
			t.Errorf("Russia has a duty in the Serbian war: %v", d)
		}
	}
	if len(serbia.Rounds) != 0 {
		t.Errorf("someone entered the Serbian war: %v", serbia.Rounds)
	}

	// Once Russia enters, Germany is bound to Austria-Hungary, and France
	// to Russia once Germany attacks it, in that order.
	got := entries(russia)
	if got["DEU"] != "dual-alliance" || got["FRA"] != "franco-russian" {
		t.Errorf("entries after Russia's entry = %v, want DEU by dual-alliance and FRA by franco-russian", got)
	}
	if len(russia.Rounds) != 2 || russia.Rounds[0].Entered[0].Actor != "DEU" || russia.Rounds[1].Entered[0].Actor != "FRA" {
		t.Errorf("rounds = %v, want Germany then France", russia.Rounds)
	}
	if _, ok := got["GBR"]; ok {
		t.Error("Britain entered through the Entente, which obliges no defense")
	}

	// Italy is not bound: Austria-Hungary and Germany provoked the war.
	for _, c := range cs {
		if _, ok := entries(c)["ITA"]; ok {
			t.Error("Italy entered the war")
		}
	}
	released := false
	for _, d := range belgium.Final.Released {
		if d.Actor != "ITA" || d.Kind != pact.Defend {
			continue
		}
		released = true
		for _, ck := range d.Checks {
			if ck.Condition.Kind == pact.NonProvocation && ck.Result != relations.No {
				t.Errorf("Italy's non-provocation check = %v, want failed", ck)
			}
		}
	}
	if !released {
		t.Error("Italy's Triple Alliance duties are not reported as released")
	}

	// Britain is bound through Belgium's guarantee, not the Entente.
	got = entries(belgium)
	if got["GBR"] != "london-1839" {
		t.Errorf("Britain entered by %q, want london-1839", got["GBR"])
	}
	if !slices.Contains(belgium.Sides[1], "GBR") {
		t.Errorf("Britain is not on Belgium's side: %v", belgium.Sides)
	}
	// Germany guaranteed Belgium and invaded it.
	found := false
	for _, k := range belgium.Final.Conflicts {
		found = found || (k.Actor == "DEU" && k.Kind == pact.BoundToAdversary)
	}
	if !found {
		t.Error("Germany's guarantee of Belgium is not reported as a conflict")
	}
}

func TestRunPrints(t *testing.T) {
	var b strings.Builder
	if err := run(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"United Kingdom enters against Germany", "not bound: Italy", "no one is bound to enter",
		"Germany must defend Austria-Hungary against Russia"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("output lacks %q", want)
		}
	}
	// A report speaks names: no actor ID is left.
	if ids := actorIDs.FindAllString(b.String(), -1); len(ids) > 0 {
		t.Errorf("the report prints IDs %v", ids)
	}
}

func TestCommandLine(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"no arguments", nil, 0},
		{"help", []string{"-h"}, 0},
		{"help and more", []string{"-h", "-x", "stray"}, 2},
		{"unknown flag", []string{"-x"}, 2},
		{"stray argument", []string{"stray"}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr strings.Builder
			if code := command(tc.args, &stdout, &stderr); code != tc.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tc.code, stderr.String())
			}
			if tc.code == 2 && !strings.Contains(stderr.String(), "usage:") {
				t.Errorf("no usage on stderr: %s", stderr.String())
			}
		})
	}
}
