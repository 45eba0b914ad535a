package pact

// The checks every query makes of its arguments: the day and the actor.

import (
	"errors"

	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/relations"
)

var errZeroDay = errors.New("the day is the zero relations.Date")

func (m *Model) day(d relations.Date) (int32, int32, error) {
	if !d.IsValid() {
		return 0, 0, invalid("query: day", errZeroDay)
	}
	f, l := days(d)
	if f < m.covered.fromLast {
		return 0, 0, invalid("query: day", errs.Wrap(d.String()+" is before "+m.coverage.Source+" begins to observe, on "+m.coverage.Observed.From.String(), ErrOutsideCoverage))
	}
	return f, l, nil
}

// actorOn checks a query's actor and day together: the preamble of most
// queries.
func (m *Model) actorOn(id relations.ActorID, day relations.Date) (int32, int32, int32, error) {
	xi, err := m.actor(id)
	if err != nil {
		return 0, 0, 0, err
	}
	f, l, err := m.day(day)
	return xi, f, l, err
}

func (m *Model) actor(id relations.ActorID) (int32, error) {
	i, ok := m.actorIdx[id]
	if !ok {
		return 0, invalid("query: actor", unknownActor(id))
	}
	return i, nil
}
