package pact

import (
	"errors"
	"strconv"

	"github.com/entente-go/entente/relations"
)

// MaxPanelYears bounds the years one dyad-year query covers (from through
// to, both counted). A panel holds a cell per actor and year, so the span
// bounds its memory; 500 years reach from the Peace of Westphalia to 2100,
// and ATOP's 1815–2018 is 204.
const MaxPanelYears = 500

// checkYears validates the year range of a dyad-year query before any
// allocation that depends on it: both years in [relations.MinYear,
// relations.MaxYear], from no later than to, and at most MaxPanelYears
// years in all. Its errors name the field at fault.
func checkYears(from, to int) error {
	bad := func(field, msg string) error {
		return invalid("query: "+field, errors.New(msg))
	}
	inRange := func(y int) bool { return y >= relations.MinYear && y <= relations.MaxYear }
	switch {
	case !inRange(from):
		return bad("from", "year "+strconv.Itoa(from)+" is out of range; want "+yearRange)
	case !inRange(to):
		return bad("to", "year "+strconv.Itoa(to)+" is out of range; want "+yearRange)
	case to < from:
		return bad("to", "year "+strconv.Itoa(to)+" comes before the first year, "+strconv.Itoa(from))
	case to-from+1 > MaxPanelYears:
		return bad("to", strconv.Itoa(to-from+1)+" years is more than the limit of "+strconv.Itoa(MaxPanelYears))
	}
	return nil
}

var yearRange = strconv.Itoa(relations.MinYear) + "–" + strconv.Itoa(relations.MaxYear)
