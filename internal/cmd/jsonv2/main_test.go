package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/internal/jsonv1"
)

// copyTo copies src into dir and returns the copy's name.
func copyTo(t *testing.T, dir, src string) string {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Join(dir, filepath.Base(src))
	if err := os.WriteFile(name, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return name
}

func TestRewritesInPlaceOnce(t *testing.T) {
	dir := t.TempDir()
	model := copyTo(t, dir, "../../jsonv1/testdata/varies.v1.json")
	history := copyTo(t, dir, "../../../relations/testdata/history.v1.json")
	want := map[string][]byte{}
	for name, kind := range map[string]jsonv1.Kind{model: jsonv1.Model, history: jsonv1.History} {
		b, _ := os.ReadFile(name) // copyTo just wrote it
		up, err := jsonv1.Upgrade(kind, b)
		if err != nil {
			t.Fatal(err)
		}
		want[name] = up
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{model, history}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	wantOut := model + ": rewritten as version 2 (model document)\n" + history + ": rewritten as version 2 (history document)\n"
	if diff := cmp.Diff(wantOut, stdout.String()); diff != "" {
		t.Errorf("stdout (-want +got):\n%s", diff)
	}
	for name, w := range want {
		got, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(string(w), string(got)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", name, diff)
		}
	}
	// Run again: version 2 is left as it is.
	stdout.Reset()
	if code := run([]string{model}, &stdout, &stderr); code != 0 {
		t.Fatalf("second run: exit %d: %s", code, stderr.String())
	}
	if got, wantOut := stdout.String(), model+": already version 2, left as it is\n"; got != wantOut {
		t.Errorf("second run: %q, want %q", got, wantOut)
	}
}

func TestRefusesAndLeavesTheFile(t *testing.T) {
	dir := t.TempDir()
	tests := []struct{ name, doc, want string }{
		{"not JSON", `{"version": 1,`, "unexpected end of JSON input"},
		{"no kind", `{"version": 1, "colour": []}`, "neither a model document"},
		{"refused by the reader", `{"version": 1, "agreements": [{"clauses": [{"obligation": "love"}]}]}`, `version 1: pact: JSON`},
		{"a version-2 key", `{"version": 1, "agreements": [{"clauses": [{"varies_by_partner": true}]}]}`, `key "varies_by_partner" is version 2's spelling`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			name := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "-")+".json")
			if err := os.WriteFile(name, []byte(tc.doc), 0o644); err != nil {
				t.Fatal(err)
			}
			var stdout, stderr bytes.Buffer
			if code := run([]string{name}, &stdout, &stderr); code != 1 {
				t.Errorf("exit %d, want 1", code)
			}
			if !strings.Contains(stderr.String(), tc.want) {
				t.Errorf("stderr %q does not say %q", stderr.String(), tc.want)
			}
			if got, _ := os.ReadFile(name); string(got) != tc.doc {
				t.Errorf("the file changed: %s", got)
			}
		})
	}
}

func TestNoArgumentsIsUsage(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run(nil, &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), "usage: jsonv2 FILE...") {
		t.Errorf("exit %d, stderr %q", code, stderr.String())
	}
}
