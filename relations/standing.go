package relations

import (
	"sort"
	"strconv"
	"strings"

	"github.com/entente-go/entente/internal/errs"
)

// Cause names what set a rung of a ladder: an event of the history or a
// clause of an agreement, and the date from which it holds.
type Cause struct {
	Since     Date
	Event     string // the event's ID, if an event set it
	Agreement string // the agreement's ID, if an agreement set it
	Clause    string // the clause within the agreement, if any
}

// String describes the cause, as in `since 2023-07-04 (event "eg-tr-2023")`.
func (c Cause) String() string {
	var b strings.Builder
	b.WriteString("since ")
	b.WriteString(c.Since.String())
	switch {
	case c.Event != "":
		b.WriteString(` (event "` + c.Event + `")`)
	case c.Agreement != "" && c.Clause != "":
		b.WriteString(` (agreement "` + c.Agreement + `", clause "` + c.Clause + `")`)
	case c.Agreement != "":
		b.WriteString(` (agreement "` + c.Agreement + `")`)
	}
	return b.String()
}

// RepresentationState is one direction of a pair's diplomatic
// representation on a day, with what set it.
type RepresentationState struct {
	Level Representation
	Cause Cause // zero when Level is unknown
}

// AlignmentState is a pair's alignment on a day, with what set it.
type AlignmentState struct {
	Level Alignment
	Cause Cause // zero when Level is unknown
}

// Standing is how two actors stand on a day: both directions of diplomatic
// representation and the alignment, each with the event or agreement that
// set it.
type Standing struct {
	A, B ActorID
	On   Date
	// AinB is A's representation in B (A's mission there); BinA the reverse.
	AinB, BinA RepresentationState
	Alignment  AlignmentState
	// Uncertain lists, in fold order, events whose dates are too coarse to
	// tell whether they had happened by On; they are not applied.
	Uncertain []string
	// AlignmentDoubt, when its Reason is set, says the alignment is not
	// known: it rests on an event of a dataset whose coverage ended before
	// On and no later event moved it ([PastCoverage]: as last observed), or
	// an agreement the data cannot settle might raise it to
	// PossibleAlignment.
	AlignmentDoubt    Doubt
	PossibleAlignment Alignment
}

// String describes the state in one line, as in
// "EGY–TUR on 2020-01-01: EGY in TUR charge-d-affaires since 2013-11 (…); …".
func (s Standing) String() string {
	var b strings.Builder
	b.WriteString(string(s.A) + "–" + string(s.B) + " on " + s.On.String() + ": ")
	rep := func(from, to ActorID, r RepresentationState) {
		b.WriteString(string(from) + " in " + string(to) + " " + r.Level.String())
		if r.Level != UnknownRepresentation {
			b.WriteString(" " + r.Cause.String())
		}
		b.WriteString("; ")
	}
	rep(s.A, s.B, s.AinB)
	rep(s.B, s.A, s.BinA)
	b.WriteString("alignment " + s.Alignment.Level.String())
	if s.Alignment.Level != UnknownAlignment {
		b.WriteString(" " + s.Alignment.Cause.String())
	}
	if len(s.Uncertain) > 0 {
		b.WriteString("; cannot tell whether " + strings.Join(s.Uncertain, ", ") + " had happened")
	}
	if s.AlignmentDoubt.Reason != UnknownReason {
		b.WriteString("; cannot tell the alignment: " + s.AlignmentDoubt.String())
	}
	return b.String()
}

// Standing returns how a and b stand on day. Events count once they have
// certainly happened: an event dated "2013-11" counts from 2013-12-01 on,
// and on a day inside November 2013 it is listed in Uncertain instead. A
// partial day is read as its first day, with events that may fall within
// its span listed as uncertain. It reports an error for an unknown actor,
// an actor paired with itself, or an invalid day.
func (h *History) Standing(a, b ActorID, day Date) (Standing, error) {
	ai, bi, err := h.pair(a, b, day)
	if err != nil {
		return Standing{}, err
	}
	s := Standing{A: a, B: b, On: day}
	k := makePairKey(ai, bi)
	if log, ok := h.pairLog(k); ok {
		n := log.applied(day)
		lv := noLevels
		if n > 0 {
			lv = log.after[n-1]
		}
		aSide, bSide := 0, 1
		if ai != k.lo {
			aSide, bSide = 1, 0
		}
		s.AinB = RepresentationState{Level: lv.rep[aSide], Cause: h.eventCause(lv.repCause[aSide])}
		s.BinA = RepresentationState{Level: lv.rep[bSide], Cause: h.eventCause(lv.repCause[bSide])}
		s.Alignment = AlignmentState{Level: lv.align, Cause: h.eventCause(lv.alignCause)}
		s.Uncertain = log.uncertain(h, n, day)
	}
	s.Alignment, s.PossibleAlignment, s.AlignmentDoubt = h.withAgreement(a, b, day, s.Alignment)
	if d := h.lastObserved(s.Alignment.Cause, day); d.Reason != UnknownReason {
		s.AlignmentDoubt = d
	}
	return s, nil
}

