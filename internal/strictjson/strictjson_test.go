package strictjson

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/internal/errs"
)

type party struct {
	Actor  string `json:"actor"`
	Joined day    `json:"joined,omitempty"`
}

type agreement struct {
	ID      string   `json:"id"`
	Parties []party  `json:"parties"`
	Clauses []string `json:"clauses,omitempty"`
}

type doc struct {
	Version    int         `json:"version"`
	Agreements []agreement `json:"agreements"`
	Note       *string     `json:"note,omitempty"`
}

// day is a text type that refuses anything but "2019-02-28".
type day string

func (d *day) UnmarshalText(b []byte) error {
	if string(b) != "2019-02-28" {
		return &dayError{string(b)}
	}
	*d = day(b)
	return nil
}

type dayError struct{ s string }

func (e *dayError) Error() string { return "bad day " + e.s }

func problems(data string) []string {
	var d doc
	ps, more := Decode([]byte(data), &d, 0)
	var out []string
	for _, p := range ps {
		out = append(out, p.Path+": "+p.Error())
	}
	if more > 0 {
		out = append(out, "more")
	}
	return out
}

func TestDecodeProblems(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []string
	}{
		{"valid", `{"version": 1, "agreements": [{"id": "a", "parties": [{"actor": "X", "joined": "2019-02-28"}]}], "note": "é"}`, nil},
		{"duplicate key", `{"version": 1, "agreements": [], "agreements": []}`,
			[]string{`agreements: 1:34: key "agreements" given twice (first at 1:16)`}},
		{"duplicate nested key", "{\"agreements\": [{\"id\": \"a\",\n \"id\": \"b\"}]}",
			[]string{`agreements[0].id: 2:2: key "id" given twice (first at 1:18)`}},
		{"case-mismatched key", `{"agreements": [{"ID": "a"}]}`,
			[]string{`agreements[0].ID: 1:18: key "ID" must be written "id"`}},
		{"case-mismatched top key", `{"AGREEMENTS": []}`,
			[]string{`AGREEMENTS: 1:2: key "AGREEMENTS" must be written "agreements"`}},
		{"unknown key", `{"colour": "green"}`, []string{`colour: 1:2: unknown key "colour"`}},
		{"invalid UTF-8", "{\"agreements\": [{\"id\": \"e\xff\"}]}",
			[]string{`agreements[0].id: 1:26: string is not valid UTF-8 (byte 0xff)`}},
		{"invalid UTF-8 in a key", "{\"id\xff\": 1}",
			[]string{"id\uFFFD: 1:5: string is not valid UTF-8 (byte 0xff)"}},
		{"lone high surrogate", `{"agreements": [{"id": "\ud800"}]}`,
			[]string{`agreements[0].id: 1:25: string escapes half a surrogate pair (\ud800)`}},
		{"lone low surrogate", `{"agreements": [{"id": "a\udc00"}]}`,
			[]string{`agreements[0].id: 1:26: string escapes half a surrogate pair (\udc00)`}},
		{"high surrogate then other escape", `{"agreements": [{"id": "\ud800\u0041"}]}`,
			[]string{`agreements[0].id: 1:25: string escapes half a surrogate pair (\ud800)`}},
		{"surrogate pair", `{"agreements": [{"id": "\ud83d\ude00"}]}`, nil},
		{"text error has the field's place", "{\"agreements\": [{\"id\": \"a\"},\n {\"parties\": [{}, {\"joined\": \"2019-02-29\"}]}]}",
			[]string{`agreements[1].parties[1].joined: 2:30: bad day 2019-02-29`}},
		{"wrong type", `{"version": "1"}`, []string{`version: 1:13: want an integer, have a string`}},
		{"wrong kind", `{"agreements": {"id": "a"}}`, []string{`agreements: 1:16: want an array, have an object`}},
		{"every problem", `{"version": "x", "agreements": [{"ID": "a", "parties": 5}], "colour": 1}`, []string{
			`version: 1:13: want an integer, have a string`,
			`agreements[0].ID: 1:34: key "ID" must be written "id"`,
			`agreements[0].parties: 1:56: want an array, have a number`,
			`colour: 1:61: unknown key "colour"`}},
		{"syntax error", "{\"version\": 1,\n \"agreements\" []}", []string{`agreements: 2:15: invalid character '[' after object key`}},
		{"unexpected end", `{"version": 1, "agreements": [`, []string{`agreements: 1:31: unexpected end of the document`}},
		{"trailing data", `{"version": 1} {}`, []string{`: 1:16: unexpected data after the JSON value`}},
		{"empty", ``, []string{`: 1:1: unexpected end of the document`}},
		{"null document", `null`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, problems(tc.doc)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDecodeValues(t *testing.T) {
	var d doc
	if ps, _ := Decode([]byte(`{"version": 1, "agreements": [{"id": "a", "parties": [{"actor": "X"}], "clauses": ["c"]}], "note": "n"}`), &d, 0); ps != nil {
		t.Fatal(ps)
	}
	note := "n"
	want := doc{Version: 1, Agreements: []agreement{{ID: "a", Parties: []party{{Actor: "X"}}, Clauses: []string{"c"}}}, Note: &note}
	if diff := cmp.Diff(want, d); diff != "" {
		t.Errorf("decoded (-want +got):\n%s", diff)
	}
}

func TestDecodeKeepsAtMost100Problems(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"agreements": [`)
	for i := range 1000 {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(`{"ID": "x"}`)
	}
	b.WriteString(`]}`)
	var d doc
	ps, more := Decode([]byte(b.String()), &d, 0)
	if len(ps) != MaxProblems || more != 1000-MaxProblems {
		t.Errorf("%d problems and %d more, want %d and %d", len(ps), more, MaxProblems, 1000-MaxProblems)
	}
}

func TestDeepNestingIsAnError(t *testing.T) {
	var d doc
	data := `{"agreements": ` + strings.Repeat("[", 100_000) + strings.Repeat("]", 100_000) + `}`
	if ps, _ := Decode([]byte(data), &d, 0); len(ps) == 0 {
		t.Error("no problem")
	}
}

// TestNothingAfterTheDocument: a ',' or ':' after the document is data
// after it, as any other byte is.
func TestNothingAfterTheDocument(t *testing.T) {
	for _, tail := range []string{",", ":", " ,", ",:,", "\n:"} {
		if got := problems(`{"version": 1}` + tail); len(got) != 1 || !strings.Contains(got[0], "unexpected data after the JSON value") {
			t.Errorf("%q after the document: %v", tail, got)
		}
	}
	if got := problems("{\"version\": 1} \t\r\n"); got != nil {
		t.Errorf("white space after the document: %v", got)
	}
}

// TestLongKeyIsCut: a key of a megabyte is quoted, and named in the path,
// by a short prefix.
func TestLongKeyIsCut(t *testing.T) {
	key := strings.Repeat("k", 1<<20)
	got := problems(`{"` + key + `": {"` + key + `": 1}}`)
	if len(got) != 1 || len(got[0]) > 300 || !strings.Contains(got[0], "(1048576 bytes)") {
		t.Errorf("problems: %.400v", got)
	}
}

// TestFloodOfEmptyElements: a document of empty elements, whose values
// would take far more memory than its text, is refused before they are
// made.
func TestFloodOfEmptyElements(t *testing.T) {
	data := `{"agreements": [` + strings.Repeat(`{},`, 200_000) + `{}]}`
	var d doc
	ps, _ := Decode([]byte(data), &d, 0)
	if len(ps) != 1 || !errors.Is(ps[0], errs.ErrLimit) || !strings.Contains(ps[0].Error(), "the JSON expansion limit") {
		t.Errorf("problems: %v", ps)
	}
	if len(d.Agreements) != 0 {
		t.Errorf("%d agreements made", len(d.Agreements))
	}
	// Nor may the values take more than four times the size limit.
	data = `{"agreements": [` + strings.Repeat(`{"id": "an-agreement-of-a-long-name"},`, 4000) + `{}]}`
	if ps, _ := Decode([]byte(data), &d, 10<<10); len(ps) != 1 || !errors.Is(ps[0], errs.ErrLimit) {
		t.Errorf("over four times the size limit: %v", ps)
	}
	// The same elements with a little text each are within the budget.
	data = `{"agreements": [` + strings.Repeat(`{"id": "an-agreement", "parties": [{"actor": "X"}]},`, 2000) + `{}]}`
	if ps, _ := Decode([]byte(data), &d, 0); ps != nil || len(d.Agreements) != 2001 {
		t.Errorf("%d agreements, problems %v", len(d.Agreements), ps)
	}
}

// TestLinesCountedOnce: problems throughout a long document find their
// lines in one pass, not one pass each.
func TestLinesCounted(t *testing.T) {
	var b strings.Builder
	b.WriteString("{\"agreements\": [\n")
	for i := range 500 {
		if i > 0 {
			b.WriteString(",\n")
		}
		b.WriteString(`{"ID": "x"}`)
	}
	b.WriteString("]}")
	ps, _ := Decode([]byte(b.String()), &doc{}, 0)
	for i, p := range ps {
		if p.Line != i+2 || p.Col != 2 {
			t.Fatalf("problem %d at %d:%d, want %d:2", i, p.Line, p.Col, i+2)
		}
	}
}
