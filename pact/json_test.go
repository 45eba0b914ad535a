package pact

import (
	"bytes"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/relations"
)

func TestJSONRoundTrip(t *testing.T) {
	data, err := os.ReadFile("testdata/agreements.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := ParseModelJSON(testActors(), data)
	if err != nil {
		t.Fatal(err)
	}
	out, err := m.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(data), string(out)); diff != "" {
		t.Errorf("decode then encode changed the bytes (-want +got):\n%s", diff)
	}
	m2, err := ParseModelJSON(testActors(), out)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(m.Agreements(), m2.Agreements(), cmp.Comparer(func(a, b relations.Date) bool { return a == b })); diff != "" {
		t.Errorf("agreements differ after a round trip (-want +got):\n%s", diff)
	}
}

func TestJSONErrorsNameTheAgreement(t *testing.T) {
	tests := []struct{ name, doc, want string }{
		{"version", `{"version": 7}`, `pact: JSON: 1:13: version: "version" is 7; this release reads versions 1 to 2`},
		// Version 2 renamed a clause's keys; each version reads its own.
		{"version 1 key in version 2", `{"version": 2, "agreements": [{"id": "x", "clauses": [{"obligation": "defense", "variesByPartner": true}]}]}`,
			`pact: JSON: 1:81: agreements[0].clauses[0].variesByPartner: key "variesByPartner" is an earlier version's spelling; this document's version writes "varies_by_partner"`},
		{"version 2 key in version 1", `{"version": 1, "agreements": [{"id": "x", "amendments": [{"date": "2030", "clauses": [{"obligation": "defense", "pair_owed": true}]}]}]}`,
			`pact: JSON: 1:113: agreements[0].amendments[0].clauses[0].pair_owed: key "pair_owed" is a later version's spelling; this document's version writes "pairOwed"`},
		{"date", `{"version": 1, "agreements": [{"id": "smda", "lifecycle": [{"status": "in-force", "date": "2025-02-30"}]}]}`,
			`pact: JSON: 1:91: agreements[0].lifecycle[0].date: "2025-02-30" is not a date: day 30 does not exist in 2025-02, which has 28 days`},
		{"role", `{"version": 1, "agreements": [{"id": "x", "parties": [{"actor": "SAU", "roles": ["king"]}]}]}`,
			`pact: JSON: 1:81: agreements[0].parties[0].roles: "king" is not a role: unknown value; want one of "member", "guarantor", "beneficiary", "host", "broker", "proposed-leader"`},
		{"obligation", `{"version": 1, "agreements": [{"clauses": [{"obligation": "love"}]}]}`,
			`pact: JSON: 1:59: agreements[0].clauses[0].obligation: "love" is not an obligation: unknown value; want one of "defense", "offense", "neutrality", "non-aggression", "consultation", "expectation"`},
		{"field", `{"version": 1, "agreements": [{"id": "x", "partys": []}]}`,
			`pact: JSON: 1:43: agreements[0].partys: unknown key "partys"`},
		{"syntax error has a place", "{\"version\": 1,\n \"agreements\": [{\"id\": \"x\"\n \"name\": \"y\"}]}",
			`pact: JSON: 3:2: agreements[0]: invalid character '"' after object key:value pair`},
		{"field path", "{\"version\": 1, \"agreements\": [{\"id\": \"a\"}, {\"id\": \"b\"}, {\"id\": \"c\"},\n {\"id\": \"d\", \"parties\": [{\"actor\": \"SAU\"}, {\"actor\": \"PAK\", \"joined\": \"2019-02-29\"}]}]}",
			`pact: JSON: 2:71: agreements[3].parties[1].joined: "2019-02-29" is not a date: day 29 does not exist in 2019-02, which has 28 days`},
		// Strict JSON: what encoding/json forgives is an error here.
		{"duplicate key", `{"version": 1, "agreements": [{"id": "x", "clauses": [{"obligation": "defense"}], "clauses": []}]}`,
			`pact: JSON: 1:83: agreements[0].clauses: key "clauses" given twice (first at 1:43)`},
		{"case-mismatched key", `{"version": 1, "agreements": [{"id": "x", "CLAUSES": []}]}`,
			`pact: JSON: 1:43: agreements[0].CLAUSES: key "CLAUSES" must be written "clauses"`},
		{"case-mismatched id", `{"version": 1, "agreements": [{"ID": "x"}]}`,
			`pact: JSON: 1:32: agreements[0].ID: key "ID" must be written "id"`},
		{"invalid UTF-8", "{\"version\": 1, \"agreements\": [{\"id\": \"e\xff\"}]}",
			`pact: JSON: 1:40: agreements[0].id: string is not valid UTF-8 (byte 0xff)`},
		{"lone surrogate", `{"version": 1, "agreements": [{"id": "a", "parties": [{"actor": "\ud800"}]}]}`,
			`pact: JSON: 1:66: agreements[0].parties[0].actor: string escapes half a surrogate pair (\ud800)`},
		{"invalid UTF-8 in roles", "{\"version\": 1, \"agreements\": [{\"id\": \"a\", \"parties\": [{\"actor\": \"SAU\", \"roles\": [\"member\", \"\xff\"]}]}]}",
			`pact: JSON: 1:93: agreements[0].parties[0].roles: string is not valid UTF-8 (byte 0xff)`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseModelJSON(testActors(), []byte(tc.doc))
			if err == nil || err.Error() != tc.want {
				t.Errorf("error\n got: %v\nwant: %s", err, tc.want)
			}
		})
	}
}

