package pact

import (
	"strings"

	"github.com/entente-go/entente/relations"
)

// Response is the answer to an [Attack]: every duty it triggers, the
// duties a failed condition released, the expectations of protection, and
// the duties that conflict.
type Response struct {
	Attack Attack
	// Duties holds the duties that hold (Yes) or may hold (CannotTell),
	// sorted by actor, kind, agreement and clause.
	Duties []Duty
	// Released holds the duties whose clause or conditions failed, in the
	// same order: they explain who is not bound, and why.
	Released []Duty
	// Expectations lists who is expected to protect a party at war though
	// nothing obliges them.
	Expectations []Bond
	Conflicts    []DutyConflict
}

// Obliged returns the duties that certainly hold, in order.
func (r Response) Obliged() []Duty {
	var out []Duty
	for _, d := range r.Duties {
		if d.Holds == relations.Yes {
			out = append(out, d)
		}
	}
	return out
}

// Respond answers an attack: for every party at war — the target and each
// aggressor — it lists each actor's duty toward it (defend, join the
// offense, stay neutral, refrain, consult) with the clause that creates it
// and every condition checked, the actors that merely have an expectation,
// and the duties that conflict. It reports an error for an unknown actor,
// an aggressor that is also the target, no aggressor, or a day outside the
// data's coverage.
func (m *Model) Respond(a Attack) (Response, error) {
	w, err := m.newWar([]Attack{a})
	if err != nil {
		return Response{}, err
	}
	r := w.respond()
	r.Attack = cloneAttack(a)
	return r, nil
}

// String explains the response in lines, as the Examples print it: the
// attack, as in "IRN attacks SAU on 2025-12-31", then each duty (bound, or that may bind and why), each released
// duty with why, each expectation and each conflict.
func (r Response) String() string {
	var b strings.Builder
	b.WriteString(attackText(r.Attack))
	for _, d := range r.Duties {
		b.WriteString("\n  " + d.String())
	}
	for _, d := range r.Released {
		b.WriteString("\n  " + d.String())
	}
	for _, e := range r.Expectations {
		b.WriteString("\n  expected, not obliged: " + e.String())
	}
	for _, c := range r.Conflicts {
		b.WriteString("\n  conflict: " + c.String())
	}
	if len(r.Duties)+len(r.Released)+len(r.Expectations) == 0 {
		b.WriteString("\n  no one has a duty or an expectation")
	}
	return b.String()
}

// attackText names an attack, as in "IRN attacks SAU on 2025-12-31"; an
// attack on no day (as a what-if's are, asked on its day) leaves the day
// out.
func attackText(a Attack) string {
	s := joinIDs(a.Aggressors) + " attacks " + string(a.Target)
	if a.On.IsValid() {
		s += " on " + a.On.String()
	}
	return s
}
