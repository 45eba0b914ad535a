package option

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type settings struct {
	Given
	n int
}

type opt func(*settings)

func withN(n int) opt {
	return func(s *settings) {
		if n < 0 {
			s.Fail("WithN", errors.New("WithN: n is negative"))
			return
		}
		s.Set("WithN")
		s.n = n
	}
}

func withOther() opt { return func(s *settings) { s.Set("WithOther") } }

func TestCheck(t *testing.T) {
	for _, tc := range []struct {
		name  string
		opts  []opt
		takes []string
		n     int
		err   string
	}{
		{"no options", nil, []string{"WithN"}, 0, ""},
		{"an option taken", []opt{withN(3)}, []string{"WithN"}, 3, ""},
		{"the last wins", []opt{withN(3), withN(5)}, []string{"WithN"}, 5, ""},
		{"a nil option is ignored", []opt{nil, withN(2)}, []string{"WithN"}, 2, ""},
		{"an option not taken", []opt{withOther()}, []string{"WithN"}, 0, "WithOther is not an option of Call (it takes WithN)"},
		{"a call that takes none", []opt{withOther()}, nil, 0, "WithOther is not an option of Call (it takes none)"},
		{"a bad argument", []opt{withN(-1)}, []string{"WithN"}, 0, "WithN: n is negative"},
		{"every problem at once", []opt{withOther(), withN(-1)}, []string{"WithN"}, 0,
			"WithOther is not an option of Call (it takes WithN)\nWithN: n is negative"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var s settings
			Apply(&s, tc.opts)
			err := s.Check("Call", tc.takes...)
			got := ""
			if err != nil {
				got = err.Error()
			}
			if diff := cmp.Diff(tc.err, got); diff != "" {
				t.Errorf("Check error (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.n, s.n); diff != "" {
				t.Errorf("n (-want +got):\n%s", diff)
			}
		})
	}
}
