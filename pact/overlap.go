package pact

import (
	"slices"

	"github.com/entente-go/entente/relations"
)

// Overlap compares two agreements — typically rival proposals — by who is
// in both and who claims to lead each.
type Overlap struct {
	A, B string
	// Shared lists the actors that are members or would-be leaders of
	// both, sorted.
	Shared []relations.ActorID
	// LeadersA and LeadersB are each agreement's proposed leaders.
	LeadersA, LeadersB []relations.ActorID
	// RivalLeaders is true when both name leaders and the leaders differ:
	// the two cannot both stand as proposed.
	RivalLeaders bool
}

// Overlap compares agreements a and b: the actors in both, and whether they
// name rival leaders. It reports an error for an unknown agreement.
func (m *Model) Overlap(a, b string) (Overlap, error) {
	var ag [2]*Agreement
	for i, id := range []string{a, b} {
		ai, ok := m.agreementAt(id)
		if !ok {
			return Overlap{}, invalid("query: agreement", unknownAgreement(id))
		}
		ag[i] = &m.agreements[ai]
	}
	o := Overlap{A: a, B: b, LeadersA: ag[0].Leaders(), LeadersB: ag[1].Leaders()}
	in := func(x *Agreement, id relations.ActorID) bool {
		p, ok := x.Party(id)
		return ok && (p.Roles.Has(Member) || p.Roles.Has(ProposedLeader))
	}
	for _, p := range ag[0].Parties {
		if in(ag[0], p.Actor) && in(ag[1], p.Actor) {
			o.Shared = append(o.Shared, p.Actor)
		}
	}
	slices.Sort(o.Shared)
	o.RivalLeaders = len(o.LeadersA) > 0 && len(o.LeadersB) > 0 && !slices.Equal(sorted(o.LeadersA), sorted(o.LeadersB))
	return o, nil
}

func sorted(ids []relations.ActorID) []relations.ActorID {
	ids = slices.Clone(ids)
	slices.Sort(ids)
	return ids
}
