package main

import (
	"bytes"
	"os"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// compileSchema compiles the schema of kind from ../../schema, with the
// schemas it refers to.
func compileSchema(t *testing.T, kind string) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	for _, kind := range []string{"scenario", "history", "model", "layer", "responses", "verdict"} {
		b, err := os.ReadFile("../../schema/" + kind + ".schema.json")
		if err != nil {
			t.Fatal(err)
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if err := c.AddResource("https://github.com/entente-go/entente/schema/"+kind+".schema.json", doc); err != nil {
			t.Fatal(err)
		}
	}
	schema, err := c.Compile("https://github.com/entente-go/entente/schema/" + kind + ".schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return schema
}

// TestJSONOutputMatchesItsSchema validates what -json prints against
// schema/scenario.schema.json (with the history and model schemas it
// refers to).
func TestJSONOutputMatchesItsSchema(t *testing.T) {
	schema := compileSchema(t, "scenario")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-json"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	out, err := jsonschema.UnmarshalJSON(&stdout)
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(out); err != nil {
		t.Errorf("-json: %v", err)
	}
}

// TestRecordJSONMatchesItsSchema validates each line -record -json prints,
// for every protector with a ledger, against schema/verdict.schema.json.
func TestRecordJSONMatchesItsSchema(t *testing.T) {
	schema := compileSchema(t, "verdict")
	for _, actor := range []string{"USA", "gcc", "arab-league", "TUR"} {
		var stdout, stderr bytes.Buffer
		if code := run([]string{"-record", actor, "-json"}, &stdout, &stderr); code != 0 {
			t.Fatalf("-record %s -json: exit %d: %s", actor, code, stderr.String())
		}
		lines := bytes.Split(bytes.TrimSpace(stdout.Bytes()), []byte("\n"))
		if len(lines) == 0 || len(lines[0]) == 0 {
			t.Fatalf("-record %s -json printed nothing", actor)
		}
		for i, line := range lines {
			doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(line))
			if err != nil {
				t.Fatalf("-record %s -json line %d: %v", actor, i+1, err)
			}
			if err := schema.Validate(doc); err != nil {
				t.Errorf("-record %s -json line %d: %v", actor, i+1, err)
			}
		}
	}
}
