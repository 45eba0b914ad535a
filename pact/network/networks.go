package network

import (
	"errors"
	"strconv"

	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/cow"
	"github.com/entente-go/entente/relations/rivalry"
)

// FirstYear is the first year of the COW state system, and so of a network.
const FirstYear = 1816

// Networks gives the networks of one model over time: the snapshot of a year
// or a day, and yearly series of their measures. Build it with [New]; it is
// immutable and safe for concurrent use.
type Networks struct {
	src          *allianceSource
	rivals       []rivalSpan
	hasRivalries bool
	states       []cow.State
}

// New prepares the networks of the alliances of model m — ATOP 5.1 as
// package atop reads it, or a model of one's own — and, with
// [WithRivalries], of strategic rivalries. It reports an error for a nil
// model, a malformed rivalry, or an option New does not take.
func New(m *pact.Model, opts ...Option) (*Networks, error) {
	set, err := configure("New", opts, "WithRivalries")
	if err != nil {
		return nil, err
	}
	if m == nil {
		return nil, errs.In("network", &relations.ValidationError{Path: "New: model", Err: errors.New("is nil")})
	}
	spans, err := rivalSpans(set.rivalries)
	if err != nil {
		return nil, err
	}
	src, err := newAllianceSource(m)
	if err != nil {
		return nil, err
	}
	return &Networks{src: src, rivals: spans, hasRivalries: set.hasRivalries, states: cow.States()}, nil
}

// checkYear reports an error for a year no network has.
func checkYear(y int) error {
	switch {
	case y < FirstYear:
		return errs.Wrap("network: year "+strconv.Itoa(y)+" is before the COW state system begins, in "+strconv.Itoa(FirstYear), pact.ErrOutsideCoverage)
	case y > relations.MaxYear:
		return errors.New("network: year " + strconv.Itoa(y) + " is not a year a date can hold (up to " + strconv.Itoa(relations.MaxYear) + ")")
	}
	return nil
}

// Year returns the network in year y: the states in the COW system at some
// time in y (after the COW list ends, 2016-12-31, its last members, carried
// forward on purpose), and the alliance ties of the model's directed
// dyad-year panel for y — A's obligations to B at some time in y, as ATOP's
// directed dyad-year file codes them. An obligation the panel holds only
// by a clause that varies by partner where the source does not settle the
// pair is uncertain. In a year some source does not observe whole (for
// ATOP 5.1, after 2018) the ties of that source are as it last observed
// them, uncertain, and every measure of the snapshot is cannot tell: what a
// source last observed says nothing of alliances ended or made since.
// Rivalries are ties in every year from their first through their last.
//
// It reports an error wrapping [pact.ErrOutsideCoverage] for a year before
// 1816 or before a source of the model begins to observe, an error for a
// year past 9999, and the model's errors.
func (n *Networks) Year(y int) (*Snapshot, error) {
	if err := checkYear(y); err != nil {
		return nil, err
	}
	ties, doubt, err := n.src.year(y)
	if err != nil {
		return nil, err
	}
	when, err := relations.YearDate(y)
	if err != nil {
		return nil, err
	}
	return n.snapshot(when, n.yearNodes(y), ties, doubt, rivalTies(n.rivals, y, false)), nil
}

// Day returns the network on day, which must be a full date: the states
// certainly in the COW system then (after 2016-12-31, those in it on that
// day), and the model's alliance ties that day — for each direction of each
// pair of partners ([pact.Model.AlliancePartners]), the obligations that
// certainly bind and apart those the data leave open ([pact.Model.Bonds]),
// a pair's obligation that the source records though not the agreement
// that carries it counted as the partner queries count it. On a day past a
// source's coverage its ties are as last observed, uncertain, and every
// measure is cannot tell. Rivalries, known to the year only, are certain in
// the years strictly inside them and uncertain in their first and last year
// (except a last year that is the end of the data, when they were still
// observed).
//
// It reports an error for a partial or invalid day, one wrapping
// [pact.ErrOutsideCoverage] for a day before 1816 or before the model's
// coverage, and the model's errors.
func (n *Networks) Day(day relations.Date) (*Snapshot, error) {
	if !day.IsValid() || day.Precision() != relations.DayPrecision {
		return nil, errs.In("network", &relations.ValidationError{Path: "Day: day", Err: errors.New(errs.Quote(day.String()) + " is not a full date; a snapshot needs one (use Year for a year)")})
	}
	if err := checkYear(day.Year()); err != nil {
		return nil, err
	}
	ties, err := n.src.day(day)
	if err != nil {
		return nil, err
	}
	doubt, _, err := n.src.unobserved(day, day)
	if err != nil {
		return nil, err
	}
	return n.snapshot(day, n.dayNodes(day), ties, doubt, rivalTies(n.rivals, day.Year(), true)), nil
}

// snapshot assembles a snapshot at when: its nodes, alliance ties (with
// why the sources do not observe them all, if so) and rivalries.
func (n *Networks) snapshot(when relations.Date, nodes []relations.Actor, ties relations.Answer[Tie], alliances relations.Doubt, rivals relations.Answer[Pair]) *Snapshot {
	s := &Snapshot{when: when, nodes: nodes, index: make(map[relations.ActorID]int32, len(nodes)),
		ties: ties, rivals: rivals, alliances: alliances}
	for i, a := range nodes {
		s.index[a.ID] = int32(i)
	}
	switch y := when.Year(); {
	case !n.hasRivalries:
		s.rivalries = relations.Doubt{Detail: "no rivalry data: the networks were built without WithRivalries"}
	case y > rivalry.LastYear:
		s.rivalries = relations.Doubt{Reason: relations.PastCoverage,
			Detail: "the rivalries of " + strconv.Itoa(y) + ", as last observed by Thompson and Dreyer in " + strconv.Itoa(rivalry.LastYear)}
	}
	return s
}

// yearNodes returns the states in the system at some time in year y, by
// code; after the COW data end (2016) membership is carried forward.
func (n *Networks) yearNodes(y int) []relations.Actor {
	var out []relations.Actor
	first, _ := relations.DayDate(min(y, cow.End.Year()), 1, 1) // a year of the COW data: valid
	last, _ := relations.DayDate(min(y, cow.End.Year()), 12, 31)
	for _, s := range n.states {
		for _, sp := range s.Spells {
			if sp.From.Compare(last) <= 0 && (!sp.Until.IsValid() || sp.Until.Compare(first) > 0) {
				if y <= cow.End.Year() || !sp.Until.IsValid() {
					out = append(out, s.Actor())
				}
				break
			}
		}
	}
	return out
}

// dayNodes returns the states certainly in the system on day, by code;
// after the COW data end, those in it on its last day.
func (n *Networks) dayNodes(day relations.Date) []relations.Actor {
	if day.Compare(cow.End) > 0 {
		day = cow.End
	}
	var out []relations.Actor
	for _, s := range n.states {
		if s.InSystem(day) == relations.Yes {
			out = append(out, s.Actor())
		}
	}
	return out
}
