package pact

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestEveryResultNamesItself: the first line of each result's String
// names what it is, so that a printed result is never a bare list (a
// cascade's final response printed an empty header, " attacks  on ").
func TestEveryResultNamesItself(t *testing.T) {
	m := uncertainWorld(t)
	first := []Attack{{Aggressors: ids("IRN"), Target: "SAU", On: day("2015-01-01")}}
	then := append(first, Attack{Aggressors: ids("IRN"), Target: "QAT", On: day("2015-02-01")})
	must := func(s interface{ String() string }, err error) string {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return strings.SplitN(s.String(), "\n", 2)[0]
	}
	respond := func(a Attack) (interface{ String() string }, error) { return m.Respond(a) }
	cascade := func(a []Attack) (interface{ String() string }, error) { return m.Cascade(a) }
	final := func(a []Attack) (interface{ String() string }, error) {
		c, err := m.Cascade(a)
		return c.Final, err
	}
	portfolio := func() (interface{ String() string }, error) { return m.Portfolio("SAU", day("2015-01-01")) }
	empty := func() (interface{ String() string }, error) { return m.Portfolio("IRN", day("2015-01-01")) }
	overlap := func() (interface{ String() string }, error) { return m.Overlap("partial", "old") }
	whatIf := func() (interface{ String() string }, error) { return m.WhatIf("talks", day("2015-01-01"), first[0]) }
	for _, tc := range []struct {
		name, got, want string
	}{
		{"Response", must(respond(first[0])), "IRN attacks SAU on 2015-01-01"},
		{"Cascade", must(cascade(first)), "cascade of IRN attacks SAU on 2015-01-01"},
		{"Cascade of two attacks", must(cascade(then)), "cascade of IRN attacks SAU on 2015-01-01, then IRN attacks QAT on 2015-02-01"},
		{"Cascade.Final", must(final(then)), "IRN attacks SAU on 2015-01-01"},
		{"Portfolio", must(portfolio()), "security portfolio of SAU on 2015-01-01 (concentration 0.50)"},
		{"an empty Portfolio", must(empty()), "security portfolio of IRN on 2015-01-01"},
		{"Overlap", must(overlap()), `overlap of "partial" and "old": shared SAU`},
		{"WhatIf", must(whatIf()), `if "talks" entered into force on 2015-01-01`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, tc.got); diff != "" {
				t.Errorf("first line of String (-want +got):\n%s", diff)
			}
		})
	}
}
