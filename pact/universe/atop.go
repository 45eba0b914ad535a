package universe

import (
	"errors"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/atop"
	"github.com/entente-go/entente/relations"
)

// AddATOP joins the dyad-year panel of an alliance model (ATOP 5.1's, from
// atop51.Read, or any pact model whose actors carry COW codes), built by
// atop.Panel as ATOP builds its own: atop_defense, atop_offense,
// atop_neutral, atop_nonagg and atop_consul, peacesciencer's columns, and
// atop_alliance, 1 for a pair that shares an alliance in effect that year,
// even one that obliges neither to anything (every row of ATOP's
// directed dyad-year file). A directed universe has the obligations the
// first state owes the second; an undirected one those either owes the
// other (peacesciencer's default). Inside the model's coverage (ATOP:
// 1815–2018) a pair without an alliance is 0; after it, NA. A model
// without a declared coverage observes every year. Dyad-years only.
func AddATOP(m *pact.Model) Join { return &atopJoin{m: m} }

type atopJoin struct{ m *pact.Model }

// Name is the join's name in errors and in the columns' documentation.
func (j *atopJoin) Name() string { return "atop" }

// Coverage is what ATOP observes: outside it a joined value is NA.
func (j *atopJoin) Coverage() relations.Coverage {
	if j.m == nil {
		return relations.Coverage{}
	}
	return j.m.Coverage()
}

// atopPrepared holds the panel's rows by pair and year.
type atopPrepared struct {
	rows        *sparse[pact.ObligationSet]
	first, last int // the years covered
	texts       [256]string
	none        string // covered, no alliance
	unknown     string // not covered
}

var atopColumns = columnsOf(Integer, "atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul", "atop_alliance")

// atopObligations are the obligations of the columns, in order.
var atopObligations = []pact.Obligation{pact.Defense, pact.Offense, pact.Neutrality, pact.NonAggression, pact.Consultation}

func (j *atopJoin) prepare(u *core) (prepared, error) {
	if j.m == nil {
		return nil, errors.New("no model")
	}
	if !u.dyadic {
		return nil, errors.New("ATOP's panel is of dyad-years; a state-year universe cannot join it")
	}
	first, last := coveredYears(j.m.Coverage())
	p := &atopPrepared{first: max(first, u.from), last: min(last, u.to), none: ",0,0,0,0,0,0", unknown: nas(len(atopColumns))}
	for s := range p.texts {
		var b []byte
		for _, o := range atopObligations {
			b = appendFlag(b, pact.ObligationSet(s).Has(o))
		}
		p.texts[s] = string(append(b, ",1"...))
	}
	var entries []entry[pact.ObligationSet]
	if p.first <= p.last {
		d := pact.Directed
		if u.undirected {
			d = pact.Undirected
		}
		panel, err := atop.Panel(j.m, d, p.first, p.last)
		if err != nil {
			return nil, err
		}
		n := len(u.sys.states)
		for r := range panel {
			i1, i2 := u.sys.index(r.CCode1), u.sys.index(r.CCode2)
			if i1 < 0 || i2 < 0 {
				continue // not a state of the system: no row of the universe
			}
			entries = append(entries, entry[pact.ObligationSet]{unit: int32(i1*n + i2), year: r.Year, val: r.Obligations})
		}
	}
	p.rows = newSparse(u.units(), entries)
	return p, nil
}

func appendFlag(b []byte, on bool) []byte {
	if on {
		return append(b, ",1"...)
	}
	return append(b, ",0"...)
}

func (p *atopPrepared) columns() []Column { return atopColumns }

func (p *atopPrepared) lookup(k *key) ATOP {
	if k.year < p.first || k.year > p.last {
		return ATOP{}
	}
	if i := p.rows.find(k.pair, k.year); i >= 0 {
		return ATOP{Alliance: relations.Yes, Obligations: p.rows.vals[i]}
	}
	return ATOP{Alliance: relations.No}
}

func (p *atopPrepared) text(b []byte, k *key) []byte {
	switch a := p.lookup(k); a.Alliance {
	case relations.Yes:
		return append(b, p.texts[a.Obligations]...)
	case relations.No:
		return append(b, p.none...)
	}
	return append(b, p.unknown...)
}

func (p *atopPrepared) dyad(r *DyadYear, k *key) { r.ATOP = p.lookup(k) }
func (p *atopPrepared) dyadCells(r *DyadYear, c []Cell) {
	for i, o := range atopObligations {
		c[i] = truthCell(r.ATOP.Has(o))
	}
	c[5] = truthCell(r.ATOP.Alliance)
}
