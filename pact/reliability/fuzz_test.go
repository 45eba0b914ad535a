package reliability_test

import (
	"testing"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/record"
	"github.com/entente-go/entente/pact/reliability"
	"github.com/entente-go/entente/relations"
)

// FuzzJudge judges wars made from bytes — participants known, unknown or
// invalid, on either side or none, entering before or after the onset,
// with or without initiators, attacks and a list of the states covered —
// and holds Judge to its contract: an error of at most 100 problems and 64
// KiB, or a report whose every judgement names a holder and a beneficiary,
// has an outcome that is settled exactly when one is possible, names an
// absent state exactly when the conduct is unknown, and gives a verdict
// with sources; never a panic.
func FuzzJudge(f *testing.F) {
	f.Add([]byte(nil))
	f.Add([]byte("\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c"))
	f.Add([]byte("wars and who fought them, told in bytes"))
	m, err := world()
	if err != nil {
		f.Fatal(err)
	}
	ids := []relations.ActorID{"north", "south", "east", "west", "XXX", "", "bad id"}
	years := []string{"1989", "1990", "1990-06", "1991-02-03", "2030"}
	f.Fuzz(func(t *testing.T, data []byte) {
		next := func(n int) int {
			if len(data) == 0 {
				return 0
			}
			b := data[0]
			data = data[1:]
			return int(b) % n
		}
		var wars []reliability.War
		for w := range 1 + next(3) {
			war := reliability.War{ID: []string{"w1", "w2", ""}[min(w, next(3))], Onset: relations.MustDate(years[next(len(years))])}
			for range next(5) {
				war.Participants = append(war.Participants, reliability.Participant{Actor: ids[next(len(ids))], Side: reliability.Side(next(4)),
					Initiator: next(2) == 0, Entered: relations.MustDate(years[next(len(years))])})
			}
			if next(2) == 0 {
				war.Covered = []relations.ActorID{}
				for range next(4) {
					war.Covered = append(war.Covered, ids[next(len(ids))])
				}
			}
			if next(3) == 0 {
				war.Attacks = []pact.Attack{{Aggressors: []relations.ActorID{ids[next(len(ids))]}, Target: ids[next(len(ids))],
					On: relations.MustDate(years[next(len(years))]), Provoked: relations.Truth(next(3))}}
			}
			wars = append(wars, war)
		}
		r, err := reliability.Judge(m, wars)
		if err != nil {
			if len(err.Error()) >= 64<<10 {
				t.Fatalf("an error of %d bytes", len(err.Error()))
			}
			return
		}
		for _, j := range r.Judgements {
			if j.Holder == "" || j.Beneficiary == "" || j.Holder == j.Beneficiary {
				t.Fatalf("a judgement %+v", j)
			}
			// An outcome is settled exactly when one outcome is possible,
			// and a state is absent exactly when the conduct is unknown.
			if settled := j.Outcome != record.CannotJudge; settled != (len(j.Possible) == 1) ||
				settled && j.Possible[0] != j.Outcome {
				t.Fatalf("outcome %s, possible %v", j.Outcome, j.Possible)
			}
			if (j.Absent != "") != (j.Conduct == reliability.UnknownConduct) {
				t.Fatalf("absent %q, conduct %s", j.Absent, j.Conduct)
			}
			if v := j.Verdict(m); v.Outcome != j.Outcome || len(v.Sources()) == 0 {
				t.Fatalf("verdict %v of %+v", v, j)
			}
		}
	})
}
