package pact

import "github.com/entente-go/entente/relations"

// arena holds the backing arrays of deep copies of agreements: a copy's
// slices are windows of a few shared arrays, so that copying a model's
// agreements costs a few large allocations, not a dozen small ones an
// agreement, and the copies lie in memory in the order they were made.
//
// Size the arena with reserve for every agreement first, then copy each
// with take; a copy's slices have their capacity cut to their length, so
// appending to one never writes over another.
type arena struct {
	n          arenaCounts
	parties    []Party
	lifecycle  []StatusChange
	clauses    []Clause
	provisions []Provision
	amendments []Amendment
	conditions []Condition
	ids        []relations.ActorID
	strings    []string
}

// arenaCounts counts the elements of each kind that copies will take.
type arenaCounts struct {
	parties, lifecycle, clauses, provisions, amendments, conditions, ids, strings int
}

// newArena returns an arena sized for copies of agreements.
func newArena(agreements ...*Agreement) *arena {
	ar := &arena{}
	for _, a := range agreements {
		ar.reserve(a)
	}
	ar.alloc()
	return ar
}

// reserve counts what a copy of a will take.
func (ar *arena) reserve(a *Agreement) {
	n := &ar.n
	n.parties += len(a.Parties)
	n.lifecycle += len(a.Lifecycle)
	n.amendments += len(a.Amendments)
	n.strings += len(a.Sources)
	ar.reserveText(a.Clauses, a.Provisions)
	for i := range a.Amendments {
		ar.reserveText(a.Amendments[i].Clauses, a.Amendments[i].Provisions)
	}
}

func (ar *arena) reserveText(clauses []Clause, provisions []Provision) {
	n := &ar.n
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

// alloc makes the backing arrays for what was reserved.
func (ar *arena) alloc() {
	n := ar.n
	ar.parties = make([]Party, 0, n.parties)
	ar.lifecycle = make([]StatusChange, 0, n.lifecycle)
	ar.clauses = make([]Clause, 0, n.clauses)
	ar.provisions = make([]Provision, 0, n.provisions)
	ar.amendments = make([]Amendment, 0, n.amendments)
	ar.conditions = make([]Condition, 0, n.conditions)
	ar.ids = make([]relations.ActorID, 0, n.ids)
	ar.strings = make([]string, 0, n.strings)
}

// take copies in onto the end of *pool and returns the copy, its capacity
// cut to its length. An empty in is returned as it is (without its
// capacity), so that a nil slice stays nil and an empty one empty.
func take[T any](pool *[]T, in []T) []T {
	if len(in) == 0 {
		return in[:0:0]
	}
	at := len(*pool)
	*pool = append(*pool, in...)
	return (*pool)[at:len(*pool):len(*pool)]
}

// take returns a deep copy of a whose slices are windows of the arena.
func (ar *arena) take(a *Agreement) Agreement {
	c := *a
	c.Parties = take(&ar.parties, a.Parties)
	c.Lifecycle = take(&ar.lifecycle, a.Lifecycle)
	c.Clauses = ar.takeClauses(a.Clauses)
	c.Provisions = ar.takeProvisions(a.Provisions)
	c.Amendments = take(&ar.amendments, a.Amendments)
	for i := range c.Amendments {
		c.Amendments[i].Clauses = ar.takeClauses(c.Amendments[i].Clauses)
		c.Amendments[i].Provisions = ar.takeProvisions(c.Amendments[i].Provisions)
	}
	c.Sources = take(&ar.strings, a.Sources)
	return c
}

func (ar *arena) takeClauses(in []Clause) []Clause {
	cs := take(&ar.clauses, in)
	for i := range cs {
		c := &cs[i]
		c.By, c.To = take(&ar.ids, c.By), take(&ar.ids, c.To)
		c.Conditions = take(&ar.conditions, c.Conditions)
		for j := range c.Conditions {
			k := &c.Conditions[j]
			k.Adversaries, k.Locations = take(&ar.ids, k.Adversaries), take(&ar.strings, k.Locations)
		}
	}
	return cs
}

func (ar *arena) takeProvisions(in []Provision) []Provision {
	ps := take(&ar.provisions, in)
	for i := range ps {
		ps[i].By, ps[i].To = take(&ar.ids, ps[i].By), take(&ar.ids, ps[i].To)
	}
	return ps
}

// clone returns a deep copy, so a Model never shares memory with callers.
func (a *Agreement) clone() Agreement { return newArena(a).take(a) }
