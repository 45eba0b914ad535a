package universe

import (
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/cow"
)

// AddMajors joins COW's major powers (v2016, package cow's MajorPowers):
// cowmaj on state-years, cowmaj1 and cowmaj2 on dyad-years, as
// peacesciencer's add_cow_majors names them: 1 for a state that was a
// major power on some day of the year, 0 otherwise. The data observe
// 1816–2016; WithCarryForward, the major powers of 2016-12-31 stay major
// powers in the years after (rows that say so: Assumed), where
// peacesciencer writes 0.
func AddMajors() Join { return majorsJoin{} }

type majorsJoin struct{}

// Name is the join's name in errors and in the columns' documentation.
func (majorsJoin) Name() string { return "majors" }

// Coverage is what the major powers observe: outside it a joined value is NA.
func (majorsJoin) Coverage() relations.Coverage {
	return relations.Coverage{Source: "COW State System Membership v2016 (major powers)", Observed: yearsInterval(FirstYear, LastYear)}
}

// majorsPrepared holds whether each state-year slot is a major power's.
type majorsPrepared struct {
	dyadic bool
	major  []bool
}

func (majorsJoin) prepare(u *core) (prepared, error) {
	p := &majorsPrepared{dyadic: u.dyadic, major: make([]bool, len(u.sys.member))}
	for _, m := range cow.MajorPowers() {
		i := u.sys.index(m.Code)
		if i < 0 {
			continue
		}
		for _, sp := range m.Spells {
			last := u.sys.last // open: through the carry-forward
			if !sp.IsOpen() {
				d, _ := sp.Until.AddDays(-1)
				last = d.Year()
			}
			for y := max(sp.From.Year(), FirstYear); y <= min(last, u.sys.last); y++ {
				p.major[u.sys.slot(i, y)] = true
			}
		}
	}
	return p, nil
}

func (p *majorsPrepared) columns() []Column {
	if p.dyadic {
		return columnsOf(Integer, "cowmaj1", "cowmaj2")
	}
	return columnsOf(Integer, "cowmaj")
}

func (p *majorsPrepared) flag(b []byte, slot int32) []byte {
	if p.major[slot] {
		return append(b, ",1"...)
	}
	return append(b, ",0"...)
}

func (p *majorsPrepared) text(b []byte, k *key) []byte {
	b = p.flag(b, k.s1)
	if p.dyadic {
		b = p.flag(b, k.s2)
	}
	return b
}

func (p *majorsPrepared) state(r *StateYear, k *key) { r.Major = relations.TruthOf(p.major[k.s1]) }
func (p *majorsPrepared) dyad(r *DyadYear, k *key) {
	r.Major1, r.Major2 = relations.TruthOf(p.major[k.s1]), relations.TruthOf(p.major[k.s2])
}
func (p *majorsPrepared) stateCells(r *StateYear, c []Cell) { c[0] = truthCell(r.Major) }
func (p *majorsPrepared) dyadCells(r *DyadYear, c []Cell) {
	c[0], c[1] = truthCell(r.Major1), truthCell(r.Major2)
}