func FuzzParseModelJSON(f *testing.F) {
	seed, err := os.ReadFile("testdata/agreements.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte(`{"version": 1, "agreements": [{"id": "x", "parties": [{"actor": "SAU", "roles": ["member"]}]}]}`))
	f.Add([]byte(`{"version": 1, "agreements": [{"id": "x", "lifecycle": [{"status": "in-force", "date": "2025-02-30"}]}]}`))
	f.Add([]byte(`{"version": 1, "coverage": {"source": "base", "from": "1815-01-01", "until": "2019-01-01"},
		"agreements": [{"id": "a", "name": "a", "lifecycle": [{"status": "in-force", "date": "2000"}],
			"parties": [{"actor": "SAU", "roles": ["member"]}, {"actor": "PAK", "roles": ["member"]}], "clauses": [{"obligation": "defense"}]},
		{"id": "b", "name": "b", "lifecycle": [{"status": "signed", "date": "2020-05"}, {"status": "in-force", "date": "2021"}],
			"parties": [{"actor": "SAU", "roles": ["member"]}, {"actor": "QAT", "roles": ["member"]}], "clauses": [{"obligation": "consultation"}]}],
		"layers": [{"coverage": {"source": "gazette", "from": "2019-01-01", "until": "2026-01-01"}, "agreements": ["b"]}, {}],
		"observations": [{"agreement": "a", "on": "2024-06", "source": "gazette"}, {"agreement": "b", "on": "2025-12-31", "source": "a scenario"}]}`))
	// The forms of commitment: a guarantee revoked by its giver, an
	// assurance and its breach, an accord whose text is not public.
	f.Add([]byte(`{"version": 1, "agreements": [
		{"id": "eo", "name": "eo", "form": "unilateral-guarantee",
			"parties": [{"actor": "USA", "roles": ["guarantor"]}, {"actor": "QAT", "roles": ["beneficiary"]}],
			"lifecycle": [{"status": "in-force", "date": "2025-09-29"}, {"status": "revoked", "date": "2029", "by": "USA"}],
			"clauses": [{"obligation": "defense", "by": ["USA"], "to": ["QAT"]}]},
		{"id": "no-repeat", "name": "no repeat", "form": "assurance",
			"parties": [{"actor": "IRN", "roles": ["guarantor"]}, {"actor": "QAT", "roles": ["beneficiary"]}],
			"lifecycle": [{"status": "in-force", "date": "2025-09-29"}, {"status": "terminated", "date": "2030"}],
			"clauses": [{"obligation": "non-aggression", "by": ["IRN"], "to": ["QAT"]}],
			"breaches": [{"by": "IRN", "date": "2025-12", "summary": "a strike", "sources": ["a wire"]}]},
		{"id": "sda", "name": "sda", "text_not_public": "no text released",
			"parties": [{"actor": "USA", "roles": ["member"]}, {"actor": "SAU", "roles": ["member"]}],
			"lifecycle": [{"status": "in-force", "date": "2025-11-18"}], "clauses": [{"obligation": "consultation"}]}]}`))
	f.Add([]byte(`{"version": 1, "agreements": [{"id": "x", "name": "x", "form": "accord", "lifecycle": [{"status": "revoked", "date": "2025", "by": "QAT"}],
		"parties": [{"actor": "USA", "roles": ["guarantor"]}, {"actor": "QAT", "roles": ["beneficiary"]}]}]}`))
	actors := testActors()
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ParseModelJSON(actors, data)
		if err != nil {
			return
		}
		out, err := m.MarshalJSON()
		if err != nil {
			t.Fatalf("MarshalJSON: %v", err)
		}
		m2, err := ParseModelJSON(actors, out)
		if err != nil {
			t.Fatalf("re-decoding our own output: %v\n%s", err, out)
		}
		out2, _ := m2.MarshalJSON()
		if !bytes.Equal(out, out2) {
			t.Fatalf("encoding is not stable:\n%s\n%s", out, out2)
		}
		// Equal bytes are not enough: the model decoded answers as the
		// model encoded.
		days := []relations.Date{relations.MustDate("2025-12-31"), relations.MustDate("2019"), relations.MustDate("2030-06")}
		if diff := cmp.Diff(answersOf(m, days, 3), answersOf(m2, days, 3)); diff != "" {
			t.Fatalf("answers after a round trip (-before +after):\n%s", diff)
		}
		// Every query answers without panicking on whatever decoded.
		for _, a := range actors {
			_, _ = m.AlliancePartners(a.ID, relations.MustDate("2025-12-31"))
			_, _ = m.Respond(Attack{Aggressors: ids("IRN"), Target: a.ID, On: relations.MustDate("2025-12-31")})
		}
	})
}
