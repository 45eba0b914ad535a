package relations

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestJSONRoundTrip(t *testing.T) {
	data, err := os.ReadFile("testdata/history.json")
	if err != nil {
		t.Fatal(err)
	}
	h, err := ParseHistoryJSON(data)
	if err != nil {
		t.Fatal(err)
	}
	out, err := h.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(data), string(out)); diff != "" {
		t.Errorf("decode then encode changed the bytes (-want +got):\n%s", diff)
	}
	h2, err := ParseHistoryJSON(out)
	if err != nil {
		t.Fatal(err)
	}
	opt := cmp.Comparer(func(a, b Date) bool { return a == b })
	if diff := cmp.Diff(h.Actors(), h2.Actors(), opt); diff != "" {
		t.Errorf("actors differ after a round trip (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(h.Events(), h2.Events(), opt); diff != "" {
		t.Errorf("events differ after a round trip (-want +got):\n%s", diff)
	}
}

func TestJSONErrorsNameTheElement(t *testing.T) {
	tests := []struct{ name, doc, want string }{
		{"syntax", `{"version": 1, "actors": [`, `relations: JSON: 1:27: actors: unexpected end of the document`},
		{"version", `{"version": 3}`, `relations: JSON: 1:13: version: version 3; this release reads versions 1 to 2`},
		{"version 0", `{"version": 0}`, `relations: JSON: 1:13: version: version 0; this release reads versions 1 to 2`},
		{"unknown field", `{"version": 1, "actors": [{"id": "SAU", "kind": "state", "name": "x", "colour": "green"}]}`,
			`relations: JSON: 1:71: actors[0].colour: unknown key "colour"`},
		{"bad kind", `{"version": 1, "actors": [{"id": "SAU", "kind": "empire", "name": "x"}]}`,
			`relations: JSON: 1:49: actors[0].kind: "empire" is not a kind: unknown value; want one of "state", "organisation", "armed-group", "other"`},
		{"bad member date", `{"version": 1, "actors": [{"id": "gcc", "kind": "organisation", "name": "x", "members": [{"member": "SAU", "from": "1981-13"}]}]}`,
			`relations: JSON: 1:116: actors[0].members[0].from: "1981-13" is not a date: month 13 does not exist; want 01–12`},
		{"bad date", `{"version": 1, "events": [{"id": "e", "kind": "strike", "date": "2025-02-30", "actors": ["A"]}]}`,
			`relations: JSON: 1:65: events[0].date: "2025-02-30" is not a date: day 30 does not exist in 2025-02, which has 28 days`},
		{"bad level", `{"version": 1, "events": [{"id": "e", "kind": "sever-ties", "date": "2025", "level": "consul", "actors": ["A"]}]}`,
			`relations: JSON: 1:86: events[0].level: "consul" is not a representation: unknown value; want one of "none", "interests-section", "charge-d-affaires", "minister", "ambassador"`},
		{"wrong type", `{"version": 1, "events": [{"id": "e", "kind": "strike", "date": "2025", "actors": "SAU"}]}`,
			`relations: JSON: 1:83: events[0].actors: want an array, have a string`},
		{"unknown actor", `{"version": 1, "actors": [{"id": "SAU", "kind": "state", "name": "x"}], "events": [{"id": "e", "kind": "strike", "date": "2025", "actors": ["SAU"], "toward": ["IRN"]}]}`,
			`relations: event "e": toward[0]: unknown actor "IRN"`},
		{"trailing", `{"version": 1} {}`, `relations: JSON: 1:16: unexpected data after the JSON value`},
		// Strict JSON: what encoding/json forgives is an error here.
		{"duplicate key", `{"version": 1, "events": [{"id": "e", "kind": "strike", "date": "2025", "actors": ["A"]}], "events": []}`,
			`relations: JSON: 1:92: events: key "events" given twice (first at 1:16)`},
		{"case-mismatched key", `{"version": 1, "actors": [{"ID": "SAU", "kind": "state", "name": "x"}]}`,
			`relations: JSON: 1:28: actors[0].ID: key "ID" must be written "id"`},
		{"invalid UTF-8", "{\"version\": 1, \"events\": [{\"id\": \"e\xff\", \"kind\": \"strike\", \"date\": \"2025\", \"actors\": [\"A\"]}]}",
			"relations: JSON: 1:36: events[0].id: string is not valid UTF-8 (byte 0xff)"},
		{"lone surrogate", `{"version": 1, "events": [{"id": "\ud800", "kind": "strike", "date": "2025", "actors": ["A"]}]}`,
			`relations: JSON: 1:35: events[0].id: string escapes half a surrogate pair (\ud800)`},
		{"missing version", `{"actors": []}`, `relations: JSON: version: missing; want 2`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseHistoryJSON([]byte(tc.doc))
			if err == nil {
				t.Fatal("no error")
			}
			if got := err.Error(); got != tc.want {
				t.Errorf("error\n got: %s\nwant: %s", got, tc.want)
			}
		})
	}
}

func TestJSONSizeLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("large input: the race run (-short) leaves it to go test ./...")
	}
	big := bytes.Repeat([]byte(" "), MaxJSONSize+1)
	_, err := ParseHistoryJSON(big)
	if err == nil || !strings.Contains(err.Error(), "more than the limit") {
		t.Errorf("oversized document: %v", err)
	}
}

func FuzzParseHistoryJSON(f *testing.F) {
	seed, err := os.ReadFile("testdata/history.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte(`{"version": 1}`))
	f.Add([]byte(`{"version": 1, "events": [{"id": "e", "kind": "strike", "date": "2025-02-30"}]}`))
	f.Add([]byte(`[[[[[[[[[[[[]]]]]]]]]]]]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		h, err := ParseHistoryJSON(data)
		if err != nil {
			return
		}
		// Whatever decodes must encode and decode to the same bytes, and
		// answer as it did.
		roundTripAnswers(t, h)
	})
}

// TestHostileJSON: deeply nested or absurd documents get a clear error, not
// a crash or a hang.
func TestHostileJSON(t *testing.T) {
	tests := map[string][]byte{
		"deep nesting": []byte(strings.Repeat("[", 1_000_000) + strings.Repeat("]", 1_000_000)),
		"deep object":  []byte(`{"version": 1, "actors": ` + strings.Repeat("[", 100_000) + strings.Repeat("]", 100_000) + `}`),
		"year 0":       []byte(`{"version": 1, "events": [{"id": "e", "kind": "strike", "date": "0000-01-01", "actors": ["A"]}]}`),
		"year 99999":   []byte(`{"version": 1, "events": [{"id": "e", "kind": "strike", "date": "99999", "actors": ["A"]}]}`),
		"huge number":  []byte(`{"version": 1e400}`),
	}
	for name, doc := range tests {
		if _, err := ParseHistoryJSON(doc); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
