package pact

import (
	"slices"

	"github.com/entente-go/entente/relations"
)

// arena holds the backing arrays of deep copies of agreements: a copy's
// slices are windows of a few shared arrays, so that copying a model's
// agreements costs a few large allocations, not a dozen small ones an
// agreement.
//
// Count what every copy will take (arenaCounts.add), make the arrays
// (alloc), then copy each agreement with take, which writes at the cursor
// next. Setting next to a copy's own place first (see [arenaPlaces]) lets
// the copies be made in one order and lie in memory in another. A copy's
// slices have their capacity cut to their length, so appending to one
// never writes over another.
type arena struct {
	next       arenaCounts // where the next copy goes in each array
	parties    []Party
	lifecycle  []StatusChange
	clauses    []Clause
	provisions []Provision
	amendments []Amendment
	conditions []Condition
	ids        []relations.ActorID
	strings    []string
}

// arenaCounts counts the elements of each kind that copies take; as a
// cursor, it is the place of a copy's first element in each array.
type arenaCounts struct {
	parties, lifecycle, clauses, provisions, amendments, conditions, ids, strings int
}

// newArena returns an arena sized for copies of agreements.
func newArena(agreements ...*Agreement) *arena {
	var n arenaCounts
	for _, a := range agreements {
		n.add(a)
	}
	ar := &arena{}
	ar.alloc(n)
	return ar
}

// add counts what a copy of a takes.
func (n *arenaCounts) add(a *Agreement) {
	n.parties += len(a.Parties)
	n.lifecycle += len(a.Lifecycle)
	n.amendments += len(a.Amendments)
	n.strings += len(a.Sources)
	n.addText(a.Clauses, a.Provisions)
	for i := range a.Amendments {
		n.addText(a.Amendments[i].Clauses, a.Amendments[i].Provisions)
	}
}

func (n *arenaCounts) addText(clauses []Clause, provisions []Provision) {
	n.clauses += len(clauses)
	for i := range clauses {
		c := &clauses[i]
		n.ids += len(c.By) + len(c.To)
		n.conditions += len(c.Conditions)
		for j := range c.Conditions {
			n.ids += len(c.Conditions[j].Adversaries)
			n.strings += len(c.Conditions[j].Locations)
		}
	}
	n.provisions += len(provisions)
	for i := range provisions {
		n.ids += len(provisions[i].By) + len(provisions[i].To)
	}
}

// plus returns the counts of n and o together.
func (n arenaCounts) plus(o arenaCounts) arenaCounts {
	return arenaCounts{n.parties + o.parties, n.lifecycle + o.lifecycle, n.clauses + o.clauses,
		n.provisions + o.provisions, n.amendments + o.amendments, n.conditions + o.conditions,
		n.ids + o.ids, n.strings + o.strings}
}

// arenaPlaces returns, for each agreement, where its copy goes in an arena
// that holds the copies in the order of slots (slot[i] is agreement i's
// place in it), and the counts of them all. Counting reads the agreements
// in their own order, so that it reads memory in the order it was most
// likely written in.
func arenaPlaces(agreements []Agreement, slot []int32) ([]arenaCounts, arenaCounts) {
	places := make([]arenaCounts, len(agreements))
	for i := range agreements {
		places[slot[i]].add(&agreements[i])
	}
	var total arenaCounts
	for k, n := range places {
		places[k], total = total, total.plus(n)
	}
	return places, total
}

// alloc makes the backing arrays for copies that take n in all.
func (ar *arena) alloc(n arenaCounts) {
	ar.parties = make([]Party, n.parties)
	ar.lifecycle = make([]StatusChange, n.lifecycle)
	ar.clauses = make([]Clause, n.clauses)
	ar.provisions = make([]Provision, n.provisions)
	ar.amendments = make([]Amendment, n.amendments)
	ar.conditions = make([]Condition, n.conditions)
	ar.ids = make([]relations.ActorID, n.ids)
	ar.strings = make([]string, n.strings)
}

// take copies in into pool at *at, moves *at past it and returns the copy,
// its capacity cut to its length. An empty in is returned as it is
// (without its capacity), so that a nil slice stays nil and an empty one
// empty.
func take[T any](pool []T, at *int, in []T) []T {
	if len(in) == 0 {
		return in[:0:0]
	}
	end := *at + len(in)
	out := pool[*at:end:end]
	copy(out, in)
	*at = end
	return out
}

// take returns a deep copy of a whose slices are windows of the arena,
// from the cursor next on.
func (ar *arena) take(a *Agreement) Agreement {
	n := &ar.next
	c := *a
	c.Parties = take(ar.parties, &n.parties, a.Parties)
	c.Lifecycle = take(ar.lifecycle, &n.lifecycle, a.Lifecycle)
	c.Clauses = ar.takeClauses(a.Clauses)
	c.Provisions = ar.takeProvisions(a.Provisions)
	c.Amendments = take(ar.amendments, &n.amendments, a.Amendments)
	for i := range c.Amendments {
		c.Amendments[i].Clauses = ar.takeClauses(c.Amendments[i].Clauses)
		c.Amendments[i].Provisions = ar.takeProvisions(c.Amendments[i].Provisions)
	}
	c.Sources = take(ar.strings, &n.strings, a.Sources)
	c.Breaches = cloneBreaches(a.Breaches)
	return c
}

func (ar *arena) takeClauses(in []Clause) []Clause {
	n := &ar.next
	cs := take(ar.clauses, &n.clauses, in)
	for i := range cs {
		c := &cs[i]
		c.By, c.To = take(ar.ids, &n.ids, c.By), take(ar.ids, &n.ids, c.To)
		c.Conditions = take(ar.conditions, &n.conditions, c.Conditions)
		for j := range c.Conditions {
			k := &c.Conditions[j]
			k.Adversaries, k.Locations = take(ar.ids, &n.ids, k.Adversaries), take(ar.strings, &n.strings, k.Locations)
		}
	}
	return cs
}

func (ar *arena) takeProvisions(in []Provision) []Provision {
	n := &ar.next
	ps := take(ar.provisions, &n.provisions, in)
	for i := range ps {
		ps[i].By, ps[i].To = take(ar.ids, &n.ids, ps[i].By), take(ar.ids, &n.ids, ps[i].To)
	}
	return ps
}

// clone returns a deep copy, so a Model never shares memory with callers.
func (a *Agreement) clone() Agreement { return newArena(a).take(a) }

// cloneBreaches deep-copies an assurance's breaches; few agreements have
// any, so they take no place in the arena.
func cloneBreaches(in []AssuranceBreach) []AssuranceBreach {
	if len(in) == 0 {
		return in[:0:0]
	}
	out := slices.Clone(in)
	for i := range out {
		out[i].Sources = slices.Clone(out[i].Sources)
	}
	return out
}
