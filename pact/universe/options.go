package universe

import (
	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/internal/option"
	"github.com/entente-go/entente/relations"
)

// Option sets an option of a universe or of a join, given as the last,
// variadic arguments of the constructor it belongs to, named in its
// documentation; with none, each constructor does as peacesciencer does by
// default, except where its documentation says. Given to another
// constructor, an Option is an error naming it; a nil Option is ignored.
type Option func(*options)

// options are the options given to one constructor.
type options struct {
	option.Given
	undirected, carryForward bool // NewDyadYears, NewStateYears
	everyWar                 bool // AddWars
	ongoing                  bool // AddPeaceYears
}

// WithUndirected makes NewDyadYears's universe undirected: one row per pair
// of states a year, with ccode1 < ccode2, where a directed universe has
// both orders.
func WithUndirected() Option {
	return func(o *options) {
		o.Set("WithUndirected")
		o.undirected = true
	}
}

// WithCarryForward lets a universe (NewStateYears, NewDyadYears) run past
// the last year of the COW state system, 2016: the states in the system on
// 2016-12-31 are taken to stay in it, and the major powers of 2016 to stay
// major powers, as peacesciencer does by default. These years are not
// observed; their rows say so (Assumed).
func WithCarryForward() Option {
	return func(o *options) {
		o.Set("WithCarryForward")
		o.carryForward = true
	}
}

// WithEveryWar makes AddWars give a dyad-year one row for each war the
// pair fought that year, in order of war number, where peacesciencer keeps
// one of them: no war is lost.
func WithEveryWar() Option {
	return func(o *options) {
		o.Set("WithEveryWar")
		o.everyWar = true
	}
}

// WithOngoingWars makes AddPeaceYears count the years since the pair last
// fought (cowinterongoing), peacesciencer's default for add_spells, rather
// than since a war last began between them (cowinteronset).
func WithOngoingWars() Option {
	return func(o *options) {
		o.Set("WithOngoingWars")
		o.ongoing = true
	}
}

// takes lists the options each constructor takes.
var takes = map[string][]string{
	"NewStateYears": {"WithCarryForward"},
	"NewDyadYears":  {"WithUndirected", "WithCarryForward"},
	"AddWars":       {"WithEveryWar"},
	"AddPeaceYears": {"WithOngoingWars"},
}

// collect applies the options given to the constructor named by, and
// checks that it takes each of them.
func collect(by string, opts []Option) (options, error) {
	var o options
	option.Apply(&o, opts)
	if err := o.Check(by, takes[by]...); err != nil {
		return options{}, errs.In("universe", &relations.ValidationError{Path: by + ": options", Err: err})
	}
	return o, nil
}
