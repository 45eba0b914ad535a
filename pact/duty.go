package pact

import (
	"cmp"
	"slices"
	"strings"

	"github.com/entente-go/entente/internal/enum"
	"github.com/entente-go/entente/relations"
)

// DutyKind is what a duty requires of an actor in a war.
type DutyKind uint8

var dutyNames = []string{"unknown", "defend", "join-offense", "stay-neutral", "refrain", "consult"}

// String returns the duty's name, or "DutyKind(N)".
func (k DutyKind) String() string { return enum.Text("DutyKind", dutyNames, k) }

// dutyOf maps each obligation to the duty it creates in war.
var dutyOf = map[Obligation]DutyKind{
	Defense: Defend, Offense: JoinOffense, Neutrality: StayNeutral, NonAggression: Refrain, Consultation: Consult,
}

// Duty is what one clause requires of one actor in a war, with every
// condition checked.
type Duty struct {
	Actor relations.ActorID
	Kind  DutyKind
	// For is the party the duty is owed to; Against, its adversaries.
	For     relations.ActorID
	Against []relations.ActorID
	// Form is the form of the agreement the duty comes from: with Kind,
	// the kind of commitment it is.
	Form Form
	// Agreement and Clause name where the duty comes from.
	Agreement, Clause string
	// InForce says whether the clause binds on the day; when the data
	// cannot tell, Doubt says why.
	InForce relations.Truth
	Doubt   relations.Doubt
	Checks  []ConditionCheck
	// Holds is Yes when the clause binds and every condition held, No when
	// the clause or a condition failed, CannotTell otherwise.
	Holds relations.Truth
}

// verbs phrase each duty in a sentence.
var verbs = map[DutyKind][2]string{
	Defend:      {"defend", "defending"},
	JoinOffense: {"join", "joining"},
	StayNeutral: {"stay neutral toward the adversaries of", "staying neutral toward the adversaries of"},
	Refrain:     {"refrain from attacking", "refraining from attacking"},
	Consult:     {"consult", "consulting"},
}

// String explains the duty in one line, as in
// `DEU must defend austria-hungary against RUS (agreement "dual-alliance",
// clause "art1"; specific-adversary: held (RUS is named))`.
func (d Duty) String() string {
	v := verbs[d.Kind]
	var b strings.Builder
	b.WriteString(string(d.Actor))
	switch d.Holds {
	case relations.Yes:
		b.WriteString(" must " + v[0] + " ")
	case relations.No:
		b.WriteString(" is released from " + v[1] + " ")
	default:
		b.WriteString(" may have to " + v[0] + " ")
	}
	b.WriteString(string(d.For))
	if len(d.Against) > 0 && d.Kind != StayNeutral && d.Kind != Refrain {
		b.WriteString(" against " + joinIDs(d.Against))
	}
	b.WriteString(" (" + d.Form.noun() + " " + quote(d.Agreement))
	if d.Clause != "" {
		b.WriteString(", clause " + quote(d.Clause))
	}
	if d.InForce != relations.Yes {
		b.WriteString("; in force: " + d.InForce.String())
		if d.Doubt.Reason != relations.UnknownReason {
			b.WriteString(" (" + d.Doubt.String() + ")")
		}
	}
	for _, c := range d.Checks {
		b.WriteString("; " + c.String())
	}
	b.WriteString(")")
	return b.String()
}

// ChecksWith returns, in order, the duty's condition checks whose result
// is result: with [relations.No], the conditions that released it; with
// [relations.CannotTell], those its holding hinges on.
func (d Duty) ChecksWith(result relations.Truth) []ConditionCheck {
	var out []ConditionCheck
	for _, c := range d.Checks {
		if c.Result == result {
			out = append(out, c)
		}
	}
	return out
}

func sortDuties(ds []Duty) {
	slices.SortFunc(ds, func(a, b Duty) int {
		return cmp.Or(cmp.Compare(a.Actor, b.Actor), cmp.Compare(a.Kind, b.Kind),
			cmp.Compare(a.For, b.For), cmp.Compare(a.Agreement, b.Agreement), cmp.Compare(a.Clause, b.Clause))
	})
}
