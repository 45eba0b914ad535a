package main

import (
	"errors"
	"slices"
	"strings"

	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/cow"
)

// resolveActor finds the actor of the world a person names with -record:
// its actor ID (USA, gcc) or its whole name as the report prints it or
// its source gives it (United States, United States of America), in any
// case, or, for a state, any spelling cow.Lookup reads (a COW code,
// a COW abbreviation, an ISO code, a historical name), so that every
// spelling of one actor prints the same ledger. A spelling that names
// several actors is an error listing them.
func (s scenario) resolveActor(spelling string) (relations.ActorID, error) {
	if _, ok := s.actors[relations.ActorID(spelling)]; ok {
		return relations.ActorID(spelling), nil
	}
	fold := strings.Join(strings.Fields(spelling), " ")
	var found []relations.ActorID
	for id, a := range s.actors {
		if strings.EqualFold(string(id), fold) || strings.EqualFold(a.Name, fold) || strings.EqualFold(s.name(id), fold) {
			found = append(found, id)
		}
	}
	st, err := cow.Lookup(spelling)
	var amb *cow.AmbiguousError
	switch {
	case err == nil:
		if _, ok := s.actors[st.ID]; ok && !slices.Contains(found, st.ID) {
			found = append(found, st.ID)
		}
	case errors.As(err, &amb) && len(found) == 0:
		return "", err
	}
	slices.Sort(found)
	switch len(found) {
	case 0:
		return "", errors.New("unknown actor " + errs.Quote(spelling) + "; want an actor of the world by ID (USA), name (Saudi Arabia) or COW code (670)")
	case 1:
		return found[0], nil
	}
	var names []string
	for _, id := range found {
		names = append(names, s.name(id)+" ("+string(id)+")")
	}
	return "", errors.New(errs.Quote(spelling) + " names " + strings.Join(names, ", ") + "; give the actor ID")
}