// lastObserved returns the doubt of an alignment set by an event of a
// dataset whose coverage ended before day; the zero Doubt otherwise.
func (h *History) lastObserved(c Cause, day Date) Doubt {
	if c.Event == "" || h.coverage == nil {
		return Doubt{}
	}
	i, _ := h.eventIndex(c.Event) // as a map would, 0 for an ID not here
	e := &h.events[i]
	cov, ok := h.coverage[h.texts[e.text].dataset]
	if !ok || !cov.Observed.Until.IsValid() || day.firstDay() < cov.Observed.Until.firstDay() {
		return Doubt{}
	}
	last, _ := cov.LastObserved()
	return Doubt{Reason: PastCoverage, Detail: "event " + strconv.Quote(h.eventIdx.key(i)) + " as last observed by " + cov.Source + " on " + last.String()}
}

// withAgreement raises an alignment to what agreements in force give the
// pair, unless events have made the pair hostile; and returns the higher
// alignment that agreements the data cannot settle might give, with why.
func (h *History) withAgreement(a, b ActorID, day Date, cur AlignmentState) (AlignmentState, Alignment, Doubt) {
	if h.agreements == nil || cur.Level == Hostile {
		return cur, UnknownAlignment, Doubt{}
	}
	st := h.agreements.AgreementAlignment(a, b, day)
	if st.Alignment > cur.Level {
		cur = AlignmentState{Level: st.Alignment, Cause: st.Cause}
	}
	if st.Possible > cur.Level {
		return cur, st.Possible, st.Doubt
	}
	return cur, UnknownAlignment, Doubt{}
}

func (h *History) pair(a, b ActorID, day Date) (int32, int32, error) {
	ai, err := h.index(a)
	if err != nil {
		return 0, 0, err
	}
	bi, err := h.index(b)
	if err != nil {
		return 0, 0, err
	}
	if ai == bi {
		return 0, 0, invalid("query: actors", errSelfPair(a))
	}
	if !day.IsValid() {
		return 0, 0, invalid("query: day", errNoDate)
	}
	return ai, bi, nil
}

func (h *History) eventCause(i int32) Cause {
	if i < 0 {
		return Cause{}
	}
	return Cause{Since: h.events[i].date, Event: h.eventIdx.key(i)}
}

// applied returns how many of the log's events had certainly happened by
// the first day of day's span.
func (l *pairLog) applied(day Date) int {
	d := day.firstDay()
	return sort.Search(len(l.last), func(i int) bool { return l.last[i] > d })
}

// maxSpan is the longest span a partial date covers (a leap year), which
// bounds the scan for uncertain events.
const maxSpan = 366

// uncertain lists the events after the first n that may have happened
// within day's span.
func (l *pairLog) uncertain(h *History, n int, day Date) []string {
	var out []string
	end := day.lastDay()
	for i := n; i < len(l.last) && l.last[i] <= end+maxSpan; i++ {
		if l.first[i] <= end {
			out = append(out, h.eventIdx.key(l.events[i]))
		}
	}
	return out
}

// uncertainEvents is the doubt of a standing that events the day cannot
// place may change.
func uncertainEvents(s Standing) Doubt {
	q := make([]string, len(s.Uncertain))
	for i, id := range s.Uncertain {
		q[i] = errs.Quote(id)
	}
	return Doubt{Reason: PartialDate, Detail: "cannot tell whether event " + strings.Join(q, ", ") + " had happened by " + s.On.String()}
}
