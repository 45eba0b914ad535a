// Package schemacheck holds the tests that keep the JSON Schemas in
// schema/ (history, model, layer and scenario, draft 2020-12) true: every
// JSON file the module ships and every document its built-in data writes
// validates against its schema, and each schema refuses what the readers
// refuse of a few hostile documents, so that schema and reader cannot
// drift apart. It has no code outside its tests; the validator,
// github.com/santhosh-tekuri/jsonschema/v6, is a test-only dependency.
//
// The scenario's files (examples/middleeast/scenario/*.json) are version 1
// until internal/cmd/jsonv2 rewrites them: a version-1 file is validated
// through its version-2 rewrite (internal/jsonv1.Upgrade), a version-2
// file as it is, so the test needs no change when they are converted.
package schemacheck
