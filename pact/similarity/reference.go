package similarity

import (
	"github.com/entente-go/entente/internal/enum"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/cow"
)

// Region is a region of the COW state system, by the COW convention of
// state-number ranges.
type Region uint8

const (
	// Global is the whole system.
	Global Region = iota
	// Americas: COW codes 2–199.
	Americas
	// Europe: 200–399.
	Europe
	// Africa: 400–629.
	Africa
	// MiddleEast: 630–699.
	MiddleEast
	// AsiaOceania: 700–999.
	AsiaOceania
)

var regionNames = []string{"global", "americas", "europe", "africa", "middle-east", "asia-oceania"}

// String returns the region's name.
func (r Region) String() string { return enum.Text("Region", regionNames, r) }

func (r Region) contains(code int) bool {
	switch r {
	case Americas:
		return code < 200
	case Europe:
		return code >= 200 && code < 400
	case Africa:
		return code >= 400 && code < 630
	case MiddleEast:
		return code >= 630 && code < 700
	case AsiaOceania:
		return code >= 700
	}
	return true
}

// SystemMembers returns the actor IDs of the states of the COW system at
// any time in year, within a region, as a reference set. For the years
// after 2016, which the v2016 list does not reach, membership is carried
// forward from 2016, as ATOP's similarity scores do: an explicit
// carry-forward, the one this package makes, which the measures count as
// settled ([relations.Measure]) — a state that joined or left the system
// since is not known to the list.
func SystemMembers(year int, r Region) []relations.ActorID {
	y, err := relations.YearDate(min(year, cow.End.Year()))
	if err != nil {
		return nil
	}
	var out []relations.ActorID
	for _, s := range cow.States() {
		if r.contains(s.Code) && s.InSystem(y) != relations.No {
			out = append(out, s.ID)
		}
	}
	return out
}
