package schemacheck

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/entente-go/entente/internal/jsonv1"
	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/atop/atop51"
	"github.com/entente-go/entente/pact/record"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/rivalry"
)

const root = "../.."

// kinds are the document kinds with a schema, by the schema's file name.
var kinds = []string{"history", "model", "layer", "scenario", "responses", "verdict"}

// compile compiles the schemas of schema/, each under its $id.
func compile(t *testing.T) map[string]*jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	ids := map[string]string{}
	for _, k := range kinds {
		b, err := os.ReadFile(filepath.Join(root, "schema", k+".schema.json"))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("schema/%s.schema.json: %v", k, err)
		}
		id, _ := doc.(map[string]any)["$id"].(string)
		if want := "https://github.com/entente-go/entente/schema/" + k + ".schema.json"; id != want {
			t.Fatalf("schema/%s.schema.json: $id %q, want %q", k, id, want)
		}
		if s, _ := doc.(map[string]any)["$schema"].(string); s != "https://json-schema.org/draft/2020-12/schema" {
			t.Fatalf("schema/%s.schema.json: $schema %q, want draft 2020-12", k, s)
		}
		if err := c.AddResource(id, doc); err != nil {
			t.Fatal(err)
		}
		ids[k] = id
	}
	out := map[string]*jsonschema.Schema{}
	for k, id := range ids {
		s, err := c.Compile(id)
		if err != nil {
			t.Fatalf("schema/%s.schema.json: %v", k, err)
		}
		out[k] = s
	}
	return out
}

// validate validates a document against the schema of kind k.
func validate(schemas map[string]*jsonschema.Schema, k string, data []byte) error {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return schemas[k].Validate(doc)
}

// fixtures are JSON files that are no document of the module's: what
// they are, and why no schema.
var fixtures = map[string]string{
	"pact/network/testdata/golden.json":     "networkx's measures of ATOP's networks, the golden values pact/network's test compares with; written by a script, read only by that test",
	"pact/network/testdata/partitions.json": "networkx's community partitions, read only by pact/network's golden test",
}

// kindOf tells a document's kind by its keys.
func kindOf(t *testing.T, name string, data []byte) (string, int) {
	t.Helper()
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var version int
	_ = json.Unmarshal(top["version"], &version) // a missing version is the schema's to report
	switch {
	case top["history"] != nil:
		return "scenario", version
	case top["tests"] != nil || top["responses"] != nil:
		return "responses", version
	case top["agreements"] != nil:
		return "model", version
	case top["actors"] != nil || top["events"] != nil:
		return "history", version
	}
	return "", version
}

// TestShippedDocuments validates every JSON file of the module against
// its schema: a version-1 file through its version-2 rewrite. A JSON file
// that is neither a document nor a listed fixture fails the test, so that
// a new kind of document gets its schema.
func TestShippedDocuments(t *testing.T) {
	schemas := compile(t)
	var files []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "fuzz") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".json") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	documents := 0
	for _, path := range files {
		name := filepath.ToSlash(strings.TrimPrefix(path, root+string(filepath.Separator)))
		if strings.HasPrefix(name, "schema/") || fixtures[name] != "" {
			continue
		}
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			kind, version := kindOf(t, name, data)
			if kind == "" {
				t.Fatalf("a JSON file of no known kind: give its kind a schema in schema/, or list it in fixtures with why it has none")
			}
			if version == 1 && kind != "responses" { // responses begin at version 1
				if data, err = jsonv1.Upgrade(jsonv1.Kind(kind), data); err != nil {
					t.Fatal(err)
				}
				t.Logf("version 1: validated through its version-2 rewrite")
			}
			if err := validate(schemas, kind, data); err != nil {
				t.Errorf("against schema/%s.schema.json: %v", kind, err)
			}
		})
		documents++
	}
	if documents < 4 {
		t.Errorf("validated %d documents; the module ships more (is the walk from the module's root?)", documents)
	}
}

