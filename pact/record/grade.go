package record

import (
	"github.com/entente-go/entente/internal/enum"
	"github.com/entente-go/entente/internal/errs"
)

// Grade is how strongly a third party acted toward a test, on an ordered
// scale: a higher Grade is a stronger act. The zero Grade, [Unrecorded],
// is no grade at all: the sources record no act, which is not [None].
type Grade uint8

const (
	// Unrecorded is the zero Grade: no response is recorded, so what was
	// done cannot be told. It prints as "cannot tell".
	Unrecorded Grade = iota
	// None: the sources record that the actor did nothing.
	None
	// Statement: condemnation or solidarity in words.
	Statement
	// Consultation: calls, visits, meetings.
	Consultation
	// Sanctions: economic or financial measures against the aggressor.
	Sanctions
	// Reinforcement: troops, fighters, ships or air defences sent.
	Reinforcement
	// Defensive: forces used to shield the target (interception, escort).
	Defensive
	// Retaliation: strikes on the aggressor.
	Retaliation
	// WarEntry: war against the aggressor.
	WarEntry
)

var gradeNames = []string{"cannot tell", "none", "statement", "consultation", "sanctions",
	"reinforcement", "defensive", "retaliation", "war-entry"}

// String returns the grade's word, "cannot tell" for [Unrecorded], or
// "Grade(N)".
func (g Grade) String() string { return enum.Text("Grade", gradeNames, g) }

// MarshalText implements [encoding.TextMarshaler]; [Unrecorded] has no
// written form: a document records acts, not their absence.
func (g Grade) MarshalText() ([]byte, error) {
	return enum.Marshal(parseProblem, "grade", gradeNames, g)
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (g *Grade) UnmarshalText(b []byte) error {
	return enum.Unmarshal(parseProblem, "grade", gradeNames, b, g)
}

// TestKind is what put a commitment to the test.
type TestKind uint8

const (
	// UnknownTest is the zero TestKind; [New] rejects it.
	UnknownTest TestKind = iota
	// Attack: an armed attack on the protégé itself.
	Attack
	// AttackOnHosted: an attack on what the protégé hosts — a protector's
	// base on its soil. The host is the protégé: the base is why it expects
	// protection.
	AttackOnHosted
	// Invasion: the protégé's territory invaded.
	Invasion
	// AssuranceExpired: a promised window (a deadline, a period of talks)
	// ran out.
	AssuranceExpired
	// AssuranceBreached: a promise not to attack, or to keep a window, was
	// broken, or the protector left a partner it had pledged to stand by.
	AssuranceBreached
)

var testKindNames = []string{"unknown", "attack", "attack-on-hosted", "invasion", "assurance-expired", "assurance-breached"}

// String returns the kind's name, or "TestKind(N)".
func (k TestKind) String() string { return enum.Text("TestKind", testKindNames, k) }

// MarshalText implements [encoding.TextMarshaler].
func (k TestKind) MarshalText() ([]byte, error) {
	return enum.Marshal(parseProblem, "test kind", testKindNames, k)
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *TestKind) UnmarshalText(b []byte) error {
	return enum.Unmarshal(parseProblem, "test kind", testKindNames, b, k)
}

// Outcome is a verdict's finding, in order: an Outcome compares as "no
// worse than" — [Unmet] < [PartlyHonoured] < [Honoured] < [NotOwed] — so
// that the worst of several commitments decides; [CannotJudge] is not on
// that scale.
type Outcome uint8

const (
	// CannotJudge is the zero Outcome: the sources leave the verdict open
	// (no response recorded, a commitment that may or may not bind, a
	// response that may fall outside the window); [Verdict.Possible] lists
	// what it may be.
	CannotJudge Outcome = iota
	// Unmet: owed, and the highest grade inside the window falls short
	// even of partly honouring it.
	Unmet
	// PartlyHonoured: the highest grade reaches the rule's partial grade,
	// not the one that honours.
	PartlyHonoured
	// Honoured: the highest grade reaches the one that honours.
	Honoured
	// NotOwed: the actor owed the protégé nothing on the day; it is a
	// ledger line all the same, with what the actor did.
	NotOwed
)

var outcomeNames = []string{"cannot judge", "unmet", "partly honoured", "honoured", "not owed"}

// String returns the outcome's words, or "Outcome(N)".
func (o Outcome) String() string { return enum.Text("Outcome", outcomeNames, o) }

// parseProblem reports an enum's bad text, as every package does.
func parseProblem(what, input, msg string) error {
	return &errs.Syntax{Scope: "record", What: what, Input: input, Msg: msg}
}
