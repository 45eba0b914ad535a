package synth_test

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/internal/synth"
	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

var days = []relations.Date{relations.MustDate("1850-06-01"), relations.MustDate("1914-07-28"), relations.MustDate("2000-01-01")}

// fingerprint answers many questions of a world and hashes the answers: two
// worlds that answer alike have the same fingerprint.
func fingerprint(t *testing.T, w synth.World) (history, model []byte, answers uint64) {
	t.Helper()
	h, err := w.History()
	if err != nil {
		t.Fatal(err)
	}
	m, err := w.Model()
	if err != nil {
		t.Fatal(err)
	}
	h = h.WithAgreements(m)
	if history, err = h.MarshalJSON(); err != nil {
		t.Fatal(err)
	}
	if model, err = m.MarshalJSON(); err != nil {
		t.Fatal(err)
	}
	f := fnv.New64a()
	say := func(v ...any) { fmt.Fprintln(f, v...) }
	r := rand.New(rand.NewPCG(42, 42))
	n := len(w.Actors)
	for _, d := range days {
		for i := range n {
			p, _ := m.AlliancePartners(synth.ActorID(i), d)
			g, _ := m.Guarantors(synth.ActorID(i), d)
			pp, _ := h.Partners(synth.ActorID(i), d)
			say(d, i, p, g, pp)
		}
		net, _ := h.Network(d)
		say(net.Edges)
		ids, _ := m.InForce(d)
		say(ids)
		for k := range 12 {
			a, b := synth.ActorID(r.IntN(n)), synth.ActorID(r.IntN(n))
			if a == b {
				continue
			}
			s, _ := h.Standing(a, b, d)
			say(s.String())
			resp, err := m.Respond(pact.Attack{Aggressors: []relations.ActorID{a}, Target: b, On: d})
			if err != nil {
				t.Fatal(err)
			}
			for _, x := range append(resp.Duties, resp.Released...) {
				say(x.String())
			}
			for _, c := range resp.Conflicts {
				say(c.String())
			}
			if k < 3 { // cascades in a dense random world draw in most actors
				c, _ := m.Cascade([]pact.Attack{{Aggressors: []relations.ActorID{a}, Target: b, On: d}})
				say(c.String())
			}
		}
	}
	ch, _ := h.Changes(days[0], days[2])
	for _, c := range ch.Certain {
		say(c.String())
	}
	for _, c := range ch.Uncertain {
		say(c.Item.String() + " (" + c.Doubt.String() + ")")
	}
	panel, _ := m.DyadYears(pact.Directed, 1900, 1950)
	for _, rows := range panel {
		for _, dy := range rows {
			say(dy)
		}
	}
	return history, model, f.Sum64()
}

// TestShuffleChangesNoAnswer: the order of actors, events and agreements in
// the input changes no answer, and no byte of the JSON.
func TestShuffleChangesNoAnswer(t *testing.T) {
	if testing.Short() {
		t.Skip("large input: the race run (-short) leaves it to go test ./...")
	}
	w := synth.New(3, synth.X1)
	h1, m1, a1 := fingerprint(t, w)
	shuffles := uint64(3)
	if testing.Short() {
		shuffles = 1
	}
	for seed := uint64(1); seed <= shuffles; seed++ {
		h2, m2, a2 := fingerprint(t, w.Shuffled(seed))
		if !bytes.Equal(h1, h2) {
			t.Errorf("shuffle %d: history JSON differs", seed)
		}
		if !bytes.Equal(m1, m2) {
			t.Errorf("shuffle %d: agreements JSON differs", seed)
		}
		if a1 != a2 {
			t.Errorf("shuffle %d: answers differ", seed)
		}
	}
	// And the same world asked twice answers the same: queries are pure.
	if _, _, again := fingerprint(t, w); again != a1 {
		t.Error("asking the same world twice gave different answers")
	}
}

// TestJSONRoundTripsSyntheticWorlds: every synthetic world, up to ×10,
// decodes from its own JSON to the same model and the same bytes.
func TestJSONRoundTripsSyntheticWorlds(t *testing.T) {
	if testing.Short() {
		t.Skip("large input: the race run (-short) leaves it to go test ./...")
	}
	sizes := []synth.Size{synth.X1, synth.X1.Times(10)}
	if testing.Short() {
		sizes = sizes[:1]
	}
	eqDate := cmp.Comparer(func(a, b relations.Date) bool { return a == b })
	for _, size := range sizes {
		w := synth.New(11, size)
		h, err := w.History()
		if err != nil {
			t.Fatal(err)
		}
		hj, _ := h.MarshalJSON()
		h2, err := relations.ParseHistoryJSON(hj)
		if err != nil {
			t.Fatal(err)
		}
		hj2, _ := h2.MarshalJSON()
		if !bytes.Equal(hj, hj2) {
			t.Errorf("%+v: history JSON changes in a round trip", size)
		}
		if diff := cmp.Diff(h.Events(), h2.Events(), eqDate); diff != "" {
			t.Errorf("%+v: events differ after a round trip:\n%s", size, diff)
		}
		m, err := w.Model()
		if err != nil {
			t.Fatal(err)
		}
		mj, _ := m.MarshalJSON()
		m2, err := pact.ParseModelJSON(w.Actors, mj)
		if err != nil {
			t.Fatal(err)
		}
		mj2, _ := m2.MarshalJSON()
		if !bytes.Equal(mj, mj2) {
			t.Errorf("%+v: agreements JSON changes in a round trip", size)
		}
		if diff := cmp.Diff(m.Agreements(), m2.Agreements(), eqDate); diff != "" {
			t.Errorf("%+v: agreements differ after a round trip:\n%s", size, diff)
		}
	}
}
