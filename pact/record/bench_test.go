package record_test

import (
	"testing"

	"github.com/entente-go/entente/pact/record"
	"github.com/entente-go/entente/relations"
)

// BenchmarkNew judges a hundred tests of the hand-built world, each with
// three responses.
func BenchmarkNew(b *testing.B) {
	m := world(b)
	var tests []record.Test
	var rs []record.Response
	for i := range 100 {
		t := strike("2020-03-01")
		t.ID = "strike-" + string(rune('a'+i%26)) + string(rune('a'+i/26))
		tests = append(tests, t)
		for _, who := range []string{"DEF", "EXP", "ZZZ"} {
			r := respond(relations.ActorID(who), "2020-03-05", record.Reinforcement)
			r.Test = t.ID
			rs = append(rs, r)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := record.New(m, tests, rs); err != nil {
			b.Fatal(err)
		}
	}
}
