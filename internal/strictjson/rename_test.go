package strictjson

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// renamedDoc has a key renamed in its parties, and one of the same name
// elsewhere that no rename touches.
type renamedDoc struct {
	Version int `json:"version"`
	Parties []struct {
		Actor string `json:"actor_id"`
	} `json:"parties"`
	Lead struct {
		Actor string `json:"actor_id"`
	} `json:"lead"`
}

var renames = []Rename{{In: "parties[]", Old: "actorID", New: "actor_id"}}

func TestDecodeRenamedKeys(t *testing.T) {
	tests := []struct {
		name, doc string
		opts      []Option
		want      []string // the problems
		actor     string   // parties[0]'s actor when there are none
	}{
		{"new keys", `{"parties": [{"actor_id": "SAU"}], "lead": {"actor_id": "x"}}`, []Option{NewKeys(renames)}, nil, "SAU"},
		{"old keys", `{"parties": [{"actorID": "SAU"}], "lead": {"actor_id": "x"}}`, []Option{OldKeys(renames)}, nil, "SAU"},
		{"an old key in a new document", `{"parties": [{"actorID": "SAU"}]}`, []Option{NewKeys(renames)},
			[]string{`parties[0].actorID: 1:15: key "actorID" is an earlier version's spelling; this document's version writes "actor_id"`}, ""},
		{"a new key in an old document", `{"parties": [{"actor_id": "SAU"}]}`, []Option{OldKeys(renames)},
			[]string{`parties[0].actor_id: 1:15: key "actor_id" is a later version's spelling; this document's version writes "actorID"`}, ""},
		{"only in the objects named", `{"lead": {"actorID": "x"}}`, []Option{OldKeys(renames)},
			[]string{`lead.actorID: 1:11: unknown key "actorID"`}, ""},
		{"no options: no hints", `{"parties": [{"actorID": "SAU"}]}`, nil,
			[]string{`parties[0].actorID: 1:15: unknown key "actorID"`}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var d renamedDoc
			problems, _ := Decode([]byte(tc.doc), &d, 0, tc.opts...)
			var got []string
			for _, p := range problems {
				got = append(got, p.Path+": "+p.Error())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
			if tc.actor != "" && (len(d.Parties) != 1 || d.Parties[0].Actor != tc.actor) {
				t.Errorf("parties %+v, want one with actor %s", d.Parties, tc.actor)
			}
		})
	}
}

func TestKeysNamesEachKeysPlace(t *testing.T) {
	doc := `{"version": 1, "agreements": [{"id": "a", "clauses": [{"x": 1}], "amendments": [{"clauses": [{"y": [{"z": 0}]}]}]}], "coverage": {"from": ""}, "m": [[{"n": 1}]]}`
	var got []string
	err := Keys([]byte(doc), func(k Key) error {
		if lit := doc[k.Start:k.End]; lit != `"`+k.Name+`"` {
			t.Errorf("key %s: its span holds %s", k.Name, lit)
		}
		got = append(got, k.In+" "+k.Name)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{" version", " agreements", "agreements[] id", "agreements[] clauses", "clauses[] x",
		"agreements[] amendments", "amendments[] clauses", "clauses[] y", "y[] z", " coverage", "coverage from", " m", "m[][] n"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("keys (-want +got):\n%s", diff)
	}
	for _, bad := range []string{`{"a": [`, `{"a" 1}`, `[1,]`} {
		if err := Keys([]byte(bad), func(Key) error { return nil }); err == nil {
			t.Errorf("Keys(%s): no error", bad)
		}
	}
	if err := Keys([]byte(doc), func(k Key) error {
		if strings.HasPrefix(k.Name, "c") {
			return errStop
		}
		return nil
	}); err != errStop {
		t.Errorf("Keys returned %v, not the error visit returned", err)
	}
}

var errStop = errors.New("stop")

// TestInIsKeysIn checks that the decoder names an object's place as Keys
// does, so that a rename applies in both.
func TestInIsKeysIn(t *testing.T) {
	tests := []struct {
		path []step
		want string
	}{
		{nil, ""},
		{[]step{{key: "coverage"}}, "coverage"},
		{[]step{{key: "agreements"}, {index: 3}}, "agreements[]"},
		{[]step{{key: "agreements"}, {index: 3}, {key: "amendments"}, {index: 0}, {key: "clauses"}, {index: 1}}, "clauses[]"},
		{[]step{{key: "m"}, {index: 0}, {index: 2}}, "m[][]"},
		{[]step{{index: 0}}, "[]"},
	}
	for _, tc := range tests {
		if got := in(tc.path); got != tc.want {
			t.Errorf("in(%v) = %q, want %q", tc.path, got, tc.want)
		}
	}
}