// TestBuiltInDataWritesValidDocuments validates the documents the
// module's built-in data writes: ATOP 5.1's model and the rivalries'
// history.
func TestBuiltInDataWritesValidDocuments(t *testing.T) {
	schemas := compile(t)
	d, err := atop51.Read()
	if err != nil {
		t.Fatal(err)
	}
	m, err := d.Model.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if err := validate(schemas, "model", m); err != nil {
		t.Errorf("ATOP 5.1's model: %v", err)
	}
	actors, events := rivalry.History()
	h, err := relations.NewHistory(actors, events, relations.WithCoverage(rivalry.Observed()))
	if err != nil {
		t.Fatal(err)
	}
	b, err := h.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if err := validate(schemas, "history", b); err != nil {
		t.Errorf("the rivalries' history: %v", err)
	}
}

// TestSchemaRefusesWhatTheReaderRefuses gives each hostile document to its
// reader and to its schema: both must refuse it. The controls are
// documents both accept.
func TestSchemaRefusesWhatTheReaderRefuses(t *testing.T) {
	schemas := compile(t)
	read := map[string]func([]byte) error{
		"history":   func(b []byte) error { _, _, err := relations.DecodeHistoryJSON(b); return err },
		"model":     func(b []byte) error { _, err := pact.DecodeAgreementsJSON(b); return err },
		"responses": func(b []byte) error { _, err := record.ParseJSON(b); return err },
	}
	tests := []struct {
		name, kind, doc string
		ok              bool
	}{
		{"history: control", "history", `{"version": 2, "actors": [{"id": "SAU", "kind": "state", "name": "Saudi Arabia"}], "events": [{"id": "e", "kind": "strike", "date": "2025-06", "actors": ["SAU"], "one_way": true}]}`, true},
		{"model: control", "model", `{"version": 2, "agreements": [{"id": "x", "parties": [{"actor": "SAU", "roles": ["member"]}], "clauses": [{"obligation": "defense", "varies_by_partner": true, "pair_owed": true}]}], "layers": [{"agreements": ["x"]}]}`, true},
		{"history: unknown key", "history", `{"version": 2, "actors": [{"id": "SAU", "kind": "state", "colour": "green"}]}`, false},
		{"history: wrong version", "history", `{"version": 3, "actors": []}`, false},
		{"history: no version", "history", `{"actors": []}`, false},
		{"history: version a string", "history", `{"version": "2"}`, false},
		{"history: bad kind", "history", `{"version": 2, "actors": [{"id": "SAU", "kind": "empire"}]}`, false},
		{"history: bad date", "history", `{"version": 2, "events": [{"id": "e", "kind": "strike", "date": "2025-13", "actors": ["A"]}]}`, false},
		{"history: wrong type", "history", `{"version": 2, "events": [{"id": "e", "kind": "strike", "date": "2025", "actors": "SAU"}]}`, false},
		{"history: case-mismatched key", "history", `{"version": 2, "actors": [{"ID": "SAU", "kind": "state"}]}`, false},
		{"model: unknown key", "model", `{"version": 2, "agreements": [{"id": "x", "partys": []}]}`, false},
		{"model: wrong version", "model", `{"version": 7, "agreements": []}`, false},
		{"model: version 1 key in version 2", "model", `{"version": 2, "agreements": [{"id": "x", "clauses": [{"obligation": "defense", "variesByPartner": true}]}]}`, false},
		{"model: bad obligation", "model", `{"version": 2, "agreements": [{"id": "x", "clauses": [{"obligation": "love"}]}]}`, false},
		{"model: bad role", "model", `{"version": 2, "agreements": [{"id": "x", "parties": [{"actor": "SAU", "roles": ["king"]}]}]}`, false},
		{"model: bad layer key", "model", `{"version": 2, "agreements": [], "layers": [{"agreement": []}]}`, false},
		{"responses: control", "responses", `{"version": 1, "tests": [{"id": "t", "kind": "attack", "date": "2019-09-14", "protege": "SAU", "sources": ["s"]}], "responses": [{"test": "t", "actor": "USA", "date": "2019-09", "grade": "reinforcement", "sources": ["s"]}]}`, true},
		{"responses: unknown key", "responses", `{"version": 1, "tests": [{"id": "t", "kind": "attack", "date": "2019", "protege": "SAU", "sources": ["s"], "victim": "SAU"}]}`, false},
		{"responses: wrong version", "responses", `{"version": 2, "tests": []}`, false},
		{"responses: cannot tell is no grade", "responses", `{"version": 1, "responses": [{"test": "t", "actor": "USA", "date": "2019", "grade": "cannot tell", "sources": ["s"]}]}`, false},
		{"responses: bad date", "responses", `{"version": 1, "tests": [{"id": "t", "kind": "attack", "date": "2025-02-30x", "protege": "SAU", "sources": ["s"]}]}`, false},
		{"model: bad condition", "model", `{"version": 2, "agreements": [{"id": "x", "clauses": [{"obligation": "defense", "conditions": [{"kind": "weather"}]}]}]}`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			readerErr, schemaErr := read[tc.kind]([]byte(tc.doc)), validate(schemas, tc.kind, []byte(tc.doc))
			if got := readerErr == nil; got != tc.ok {
				t.Errorf("the reader accepts it: %v, want %v (%v)", got, tc.ok, readerErr)
			}
			if got := schemaErr == nil; got != tc.ok {
				t.Errorf("the schema accepts it: %v, want %v (%v)", got, tc.ok, schemaErr)
			}
		})
	}
}

