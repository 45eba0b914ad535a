package pact

import (
	"github.com/entente-go/entente/internal/calendar"
	"github.com/entente-go/entente/relations"
)

// pairCertain reports whether ties — one actor's ties to one counterpart,
// as tiesOf gives them — settle on the span [f, l] of day an obligation
// that keep accepts, though no one clause does. That is so for an
// obligation in one direction when a clause that binds on the whole span
// records the pair's obligation as owed (Clause.PairOwed: the source codes
// the pair that year, not the agreement), and every agreement that may
// carry the obligation between them in day's year binds them with it on
// the whole span: whichever carries it, it binds. An agreement that may
// carry it but may not bind on the day leaves the pair cannot tell.
func (m *Model) pairCertain(ties []tie, day relations.Date, f, l int32, keep func(*tie) bool) bool {
	ys, ye := calendar.Span(day.Year(), 0, 0)
	type carrier struct {
		agreement int32
		binds     bool
	}
	for _, outgoing := range [2]bool{true, false} {
		for o := Defense; o <= Consultation; o++ {
			var carriers []carrier
			evidence := false
			for i := range ties {
				t := &ties[i]
				if t.outgoing != outgoing || t.obligation != o || !keep(t) || t.w.fromFirst > ye || t.w.untilLast <= ys {
					continue
				}
				binds := t.w.contains(f, l) == relations.Yes
				if binds && varianceOf(m.clause(t)) == pairOwed {
					evidence = true
				}
				k := len(carriers) - 1
				if k < 0 || carriers[k].agreement != t.agreement {
					carriers = append(carriers, carrier{agreement: t.agreement})
					k++
				}
				carriers[k].binds = carriers[k].binds || binds
			}
			if !evidence {
				continue
			}
			all := true
			for _, c := range carriers {
				all = all && c.binds
			}
			if all {
				return true
			}
		}
	}
	return false
}
