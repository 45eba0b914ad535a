package hostile_test

import (
	"io"
	"testing"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/atop"
	"github.com/entente-go/entente/pact/network"
	"github.com/entente-go/entente/pact/reliability"
	"github.com/entente-go/entente/pact/similarity"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/cow/nmc"
	"github.com/entente-go/entente/relations/cow/war"
	"github.com/entente-go/entente/relations/rivalry"
)

// nilLimit is what the nil cases check.
const nilLimit = "nil and zero inputs: an error or a documented zero result, never a panic"

// nilCases are calls with nil or zero inputs — a nil pointer, function,
// reader, writer or file system, a zero value where a built one belongs.
var nilCases = []hostileCase{
	{name: "CodedDyadYears with a nil code", limit: nilLimit, want: refused, run: func(testing.TB) error {
		_, err := tinyModel().CodedDyadYears(pact.Directed, 2000, 2001, nil)
		return err
	}},
	{name: "FromHistory of a nil history", limit: nilLimit, want: refused, run: func(testing.TB) error {
		_, _, err := network.FromHistory(nil, relations.MustDate("2000-01-01"))
		return err
	}},
	{name: "FromHistory of a zero history", limit: nilLimit, want: answered, run: func(testing.TB) error {
		_, _, err := network.FromHistory(&relations.History{}, relations.MustDate("2000-01-01"))
		return err
	}},
	{name: "Ties of a nil model", limit: nilLimit, want: answered, run: func(testing.TB) error {
		_, err := similarity.Ties(nil, 2000, []relations.ActorID{"SAU", "PAK"}, similarity.ATOP).S("SAU", "PAK")
		return err
	}},
	{name: "Ties of a zero model", limit: nilLimit, want: answered, run: func(testing.TB) error {
		_, err := similarity.Ties(&pact.Model{}, 2000, []relations.ActorID{"SAU", "PAK"}, similarity.ATOP).S("SAU", "PAK")
		return err
	}},
	{name: "Ties with a coding without Value", limit: nilLimit, want: refused, run: func(testing.TB) error {
		_, err := similarity.Ties(tinyModel(), 2001, []relations.ActorID{"SAU", "PAK"}, similarity.Coding{Min: 0, Max: 1}).
			S("SAU", "PAK")
		return err
	}},
	{name: "atop.Panel of a nil model", limit: nilLimit, want: refused, run: func(testing.TB) error {
		_, err := atop.Panel(nil, pact.Directed, 2000, 2001)
		return err
	}},
	{name: "atop.Panel of a zero model", limit: nilLimit, want: answered, run: func(testing.TB) error {
		rows, err := atop.Panel(&pact.Model{}, pact.Directed, 2000, 2001)
		if err == nil {
			for range rows {
			}
		}
		return err
	}},
	{name: "atop.WriteCSV to a nil writer", limit: nilLimit, want: refused, run: func(testing.TB) error {
		rows, _ := atop.Panel(tinyModel(), pact.Directed, 2000, 2001)
		_, err := atop.WriteCSV(nil, rows)
		return err
	}},
	{name: "atop.WriteCSV of nil rows", limit: nilLimit, want: answered, run: func(testing.TB) error {
		_, err := atop.WriteCSV(io.Discard, nil)
		return err
	}},
	{name: "atop.Read of a nil file system", limit: nilLimit, want: refused, run: func(testing.TB) error { _, err := atop.Read(nil); return err }},
	{name: "war.Parse of a nil reader", limit: nilLimit, want: refused, run: func(testing.TB) error { _, err := war.Parse(nil, "x"); return err }},
	{name: "nmc.Parse of a nil reader", limit: nilLimit, want: refused, run: func(testing.TB) error { _, err := nmc.Parse(nil, "x"); return err }},
	{name: "rivalry.Parse of a nil reader", limit: nilLimit, want: refused, run: func(testing.TB) error { _, err := rivalry.Parse(nil, "x"); return err }},
	{name: "ReadEdgeList of a nil reader", limit: nilLimit, want: refused, run: func(testing.TB) error { _, err := network.ReadEdgeList(nil); return err }},
	{name: "WriteEdgeList of a nil graph", limit: nilLimit, want: answered, run: func(testing.TB) error { return network.WriteEdgeList(io.Discard, nil) }},
	{name: "WriteEdgeList to a nil writer", limit: nilLimit, want: refused, run: func(testing.TB) error {
		return network.WriteEdgeList(nil, &network.Undirected{})
	}},
	{name: "network.New of a nil model", limit: nilLimit, want: refused, run: func(testing.TB) error { _, err := network.New(nil); return err }},
	{name: "network.New of a zero model", limit: nilLimit, want: answered, run: func(testing.TB) error { _, err := network.New(&pact.Model{}); return err }},
	{name: "network.New with a nil option", limit: nilLimit, want: answered, run: func(testing.TB) error {
		_, err := network.New(tinyModel(), nil) // a nil Option is ignored, as in every package
		return err
	}},
	{name: "Summary of a nil snapshot", limit: nilLimit, want: refused, run: func(testing.TB) error {
		_, err := (*network.Snapshot)(nil).Summary()
		return err
	}},
	{name: "every graph measure of a nil graph", limit: nilLimit, want: answered, run: func(testing.TB) error {
		network.Degree(nil)
		network.Betweenness(nil)
		network.Eigenvector(nil)
		network.PageRank(nil, 0.85)
		network.Communities(nil, 1)
		network.Modularity(nil, nil)
		network.Components(nil)
		network.Density(nil)
		network.Transitivity(nil)
		network.AverageClustering(nil)
		return nil
	}},
	{name: "balance and polarization of a nil or zero signed network", limit: nilLimit, want: answered, run: func(testing.TB) error {
		for _, s := range []*network.Signed{nil, {}} {
			network.StructuralBalance(s)
			network.Polarization(s, network.Partition{})
			network.Degree(s.Positive())
		}
		return nil
	}},
	{name: "network.WriteCSV to a nil writer", limit: nilLimit, want: refused, run: func(testing.TB) error {
		_, err := network.WriteCSV(nil, []network.Summary{{}})
		return err
	}},
	{name: "Judge of a nil model", limit: nilLimit, want: refused, run: func(testing.TB) error { _, err := reliability.Judge(nil, nil); return err }},
	{name: "Judge of a zero model", limit: nilLimit, want: answered, run: func(testing.TB) error { _, err := reliability.Judge(&pact.Model{}, nil); return err }},
	{name: "Answer.Format with a nil name", limit: nilLimit, want: answered, run: func(testing.TB) error {
		relations.Answer[relations.ActorID]{Certain: []relations.ActorID{"SAU"}}.Format(nil)
		return nil
	}},
	{name: "WriteDOT to a nil writer", limit: nilLimit, want: refused, run: func(testing.TB) error { return relations.Network{}.WriteDOT(nil) }},
	{name: "WriteMermaid to a nil writer", limit: nilLimit, want: refused, run: func(testing.TB) error { return relations.Network{}.WriteMermaid(nil) }},
	{name: "WithAgreements of nil", limit: nilLimit, want: answered, run: func(testing.TB) error { tinyHistory().WithAgreements(nil); return nil }},
	{name: "WithAgreements of a zero model", limit: nilLimit, want: answered, run: func(testing.TB) error {
		tinyHistory().WithAgreements(&pact.Model{})
		return nil
	}},
	{name: "Cascade of no attack", limit: nilLimit, want: refused, run: func(testing.TB) error {
		_, err := tinyModel().Cascade(nil)
		return err
	}},
	{name: "Respond to a zero attack", limit: nilLimit, want: refused, run: func(testing.TB) error {
		_, err := tinyModel().Respond(pact.Attack{})
		return err
	}},
	{name: "WhatIf of nothing", limit: nilLimit, want: refused, run: func(testing.TB) error {
		_, err := tinyModel().WhatIf("", relations.Date{})
		return err
	}},
	{name: "a zero model's queries", limit: nilLimit, want: refused, run: func(testing.TB) error {
		_, err := (&pact.Model{}).AlliancePartners("SAU", relations.MustDate("2000"))
		return err
	}},
	{name: "a zero history's queries", limit: nilLimit, want: refused, run: func(testing.TB) error {
		_, err := (&relations.History{}).Partners("SAU", relations.MustDate("2000"))
		return err
	}},
	{name: "NewMatrix of no reference set", limit: nilLimit, want: refused, run: func(testing.TB) error {
		_, err := similarity.NewMatrix(nil, similarity.ATOP).S("SAU", "PAK")
		return err
	}},
	{name: "nil documents", limit: nilLimit, want: refused, run: func(testing.TB) error {
		if _, _, err := relations.DecodeHistoryJSON(nil); err == nil {
			return nil
		}
		_, err := pact.ParseModelJSON(nil, nil)
		return err
	}},
	{name: "New of nothing", limit: nilLimit, want: answered, run: func(testing.TB) error {
		if _, err := relations.NewHistory(nil, nil, nil); err != nil {
			return err
		}
		_, err := pact.New(nil, nil, nil)
		return err
	}},
}

func tinyHistory() *relations.History {
	h, err := relations.NewHistory(twoStates(), nil)
	if err != nil {
		panic(err)
	}
	return h
}
