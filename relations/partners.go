package relations

import (
	"slices"
)

// Partners answers "who are x's partners on day?": the actors whose
// alignment with x is partner or ally, sorted by ID. A counterpart whose
// standing hinges on an event the day's precision cannot place is in the
// answer's Uncertain part, naming the event.
func (h *History) Partners(x ActorID, day Date) (Answer[ActorID], error) {
	return h.counterparts(x, day, func(a Alignment) bool { return a >= Partner })
}

// Rivals answers "who are x's rivals on day?": the actors whose alignment
// with x is hostile, sorted by ID, certain and uncertain apart.
func (h *History) Rivals(x ActorID, day Date) (Answer[ActorID], error) {
	return h.counterparts(x, day, func(a Alignment) bool { return a == Hostile })
}

func (h *History) counterparts(x ActorID, day Date, keep func(Alignment) bool) (Answer[ActorID], error) {
	var ans Answer[ActorID]
	xi, err := h.index(x)
	if err != nil {
		return ans, err
	}
	if !day.IsValid() {
		return ans, invalid("query: day", errNoDate)
	}
	for _, k := range h.byActor[xi] {
		y := h.actors[other(k, xi)].ID
		s, _ := h.Standing(x, y, day)
		in := keep(s.Alignment.Level)
		if len(s.Uncertain) > 0 && slices.ContainsFunc(h.possibleAlignments(x, y, day), func(a Alignment) bool { return keep(a) != in }) {
			ans.Uncertain = append(ans.Uncertain, Doubtful[ActorID]{Item: y, Doubt: uncertainEvents(s)})
			continue
		}
		if s.AlignmentDoubt.Reason != UnknownReason && (in || (s.PossibleAlignment != UnknownAlignment && keep(s.PossibleAlignment))) {
			// As last observed, or an unsettled agreement may lift it in.
			ans.Uncertain = append(ans.Uncertain, Doubtful[ActorID]{Item: y, Doubt: s.AlignmentDoubt})
			continue
		}
		if in {
			ans.Certain = append(ans.Certain, y)
		}
	}
	return ans, nil
}

// possibleAlignments returns the alignments a and b may have on day if
// the events the day cannot place had happened, in fold order: the
// standing after each of them.
func (h *History) possibleAlignments(a, b ActorID, day Date) []Alignment {
	ai, _ := h.actorIndex(a)
	bi, _ := h.actorIndex(b)
	log, ok := h.pairLog(makePairKey(ai, bi))
	if !ok {
		return nil
	}
	var out []Alignment
	n, end := log.applied(day), day.lastDay()
	for i := n; i < len(log.last) && log.last[i] <= end+maxSpan; i++ {
		if log.first[i] <= end {
			al, _, _ := h.withAgreement(a, b, day, AlignmentState{Level: log.after[i].align})
			out = append(out, al.Level)
		}
	}
	return out
}
