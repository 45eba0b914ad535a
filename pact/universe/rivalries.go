package universe

import (
	"fmt"

	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/rivalry"
)

// AddRivalries joins Thompson and Dreyer's strategic rivalries (2012;
// rivalry.All() is the embedded copy), as peacesciencer's
// add_strategic_rivalries does up to its version 1.1: on dyad-years
// rivalryno, the type flags positional, spatial, ideological and
// interventionary, and ongoingrivalry, in both directions; on state-years
// the counts of the state's rivalries of each type, n_ideological,
// n_interventionary, n_positional and n_spatial. As peacesciencer does, a
// rivalry of Austria-Hungary (300) counts for Austria (305) from 1919. The
// data end in 2010 (a rivalry running then has the end year 2010): a pair
// without a rivalry is 0 through 2010 and NA after it, where
// peacesciencer writes 1. The rivalries are copied.
func AddRivalries(rivalries []rivalry.Rivalry) Join {
	return &rivalryJoin{rivalries: append([]rivalry.Rivalry(nil), rivalries...)}
}

type rivalryJoin struct{ rivalries []rivalry.Rivalry }

// Name is the join's name in errors and in the columns' documentation.
func (j *rivalryJoin) Name() string { return "rivalries" }

// Coverage is what the rivalries observe: outside it a joined value is NA.
func (j *rivalryJoin) Coverage() relations.Coverage {
	return relations.Coverage{Source: "Thompson & Dreyer 2012", Observed: rivalry.Coverage}
}

// austria is the code a rivalry of Austria-Hungary (300) counts under from
// 1919 on, when Austria (305) enters the state system.
func austria(code, year int) int {
	if code == 300 && year >= 1919 {
		return 305
	}
	return code
}

// rivalryYears calls f for each year of each rivalry from FirstYear
// through the last year it observes, in both directions.
func (j *rivalryJoin) rivalryYears(f func(ri, code1, code2, year int)) {
	for ri, r := range j.rivalries {
		last := rivalry.LastYear
		if !r.Ongoing() {
			last = r.End.Year()
		}
		for y := max(r.Start.Year(), FirstYear); y <= last; y++ {
			a, b := austria(r.CCode1, y), austria(r.CCode2, y)
			f(ri, a, b, y)
			f(ri, b, a, y)
		}
	}
}

var rivalryStateColumns = columnsOf(Integer, "n_ideological", "n_interventionary", "n_positional", "n_spatial")
var rivalryDyadColumns = columnsOf(Integer, "rivalryno", "positional", "spatial", "ideological", "interventionary", "ongoingrivalry")

// rivalryTypes are the types of the dyad-year flags, in column order.
var rivalryTypes = []rivalry.Types{rivalry.Positional, rivalry.Spatial, rivalry.Ideological, rivalry.Interventionary}

// rivalryPrepared holds the rivalries by pair and year (dyad-years) or
// the counts by slot (state-years).
type rivalryPrepared struct {
	dyadic  bool
	last    int // the last year covered
	j       *rivalryJoin
	byPair  *sparse[int32]
	texts   []string // each rivalry's dyad-year fields
	counts  [][4]uint8
	none    string
	unknown string
}