// TestSchemaEnumsAreTheGoNames checks each enum of the schemas against
// the names the Go type writes, so that a new kind added to the code
// (an obligation, a provision) fails here until the schema has it too.
func TestSchemaEnumsAreTheGoNames(t *testing.T) {
	tests := []struct {
		file, def string
		names     []string
		optional  bool // the schema's enum allows "" too (unset)
	}{
		{"history", "actor.properties.kind", names[relations.ActorKind](), false},
		{"history", "event.properties.kind", names[relations.EventKind](), false},
		{"history", "event.properties.level", names[relations.Representation](), true},
		{"history", "event.properties.stance", names[relations.Alignment](), true},
		{"model", "status", names[pact.Status](), false},
		{"model", "obligation", names[pact.Obligation](), false},
		{"model", "conditionKind", names[pact.ConditionKind](), false},
		{"model", "provisionKind", names[pact.ProvisionKind](), false},
		{"model", "role", roleNames(), false},
		{"responses", "test.properties.kind", names[record.TestKind](), false},
		{"responses", "response.properties.grade", names[record.Grade](), false},
		{"verdict", "outcome", outcomeNames(), false},
	}
	for _, tc := range tests {
		t.Run(tc.file+"/"+tc.def, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join(root, "schema", tc.file+".schema.json"))
			if err != nil {
				t.Fatal(err)
			}
			var doc map[string]any
			if err := json.Unmarshal(b, &doc); err != nil {
				t.Fatal(err)
			}
			var node any = doc["$defs"]
			for _, key := range strings.Split(tc.def, ".") {
				m, _ := node.(map[string]any)
				node = m[key]
			}
			m, _ := node.(map[string]any)
			var got []string
			for _, v := range m["enum"].([]any) {
				got = append(got, v.(string))
			}
			want := tc.names
			if tc.optional {
				want = append([]string{""}, want...)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("schema/%s.schema.json $defs.%s enum (-the Go names +the schema):\n%s", tc.file, tc.def, diff)
			}
		})
	}
}

// names lists the written forms of an enum's values, from 1 (0 is every
// enum's unknown value) to the first that has none.
func names[E interface {
	~uint8
	MarshalText() ([]byte, error)
}]() []string {
	var out []string
	for v := E(1); v != 0; v++ {
		b, err := v.MarshalText()
		if err != nil {
			break
		}
		out = append(out, string(b))
	}
	return out
}

// outcomeNames lists the verdicts' words in the order the schema gives
// them: the outcomes on their scale from the best, then cannot judge.
func outcomeNames() []string {
	return []string{record.Honoured.String(), record.PartlyHonoured.String(), record.Unmet.String(),
		record.NotOwed.String(), record.CannotJudge.String()}
}

// roleNames lists the roles' names, one bit at a time.
func roleNames() []string {
	var out []string
	for bit := pact.Roles(1); bit != 0; bit <<= 1 {
		b, err := bit.MarshalJSON()
		if err != nil {
			break
		}
		var n []string
		if err := json.Unmarshal(b, &n); err != nil || len(n) != 1 {
			break
		}
		out = append(out, n[0])
	}
	return slices.Clip(out)
}
