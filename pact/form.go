package pact

import (
	"github.com/entente-go/entente/internal/enum"
	"github.com/entente-go/entente/relations"
)

// Form is the kind of commitment an agreement is: how it was made and who
// may end it. Together with a clause's [Obligation] it names what a [Bond]
// or a [Duty] rests on, the kind a record of tests judges: a defense duty
// of an [Accord], of a [UnilateralGuarantee], the non-aggression of an
// [Assurance], an [Expectation].
//
// Its names are stable (they are JSON and the record's vocabulary):
// "accord", "unilateral-guarantee" and "assurance". Unlike entente's other
// enums, the zero Form is a valid value, Accord, so that every agreement
// written before forms existed keeps its meaning.
type Form uint8

const (
	// Accord is the zero Form: an agreement its parties entered together —
	// a treaty, an executive agreement, an exchange of notes, or the
	// unwritten understanding behind an [Expectation]. Any party may
	// withdraw ([Party.Withdrew]).
	Accord Form = iota
	// UnilateralGuarantee is one giver's pledge to protect one or more
	// beneficiaries, such as a U.S. executive order on a partner's
	// security: the giver (the one [Guarantor]) owes every clause, each
	// beneficiary ([Beneficiary]) owes nothing, and only the giver may end
	// it, by a [Revoked] stage it dates. It is still an agreement of two or
	// more actors, never one with a single party.
	UnilateralGuarantee
	// Assurance is a giver's promise not to attack its beneficiaries, or to
	// keep a window (no strike during talks), for the period it is in
	// force: its clauses are [NonAggression] by the giver. Its [Breach]
	// values record when it was broken. A promise, not an alliance: it
	// never counts in [Model.AlliancePartners] or a dyad-year panel, though
	// [Model.Bonds] and [Model.Respond] report it.
	Assurance
)

var formNames = []string{"accord", "unilateral-guarantee", "assurance"}

// String returns the form's name, or "Form(N)".
func (f Form) String() string { return enum.Text("Form", formNames, f) }

// MarshalText implements [encoding.TextMarshaler]; every valid Form,
// Accord included, has a written form.
func (f Form) MarshalText() ([]byte, error) {
	if int(f) >= len(formNames) {
		return nil, parseProblem("form", f.String(), "has no written form; want "+acceptedForms())
	}
	return []byte(formNames[f]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (f *Form) UnmarshalText(b []byte) error {
	for i, n := range formNames {
		if n == string(b) {
			*f = Form(i)
			return nil
		}
	}
	return parseProblem("form", string(b), "unknown value; want "+acceptedForms())
}

// acceptedForms lists the forms' names, Accord's too (enum.Accepted
// leaves out the zero value, which other enums do not write).
func acceptedForms() string { return enum.Accepted(append([]string{""}, formNames...)) }

// noun is how a description names an agreement of form f: "agreement"
// for an accord, the form's name otherwise.
func (f Form) noun() string {
	if f == Accord {
		return "agreement"
	}
	return f.String()
}

// oneWay reports whether an agreement of form f binds only its giver, who
// alone may end it.
func (f Form) oneWay() bool { return f == UnilateralGuarantee || f == Assurance }

// AssuranceBreach is one occasion on which an [Assurance] was broken: by whom, on
// which day (a partial date when the sources give no more), what happened
// and who says so. A breach does not end the assurance; its lifecycle
// does.
type AssuranceBreach struct {
	By      relations.ActorID `json:"by"`
	Date    relations.Date    `json:"date"`
	Summary string            `json:"summary,omitempty"`
	// Sources cite the breach; at least one is required.
	Sources []string `json:"sources"`
}
