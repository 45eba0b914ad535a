package atop

import (
	"cmp"
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/entente-go/entente/internal/csvfile"
	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/internal/slab"
	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/cow"
)

func itoa(i int) string { return strconv.Itoa(i) }

// AgreementID returns the pact agreement ID of an ATOP alliance: "atop-3180".
func AgreementID(atopid int) string { return "atop-" + itoa(atopid) }

// PhaseAgreementID returns the ID of one phase of an alliance whose phases
// run side by side, each read as an agreement of its own: "atop-3433.2".
func PhaseAgreementID(atopid, phase int) string { return AgreementID(atopid) + "." + itoa(phase) }

// parallel reports whether some phase begins before the one before it ends.
func parallel(phases []Phase) bool {
	for i := 1; i < len(phases); i++ {
		end := phases[i-1].End
		if !end.IsValid() || phases[i].Begin.Compare(end) < 0 {
			return true
		}
	}
	return false
}

// Actor returns the actor for a COW code: the state from package cow, or,
// for a code outside the COW state system (ATOP's 8152, Annam), an actor
// "cow-8152" that keeps the code.
func Actor(ccode int) relations.Actor {
	if s, ok := cow.ByCode(ccode); ok {
		return s.Actor()
	}
	return relations.Actor{ID: relations.ActorID("cow-" + itoa(ccode)), Kind: relations.StateActor,
		Name: "COW " + itoa(ccode) + " (not in the COW state system)", COW: ccode}
}

// builder holds what building the agreements shares: the arrays their
// small slices are cut from, and the strings many of them repeat.
type builder struct {
	actors     map[int]relations.Actor
	ids        slab.Of[relations.ActorID]
	clauses    slab.Of[pact.Clause]
	conditions slab.Of[pact.Condition]
	lifecycle  slab.Of[pact.StatusChange]
	clauseIDs  map[clauseKey]string
	// varying holds what the directed file settles of each member coded
	// OBVARY in each phase, and resolved whether a directed file was read.
	varying  map[phaseMember][]Varying
	resolved bool
}

// phaseMember names one member in one phase of one alliance.
type phaseMember struct{ alliance, phase, ccode int }

// clauseKey names the clause of one member and one obligation.
type clauseKey struct {
	ccode, obligation int
}

func (b *builder) id(ccode int) relations.ActorID { return b.actors[ccode].ID }

// clauseID returns "2-defense" for the defense clause of COW code 2, once
// per member and obligation however many alliances repeat it.
func (b *builder) clauseID(ccode, obligation int) string {
	k := clauseKey{ccode, obligation}
	id, ok := b.clauseIDs[k]
	if !ok {
		id = itoa(ccode) + "-" + obligationColumns[obligation].column
		b.clauseIDs[k] = id
	}
	return id
}

// conditionTexts holds, per condition kind, the text of ATOP's condition
// of that kind (other than a specific adversary, whose text says more).
var conditionTexts = func() map[pact.ConditionKind]string {
	texts := map[pact.ConditionKind]string{}
	for _, cs := range conditionColumns {
		for _, c := range cs {
			texts[c.kind] = "ATOP: conditional (" + c.kind.String() + ")"
		}
	}
	return texts
}()

