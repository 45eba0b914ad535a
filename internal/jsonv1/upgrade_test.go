package jsonv1_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/internal/jsonv1"
	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

// v1Documents are the version-1 documents the module ships: the copies
// kept of the test documents, and the scenario's files while they are
// version 1 (after internal/cmd/jsonv2 rewrites them, they are version 2
// and TestVersion1ReadsAsItsUpgrade says so and passes over them).
var v1Documents = []struct {
	file    string
	kind    jsonv1.Kind
	history string // the history whose actors a model is built over, if any
}{
	{"../../relations/testdata/history.v1.json", jsonv1.History, ""},
	{"../../pact/testdata/agreements.v1.json", jsonv1.Model, ""},
	{"testdata/varies.v1.json", jsonv1.Model, ""},
	{"../../examples/middleeast/scenario/history.json", jsonv1.History, ""},
	{"../../examples/middleeast/scenario/agreements.json", jsonv1.Model, "../../examples/middleeast/scenario/history.json"},
}

// TestVersion1ReadsAsItsUpgrade reads every version-1 document as it is
// and as Upgrade rewrites it, and compares what the two answer: the
// version-2 documents the history or model built from each writes.
func TestVersion1ReadsAsItsUpgrade(t *testing.T) {
	for _, doc := range v1Documents {
		t.Run(filepath.Base(doc.file), func(t *testing.T) {
			v1, err := os.ReadFile(doc.file)
			if err != nil {
				t.Fatal(err)
			}
			if version(t, v1) != 1 {
				t.Skipf("%s is no longer version 1", doc.file)
			}
			v2, err := jsonv1.Upgrade(doc.kind, v1)
			if err != nil {
				t.Fatal(err)
			}
			if version(t, v2) != 2 {
				t.Fatalf("the upgrade is version %d", version(t, v2))
			}
			var actors []relations.Actor
			if doc.history != "" {
				b, err := os.ReadFile(doc.history)
				if err != nil {
					t.Fatal(err)
				}
				if actors, _, err = relations.DecodeHistoryJSON(b); err != nil {
					t.Fatal(err)
				}
			}
			from1, from2 := written(t, doc.kind, actors, v1), written(t, doc.kind, actors, v2)
			if diff := cmp.Diff(from2, from1); diff != "" {
				t.Errorf("version 1 read answers differently from its upgrade (-upgrade +v1):\n%s", diff)
			}
			// The upgrade changes only the version and the renamed keys:
			// the rest of the text is the document's own.
			if len(jsonv1.Renames(doc.kind)) == 0 {
				want := bytes.Replace(v1, []byte(`"version": 1`), []byte(`"version": 2`), 1)
				if diff := cmp.Diff(string(want), string(v2)); diff != "" {
					t.Errorf("the upgrade changed more than the version (-want +got):\n%s", diff)
				}
			}
		})
	}
}

// TestUpgradeRenamesEveryKey checks the upgrade of a document with every
// renamed key: no version-1 spelling is left, and each version-2
// spelling is where the version-1 one was.
func TestUpgradeRenamesEveryKey(t *testing.T) {
	v1, err := os.ReadFile("testdata/varies.v1.json")
	if err != nil {
		t.Fatal(err)
	}
	v2, err := jsonv1.Upgrade(jsonv1.Model, v1)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range jsonv1.Renames(jsonv1.Model) {
		old, new := `"`+r.Old+`"`, `"`+r.New+`"`
		if n := bytes.Count(v1, []byte(old)); n == 0 {
			t.Errorf("testdata/varies.v1.json has no %s: add one, so that its rename is tested", old)
		}
		if got, want := bytes.Count(v2, []byte(new)), bytes.Count(v1, []byte(old)); got != want {
			t.Errorf("%s: %d in the upgrade, want %d", new, got, want)
		}
		if bytes.Contains(v2, []byte(old)) {
			t.Errorf("%s is left in the upgrade", old)
		}
	}
	// Line by line, the upgrade is the same document.
	if got, want := bytes.Count(v2, []byte("\n")), bytes.Count(v1, []byte("\n")); got != want {
		t.Errorf("the upgrade has %d lines, want %d", got, want)
	}
}

func TestUpgradeRefuses(t *testing.T) {
	tests := []struct {
		name, doc, want string
		kind            jsonv1.Kind
	}{
		{"version 2", `{"version": 2, "agreements": []}`, `not a version-1 document: "version" is 2`, jsonv1.Model},
		{"no version", `{"actors": []}`, `not a version-1 document: it has no "version"`, jsonv1.History},
		{"a version-2 key", `{"version": 1, "agreements": [{"clauses": [{"pair_owed": true}]}]}`,
			`byte 44: key "pair_owed" is version 2's spelling; version 1 writes "pairOwed"`, jsonv1.Model},
		{"syntax", `{"version": 1, "agreements": [`, `unexpected EOF`, jsonv1.Model},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := jsonv1.Upgrade(tc.kind, []byte(tc.doc))
			if err == nil || err.Error() != tc.want {
				t.Errorf("error %v, want %s", err, tc.want)
			}
			if strings.HasPrefix(tc.want, "not a version-1") && !errors.Is(err, jsonv1.ErrNotVersion1) {
				t.Errorf("error %v does not wrap ErrNotVersion1", err)
			}
		})
	}
}

