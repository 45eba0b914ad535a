package main

import (
	_ "embed"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

// The scenario is data in entente's JSON formats, so it doubles as a worked
// example of them: scenario/history.json holds the actors and events,
// scenario/agreements.json the agreements and proposals.
var (
	//go:embed scenario/history.json
	historyJSON []byte
	//go:embed scenario/agreements.json
	agreementsJSON []byte
)

// scenario is the built-in model: the history with the agreements' alliances
// folded in, and the agreements themselves.
type scenario struct {
	history *relations.History
	pacts   *pact.Model
}

// load decodes and validates the embedded scenario.
func load() (scenario, error) {
	h, err := relations.ParseHistoryJSON(historyJSON)
	if err != nil {
		return scenario{}, err
	}
	m, err := pact.ParseModelJSON(h.Actors(), agreementsJSON)
	if err != nil {
		return scenario{}, err
	}
	return scenario{history: h.WithAgreements(m), pacts: m}, nil
}
