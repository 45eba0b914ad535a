package main

import (
	_ "embed"
	"fmt"
	"slices"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/atop/atop51"
	"github.com/entente-go/entente/pact/record"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/rivalry"
)

// The scenario is data in entente's JSON formats, so it doubles as a worked
// example of them: scenario/history.json holds the actors and events,
// scenario/agreements.json the agreements and proposals, scenario/responses.json
// the tests of commitments (attacks on the Gulf states) and who responded. It is a layer on
// the real world, not a world of its own: the report's questions are
// answered on ATOP 5.1's alliances and Thompson & Dreyer's rivalries with
// the scenario on top.
var (
	//go:embed scenario/history.json
	historyJSON []byte
	//go:embed scenario/agreements.json
	agreementsJSON []byte
	//go:embed scenario/responses.json
	responsesJSON []byte
)

// observations settle, with a source, what ATOP last observed in 2018:
// alliances the scenario's sources show still in force. The GCC's Joint
// Defence Agreement: at its extraordinary session of 2025-09-15 in Doha the
// Supreme Council called the Joint Defence Council to meet, "emphasizing
// that the attack on Qatar is an attack against all GCC states and that the
// security of the GCC states is indivisible under the Joint Defense
// Agreement" (https://www.gcc-sg.org/en/MediaCenter/News/Pages/news2025-9-18-5.aspx;
// https://www.leaders-mena.com/gcc-activates-joint-defense-measures-deterrence-capabilities).
var observations = []pact.Observation{
	{Agreement: "atop-4965", On: relations.MustDate("2025-09-15"),
		Source: "the GCC Supreme Council (gcc-sg.org, news2025-9-18-5)"},
}

// scenario is the world the report asks about, and the scenario's own data.
type scenario struct {
	// history holds Thompson & Dreyer's rivalries and the scenario's
	// events, with the world's alliances folded in.
	history *relations.History
	// pacts is the world's agreements: ATOP 5.1, then the scenario's layer;
	// actors, the world's actors by ID.
	pacts  *pact.Model
	actors map[relations.ActorID]relations.Actor
	// record holds the verdicts on the tests in scenario/responses.json,
	// judged on the world.
	record *record.Record
	// layer is the scenario alone, as its JSON files hold it.
	layer struct {
		history *relations.History
		pacts   *pact.Model
	}
}

// load reads ATOP 5.1 and the rivalries that ship with the module, and puts
// the embedded scenario on top.
func load() (scenario, error) {
	var s scenario
	h, err := relations.ParseHistoryJSON(historyJSON)
	if err != nil {
		return s, err
	}
	agreements, err := pact.DecodeAgreementsJSON(agreementsJSON)
	if err != nil {
		return s, err
	}
	if s.layer.pacts, err = pact.New(h.Actors(), agreements); err != nil {
		return s, err
	}
	s.layer.history = h
	base, err := atop51.Read()
	if err != nil {
		return s, err
	}
	world, err := base.Model.With(pact.Layer{Actors: h.Actors(), Agreements: agreements, Observations: observations})
	if err != nil {
		return s, err
	}
	// The history is the scenario's actors': their events, Thompson &
	// Dreyer's rivalries among them, and — through WithAgreements — the
	// world's alliances between them. The world's other states have no
	// question asked of them here, and leaving them out keeps the report
	// fast.
	_, rivalries := rivalry.History()
	ours := func(e relations.Event) bool {
		for _, id := range slices.Concat(e.Actors, e.Toward) {
			if _, ok := h.Actor(id); !ok {
				return false
			}
		}
		return true
	}
	rivalries = slices.DeleteFunc(rivalries, func(e relations.Event) bool { return !ours(e) })
	all, err := relations.NewHistory(h.Actors(), slices.Concat(h.Events(), rivalries), relations.WithCoverage(rivalry.Observed()))
	if err != nil {
		return s, err
	}
	s.history, s.pacts = all.WithAgreements(world), world
	feed, err := record.ParseJSON(responsesJSON)
	if err != nil {
		return s, fmt.Errorf("scenario/responses.json: %w", err)
	}
	if s.record, err = record.New(world, feed.Tests, feed.Responses); err != nil {
		return s, fmt.Errorf("scenario/responses.json: %w", err)
	}
	s.actors = map[relations.ActorID]relations.Actor{}
	for _, a := range world.Actors() {
		s.actors[a.ID] = a
	}
	return s, nil
}
