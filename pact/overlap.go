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

// String describes the overlap in one line, as in
// `overlap of "stability-pact" and "arab-islamic-force": shared EGY,QAT,SAU;
// leaders TUR vs EGY (rival leaders)`.
func (o Overlap) String() string {
	s := "overlap of " + quote(o.A) + " and " + quote(o.B) + ": "
	if len(o.Shared) == 0 {
		s += "no actor in both"
	} else {
		s += "shared " + joinIDs(o.Shared)
	}
	if len(o.LeadersA)+len(o.LeadersB) > 0 {
		s += "; leaders " + leadersText(o.LeadersA) + " vs " + leadersText(o.LeadersB)
	}
	if o.RivalLeaders {
		s += " (rival leaders)"
	}
	return s
}

// leadersText names an agreement's proposed leaders, or says it has none.
func leadersText(ids []relations.ActorID) string {
	if len(ids) == 0 {
		return "none"
	}
	return joinIDs(ids)
}
