package network

import (
	"errors"
	"slices"

	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/internal/option"
	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/rivalry"
)

// Option is a setting of a call, given as its last, variadic arguments:
// [WithRivalries] for [New]; [WithObligations] and [WithSeed] for
// [Snapshot.Summary] and [Networks.Series]. With none, a network has no
// rivalry data and a summary or series measures the network of every
// binding obligation with seed 1. A call given an option it does not use
// reports an error naming it, as a program exits on a flag its mode does
// not use; a nil Option is ignored.
type Option func(*settings)

// settings are what the options set.
type settings struct {
	option.Given
	rivalries    []rivalry.Rivalry
	hasRivalries bool
	obligations  pact.ObligationSet
	seed         uint64
}

// WithRivalries adds strategic rivalries as negative ties, for [New]:
// rivalry.All(), Thompson and Dreyer's, or a list of one's own in the same
// form. The data observe through 2010 ([rivalry.LastYear]): a rivalry still
// running then (Ongoing) is, in a later year, an uncertain tie
// ([relations.PastCoverage]), and a count of rivalries is cannot tell. A
// network built without rivalries has no rivalry data: every measure that
// needs them is cannot tell.
func WithRivalries(rs []rivalry.Rivalry) Option {
	rs = slices.Clone(rs)
	return func(s *settings) {
		s.Set("WithRivalries")
		s.rivalries, s.hasRivalries = rs, true
	}
}

// WithObligations chooses the alliance network a summary or a series
// measures: the ties of the obligations given (such as [pact.Defense]).
// Without it they measure the network of all five binding obligations,
// ATOP's definition of an alliance. An obligation that binds no one (an
// expectation) is an error.
func WithObligations(obligations ...pact.Obligation) Option {
	obligations = slices.Clone(obligations)
	return func(s *settings) {
		if len(obligations) == 0 {
			s.Fail("WithObligations", errors.New("WithObligations needs at least one obligation"))
			return
		}
		for _, o := range obligations {
			if !binding.Has(o) {
				s.Fail("WithObligations", errors.New("WithObligations: "+o.String()+
					" is not an alliance obligation; want defense, offense, neutrality, non-aggression or consultation"))
				return
			}
		}
		s.Set("WithObligations")
		s.obligations = setOf(obligations)
	}
}

// WithSeed sets the seed of the Louvain method's random order of moves
// (see [Communities]) for a summary or a series; without it the seed is 1.
// The same seed gives the same blocs, run to run.
func WithSeed(seed uint64) Option {
	return func(s *settings) {
		s.Set("WithSeed")
		s.seed = seed
	}
}

// configure applies opts for the call named call, which takes the options
// named in takes, over the defaults: every binding obligation and seed 1.
func configure(call string, opts []Option, takes ...string) (settings, error) {
	s := settings{obligations: binding, seed: 1}
	option.Apply(&s, opts)
	if err := s.Check(call, takes...); err != nil {
		return settings{}, errs.In("network", &relations.ValidationError{Path: call + ": options", Err: err})
	}
	return s, nil
}