func (j *rivalryJoin) prepare(u *core) (prepared, error) {
	p := &rivalryPrepared{dyadic: u.dyadic, last: rivalry.LastYear, j: j}
	n := len(u.sys.states)
	if !u.dyadic {
		p.counts = make([][4]uint8, len(u.sys.member))
		p.unknown = nas(len(rivalryStateColumns))
		j.rivalryYears(func(ri, code1, _, year int) {
			i := u.sys.index(code1)
			if i < 0 || year > u.sys.last {
				return
			}
			c := &p.counts[u.sys.slot(i, year)]
			for t, typ := range []rivalry.Types{rivalry.Ideological, rivalry.Interventionary, rivalry.Positional, rivalry.Spatial} {
				if j.rivalries[ri].Types.Has(typ) && c[t] < 255 {
					c[t]++
				}
			}
		})
		return p, nil
	}
	p.none, p.unknown = ","+na+",0,0,0,0,0", nas(len(rivalryDyadColumns))
	var entries []entry[int32]
	j.rivalryYears(func(ri, code1, code2, year int) {
		i1, i2 := u.sys.index(code1), u.sys.index(code2)
		if i1 >= 0 && i2 >= 0 {
			entries = append(entries, entry[int32]{unit: int32(i1*n + i2), year: year, val: int32(ri)})
		}
	})
	p.byPair = newSparse(u.units(), entries)
	for i := 1; i < len(entries); i++ { // newSparse sorted them
		if a, b := entries[i-1], entries[i]; a.unit == b.unit && a.year == b.year {
			ra, rb := j.rivalries[a.val], j.rivalries[b.val]
			return nil, fmt.Errorf("rivalries %d and %d both hold %d–%d in %d", ra.Number, rb.Number, u.sys.codes[a.unit/int32(n)], u.sys.codes[a.unit%int32(n)], a.year)
		}
	}
	p.texts = make([]string, len(j.rivalries))
	for ri, r := range j.rivalries {
		b := appendInt([]byte{','}, r.Number)
		for _, t := range rivalryTypes {
			b = appendFlag(b, r.Types.Has(t))
		}
		p.texts[ri] = string(append(b, ",1"...))
	}
	return p, nil
}

func (p *rivalryPrepared) columns() []Column {
	if p.dyadic {
		return rivalryDyadColumns
	}
	return rivalryStateColumns
}

// lookup returns the rivalry of the row, or -1 for none; known is false
// after the data's coverage.
func (p *rivalryPrepared) lookup(k *key) (ri int, known bool) {
	if k.year > p.last {
		return -1, false
	}
	if i := p.byPair.find(k.pair, k.year); i >= 0 {
		return int(p.byPair.vals[i]), true
	}
	return -1, true
}

func (p *rivalryPrepared) text(b []byte, k *key) []byte {
	if !p.dyadic {
		if k.year > p.last {
			return append(b, p.unknown...)
		}
		for _, n := range p.counts[k.s1] {
			b = appendInt(append(b, ','), int(n))
		}
		return b
	}
	switch ri, known := p.lookup(k); {
	case !known:
		return append(b, p.unknown...)
	case ri < 0:
		return append(b, p.none...)
	default:
		return append(b, p.texts[ri]...)
	}
}

func (p *rivalryPrepared) state(r *StateYear, k *key) {
	if k.year > p.last {
		return
	}
	c := p.counts[k.s1]
	r.Rivalries = RivalryCounts{Known: true, Ideological: int(c[0]), Interventionary: int(c[1]), Positional: int(c[2]), Spatial: int(c[3])}
}

func (p *rivalryPrepared) dyad(r *DyadYear, k *key) {
	switch ri, known := p.lookup(k); {
	case !known:
	case ri < 0:
		r.Rivalry = Rivalry{Ongoing: relations.No}
	default:
		rv := p.j.rivalries[ri]
		r.Rivalry = Rivalry{Ongoing: relations.Yes, Number: rv.Number, Types: rv.Types}
	}
}

func (p *rivalryPrepared) stateCells(r *StateYear, c []Cell) {
	if !r.Rivalries.Known {
		clear(c)
		return
	}
	rc := r.Rivalries
	c[0], c[1], c[2], c[3] = intCell(rc.Ideological), intCell(rc.Interventionary), intCell(rc.Positional), intCell(rc.Spatial)
}

func (p *rivalryPrepared) dyadCells(r *DyadYear, c []Cell) {
	c[0] = Cell{}
	if r.Rivalry.Ongoing == relations.Yes {
		c[0] = intCell(r.Rivalry.Number)
	}
	for i, t := range rivalryTypes {
		c[1+i] = truthCell(r.Rivalry.Is(t))
	}
	c[5] = truthCell(r.Rivalry.Ongoing)
}
