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
		{"version", `{"version": 7}`, `pact: JSON: document: "version" is 7; this release reads version 1`},
		{"date", `{"version": 1, "agreements": [{"id": "smda", "lifecycle": [{"status": "in-force", "date": "2025-02-30"}]}]}`,
			`pact: JSON: agreement "smda": date "2025-02-30": day 30 does not exist in 2025-02, which has 28 days`},
		{"role", `{"version": 1, "agreements": [{"id": "x", "parties": [{"actor": "SAU", "roles": ["king"]}]}]}`,
			`pact: JSON: agreement "x": role "king": unknown value; want one of "member", "guarantor", "beneficiary", "host", "broker", "proposed-leader"`},
		{"obligation", `{"version": 1, "agreements": [{"clauses": [{"obligation": "love"}]}]}`,
			`pact: JSON: agreements[0]: obligation "love": unknown value; want one of "defense", "offense", "neutrality", "non-aggression", "consultation", "expectation"`},
		{"field", `{"version": 1, "agreements": [{"id": "x", "partys": []}]}`,
			`pact: JSON: agreement "x": json: unknown field "partys"`},
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
		// Every query answers without panicking on whatever decoded.
		for _, a := range actors {
			_, _ = m.AlliancePartners(a.ID, relations.MustDate("2025-12-31"))
			_, _ = m.Respond(Attack{Aggressors: ids("IRN"), Target: a.ID, On: relations.MustDate("2025-12-31")})
		}
	})
}
