package errs

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var errCause = errors.New("cause")

func TestMessages(t *testing.T) {
	long := strings.Repeat("a", 50)
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"syntax", &Syntax{Scope: "relations", What: "date", Input: "2025-02-30", Msg: "day 30 does not exist"},
			`relations: "2025-02-30" is not a date: day 30 does not exist`},
		{"syntax, an", &Syntax{Scope: "pact", What: "obligation", Input: "love"}, `pact: "love" is not an obligation`},
		{"syntax, long input cut", &Syntax{What: "actor ID", Input: long, Msg: "too long"},
			`"` + strings.Repeat("a", MaxQuoted) + `"… (50 bytes) is not an actor ID: too long`},
		{"bare", Bare(&Syntax{Scope: "relations", What: "date", Input: "x"}), `"x" is not a date`},
		{"bare of another error", Bare(errCause), "cause"},
		{"in", In("pact", errCause), "pact: cause"},
		{"message and cause", Message("what", errCause), "what"},
		{"message alone", Message("what", nil), "what"},
		{"cause alone", Message("", errCause), "cause"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.err.Error(); got != tc.want {
				t.Errorf("Error() = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestBareKeepsTheCaller(t *testing.T) {
	s := &Syntax{Scope: "relations", What: "date", Input: "x"}
	Bare(s)
	if s.Scope != "relations" {
		t.Errorf("Bare changed its argument: %+v", s)
	}
}

func TestListScope(t *testing.T) {
	other := In("relations", errors.New("actor: id: empty"))
	l := List{Scope: "pact"}
	l.Add(errors.New("agreement \"x\": parties: one"))
	l.Add(other)
	for range MaxProblems {
		l.Add(errCause)
	}
	err := l.Err()
	lines := strings.Split(err.Error(), "\n")
	want := []string{`pact: agreement "x": parties: one`, "relations: actor: id: empty", "pact: cause"}
	if diff := cmp.Diff(want, lines[:3]); diff != "" {
		t.Errorf("first lines (-want +got):\n%s", diff)
	}
	if got, want := lines[len(lines)-1], "and 2 more problems"; got != want {
		t.Errorf("last line %q, want %q", got, want)
	}
	if !errors.Is(err, errCause) {
		t.Error("errors.Is(err, errCause) = false")
	}
	problems := Problems(err)
	if len(problems) != MaxProblems+1 {
		t.Fatalf("Problems gave %d, want %d", len(problems), MaxProblems+1)
	}
	if got, want := problems[0].Error(), `pact: agreement "x": parties: one`; got != want {
		t.Errorf("Problems(err)[0] = %q, want %q: each keeps its package", got, want)
	}
	if got, want := problems[1].Error(), "relations: actor: id: empty"; got != want {
		t.Errorf("Problems(err)[1] = %q, want %q", got, want)
	}
	var empty List
	if err := empty.Err(); err != nil {
		t.Errorf("an empty list: %v, want nil", err)
	}
}
