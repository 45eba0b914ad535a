// Package synth makes deterministic synthetic worlds — actors, events and
// agreements — for benchmarks and property tests: the same seed and size
// always give the same world. Sizes are set against ATOP: [X1] is about
// ATOP's size, and [Size.Times] scales it.
package synth

import (
	"fmt"
	"math/rand/v2"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

// Size is how large a world is.
type Size struct {
	Actors, Agreements, Events int
}

// X1 is about ATOP 5.1's size: 217 states, 789 alliances; with a history
// of ten events per state.
var X1 = Size{Actors: 220, Agreements: 800, Events: 2200}

// Times scales every count by k.
func (s Size) Times(k int) Size {
	return Size{Actors: s.Actors * k, Agreements: s.Agreements * k, Events: s.Events * k}
}

// World is a synthetic world.
type World struct {
	Actors     []relations.Actor
	Events     []relations.Event
	Agreements []pact.Agreement
}

// ActorID names the i-th actor of a world.
func ActorID(i int) relations.ActorID { return relations.ActorID(fmt.Sprintf("s%d", i)) }

// New makes the world of the given size from seed. Agreements are mostly
// bilateral (four in five) with the rest among 3 to 12 members, last from
// one year to open-ended between 1816 and 2018, and carry amendments,
// conditions and one-way clauses; members join late and leave early now
// and then. Events fall on random pairs and days.
func New(seed uint64, s Size) World {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	w := World{Actors: make([]relations.Actor, s.Actors)}
	for i := range w.Actors {
		w.Actors[i] = relations.Actor{ID: ActorID(i), Kind: relations.StateActor, Name: fmt.Sprintf("State %d", i), COW: i + 1}
	}
	day := func(from, to int) relations.Date {
		d, _ := relations.MustDate(fmt.Sprintf("%04d-01-01", from)).AddDays(r.IntN((to - from) * 365))
		return d
	}
	kinds := []relations.EventKind{relations.SeverTies, relations.RestoreTies, relations.ExchangeAmbassadors,
		relations.WithdrawAmbassadors, relations.StateVisit, relations.JointExercise, relations.Strike,
		relations.DeclaredRivalry, relations.Rapprochement}
	w.Events = make([]relations.Event, s.Events)
	for i := range w.Events {
		a, b := w.pair(r)
		e := relations.Event{ID: fmt.Sprintf("e%d", i), Kind: kinds[r.IntN(len(kinds))], Date: day(1816, 2025),
			Actors: []relations.ActorID{a}, Toward: []relations.ActorID{b}, Source: "synthetic"}
		if r.IntN(4) == 0 {
			e.Date, _ = relations.MonthDate(e.Date.Year(), e.Date.Month()) // a month-precise fact
		}
		w.Events[i] = e
	}
	obligations := []pact.Obligation{pact.Defense, pact.Offense, pact.Neutrality, pact.NonAggression, pact.Consultation}
	conditions := []pact.ConditionKind{pact.SpecificAdversary, pact.NonProvocation, pact.AdversaryCount, pact.Location}
	w.Agreements = make([]pact.Agreement, s.Agreements)
	for i := range w.Agreements {
		n := 2
		if r.IntN(5) == 0 {
			n = 3 + r.IntN(10)
		}
		members := w.distinct(r, n)
		start := day(1816, 2015)
		ag := pact.Agreement{ID: fmt.Sprintf("a%d", i), Name: fmt.Sprintf("Agreement %d", i),
			Lifecycle: []pact.StatusChange{{Status: pact.Signed, Date: start}, {Status: pact.InForce, Date: start}}}
		var end relations.Date
		if r.IntN(2) == 0 {
			end, _ = start.AddDays(365 + r.IntN(60*365))
			ag.Lifecycle = append(ag.Lifecycle, pact.StatusChange{Status: pact.Terminated, Date: end})
		}
		for j, m := range members {
			p := pact.Party{Actor: m, Roles: pact.Member}
			if j > 1 && r.IntN(4) == 0 {
				p.Joined, _ = start.AddDays(r.IntN(3650))
				if end.IsValid() && p.Joined.Compare(end) >= 0 {
					p.Joined = relations.Date{}
				}
			}
			ag.Parties = append(ag.Parties, p)
		}
		clauses := func() []pact.Clause {
			var cs []pact.Clause
			for k := 0; k < 1+r.IntN(2); k++ {
				c := pact.Clause{ID: fmt.Sprintf("c%d", k), Obligation: obligations[r.IntN(len(obligations))]}
				if r.IntN(5) == 0 { // a one-way clause
					c.By, c.To = []relations.ActorID{members[0]}, []relations.ActorID{members[1]}
				}
				if r.IntN(4) == 0 {
					cond := pact.Condition{Kind: conditions[r.IntN(len(conditions))]}
					switch cond.Kind {
					case pact.SpecificAdversary:
						a, _ := w.pair(r)
						cond.Adversaries = []relations.ActorID{a}
					case pact.AdversaryCount:
						cond.MinAdversaries = 2
					case pact.Location:
						cond.Locations = []string{"north"}
					}
					c.Conditions = append(c.Conditions, cond)
				}
				cs = append(cs, c)
			}
			return cs
		}
		ag.Clauses = clauses()
		if r.IntN(10) == 0 { // an amendment, within the agreement's life
			am, _ := start.AddDays(365 + r.IntN(3650))
			cs := clauses()
			if !end.IsValid() || am.Compare(end) < 0 {
				ag.Amendments = []pact.Amendment{{Date: am, Clauses: cs}}
			}
		}
		w.Agreements[i] = ag
	}
	return w
}

// pair draws two different actors.
func (w World) pair(r *rand.Rand) (relations.ActorID, relations.ActorID) {
	a := r.IntN(len(w.Actors))
	b := r.IntN(len(w.Actors) - 1)
	if b >= a {
		b++
	}
	return w.Actors[a].ID, w.Actors[b].ID
}

// distinct draws n different actors.
func (w World) distinct(r *rand.Rand, n int) []relations.ActorID {
	n = min(n, len(w.Actors))
	seen := map[int]bool{}
	var out []relations.ActorID
	for len(out) < n {
		i := r.IntN(len(w.Actors))
		if !seen[i] {
			seen[i] = true
			out = append(out, w.Actors[i].ID)
		}
	}
	return out
}

// History builds the world's history.
func (w World) History() (*relations.History, error) { return relations.NewHistory(w.Actors, w.Events) }

// Model builds the world's agreements.
func (w World) Model() (*pact.Model, error) { return pact.New(w.Actors, w.Agreements) }

// Shuffled returns a copy of the world with actors, events and agreements
// in another order, drawn from seed.
func (w World) Shuffled(seed uint64) World {
	r := rand.New(rand.NewPCG(seed, 1))
	s := World{Actors: append([]relations.Actor(nil), w.Actors...), Events: append([]relations.Event(nil), w.Events...),
		Agreements: append([]pact.Agreement(nil), w.Agreements...)}
	r.Shuffle(len(s.Actors), func(i, j int) { s.Actors[i], s.Actors[j] = s.Actors[j], s.Actors[i] })
	r.Shuffle(len(s.Events), func(i, j int) { s.Events[i], s.Events[j] = s.Events[j], s.Events[i] })
	r.Shuffle(len(s.Agreements), func(i, j int) { s.Agreements[i], s.Agreements[j] = s.Agreements[j], s.Agreements[i] })
	return s
}
