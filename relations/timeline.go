package relations

import "strconv"

// Step is one event in a pair's timeline, with the standing it left.
type Step struct {
	Event   string // the event's ID
	Date    Date
	Kind    EventKind
	Summary string
	// AinB, BinA and Alignment are the standing after the event, from
	// events alone (agreements are not folded into a timeline).
	AinB, BinA Representation
	Alignment  Alignment
}

// String describes the step in one line, as in
// `2023-07-04 exchange-ambassadors ("eg-tr-2023"): ambassador / ambassador, normal`.
func (s Step) String() string {
	return s.Date.String() + " " + s.Kind.String() + " (" + strconv.Quote(s.Event) + "): " +
		s.AinB.String() + " / " + s.BinA.String() + ", " + s.Alignment.String()
}

// Timeline returns every event touching the pair a–b in fold order (see
// [History.Events]), each with the standing it left: AinB is a's mission in
// b. It reports an error for an unknown actor or an actor paired with
// itself; a pair with no events has an empty timeline.
func (h *History) Timeline(a, b ActorID) ([]Step, error) {
	ai, bi, err := h.pair(a, b, Date{year: MinYear})
	if err != nil {
		return nil, err
	}
	k := makePairKey(ai, bi)
	log, ok := h.pairLog(k)
	if !ok {
		return nil, nil
	}
	aSide, bSide := 0, 1
	if ai != k.lo {
		aSide, bSide = 1, 0
	}
	out := make([]Step, len(log.events))
	for i, ei := range log.events {
		e := &h.events[ei]
		lv := log.after[i]
		out[i] = Step{Event: h.eventIdx.key(ei), Date: e.date, Kind: e.kind, Summary: h.texts[e.text].summary,
			AinB: lv.rep[aSide], BinA: lv.rep[bSide], Alignment: lv.align}
	}
	return out, nil
}
