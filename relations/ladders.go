package relations

import "github.com/entente-go/entente/internal/enum"

// Representation is a rung of the diplomatic-representation ladder, after
// the levels of the Correlates of War Diplomatic Exchange data. It is
// directed: A's representation in B may differ from B's in A. Higher rungs
// compare greater.
type Representation uint8

const (
	// UnknownRepresentation: no fact on record.
	UnknownRepresentation Representation = iota
	// NoRepresentation: ties severed or never established.
	NoRepresentation
	// InterestsSection: interests kept by a section, often under a third
	// state's flag.
	InterestsSection
	// ChargeDAffaires: a mission headed by a chargé d'affaires.
	ChargeDAffaires
	// Minister: a legation headed by a minister or envoy.
	Minister
	// Ambassador: an embassy headed by an ambassador.
	Ambassador
)

var representationNames = []string{"unknown", "none", "interests-section", "charge-d-affaires", "minister", "ambassador"}

// String returns the level's JSON name ("none", "interests-section",
// "charge-d-affaires", "minister", "ambassador"), or "Representation(N)".
func (r Representation) String() string {
	return enum.Text("Representation", representationNames, r)
}

// MarshalText implements [encoding.TextMarshaler].
func (r Representation) MarshalText() ([]byte, error) {
	return marshalEnum("representation", representationNames, r)
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (r *Representation) UnmarshalText(b []byte) error {
	return unmarshalEnum("representation", representationNames, b, r)
}

// Alignment is a rung of the alignment ladder: the undirected summary of how
// two actors stand. Higher rungs compare greater.
type Alignment uint8

const (
	// UnknownAlignment: no fact on record.
	UnknownAlignment Alignment = iota
	// Hostile: rivals or enemies: attacks, severed ties, declared rivalry.
	Hostile
	// Strained: relations downgraded or in dispute.
	Strained
	// Normal: ordinary relations.
	Normal
	// Partner: consultation, joint exercises, cooperation agreements.
	Partner
	// Ally: a defense obligation in force between them.
	Ally
)

var alignmentNames = []string{"unknown", "hostile", "strained", "normal", "partner", "ally"}

// String returns the rung's JSON name ("hostile", "strained", "normal",
// "partner", "ally"), or "Alignment(N)".
func (a Alignment) String() string { return enum.Text("Alignment", alignmentNames, a) }

// MarshalText implements [encoding.TextMarshaler].
func (a Alignment) MarshalText() ([]byte, error) {
	return marshalEnum("alignment", alignmentNames, a)
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (a *Alignment) UnmarshalText(b []byte) error {
	return unmarshalEnum("alignment", alignmentNames, b, a)
}
