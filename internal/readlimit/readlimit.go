// Package readlimit holds the limits a reader applies, so that
// relations.ReadOption can be a plain option over settings no caller
// sees, and every reader of the module, whatever its package, can resolve
// the options it is given against its own defaults.
package readlimit

// Limits are the limits one reader applies.
type Limits struct {
	// MaxInputSize bounds the bytes a reader reads; zero or less lifts
	// the bound.
	MaxInputSize int64
}

// Resolve returns l changed by opts, in order; a nil option is ignored.
// It is generic so that relations.ReadOption, a named type, need not be
// converted at every reader.
func Resolve[O ~func(*Limits)](l Limits, opts []O) Limits {
	for _, o := range opts {
		if o != nil {
			o(&l)
		}
	}
	return l
}