// build turns the rows into a pact model, members and phases holding the
// member and phase rows by alliance (it sorts the member rows): one
// agreement per alliance, its
// phases as amendments, one party per member spell, one clause per member
// and obligation. It reports, at the alliance's (or phase's) line, an
// agreement with fewer than two members, which the model cannot hold; and
// it locates any other problem the model finds at the line of the
// alliance it is in.
func (d *Dataset) build(members map[int][]Member, phases map[int][]Phase) (*pact.Model, error) {
	actors := map[int]relations.Actor{}
	addActor := func(c int) {
		if _, ok := actors[c]; !ok {
			actors[c] = Actor(c)
		}
	}
	// Every state of the COW system is an actor, so that a state no alliance
	// names has no partners rather than being unknown.
	for _, s := range cow.States() {
		addActor(s.Code)
	}
	for _, m := range d.Members {
		addActor(m.CCode)
		for _, c := range m.Threat.States {
			addActor(c)
		}
	}
	b := &builder{actors: actors, clauseIDs: map[clauseKey]string{}, varying: map[phaseMember][]Varying{}, resolved: d.DirectedFile != ""}
	for _, v := range d.Varying {
		k := phaseMember{v.Alliance, v.Phase, v.CCode}
		b.varying[k] = append(b.varying[k], v)
	}
	problems := csvfile.Problems{File: AlliancesFile}
	phaseProblems := csvfile.Problems{File: PhasesFile}
	lines := map[string]int{} // agreement ID → its alliance's line
	agreements := make([]pact.Agreement, 0, len(d.Alliances))
	for _, a := range d.Alliances {
		if !parallel(phases[a.ID]) {
			id := AgreementID(a.ID)
			if n := distinct(members[a.ID]); n < 2 {
				problems.At(a.Line, 0, "atopid", "alliance "+itoa(a.ID)+" has "+itoa(n)+" members in "+MembersFile+"; an alliance needs two", nil)
			}
			lines[id] = a.Line
			agreements = append(agreements, b.agreement(a, id, phases[a.ID], members[a.ID]))
			continue
		}
		// Phases that run side by side (the successor treaties of
		// Czechoslovakia's alliances, one with each successor state) are
		// separate agreements, so that the members of one phase are never
		// taken for partners of the members of another.
		for _, p := range phases[a.ID] {
			var rows []Member
			for _, m := range members[a.ID] {
				if m.Phase == p.Phase {
					rows = append(rows, m)
				}
			}
			id := PhaseAgreementID(a.ID, p.Phase)
			if n := distinct(rows); n < 2 {
				phaseProblems.At(p.Line, 0, "phase", "phase "+itoa(p.Phase)+" of alliance "+itoa(a.ID)+", which runs beside another, has "+
					itoa(n)+" members in "+MembersFile+"; it needs two", nil)
			}
			lines[id] = a.Line
			pa := a
			pa.Begin, pa.End = p.Begin, p.End
			agreements = append(agreements, b.agreement(pa, id, []Phase{p}, rows))
		}
	}
	if err := errors.Join(problems.Err(), phaseProblems.Err()); err != nil {
		return nil, err
	}
	list := make([]relations.Actor, 0, len(actors))
	for _, a := range actors {
		list = append(list, a)
	}
	m, err := pact.New(list, agreements, pact.WithCoverage(relations.Coverage{Source: Source, Observed: Coverage}))
	if err != nil {
		return nil, locate(err, lines)
	}
	return m, nil
}

// byAlliance groups rows by alliance, in one copy of them: each
// alliance's rows in their order.
func byAlliance[T any](rows []T, alliance func(T) int) map[int][]T {
	sorted := slices.Clone(rows)
	slices.SortStableFunc(sorted, func(a, b T) int { return cmp.Compare(alliance(a), alliance(b)) })
	out := map[int][]T{}
	for i := 0; i < len(sorted); {
		j := i + 1
		for j < len(sorted) && alliance(sorted[j]) == alliance(sorted[i]) {
			j++
		}
		out[alliance(sorted[i])] = sorted[i:j:j]
		i = j
	}
	return out
}

// distinct counts the distinct members of rows.
func distinct(rows []Member) int {
	seen := map[int]bool{}
	for _, m := range rows {
		seen[m.CCode] = true
	}
	return len(seen)
}

// locate puts each of the model's problems at the line of the alliance it
// is in, so that no problem in ATOP's data surfaces without a place.
func locate(err error, lines map[string]int) error {
	r := csvfile.Problems{File: AlliancesFile}
	for _, e := range errs.Problems(err) {
		line := 0
		var ve *relations.ValidationError
		if errors.As(e, &ve) {
			if rest, ok := strings.CutPrefix(ve.Path, "agreement "); ok {
				if q, err := strconv.QuotedPrefix(rest); err == nil {
					if id, err := strconv.Unquote(q); err == nil {
						line = lines[id]
					}
				}
			}
		}
		r.At(line, 0, "", "", e)
	}
	return r.Err()
}

