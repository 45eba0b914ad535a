package atop

import (
	"cmp"
	"errors"
	"slices"
	"strconv"
	"strings"

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

// build turns the rows into a pact model: one agreement per alliance, its
// phases as amendments, one party per member spell, one clause per member
// and obligation. It reports, at the alliance's (or phase's) line, an
// agreement with fewer than two members, which the model cannot hold; and
// it locates any other problem the model finds at the line of the
// alliance it is in.
func (d *Dataset) build() (*pact.Model, error) {
	members := map[int][]Member{}
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
		members[m.Alliance] = append(members[m.Alliance], m)
		addActor(m.CCode)
		for _, c := range m.Threat.States {
			addActor(c)
		}
	}
	phases := map[int][]Phase{}
	for _, p := range d.Phases {
		phases[p.Alliance] = append(phases[p.Alliance], p)
	}
	problems := report{file: AlliancesFile}
	phaseProblems := report{file: PhasesFile}
	lines := map[string]int{} // agreement ID → its alliance's line
	agreements := make([]pact.Agreement, 0, len(d.Alliances))
	for _, a := range d.Alliances {
		if !parallel(phases[a.ID]) {
			id := AgreementID(a.ID)
			if n := distinct(members[a.ID]); n < 2 {
				problems.at(a.Line, "atopid", "alliance "+itoa(a.ID)+" has "+itoa(n)+" members in "+MembersFile+"; an alliance needs two")
			}
			lines[id] = a.Line
			agreements = append(agreements, agreement(a, id, phases[a.ID], members[a.ID], actors))
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
				phaseProblems.at(p.Line, "phase", "phase "+itoa(p.Phase)+" of alliance "+itoa(a.ID)+", which runs beside another, has "+
					itoa(n)+" members in "+MembersFile+"; it needs two")
			}
			lines[id] = a.Line
			pa := a
			pa.Begin, pa.End = p.Begin, p.End
			agreements = append(agreements, agreement(pa, id, []Phase{p}, rows, actors))
		}
	}
	if err := errors.Join(problems.err(), phaseProblems.err()); err != nil {
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
	var errs []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	} else {
		errs = []error{err}
	}
	r := report{file: AlliancesFile}
	for _, e := range errs {
		line := 0
		var fe *relations.FieldError
		if errors.As(e, &fe) {
			if id, ok := strings.CutPrefix(fe.Element, "agreement "); ok {
				if id, err := strconv.Unquote(id); err == nil {
					line = lines[id]
				}
			}
		}
		r.add(&ParseError{File: AlliancesFile, Line: line, Err: e})
	}
	return r.err()
}

func agreement(a Alliance, agreementID string, phases []Phase, rows []Member, actors map[int]relations.Actor) pact.Agreement {
	id := func(c int) relations.ActorID { return actors[c].ID }
	ag := pact.Agreement{ID: agreementID, Name: "ATOP " + agreementID[len("atop-"):],
		Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: a.Begin}},
		Sources:   []string{"ATOP 5.1 (Leeds et al. 2002), ATOPID " + itoa(a.ID)}}
	if a.End.IsValid() {
		ag.Lifecycle = append(ag.Lifecycle, pact.StatusChange{Status: pact.Terminated, Date: a.End})
	}
	ag.Parties = spells(rows, id)
	byPhase := map[int][]Member{}
	for _, m := range rows {
		byPhase[m.Phase] = append(byPhase[m.Phase], m)
	}
	nums := make([]int, 0, len(byPhase))
	for p := range byPhase {
		nums = append(nums, p)
	}
	slices.Sort(nums)
	begin := map[int]relations.Date{}
	provisions := map[int][]pact.Provision{}
	for _, p := range phases {
		begin[p.Phase] = p.Begin
		provisions[p.Phase] = phaseProvisions(p)
	}
	for i, p := range nums {
		clauses := phaseClauses(byPhase[p], id)
		if i == 0 {
			ag.Clauses, ag.Provisions = clauses, provisions[p]
			continue
		}
		ag.Amendments = append(ag.Amendments, pact.Amendment{Date: begin[p], Clauses: clauses, Provisions: provisions[p],
			Summary: "ATOP phase " + itoa(p)})
	}
	return ag
}

