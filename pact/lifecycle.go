package pact

import "github.com/entente-go/entente/internal/enum"

// Status is a stage of an agreement's life.
type Status uint8

const (
	// UnknownStatus is the zero Status: before the first stage on record.
	UnknownStatus Status = iota
	// Proposed: put forward, not signed. Never reported as in force.
	Proposed
	// Signed: signed, not yet in force.
	Signed
	// InForce: binding.
	InForce
	// Suspended: in force on paper, its obligations suspended.
	Suspended
	// Terminated: ended, abandoned or expired.
	Terminated
	// Revoked: ended by its giver, as only the giver of a
	// [UnilateralGuarantee] or an [Assurance] may end it; the stage names
	// the giver in By.
	Revoked
)

var statusNames = []string{"unknown", "proposed", "signed", "in-force", "suspended", "terminated", "revoked"}

// String returns the status's JSON name, or "Status(N)".
func (s Status) String() string { return enum.Text("Status", statusNames, s) }

// MarshalText implements [encoding.TextMarshaler].
func (s Status) MarshalText() ([]byte, error) { return marshalEnum("status", statusNames, s) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (s *Status) UnmarshalText(b []byte) error { return unmarshalEnum("status", statusNames, b, s) }

// next lists the stages each stage may move to.
var nextStatus = map[Status][]Status{
	UnknownStatus: {Proposed, Signed, InForce},
	Proposed:      {Signed, InForce, Terminated},
	Signed:        {InForce, Terminated},
	InForce:       {Suspended, Terminated, Revoked},
	Suspended:     {InForce, Terminated, Revoked},
}
