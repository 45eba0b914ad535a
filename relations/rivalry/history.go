package rivalry

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/cow"
)

// Source names the data in answers, as in "as last observed by Thompson &
// Dreyer 2012 on 2010-12-31".
const Source = "Thompson & Dreyer 2012"

// Observed is the data's coverage under its name, for
// [relations.WithCoverage]: a history built with it answers a rivalry still
// running in 2010 as last observed then, not as known, on a later day.
func Observed() relations.Coverage { return relations.Coverage{Source: Source, Observed: Coverage} }

// Events returns the rivalry as the events of a history, each with Dataset
// [Source]: a declared rivalry in its first year, which makes the pair
// hostile, and for a rivalry that ended, a rapprochement in its last year,
// which lifts the pair to normal. Both have year precision, so a day inside
// either year cannot tell which side of the event it falls.
func (r Rivalry) Events() []relations.Event {
	id := "td-" + strconv.Itoa(r.Number)
	cite := "Thompson & Dreyer (2012), Handbook of International Rivalries: rivalry " + strconv.Itoa(r.Number) + " (" + r.Name + ")"
	out := []relations.Event{{ID: id, Kind: relations.DeclaredRivalry, Date: r.Start,
		Actors: []relations.ActorID{r.A}, Toward: []relations.ActorID{r.B},
		Summary: "strategic rivalry " + r.Name + " begins (" + r.Types.String() + ")", Source: cite, Dataset: Source}}
	if !r.Ongoing() {
		out = append(out, relations.Event{ID: id + "-end", Kind: relations.Rapprochement, Date: r.End,
			Actors: []relations.ActorID{r.A}, Toward: []relations.ActorID{r.B},
			Summary: "strategic rivalry " + r.Name + " ends", Source: cite, Dataset: Source})
	}
	return out
}

// History returns every rivalry as a history's actors and events: the
// actors are the rivals, as COW states (or "cow-" and the code outside the
// COW state system), sorted by ID; the events those of [Rivalry.Events], in
// the data's order. Give them, with [Observed], to [relations.NewHistory],
// alone or beside other events.
func History() ([]relations.Actor, []relations.Event) {
	var actors []relations.Actor
	var events []relations.Event
	seen := map[relations.ActorID]bool{}
	for _, r := range All() {
		for _, c := range []int{r.CCode1, r.CCode2} {
			id := actorID(c)
			if seen[id] {
				continue
			}
			seen[id] = true
			if s, ok := cow.ByCode(c); ok {
				actors = append(actors, s.Actor())
			} else {
				actors = append(actors, relations.Actor{ID: id, Kind: relations.StateActor, Name: "COW " + strconv.Itoa(c), COW: c})
			}
		}
		events = append(events, r.Events()...)
	}
	slices.SortFunc(actors, func(a, b relations.Actor) int { return cmp.Compare(a.ID, b.ID) })
	return actors, events
}