// spells merges each member's rows into spells: a row that starts before
// or when the member's previous row ended continues the same spell.
func spells(rows []Member, id func(int) relations.ActorID) []pact.Party {
	byMember := map[int][]Member{}
	var order []int
	for _, m := range rows {
		if _, ok := byMember[m.CCode]; !ok {
			order = append(order, m.CCode)
		}
		byMember[m.CCode] = append(byMember[m.CCode], m)
	}
	var parties []pact.Party
	for _, c := range order {
		ms := byMember[c]
		slices.SortStableFunc(ms, func(a, b Member) int { return a.Entry.Compare(b.Entry) })
		cur := pact.Party{Actor: id(c), Roles: pact.Member, Joined: ms[0].Entry, Withdrew: ms[0].Exit}
		for _, m := range ms[1:] {
			switch {
			case !cur.Withdrew.IsValid():
				// An open spell already covers the rest.
			case m.Entry.Compare(cur.Withdrew) <= 0:
				if !m.Exit.IsValid() || m.Exit.Compare(cur.Withdrew) > 0 {
					cur.Withdrew = m.Exit
				}
			default:
				parties = append(parties, cur)
				cur = pact.Party{Actor: id(c), Roles: pact.Member, Joined: m.Entry, Withdrew: m.Exit}
			}
		}
		parties = append(parties, cur)
	}
	return parties
}

// phaseClauses gives each member of a phase one clause per obligation it
// undertakes, owed to every other member. A member whose obligations vary
// by partner (OBVARY) owes neutrality only to the members whose obligations
// do not vary: ATOP hand-codes such alliances partner by partner, and in
// its directed dyad-year data this is the pattern every such neutrality
// pledge follows (a group pledging neutrality toward one state). Its other
// obligations are owed to all, the closest the member file allows. Every
// clause of such a member is marked VariesByPartner, so day queries, bonds
// and the obligation engine answer cannot tell toward each partner; the
// dyad-year panel stays binary and counts the clause toward the partners it
// lists, ATOP's own rule for its directed file.
func phaseClauses(rows []Member, id func(int) relations.ActorID) []pact.Clause {
	var steady []relations.ActorID
	for _, m := range rows {
		if !m.VariesByPartner {
			steady = append(steady, id(m.CCode))
		}
	}
	slices.Sort(steady)
	steady = slices.Compact(steady) // a member with two spells in the phase is one partner
	slices.SortFunc(rows, func(a, b Member) int { return cmp.Compare(a.CCode, b.CCode) })
	var out []pact.Clause
	for i, m := range rows {
		if i > 0 && rows[i-1].CCode == m.CCode {
			continue // a second spell in the same phase owes the same
		}
		for _, oc := range obligationColumns {
			if !m.Obligations.Has(oc.o) {
				continue
			}
			c := pact.Clause{ID: itoa(m.CCode) + "-" + oc.column, Obligation: oc.o, By: []relations.ActorID{id(m.CCode)},
				VariesByPartner: m.VariesByPartner}
			if oc.o == pact.Neutrality && m.VariesByPartner && len(steady) > 0 {
				c.To = slices.Clone(steady)
			}
			for _, k := range m.Conditions[oc.o] {
				if k == pact.SpecificAdversary {
					c.Conditions = append(c.Conditions, adversaryCondition(m.Threat, id))
					continue
				}
				c.Conditions = append(c.Conditions, pact.Condition{Kind: k, Text: "ATOP: conditional (" + k.String() + ")"})
			}
			out = append(out, c)
		}
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
