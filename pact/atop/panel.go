package atop

import (
	"iter"
	"strconv"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/cow"
)

// Row is one row of a dyad-year panel in COW codes, as peacesciencer
// writes it.
type Row struct {
	CCode1, CCode2, Year int
	Obligations          pact.ObligationSet
}

// First and Last are the years ATOP 5.1 observes.
const (
	First = 1815
	Last  = 2018
)

// Panel yields the dyad-year panel of any pact model in COW codes, sorted
// by ccode1, ccode2 and year, computed one state at a time: the rows of
// [pact.Model.DyadYears] for each actor whose COW code is a state of the
// COW system (ATOP, too, leaves out France–Annam, Annam having no COW
// code). Directed rows hold ccode1's obligations to ccode2; undirected
// rows have ccode1 < ccode2 and hold the obligations either owes the other.
// Years past the model's coverage have no rows: read from ATOP, a panel
// ends at 2018 (Last) whatever to says ([pact.Model.PanelYears]). It
// reports an error for a nil model, an unknown Dyads or years out of order
// or range.
func Panel(m *pact.Model, d pact.Dyads, from, to int) (iter.Seq[Row], error) {
	if m == nil {
		return nil, errNilModel
	}
	panel, err := m.CodedDyadYears(d, from, to, func(a relations.Actor) (int, bool) {
		_, ok := cow.ByCode(a.COW)
		return a.COW, ok && a.COW > 0
	})
	if err != nil {
		return nil, err
	}
	return func(yield func(Row) bool) {
		for r := range panel {
			if !yield(Row{CCode1: r.A, CCode2: r.B, Year: r.Year, Obligations: r.Obligations}) {
				return
			}
		}
	}, nil
}

// String formats the row as "200-220 1904 defense".
func (r Row) String() string {
	return strconv.Itoa(r.CCode1) + "-" + strconv.Itoa(r.CCode2) + " " + strconv.Itoa(r.Year) + " " + r.Obligations.String()
}
