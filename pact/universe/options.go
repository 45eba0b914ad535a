package universe

import (
	"errors"
	"slices"
	"strings"
)

// Option sets an option of a universe or of a join. Each is made by a With
// function and belongs to one constructor, named in its documentation;
// given to another, it is an error.
type Option struct {
	name   string
	owners []string // the constructors it belongs to
	set    func(*options)
}

// options are the options given to one constructor.
type options struct {
	undirected, carryForward bool // NewDyadYears, NewStateYears
	everyWar                 bool // AddWars
	ongoing                  bool // AddPeaceYears
}

// WithUndirected makes NewDyadYears's universe undirected: one row per pair
// of states a year, with ccode1 < ccode2, where a directed universe has
// both orders.
func WithUndirected() Option {
	return Option{"WithUndirected", []string{"NewDyadYears"}, func(o *options) { o.undirected = true }}
}

// WithCarryForward lets a universe (NewStateYears, NewDyadYears) run past
// the last year of the COW state system, 2016: the states in the system on
// 2016-12-31 are taken to stay in it, and the major powers of 2016 to stay
// major powers, as peacesciencer does by default. These years are not
// observed; their rows say so (Assumed).
func WithCarryForward() Option {
	return Option{"WithCarryForward", []string{"NewStateYears", "NewDyadYears"}, func(o *options) { o.carryForward = true }}
}

// WithEveryWar makes AddWars give a dyad-year one row for each war the
// pair fought that year, in order of war number, where peacesciencer keeps
// one of them: no war is lost.
func WithEveryWar() Option {
	return Option{"WithEveryWar", []string{"AddWars"}, func(o *options) { o.everyWar = true }}
}

// WithOngoingWars makes AddPeaceYears count the years since the pair last
// fought (cowinterongoing), peacesciencer's default for add_spells, rather
// than since a war last began between them (cowinteronset).
func WithOngoingWars() Option {
	return Option{"WithOngoingWars", []string{"AddPeaceYears"}, func(o *options) { o.ongoing = true }}
}

// collect applies the options given to the constructor named by, which
// takes those whose owner mentions it.
func collect(by string, opts []Option) (options, error) {
	var o options
	var problems []error
	for _, op := range opts {
		if op.set == nil {
			continue
		}
		if !slices.Contains(op.owners, by) {
			problems = append(problems, errors.New("universe: "+by+": "+op.name+" is an option of "+strings.Join(op.owners, " or ")))
			continue
		}
		op.set(&o)
	}
	return o, errors.Join(problems...)
}