// agreement builds the agreement of one alliance, or of one of its phases
// that runs beside another, from its phases and member rows. It sorts
// rows, which are the builder's own.
func (b *builder) agreement(a Alliance, agreementID string, phases []Phase, rows []Member) pact.Agreement {
	ag := pact.Agreement{ID: agreementID, Name: "ATOP " + agreementID[len("atop-"):],
		Sources: []string{"ATOP 5.1 (Leeds et al. 2002), ATOPID " + itoa(a.ID)}}
	if a.End.IsValid() {
		ag.Lifecycle = b.lifecycle.Make(2)
		ag.Lifecycle[1] = pact.StatusChange{Status: pact.Terminated, Date: a.End}
	} else {
		ag.Lifecycle = b.lifecycle.Make(1)
	}
	ag.Lifecycle[0] = pact.StatusChange{Status: pact.InForce, Date: a.Begin}
	ag.Parties = b.spells(rows)
	// The rows by phase, then member, then entry, as each phase's clauses
	// read them.
	slices.SortStableFunc(rows, func(x, y Member) int {
		return cmp.Or(cmp.Compare(x.Phase, y.Phase), cmp.Compare(x.CCode, y.CCode), x.Entry.Compare(y.Entry))
	})
	for i := 0; i < len(rows); {
		p := rows[i].Phase
		j := i + 1
		for j < len(rows) && rows[j].Phase == p {
			j++
		}
		clauses := b.phaseClauses(rows[i:j])
		var begin relations.Date
		var provisions []pact.Provision
		if k := slices.IndexFunc(phases, func(ph Phase) bool { return ph.Phase == p }); k >= 0 {
			begin, provisions = phases[k].Begin, phaseProvisions(phases[k])
		}
		if i == 0 {
			ag.Clauses, ag.Provisions = clauses, provisions
		} else {
			ag.Amendments = append(ag.Amendments, pact.Amendment{Date: begin, Clauses: clauses, Provisions: provisions,
				Summary: "ATOP phase " + itoa(p)})
		}
		i = j
	}
	return ag
}

// spells merges each member's rows into spells: a row that starts before
// or when the member's previous row ended continues the same spell. The
// parties come in the order each member first appears in ATOP's files.
// It sorts rows, which are the builder's own.
func (b *builder) spells(rows []Member) []pact.Party {
	var order []int // the members, as they first appear
	for _, m := range rows {
		if !slices.Contains(order, m.CCode) {
			order = append(order, m.CCode)
		}
	}
	byMember := rows
	slices.SortStableFunc(byMember, func(x, y Member) int {
		return cmp.Or(cmp.Compare(x.CCode, y.CCode), x.Entry.Compare(y.Entry))
	})
	parties := make([]pact.Party, 0, len(rows))
	for _, c := range order {
		i, _ := slices.BinarySearchFunc(byMember, c, func(m Member, c int) int { return cmp.Compare(m.CCode, c) })
		ms := byMember[i:]
		cur := pact.Party{Actor: b.id(c), Roles: pact.Member, Joined: ms[0].Entry, Withdrew: ms[0].Exit}
		for _, m := range ms[1:] {
			if m.CCode != c {
				break
			}
			switch {
			case !cur.Withdrew.IsValid():
				// An open spell already covers the rest.
			case m.Entry.Compare(cur.Withdrew) <= 0:
				if !m.Exit.IsValid() || m.Exit.Compare(cur.Withdrew) > 0 {
					cur.Withdrew = m.Exit
				}
			default:
				parties = append(parties, cur)
				cur = pact.Party{Actor: b.id(c), Roles: pact.Member, Joined: m.Entry, Withdrew: m.Exit}
			}
		}
		parties = append(parties, cur)
	}
	return parties
}

