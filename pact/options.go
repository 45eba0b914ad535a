package pact

import (
	"github.com/entente-go/entente/internal/option"
	"github.com/entente-go/entente/relations"
)

// Option is a setting of a call, given as its last, variadic arguments:
// [WithCoverage] for [New] and [ParseModelJSON]; [WithReadOptions] for
// [ParseModelJSON]; [WithUncertainDuties] for [Model.Cascade];
// [WithWeights] for [Model.Portfolio]. With none, each call uses the
// defaults its documentation gives. A call given an option it does not
// use reports an error naming it, as a program exits on a flag its mode
// does not use; a nil Option is ignored.
type Option func(*options)

// options are what the Options given to one call set.
type options struct {
	option.Given
	coverage        relations.Coverage
	readOptions     []relations.ReadOption
	uncertainDuties bool
	weights         PortfolioWeights
	// layers, set by Model.With, ParseModelJSON and a what-if but by no
	// Option a caller can make, gives a model its sources.
	layers *layers
}

// layers are the sources of a world built in layers (see [Model.With]),
// the model's own first, and which source each agreement came from.
type layers struct {
	sources      []relations.Coverage
	sourceOf     map[string]int32
	observations []Observation
}

// collect applies opts over the defaults and checks that call takes each
// of them.
func collect(call string, opts []Option, takes ...string) (options, error) {
	o := options{weights: DefaultWeights}
	option.Apply(&o, opts)
	if err := o.Check(call, takes...); err != nil {
		return options{}, invalid(call+": options", err)
	}
	return o, nil
}

// WithCoverage declares what the model's source observes, for [New] and
// [ParseModelJSON] (where it replaces the document's). A question about
// a day before the coverage begins reports [ErrOutsideCoverage]; about a
// day after it ends, the facts that held when the source last observed
// them are answered as cannot tell ([relations.PastCoverage]), never as
// certain and never as "no". Without it a model declares no coverage.
func WithCoverage(c relations.Coverage) Option {
	return func(o *options) {
		o.Set("WithCoverage")
		o.coverage = c
	}
}

// WithReadOptions sets the limits [ParseModelJSON] reads its document
// within, such as [relations.WithMaxInputSize]; without it, the limits of
// the Limits section of package [github.com/entente-go/entente].
func WithReadOptions(opts ...relations.ReadOption) Option {
	return func(o *options) {
		o.Set("WithReadOptions")
		o.readOptions = append(o.readOptions, opts...)
	}
}

// WithUncertainDuties lets duties whose conditions cannot be checked
// (CannotTell) draw actors into a [Model.Cascade] too; without it only
// duties that certainly hold do.
func WithUncertainDuties() Option {
	return func(o *options) {
		o.Set("WithUncertainDuties")
		o.uncertainDuties = true
	}
}

// WithWeights sets how much each kind of tie counts in a
// [Model.Portfolio]; without it, [DefaultWeights].
func WithWeights(w PortfolioWeights) Option {
	return func(o *options) {
		o.Set("WithWeights")
		o.weights = w
	}
}
