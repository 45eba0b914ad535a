package pact

import (
	"slices"
	"sort"

	"github.com/entente-go/entente/relations"
)

// StatusOn returns the agreement's status on day and whether the data's
// precision settles it: the status of the last stage that certainly began
// by day, and CannotTell if a later stage may have begun too.
func (m *Model) StatusOn(id string, day relations.Date) (Status, relations.Truth, error) {
	ai, ok := m.agreementAt(id)
	if !ok {
		return UnknownStatus, relations.No, invalid("query: agreement", unknownAgreement(id))
	}
	if !day.IsValid() {
		return UnknownStatus, relations.No, invalid("query: day", errZeroDay)
	}
	st, certain := UnknownStatus, relations.Yes
	for _, c := range m.agreements[ai].Lifecycle {
		switch c.Date.OnOrBefore(day) {
		case relations.Yes:
			st = c.Status
		case relations.CannotTell:
			certain = relations.CannotTell
		}
	}
	return st, certain, nil
}

// InForce answers "which agreements are in force on day?": their IDs,
// sorted, certain and uncertain apart. Proposals and signed agreements not
// yet in force are never included. Each agreement counts once, however
// many phases it has.
func (m *Model) InForce(day relations.Date) (relations.Answer[string], error) {
	var ans relations.Answer[string]
	f, l, err := m.day(day)
	if err != nil {
		return ans, err
	}
	var cand []int32
	cand = append(cand, m.inForceIn(day.Year())...)
	n := sort.Search(len(m.openFrom), func(i int) bool { return m.lastSpan(m.openFrom[i]).fromFirst > l })
	cand = append(cand, m.openFrom[:n]...)
	slices.Sort(cand)
	cand = slices.Compact(cand)
	for _, ai := range cand {
		in := relations.No
		for _, w := range m.inForce[ai] {
			in = in.Or(w.contains(f, l))
		}
		switch in {
		case relations.Yes:
			ans.Certain = append(ans.Certain, m.agreements[ai].ID)
		case relations.CannotTell:
			ans.Uncertain = append(ans.Uncertain, relations.Doubtful[string]{Item: m.agreements[ai].ID, Doubt: m.doubtOf(ai, day, l)})
		}
	}
	return ans, nil
}

// Proposals answers "which agreements are proposals on day?": the IDs of
// the agreements whose status then is Proposed, sorted, certain and
// uncertain apart.
func (m *Model) Proposals(day relations.Date) (relations.Answer[string], error) {
	var ans relations.Answer[string]
	_, l, err := m.day(day)
	if err != nil {
		return ans, err
	}
	for _, ai := range m.proposals {
		id := m.agreements[ai].ID
		switch st, sure, _ := m.StatusOn(id, day); {
		case st == Proposed && sure == relations.Yes:
			ans.Certain = append(ans.Certain, id)
		case sure == relations.CannotTell && (st == Proposed || st == UnknownStatus):
			ans.Uncertain = append(ans.Uncertain, relations.Doubtful[string]{Item: id, Doubt: m.doubtOf(ai, day, l)})
		}
	}
	return ans, nil
}

// AgreementsOf returns the IDs of every agreement x is a party to, in any
// role and at any time, sorted.
func (m *Model) AgreementsOf(x relations.ActorID) ([]string, error) {
	xi, err := m.actor(x)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(m.byActor[xi]))
	for i, ai := range m.byActor[xi] {
		out[i] = m.agreements[ai].ID
	}
	return out, nil
}
