package relations

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
