package relations

import (
	"errors"

	"github.com/entente-go/entente/internal/errs"
)

// Coverage is what a source observes: its name, as it should read in an
// answer ("ATOP 5.1"), and the days it observes. A question about a day
// before the coverage begins has no answer in the source; about a day
// after it ends, what the source last observed is answered as cannot tell
// ([PastCoverage]), never as certain and never as "no", unless a later
// source settles it.
type Coverage struct {
	Source   string
	Observed Interval
}

// IsZero reports whether c declares nothing: a source without coverage
// answers for every day.
func (c Coverage) IsZero() bool { return c.Source == "" && !c.Observed.From.IsValid() }

// LastObserved returns the last day the source observes, and false when its
// coverage has no end.
func (c Coverage) LastObserved() (Date, bool) {
	if !c.Observed.Until.IsValid() {
		return Date{}, false
	}
	return c.Observed.Until.First().AddDays(-1)
}

// String reads "ATOP 5.1 [1815-01-01, 2019-01-01)".
func (c Coverage) String() string { return c.Source + " " + c.Observed.String() }

// Validate reports what is wrong with a declared coverage, or nil: a
// coverage names its source and observes from a first day to an end, if
// any, that does not come before it. The zero Coverage, which declares
// nothing, is valid. [NewHistory] and package pact's New (for a model and
// each of its layers) check every coverage with it.
func (c Coverage) Validate() error {
	switch {
	case c.IsZero():
		return nil
	case c.Source == "":
		return errors.New("the source is empty; name it, as in \"ATOP 5.1\"")
	case !c.Observed.From.IsValid():
		return errors.New("the coverage of " + errs.Quote(c.Source) + " has no first day")
	case !c.Observed.IsValid():
		return errors.New("the coverage of " + errs.Quote(c.Source) + " ends before it begins: " + c.Observed.String())
	}
	return nil
}
