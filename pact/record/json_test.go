package record_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/pact/record"
	"github.com/entente-go/entente/relations"
)

const feedDoc = `{
  "version": 1,
  "tests": [
    {"id": "strike", "kind": "attack", "date": "2020-03-01", "protege": "PRO", "aggressors": ["AGG"],
     "summary": "AGG strikes PRO", "sources": ["test source"]}
  ],
  "responses": [
    {"test": "strike", "actor": "DEF", "date": "2020-03", "grade": "defensive",
     "description": "interceptions", "sources": ["response source"]}
  ]
}`

func TestParseJSON(t *testing.T) {
	got, err := record.ParseJSON([]byte(feedDoc))
	if err != nil {
		t.Fatal(err)
	}
	want := record.Feed{
		Tests: []record.Test{{ID: "strike", Kind: record.Attack, On: d("2020-03-01"), Protege: "PRO", Aggressors: ids{"AGG"},
			Summary: "AGG strikes PRO", Sources: []string{"test source"}}},
		Responses: []record.Response{{Test: "strike", Actor: "DEF", On: d("2020-03"), Grade: record.Defensive,
			Description: "interceptions", Sources: []string{"response source"}}},
	}
	if diff := cmp.Diff(want, got, dates); diff != "" {
		t.Errorf("feed (-want +got):\n%s", diff)
	}
}

func TestParseJSONErrors(t *testing.T) {
	for _, tc := range []struct {
		name, doc, want string
	}{
		{"an unknown key", strings.Replace(feedDoc, `"summary"`, `"sumary"`, 1), `record: JSON: 5:6: tests[0].sumary: unknown key "sumary"`},
		{"a bad grade", strings.Replace(feedDoc, `"defensive"`, `"strong"`, 1), `8:68: responses[0].grade: "strong" is not a grade: unknown value`},
		{"cannot tell is not a grade", strings.Replace(feedDoc, `"defensive"`, `"cannot tell"`, 1), `"cannot tell" is not a grade: unknown value`},
		{"an impossible date", strings.Replace(feedDoc, `"2020-03-01"`, `"2025-02-30"`, 1), `4:48: tests[0].date: "2025-02-30" is not a date`},
		{"a camel-case key", strings.Replace(feedDoc, `"protege"`, `"Protege"`, 1), `"Protege"`},
		{"a key given twice", strings.Replace(feedDoc, `"version": 1,`, `"version": 1, "version": 1,`, 1), "version"},
		{"another version", strings.Replace(feedDoc, `"version": 1`, `"version": 2`, 1), "version 2; want 1"},
		{"data after the document", feedDoc + ",", "unexpected data after the JSON value"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := record.ParseJSON([]byte(tc.doc))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
	big := make([]byte, record.MaxJSONSize+1)
	if _, err := record.ParseJSON(big); !errors.Is(err, relations.ErrLimitExceeded) {
		t.Errorf("a document past the limit: %v", err)
	}
}

// FuzzParseJSON holds the parser to never panicking, and what it reads to
// reading back the same after writing, and to being judged without a
// panic.
func FuzzParseJSON(f *testing.F) {
	f.Add([]byte(feedDoc))
	f.Add([]byte(`{"version": 1, "tests": [], "responses": [{"test": "x", "grade": "none"}]}`))
	m := world(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		feed, err := record.ParseJSON(data)
		if err != nil {
			return
		}
		if _, err := record.New(m, feed.Tests, feed.Responses); err != nil {
			return // a document that names unknown actors, say
		}
		out, err := json.Marshal(struct {
			Version   int               `json:"version"`
			Tests     []record.Test     `json:"tests"`
			Responses []record.Response `json:"responses"`
		}{1, feed.Tests, feed.Responses})
		if err != nil {
			t.Fatalf("a judged feed does not marshal: %v", err)
		}
		again, err := record.ParseJSON(out)
		if err != nil {
			t.Fatalf("written feed does not parse: %v\n%s", err, out)
		}
		if diff := cmp.Diff(feed, again, dates); diff != "" {
			t.Fatalf("round trip (-read +again):\n%s", diff)
		}
	})
}