// phaseClauses gives each member of a phase one clause per obligation it
// undertakes, owed to every other member; rows are the phase's, sorted by
// member. A member whose obligations vary by partner (OBVARY) owes, where
// ATOP's directed dyad-year file was read, each obligation to the partners
// that file settles as owed, in a clause of its own, and the partners it
// cannot settle in clauses marked VariesByPartner, one for each reason
// (Clause.Unsettled) — never to the partners it settles as not owed (see
// [Varying]). Without the directed file such a member's clauses are all
// VariesByPartner, owed to every member, but neutrality only to the
// members whose obligations do not vary (the pattern every such
// neutrality pledge follows in ATOP's directed file: a group pledging
// neutrality toward one state); the dyad-year panel counts them toward
// the partners they list.
func (b *builder) phaseClauses(rows []Member) []pact.Clause {
	var steady []relations.ActorID
	n := 0
	for i, m := range rows {
		if !m.VariesByPartner {
			steady = append(steady, b.id(m.CCode))
		}
		if i > 0 && rows[i-1].CCode == m.CCode {
			continue // a second spell in the same phase owes the same
		}
		for _, oc := range obligationColumns {
			if m.Obligations.Has(oc.o) {
				n++
			}
		}
	}
	slices.Sort(steady)
	steady = slices.Compact(steady) // a member with two spells in the phase is one partner
	out := b.clauses.Make(n)[:0]
	for i, m := range rows {
		if i > 0 && rows[i-1].CCode == m.CCode {
			continue
		}
		for oi, oc := range obligationColumns {
			if !m.Obligations.Has(oc.o) {
				continue
			}
			c := pact.Clause{ID: b.clauseID(m.CCode, oi), Obligation: oc.o, By: b.ids.One(b.id(m.CCode)),
				VariesByPartner: m.VariesByPartner}
			if kinds := m.Conditions[oc.o]; len(kinds) > 0 {
				c.Conditions = b.conditions.Make(len(kinds))
				for k, kind := range kinds {
					if kind == pact.SpecificAdversary {
						c.Conditions[k] = adversaryCondition(m.Threat, b.id)
						continue
					}
					c.Conditions[k] = pact.Condition{Kind: kind, Text: conditionTexts[kind]}
				}
			}
			switch {
			case !m.VariesByPartner:
				out = append(out, c)
			case !b.resolved:
				if oc.o == pact.Neutrality && len(steady) > 0 {
					c.To = steady
				}
				c.Unsettled = noDirectedFile
				out = append(out, c)
			default:
				out = b.resolvedClauses(out, c, b.varying[phaseMember{m.Alliance, m.Phase, m.CCode}])
			}
		}
	}
	return out
}

// resolvedClauses appends the clauses of one obligation of a member coded
// OBVARY, c, as the directed file settles it toward each partner (vs, the
// member's cases in the phase): the partners owed in one clause, and the
// partners it cannot settle in one VariesByPartner clause for each reason.
func (b *builder) resolvedClauses(out []pact.Clause, c pact.Clause, vs []Varying) []pact.Clause {
	var owed []relations.ActorID
	type reason struct {
		why      string
		pairOwed bool
	}
	var reasons []reason
	unsettled := map[reason][]relations.ActorID{}
	for _, v := range vs {
		if v.Obligation != c.Obligation {
			continue
		}
		switch v.Owed {
		case relations.Yes:
			owed = append(owed, b.id(v.Partner))
		case relations.CannotTell:
			r := reason{v.Why, v.PairOwed}
			if _, ok := unsettled[r]; !ok {
				reasons = append(reasons, r)
			}
			unsettled[r] = append(unsettled[r], b.id(v.Partner))
		}
	}
	if len(owed) > 0 {
		o := c
		o.VariesByPartner, o.To = false, owed
		out = append(out, o)
	}
	for _, r := range reasons {
		u := c
		u.To, u.PairOwed, u.Unsettled = unsettled[r], r.pairOwed, r.why
		out = append(out, u)
	}
	return out
}

// phaseProvisions maps a phase's provision codes to mutual provisions.
func phaseProvisions(p Phase) []pact.Provision {
	var out []pact.Provision
	add := func(code int, kind pact.ProvisionKind, name string) {
		if code > 0 {
			out = append(out, pact.Provision{Kind: kind, Text: "ATOP " + name + "=" + itoa(code)})
		}
	}
	add(p.Base, pact.Basing, "BASE")
	add(p.MilAid, pact.MilitaryAid, "MILAID")
	add(p.IntCom, pact.IntegratedCommand, "INTCOM")
	add(p.Contrib, pact.ForceContribution, "CONTRIB")
	add(p.MilCon, pact.JointExercises, "MILCON")
	return out
}