// FuzzUpgrade checks the readers' version 1 against the converter: a
// version-1 document a reader accepts upgrades, and its upgrade answers
// as it does; one a reader refuses, its upgrade (if any) is refused too.
func FuzzUpgrade(f *testing.F) {
	for _, doc := range v1Documents[:3] {
		b, err := os.ReadFile(doc.file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"version": 1, "agreements": [{"id": "x", "clauses": [{"obligation": "defense", "variesByPartner": true}]}]}`))
	f.Add([]byte(`{"version": 1, "actors": [], "events": []}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, kind := range []jsonv1.Kind{jsonv1.History, jsonv1.Model} {
			v1, err1 := read(kind, data)
			v2doc, err := jsonv1.Upgrade(kind, data)
			if err != nil {
				if err1 == nil && isV1(data) {
					t.Fatalf("%s: the reader accepts the version-1 document, Upgrade refuses it: %v", kind, err)
				}
				continue
			}
			v2, err2 := read(kind, v2doc)
			switch {
			case err1 == nil && err2 != nil:
				t.Fatalf("%s: the upgrade is refused: %v\n%s", kind, err2, v2doc)
			case err1 != nil && err2 == nil && isV1(data):
				t.Fatalf("%s: the version-1 document is refused (%v), its upgrade accepted", kind, err1)
			case err1 == nil:
				// reflect: cmp cannot see inside relations.Date.
				if !reflect.DeepEqual(v1, v2) {
					t.Fatalf("%s: version 1 and its upgrade decode differently:\n%+v\n%+v", kind, v1, v2)
				}
			}
		}
	})
}

// isV1 reports whether the document's version is 1, as a reader reads it.
func isV1(data []byte) bool {
	var d struct{ Version json.RawMessage }
	return json.Unmarshal(data, &d) == nil && string(d.Version) == "1"
}

// read decodes a document of kind k into what it says, without the
// checks of building.
func read(k jsonv1.Kind, data []byte) (any, error) {
	if k == jsonv1.History {
		actors, events, err := relations.DecodeHistoryJSON(data)
		return [2]any{actors, events}, err
	}
	return pact.DecodeAgreementsJSON(data)
}

// written builds the history or model of a document and returns the
// version-2 document it writes.
func written(t *testing.T, k jsonv1.Kind, actors []relations.Actor, data []byte) string {
	t.Helper()
	var b []byte
	var err error
	if k == jsonv1.History {
		var h *relations.History
		if h, err = relations.ParseHistoryJSON(data); err == nil {
			b, err = h.MarshalJSON()
		}
	} else {
		if actors == nil {
			agreements, err := pact.DecodeAgreementsJSON(data)
			if err != nil {
				t.Fatal(err)
			}
			actors = actorsOf(agreements)
		}
		var m *pact.Model
		if m, err = pact.ParseModelJSON(actors, data); err == nil {
			b, err = m.MarshalJSON()
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// actorsOf returns a state for every actor the agreements name.
func actorsOf(agreements []pact.Agreement) []relations.Actor {
	var ids []relations.ActorID
	clauses := func(cs []pact.Clause, ps []pact.Provision) {
		for _, c := range cs {
			ids = append(append(ids, c.By...), c.To...)
			for _, cond := range c.Conditions {
				ids = append(ids, cond.Adversaries...)
			}
		}
		for _, p := range ps {
			ids = append(append(ids, p.By...), p.To...)
			if p.Commander != "" {
				ids = append(ids, p.Commander)
			}
		}
	}
	for _, a := range agreements {
		for _, p := range a.Parties {
			ids = append(ids, p.Actor)
		}
		clauses(a.Clauses, a.Provisions)
		for _, am := range a.Amendments {
			clauses(am.Clauses, am.Provisions)
		}
	}
	slices.Sort(ids)
	var out []relations.Actor
	for _, id := range slices.Compact(ids) {
		out = append(out, relations.Actor{ID: id, Kind: relations.StateActor, Name: string(id)})
	}
	return out
}

func version(t *testing.T, data []byte) int {
	t.Helper()
	var d struct{ Version int }
	if err := json.Unmarshal(data, &d); err != nil {
		t.Fatal(err)
	}
	return d.Version
}
