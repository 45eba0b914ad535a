package readlimit

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

type option func(*Limits)

func TestResolve(t *testing.T) {
	set := func(n int64) option { return func(l *Limits) { l.MaxInputSize = n } }
	for _, tc := range []struct {
		name string
		opts []option
		want Limits
	}{
		{"no options keep the default", nil, Limits{MaxInputSize: 10}},
		{"one option changes it", []option{set(3)}, Limits{MaxInputSize: 3}},
		{"the last option wins", []option{set(3), set(0)}, Limits{MaxInputSize: 0}},
		{"a nil option is ignored", []option{set(4), nil}, Limits{MaxInputSize: 4}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Resolve(Limits{MaxInputSize: 10}, tc.opts)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Resolve (-want +got):\n%s", diff)
			}
		})
	}
}
