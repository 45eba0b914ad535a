package similarity

import (
	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/internal/option"
	"github.com/entente-go/entente/relations"
)

// Option tunes a measure, given as its last, variadic arguments:
// [WithSelf] for every measure, [WithDistance] and [WithWeight] for
// [Matrix.S], [Matrix.Kappa] and [Matrix.Pi]. With none, a measure gives
// each actor the coding's highest value toward itself ([SelfHighest]),
// uses the absolute distance ([Absolute]) and weighs every reference
// member equally. A measure given an option it does not use reports an
// error naming it; a nil Option is ignored.
type Option func(*settings)

// settings are what the Options given to one measure set.
type settings struct {
	option.Given
	self     Self
	distance Distance
	weight   func(relations.ActorID) float64
}

// collect applies opts over the defaults and checks that call takes each
// of them.
func collect(call string, opts []Option, takes ...string) (settings, error) {
	var s settings
	option.Apply(&s, opts)
	if err := s.Check(call, takes...); err != nil {
		return settings{}, errs.In("similarity", &relations.ValidationError{Path: call + ": options", Err: err})
	}
	return s, nil
}

// WithSelf sets how a measure counts an actor's tie to itself.
func WithSelf(s Self) Option {
	return func(o *settings) {
		o.Set("WithSelf")
		o.self = s
	}
}

// WithDistance sets the distance δ between two tie values.
func WithDistance(d Distance) Option {
	return func(o *settings) {
		o.Set("WithDistance")
		o.distance = d
	}
}

// WithWeight weighs each member of the reference set by weight (the
// weighted S uses national capabilities); a weight that is negative or not
// finite is an error of the measure that meets it. A nil weight weighs
// each equally.
func WithWeight(weight func(relations.ActorID) float64) Option {
	return func(o *settings) {
		o.Set("WithWeight")
		o.weight = weight
	}
}
