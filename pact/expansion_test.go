package pact

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/entente-go/entente/relations"
)

// slowTies is the obviously correct expansion the tie index replaced:
// every clause and provision of every phase, to every ordered pair of the
// actors it binds, over every pair of their spells; each actor's ties
// then ordered by counterpart, stably.
func slowTies(m *Model) [][]tie {
	ties := make([][]tie, len(m.actors))
	for ai := range m.agreements {
		a := &m.agreements[ai]
		phases := m.phases[ai]
		spells := map[int32][]window{}
		var members []int32
		for _, p := range a.Parties {
			xi := m.actorIdx[p.Actor]
			spells[xi] = append(spells[xi], startingAt(p.Joined).intersect(endingAt(p.Withdrew)))
			if p.Roles.Has(Member) && !slices.Contains(members, xi) {
				members = append(members, xi)
			}
		}
		slices.Sort(members)
		orMembers := func(ids []relations.ActorID) []int32 {
			if len(ids) == 0 {
				return members
			}
			var out []int32
			for _, id := range ids {
				out = append(out, m.actorIdx[id])
			}
			return out
		}
		for _, iw := range m.inForce[ai] {
			for pi, ph := range phases {
				pw := startingAt(ph.from)
				if pi+1 < len(phases) {
					pw = pw.intersect(endingAt(phases[pi+1].from))
				}
				base := iw.intersect(pw)
				if base.empty() {
					continue
				}
				add := func(by, to []int32, t tie) {
					for _, xi := range by {
						for _, yi := range to {
							if xi == yi {
								continue
							}
							for _, sx := range spells[xi] {
								for _, sy := range spells[yi] {
									if t.w = base.intersect(sx).intersect(sy); t.w.empty() {
										continue
									}
									t.other, t.outgoing = yi, true
									ties[xi] = append(ties[xi], t)
									t.other, t.outgoing = xi, false
									ties[yi] = append(ties[yi], t)
								}
							}
						}
					}
				}
				for ci, c := range ph.clauses {
					add(orMembers(c.By), orMembers(c.To), tie{obligation: c.Obligation, agreement: int32(ai), phase: int32(pi), item: int32(ci)})
				}
				for vi, v := range ph.provisions {
					add(orMembers(v.By), orMembers(v.To), tie{provision: v.Kind, agreement: int32(ai), phase: int32(pi), item: int32(vi)})
				}
			}
		}
	}
	for _, ts := range ties {
		slices.SortStableFunc(ts, func(a, b tie) int { return int(a.other) - int(b.other) })
	}
	return ties
}

// TestTiesAgainstSlowExpansion: the ties resolved from clauses at query
// time are those of the full expansion, in the same order, for every actor
// and every pair, in synthetic worlds with amendments, partial dates and
// parties that leave and rejoin.
func TestTiesAgainstSlowExpansion(t *testing.T) {
	for seed := uint64(1); seed <= 4; seed++ {
		m, err := New(randomWorld(seed))
		if err != nil {
			t.Fatal(err)
		}
		want := slowTies(m)
		n := 0
		for _, ts := range want {
			n += len(ts)
		}
		if n < 1000 {
			t.Fatalf("seed %d: only %d ties; the world tests little", seed, n)
		}
		for xi := range m.actors {
			got := m.tiesOf(int32(xi), -1, nil)
			if !slices.Equal(got, want[xi]) {
				t.Fatalf("seed %d, actor %s: %d ties, want %d (or another order)", seed, m.actors[xi].ID, len(got), len(want[xi]))
			}
			for yi := range m.actors {
				pair := m.tiesOf(int32(xi), int32(yi), nil)
				var wantPair []tie
				for _, t := range want[xi] {
					if t.other == int32(yi) {
						wantPair = append(wantPair, t)
					}
				}
				if !slices.Equal(pair, wantPair) {
					t.Fatalf("seed %d, %s–%s: %d ties, want %d", seed, m.actors[xi].ID, m.actors[yi].ID, len(pair), len(wantPair))
				}
			}
		}
	}
}

// randomWorld draws 40 actors and 80 agreements: parties with partial
// dates, some leaving and rejoining; amendments; clauses and provisions
// owed by all members or by and to a few.
func randomWorld(seed uint64) ([]relations.Actor, []Agreement) {
	r := rand.New(rand.NewPCG(seed, 13))
	var actors []relations.Actor
	for i := range 40 {
		id := relations.ActorID("s" + itoa(i))
		actors = append(actors, relations.Actor{ID: id, Kind: relations.StateActor, Name: string(id)})
	}
	date := func(y int) relations.Date {
		switch r.IntN(3) {
		case 0:
			return relations.MustDate(itoa(y))
		case 1:
			d, _ := relations.MonthDate(y, 1+r.IntN(12))
			return d
		}
		d, _ := relations.DayDate(y, 1+r.IntN(12), 1+r.IntN(28))
		return d
	}
	obligations := []Obligation{Defense, Offense, Neutrality, NonAggression, Consultation, Expectation}
	var agreements []Agreement
	for a := range 80 {
		start := 1900 + r.IntN(80)
		perm := r.Perm(len(actors))[:2+r.IntN(7)]
		var parties []Party
		var ids []relations.ActorID
		for _, k := range perm {
			id := actors[k].ID
			ids = append(ids, id)
			p := Party{Actor: id, Roles: Member}
			if r.IntN(3) == 0 {
				p.Joined = date(start + 1 + r.IntN(4)) // after the year it enters into force
			}
			if r.IntN(3) == 0 {
				p.Withdrew = date(start + 10 + r.IntN(5))
				if r.IntN(2) == 0 { // rejoins later
					parties = append(parties, p)
					p = Party{Actor: id, Roles: Member, Joined: date(start + 20 + r.IntN(5))}
				}
			}
			parties = append(parties, p)
		}
		clauses := func() []Clause {
			var out []Clause
			for k := range 1 + r.IntN(3) {
				c := Clause{ID: "c" + itoa(k), Obligation: obligations[r.IntN(len(obligations))]}
				if r.IntN(2) == 0 {
					c.By, c.To = ids[:1], ids[1:2+r.IntN(len(ids)-1)]
				}
				out = append(out, c)
			}
			return out
		}
		ag := Agreement{ID: "a" + itoa(a), Name: "a", Parties: parties, Clauses: clauses(),
			Provisions: []Provision{{Kind: Basing, By: ids[len(ids)-1:], To: ids[:1]}},
			Lifecycle:  []StatusChange{{Status: InForce, Date: date(start)}}}
		if r.IntN(2) == 0 {
			ag.Amendments = []Amendment{{Date: date(start + 5 + r.IntN(10)), Clauses: clauses()}}
		}
		if r.IntN(2) == 0 {
			ag.Lifecycle = append(ag.Lifecycle, StatusChange{Status: Terminated, Date: date(start + 40)})
		}
		agreements = append(agreements, ag)
	}
	return actors, agreements
}
