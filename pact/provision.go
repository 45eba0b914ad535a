package pact

import "github.com/entente-go/entente/internal/enum"

// ProvisionKind is a provision other than the five obligations.
type ProvisionKind uint8

const (
	// UnknownProvision is the zero ProvisionKind; a Model rejects it.
	UnknownProvision ProvisionKind = iota
	// Basing: By may base forces on the territory of To.
	Basing
	// MilitaryAid: By provides arms, training or funds to To.
	MilitaryAid
	// IntegratedCommand: the parties' forces serve under one command.
	IntegratedCommand
	// ForceContribution: By contributes Troops (and perhaps the commander).
	ForceContribution
	// JointExercises: the parties exercise together.
	JointExercises
	// RestoreRelations: the parties restore diplomatic relations.
	RestoreRelations
	// ConsultationMechanism: standing consultations, with a Cadence and a
	// Level ("periodic", "sub-ministerial").
	ConsultationMechanism
	// OtherProvision: any other provision, described in Text.
	OtherProvision
)

var provisionNames = []string{"unknown", "basing", "military-aid", "integrated-command",
	"force-contribution", "joint-exercises", "restore-relations", "consultation-mechanism", "other"}

// String returns the provision's JSON name, or "ProvisionKind(N)".
func (k ProvisionKind) String() string { return enum.Text("ProvisionKind", provisionNames, k) }

// MarshalText implements [encoding.TextMarshaler].
func (k ProvisionKind) MarshalText() ([]byte, error) {
	return marshalEnum("provision", provisionNames, k)
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *ProvisionKind) UnmarshalText(b []byte) error {
	return unmarshalEnum("provision", provisionNames, b, k)
}
