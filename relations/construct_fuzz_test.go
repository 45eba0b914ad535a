package relations

import (
	"strings"
	"testing"
)

// FuzzNewHistory builds histories from bytes — actors valid or not,
// organisations with spells of members that may overlap, events of any
// kind, level and stance among known and unknown actors, declared coverage
// — and holds NewHistory to its contract: an error of at most 100 problems
// and 64 KiB, or a history that a JSON round trip keeps answer for answer.
func FuzzNewHistory(f *testing.F) {
	f.Add([]byte(nil))
	f.Add([]byte("\x05\x01\x00\x01\x02\x00\x01\x03\x08\x02\x01\x01\x02\x00\x00\x04"))
	f.Add([]byte("an organisation and its members, told in bytes"))
	f.Add([]byte(strings.Repeat("\xff", 64)))
	f.Fuzz(func(t *testing.T, data []byte) {
		g := &historyGen{data: data}
		var actors []Actor
		for _, id := range historyActors {
			actors = append(actors, Actor{ID: id, Kind: StateActor, Name: string(id)})
		}
		ids := append(append([]ActorID(nil), historyActors...), "org", "XXX", "", "bad id")
		pick := func() ActorID { return ids[g.intn(len(ids))] }
		org := Actor{ID: "org", Kind: ActorKind(g.intn(6)), Name: "an organisation"}
		for range g.intn(4) {
			m := Membership{Member: pick(), During: Interval{From: g.date()}}
			if g.intn(2) == 0 {
				m.During.Until = g.date()
			}
			org.Members = append(org.Members, m)
		}
		actors = append(actors, org)
		if g.intn(4) == 0 {
			actors = append(actors, Actor{ID: pick(), Kind: StateActor, Name: "again"})
		}
		events := g.events()
		for i := range events {
			switch g.intn(6) {
			case 0:
				events[i].Actors = append(events[i].Actors, pick())
			case 1:
				events[i].Mediators = []ActorID{pick()}
			case 2:
				events[i].Dataset = "data"
			case 3:
				events[i].ID = events[0].ID // a duplicate, or itself
			}
		}
		var opts []HistoryOption
		if g.intn(2) == 0 {
			opts = append(opts, WithCoverage(Coverage{Source: "data", Observed: Interval{From: g.date(), Until: g.date()}}))
		}
		h, err := NewHistory(actors, events, opts...)
		if err != nil {
			if len(err.Error()) >= 64<<10 {
				t.Fatalf("an error of %d bytes", len(err.Error()))
			}
			return
		}
		roundTripAnswers(t, h)
	})
}
