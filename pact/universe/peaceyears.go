package universe

import (
	"errors"

	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/cow/war"
)

// AddPeaceYears joins to dyad-years the years each pair has been at peace
// (cowinterspell), as peacesciencer's add_spells counts them on COW's
// inter-state wars (war.All() is the embedded copy) with
// conflict_event_type "onset": 0 in a pair's first dyad-year, one more in
// each of its dyad-years after, and 0 again after a dyad-year in which a
// war between them began. WithOngoingWars counts from every year they
// fought instead (peacesciencer's default, "ongoing"). The count runs over
// the pair's dyad-years from its first year in the state system, whatever
// the universe's first year, and skips years the pair was not in the
// system together (as add_spells counts rows, not years). The war data end
// in 2007: after it, NA. The wars are copied.
func AddPeaceYears(wars []war.War, opts ...Option) Join {
	o, err := collect("AddPeaceYears", opts)
	return &peaceJoin{wars: cloneWars(wars), ongoing: o.ongoing, err: err}
}

type peaceJoin struct {
	wars    []war.War
	ongoing bool
	err     error
}

// Name is the join's name in errors and in the columns' documentation.
func (j *peaceJoin) Name() string { return "peace-years" }

// Coverage is what the peace years observe: outside it a joined value is NA.
func (j *peaceJoin) Coverage() relations.Coverage { return warCoverage }

// peacePrepared holds the years in which each pair's peace ends.
type peacePrepared struct {
	sys    *system
	events *sparse[bool]
}

func (j *peaceJoin) prepare(u *core) (prepared, error) {
	if j.err != nil {
		return nil, j.err
	}
	if !u.dyadic {
		return nil, errors.New("peace-years count the years between a pair's wars: join them to dyad-years")
	}
	rows, err := warRows(u, j.wars)
	if err != nil {
		return nil, err
	}
	var events []entry[bool]
	for _, e := range rows {
		if j.ongoing || e.val.onset {
			events = append(events, entry[bool]{unit: e.unit, year: e.year, val: true})
		}
	}
	return &peacePrepared{sys: u.sys, events: newSparse(u.units(), events)}, nil
}

func (p *peacePrepared) columns() []Column { return columnsOf(Integer, "cowinterspell") }

// startPair counts the pair's peace-years up to its first row in the
// universe, from its first year in the system.
func (p *peacePrepared) startPair(k *key, firstRow int) {
	s := p.sys
	k.spell = 0
	for y := max(s.first[k.i1], s.first[k.i2]); y < firstRow && y <= war.LastYear; y++ {
		if s.together(s.slot(k.i1, y), s.slot(k.i2, y)) {
			p.step(k, y)
		}
	}
}

// step moves the count past the pair's dyad-year y.
func (p *peacePrepared) step(k *key, y int) {
	if p.events.find(k.pair, y) >= 0 {
		k.spell = 0
	} else {
		k.spell++
	}
}

func (p *peacePrepared) endYear(k *key) { p.step(k, k.year) }

func (p *peacePrepared) value(k *key) PeaceYears {
	if k.year > war.LastYear {
		return PeaceYears{}
	}
	return PeaceYears{Years: k.spell, Known: true}
}

func (p *peacePrepared) text(b []byte, k *key) []byte {
	if v := p.value(k); v.Known {
		return appendInt(append(b, ','), v.Years)
	}
	return append(b, ","+na...)
}

func (p *peacePrepared) dyad(r *DyadYear, k *key) { r.PeaceYears = p.value(k) }
func (p *peacePrepared) dyadCells(r *DyadYear, c []Cell) {
	c[0] = Cell{}
	if r.PeaceYears.Known {
		c[0] = intCell(r.PeaceYears.Years)
	}
}
