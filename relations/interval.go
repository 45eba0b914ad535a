package relations

// Interval is a half-open span of time [From, Until). The zero Until is an
// open end: still in force. Bounds may be partial dates; an interval starts
// somewhere in the span of From and ends somewhere in the span of Until.
type Interval struct {
	From  Date // first day in force; required
	Until Date // first day no longer in force; zero means open-ended
}

// IsOpen reports whether the interval has no end.
func (iv Interval) IsOpen() bool { return !iv.Until.IsValid() }

// Contains reports whether day falls inside the interval: Yes when it
// certainly does, No when it certainly does not, and CannotTell when the
// precision of the bounds or of day leaves both possible.
func (iv Interval) Contains(day Date) Truth {
	t := iv.From.OnOrBefore(day)
	if iv.Until.IsValid() {
		t = t.And(day.Before(iv.Until))
	}
	return t
}

// IsValid reports whether From is set and Until, if set, does not come before
// From (an interval may be empty but never reversed).
func (iv Interval) IsValid() bool {
	return iv.From.IsValid() && (!iv.Until.IsValid() || iv.Until.Before(iv.From) != Yes)
}

// String formats the interval as "[from, until)" or "[from, …)".
func (iv Interval) String() string {
	u := "…"
	if iv.Until.IsValid() {
		u = iv.Until.String()
	}
	return "[" + iv.From.String() + ", " + u + ")"
}
