package record

import "github.com/entente-go/entente/relations"

// Test is a dated, sourced occurrence that calls on the commitments
// toward its protégé: an attack on it or on a base it hosts, an invasion,
// an assurance's window expired or breached.
type Test struct {
	ID   string   `json:"id"`
	Kind TestKind `json:"kind"`
	// On is the test's day; a partial date ("2019-09") is kept as it is,
	// and every question that hinges on the missing days answers cannot
	// tell.
	On relations.Date `json:"date"`
	// Protege is the actor whose protectors the test calls on: the
	// target of an attack, or the host of an attacked base.
	Protege relations.ActorID `json:"protege"`
	// Aggressors are who struck; none for an assurance that lapsed.
	Aggressors []relations.ActorID `json:"aggressors,omitempty"`
	// Hosted, for an [AttackOnHosted], is the actor whose forces the
	// base holds.
	Hosted  relations.ActorID `json:"hosted,omitempty"`
	Summary string            `json:"summary"`
	Sources []string          `json:"sources"`
}

// Response is one third party's act toward a test: who, on which day, how
// strongly, and on whose authority the sources say so.
type Response struct {
	// Test is the ID of the test responded to.
	Test  string            `json:"test"`
	Actor relations.ActorID `json:"actor"`
	On    relations.Date    `json:"date"`
	Grade Grade             `json:"grade"`
	// As, when set, is the agreement the actor acts as — the GCC's
	// Secretariat for the GCC Joint Defence Agreement — so the response
	// answers that agreement's commitments toward the protégé: the actor's
	// verdict is the alliance's.
	As          string   `json:"as,omitempty"`
	Description string   `json:"description"`
	Sources     []string `json:"sources"`
}
