package pact

import (
	"strings"
	"testing"
)

// FuzzParseObligation: the text of any enum value parses back to it, and
// any other text is an error that quotes it short, never a panic. Every
// enum of the module parses through the one internal/enum, which this
// target fuzzes through ParseObligation and the other enums of pact.
func FuzzParseObligation(f *testing.F) {
	for _, s := range []string{"defense", "offense", "neutrality", "non-aggression", "consultation", "expectation", "", "unknown",
		"Defense", strings.Repeat("d", 1000), "in-force", "specific-adversary", "basing", "accord", "unilateral-guarantee", "assurance", "revoked", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		o, err := ParseObligation(s)
		if err == nil {
			if o.String() != s {
				t.Fatalf("ParseObligation(%q) = %v, whose text is %q", s, o, o.String())
			}
		} else if len(err.Error()) > 400 {
			t.Fatalf("an error of %d bytes", len(err.Error()))
		}
		var st Status
		if st.UnmarshalText([]byte(s)) == nil && st.String() != s {
			t.Fatalf("Status %q reads back as %q", s, st)
		}
		var c ConditionKind
		if c.UnmarshalText([]byte(s)) == nil && c.String() != s {
			t.Fatalf("ConditionKind %q reads back as %q", s, c)
		}
		var fm Form
		if fm.UnmarshalText([]byte(s)) == nil && fm.String() != s {
			t.Fatalf("Form %q reads back as %q", s, fm)
		}
		var p ProvisionKind
		if p.UnmarshalText([]byte(s)) == nil && p.String() != s {
			t.Fatalf("ProvisionKind %q reads back as %q", s, p)
		}
		var r Roles
		if r.UnmarshalJSON([]byte(s)) == nil {
			if b, err := r.MarshalJSON(); err != nil || r.UnmarshalJSON(b) != nil {
				t.Fatalf("Roles %q: %v", s, err)
			}
		}
	})
}
