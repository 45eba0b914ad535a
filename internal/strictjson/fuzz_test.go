package strictjson

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// FuzzDecode holds the decoder to encoding/json: on any input it never
// panics and keeps at most MaxProblems problems, each with a place in the
// document; whatever it accepts, encoding/json accepts too and decodes to
// the same value.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		`{"version": 1, "agreements": [{"id": "a", "parties": [{"actor": "X", "joined": "2019-02-28"}]}], "note": "é"}`,
		`{"agreements": [{"ID": "a"}], "colour": 1}`, `{"version": 1},`, `[[[[]]]]`, `{"agreements": [{}, {}, {}]}`,
		`{"agreements": [` + strings.Repeat(`{},`, 100) + `{}]}`, `{"note": "\ud800"}`, `null`, ``, `{"version": 1e400}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var d doc
		ps, _ := Decode(data, &d, 0)
		if len(ps) > MaxProblems {
			t.Fatalf("%d problems kept", len(ps))
		}
		for _, p := range ps {
			if p.Offset < 0 || p.Offset > len(data) || p.Line < 1 || p.Col < 1 {
				t.Fatalf("a problem out of the document: %+v", p)
			}
		}
		if len(ps) > 0 {
			return
		}
		var want doc
		if err := json.Unmarshal(data, &want); err != nil {
			t.Fatalf("accepted what encoding/json refuses (%v): %q", err, data)
		}
		if diff := cmp.Diff(want, d); diff != "" {
			t.Fatalf("decoded unlike encoding/json (-encoding/json +strictjson):\n%s", diff)
		}
	})
}
