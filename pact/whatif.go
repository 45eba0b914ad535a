package pact

import (
	"cmp"
	"errors"
	"slices"
	"strings"

	"github.com/entente-go/entente/internal/errs"

	"github.com/entente-go/entente/relations"
)

// ActorChange is how one actor's set of counterparts changes.
type ActorChange struct {
	Actor relations.ActorID
	// Gained and Lost compare the certain answers.
	Gained, Lost []relations.ActorID
	// Before and After are the whole answers, uncertain parts included.
	Before, After relations.Answer[relations.ActorID]
}

// ResponseChange is how the answer to one attack changes.
type ResponseChange struct {
	Attack        Attack
	Before, After Response
	// NewDuties and NewConflicts are in After but not in Before; Gone
	// duties are in Before but not in After.
	NewDuties    []Duty
	GoneDuties   []Duty
	NewConflicts []DutyConflict
}

// WhatIf is what bringing a proposed agreement into force changes.
type WhatIf struct {
	Agreement string
	On        relations.Date
	// Model is the model with the agreement in force from On.
	Model *Model
	// Guarantors and Partners list, for each party whose guarantors or
	// alliance partners change on On, what it gains and loses; sorted by
	// actor.
	Guarantors []ActorChange
	Partners   []ActorChange
	// Responses compares the answers to each attack asked about.
	Responses []ResponseChange
}

// WhatIf brings the agreement id, which must be proposed or signed but not
// in force, into force on day, and reports what that changes: which
// parties gain or lose guarantors and alliance partners on day and, for
// each attack given, which duties and conflicts appear or go. Attacks with
// no day are asked on day. The model itself is unchanged; the result
// carries the changed one.
func (m *Model) WhatIf(id string, day relations.Date, attacks ...Attack) (WhatIf, error) {
	ai, ok := m.agreementAt(id)
	if !ok {
		return WhatIf{}, invalid("what-if: agreement", unknownAgreement(id))
	}
	st, sure, err := m.StatusOn(id, day)
	if err != nil {
		return WhatIf{}, err
	}
	if (st != Proposed && st != Signed) || sure != relations.Yes {
		return WhatIf{}, invalid(errs.JoinPath("agreement "+errs.Quote(id), "lifecycle"), errors.New("is "+st.String()+" on "+day.String()+", not certainly proposed or signed"))
	}
	agreements := slices.Clone(m.agreements)
	a := agreements[ai].clone()
	a.Lifecycle = append(a.Lifecycle, StatusChange{Status: InForce, Date: day})
	agreements[ai] = a
	after, err := build(m.actors, agreements, m.sameSources())
	if err != nil {
		return WhatIf{}, err
	}
	w := WhatIf{Agreement: id, On: day, Model: after}
	for _, p := range a.Parties {
		if c, ok := changeOf(p.Actor, day, m.Guarantors, after.Guarantors); ok {
			w.Guarantors = append(w.Guarantors, c)
		}
		if c, ok := changeOf(p.Actor, day, m.partners, after.partners); ok {
			w.Partners = append(w.Partners, c)
		}
	}
	byActor := func(a, b ActorChange) int { return cmp.Compare(a.Actor, b.Actor) }
	slices.SortFunc(w.Guarantors, byActor)
	slices.SortFunc(w.Partners, byActor)
	for _, atk := range attacks {
		if !atk.On.IsValid() {
			atk.On = day
		}
		before, err := m.Respond(atk)
		if err != nil {
			return WhatIf{}, err
		}
		now, err := after.Respond(atk)
		if err != nil {
			return WhatIf{}, err
		}
		w.Responses = append(w.Responses, ResponseChange{Attack: cloneAttack(atk), Before: before, After: now,
			NewDuties:    missing(now.Duties, before.Duties, Duty.String),
			GoneDuties:   missing(before.Duties, now.Duties, Duty.String),
			NewConflicts: missing(now.Conflicts, before.Conflicts, DutyConflict.String)})
	}
	return w, nil
}

func (m *Model) partners(x relations.ActorID, day relations.Date) (relations.Answer[relations.ActorID], error) {
	return m.AlliancePartners(x, day)
}

// changeOf compares one query before and after.
func changeOf(x relations.ActorID, day relations.Date, before, after func(relations.ActorID, relations.Date) (relations.Answer[relations.ActorID], error)) (ActorChange, bool) {
	b, _ := before(x, day)
	a, _ := after(x, day)
	c := ActorChange{Actor: x, Before: b, After: a,
		Gained: missing(a.Certain, b.Certain, relations.ActorID.String), Lost: missing(b.Certain, a.Certain, relations.ActorID.String)}
	key := func(d relations.Doubtful[relations.ActorID]) string {
		return d.Item.String() + "\x00" + d.Doubt.String()
	}
	return c, len(c.Gained) > 0 || len(c.Lost) > 0 || len(missing(a.Uncertain, b.Uncertain, key)) > 0 || len(missing(b.Uncertain, a.Uncertain, key)) > 0
}

// missing returns the elements of xs whose key is not the key of any
// element of ys, in order.
func missing[T any](xs, ys []T, key func(T) string) []T {
	have := make(map[string]bool, len(ys))
	for _, y := range ys {
		have[key(y)] = true
	}
	var out []T
	for _, x := range xs {
		if !have[key(x)] {
			out = append(out, x)
		}
	}
	return out
}

// String reads "QAT: gains EGY, IRN; loses USA", with the answers' uncertain
// parts after "cannot tell", as in [relations.Answer.String].
func (c ActorChange) String() string {
	s := string(c.Actor) + ":"
	if len(c.Gained) > 0 {
		s += " gains " + joinIDs(c.Gained) + ";"
	}
	if len(c.Lost) > 0 {
		s += " loses " + joinIDs(c.Lost) + ";"
	}
	s += " before " + c.Before.String() + ", after " + c.After.String()
	return s
}

// String explains the what-if in lines: the agreement and day, then each
// change of guarantors and partners, and each attack's new and gone duties
// and new conflicts.
func (w WhatIf) String() string {
	var b strings.Builder
	b.WriteString("if " + quote(w.Agreement) + " entered into force on " + w.On.String())
	for _, c := range w.Guarantors {
		b.WriteString("\n  guarantors of " + c.String())
	}
	for _, c := range w.Partners {
		b.WriteString("\n  partners of " + c.String())
	}
	for _, r := range w.Responses {
		b.WriteString("\n  " + joinIDs(r.Attack.Aggressors) + " attacks " + string(r.Attack.Target) + ":")
		for _, d := range r.NewDuties {
			b.WriteString("\n    new: " + d.String())
		}
		for _, d := range r.GoneDuties {
			b.WriteString("\n    gone: " + d.String())
		}
		for _, c := range r.NewConflicts {
			b.WriteString("\n    new conflict: " + c.String())
		}
	}
	return b.String()
}
