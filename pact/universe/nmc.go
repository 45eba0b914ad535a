package universe

import (
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/cow/nmc"
)

// AddNMC joins COW's National Material Capabilities (v7; nmc.Records() is
// the embedded copy): milex, milper, irst, pec, tpop, upop and cinc on
// state-years, and the same with 1 and 2 for the two states of a
// dyad-year (milex1 … cinc1, milex2 … cinc2), as peacesciencer's add_nmc
// names them. A value NMC does not have — missing in the source (COW's
// -9), no record for the state-year, or a year after 2022 — is NaN in Go
// and NA in CSV. Values are written as the source has them, never
// rounded. The records are copied.
func AddNMC(records []nmc.Record) Join {
	first, last := relations.MaxYear, relations.MinYear
	for _, r := range records {
		first, last = min(first, r.Year), max(last, r.Year)
	}
	cov := relations.Coverage{Source: "COW National Material Capabilities", Observed: nmc.Coverage}
	if len(records) > 0 && (first != nmc.FirstYear || last != nmc.LastYear) {
		cov.Observed = yearsInterval(first, last)
	}
	return &nmcJoin{records: append([]nmc.Record(nil), records...), coverage: cov}
}

type nmcJoin struct {
	records  []nmc.Record
	coverage relations.Coverage
}

// Name is the join's name in errors and in the columns' documentation.
func (j *nmcJoin) Name() string { return "nmc" }

// Coverage is what the capabilities data observe: outside it a joined value is NA.
func (j *nmcJoin) Coverage() relations.Coverage { return j.coverage }

var nmcNames = []string{"milex", "milper", "irst", "pec", "tpop", "upop", "cinc"}

// nmcPrepared holds each state-year slot's record and its text.
type nmcPrepared struct {
	dyadic  bool
	cols    []Column
	rec     []int32 // slot → record, or -1
	records []nmc.Record
	texts   string  // the records' texts, one after another
	ends    []int32 // record i's text is texts[ends[i-1]:ends[i]]
	none    string
}

func (j *nmcJoin) prepare(u *core) (prepared, error) {
	p := &nmcPrepared{dyadic: u.dyadic, records: j.records, rec: make([]int32, len(u.sys.member)), none: nas(len(nmcNames))}
	for i := range p.rec {
		p.rec[i] = -1
	}
	names := nmcNames
	if u.dyadic {
		names = nil
		for _, suffix := range []string{"1", "2"} {
			for _, n := range nmcNames {
				names = append(names, n+suffix)
			}
		}
	}
	p.cols = columnsOf(Real, names...)
	var b []byte
	p.ends = make([]int32, len(j.records))
	for ri, r := range j.records {
		if i := u.sys.index(r.CCode); i >= 0 && r.Year >= FirstYear && r.Year <= u.sys.last {
			p.rec[u.sys.slot(i, r.Year)] = int32(ri)
		}
		for _, v := range []float64{r.MilEx, r.MilPer, r.IrSt, r.PEC, r.TPop, r.UPop, r.CINC} {
			b = appendReal(append(b, ','), v)
		}
		p.ends[ri] = int32(len(b))
	}
	p.texts = string(b)
	return p, nil
}

func (p *nmcPrepared) columns() []Column { return p.cols }

func (p *nmcPrepared) slotText(b []byte, slot int32) []byte {
	ri := p.rec[slot]
	if ri < 0 {
		return append(b, p.none...)
	}
	from := int32(0)
	if ri > 0 {
		from = p.ends[ri-1]
	}
	return append(b, p.texts[from:p.ends[ri]]...)
}

func (p *nmcPrepared) text(b []byte, k *key) []byte {
	b = p.slotText(b, k.s1)
	if p.dyadic {
		b = p.slotText(b, k.s2)
	}
	return b
}

func (p *nmcPrepared) record(slot int32, r *nmc.Record) {
	if ri := p.rec[slot]; ri >= 0 {
		*r = p.records[ri]
	}
}

func (p *nmcPrepared) state(r *StateYear, k *key) { p.record(k.s1, &r.NMC) }
func (p *nmcPrepared) dyad(r *DyadYear, k *key) {
	p.record(k.s1, &r.NMC1)
	p.record(k.s2, &r.NMC2)
}

func nmcCells(r nmc.Record, c []Cell) {
	for i, v := range []float64{r.MilEx, r.MilPer, r.IrSt, r.PEC, r.TPop, r.UPop, r.CINC} {
		c[i] = realCell(v)
	}
}

func (p *nmcPrepared) stateCells(r *StateYear, c []Cell) { nmcCells(r.NMC, c) }
func (p *nmcPrepared) dyadCells(r *DyadYear, c []Cell) {
	nmcCells(r.NMC1, c[:7])
	nmcCells(r.NMC2, c[7:])
}

// yearsInterval is the interval of whole years first through last.
func yearsInterval(first, last int) relations.Interval {
	f, _ := relations.DayDate(first, 1, 1)
	u, _ := relations.DayDate(last+1, 1, 1)
	return relations.Interval{From: f, Until: u}
}
