package main

import (
	"bytes"
	"os"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// TestJSONOutputMatchesItsSchema validates what -json prints against
// schema/scenario.schema.json (with the history and model schemas it
// refers to).
func TestJSONOutputMatchesItsSchema(t *testing.T) {
	c := jsonschema.NewCompiler()
	for _, kind := range []string{"scenario", "history", "model", "layer"} {
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
	schema, err := c.Compile("https://github.com/entente-go/entente/schema/scenario.schema.json")
	if err != nil {
		t.Fatal(err)
	}
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
