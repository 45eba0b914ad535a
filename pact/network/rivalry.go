package network

import (
	"errors"
	"strconv"

	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/rivalry"
)

// rivalSpan is a rivalry in the package's own terms: a pair and its first
// and last year.
type rivalSpan struct {
	pair     Pair
	from, to int
	// ongoing: still running when the data end (to is then their last year)
	ongoing bool
}

// rivalSpans checks the rivalries and converts them, reporting every
// malformed one.
func rivalSpans(rs []rivalry.Rivalry) ([]rivalSpan, error) {
	out := make([]rivalSpan, 0, len(rs))
	list := errs.List{Scope: "network"}
	for i, r := range rs {
		to := rivalry.LastYear
		if !r.Ongoing() {
			to = r.End.Year()
		}
		var err error
		switch {
		case r.A == "" || r.B == "" || r.A == r.B:
			err = errors.New("needs two different actors")
		case !r.Start.IsValid():
			err = errors.New("no start")
		case r.Start.Year() < rivalry.FirstYear || r.Start.Year() > rivalry.LastYear || to > rivalry.LastYear:
			err = errors.New("outside the data's years, " + strconv.Itoa(rivalry.FirstYear) + "–" + strconv.Itoa(rivalry.LastYear))
		case to < r.Start.Year():
			err = errors.New("an end before its start")
		default:
			out = append(out, rivalSpan{pair: PairOf(r.A, r.B), from: r.Start.Year(), to: to, ongoing: r.Ongoing()})
			continue
		}
		list.Add(&relations.ValidationError{Path: "rivalries[" + strconv.Itoa(i) + "]: rivalry " + strconv.Itoa(r.Number) + " " + errs.Quote(r.Name), Err: err})
	}
	return out, list.Err()
}

// rivalTies returns the rivalries in year y, or on a day of y when day is
// set: certain in the years they are coded; uncertain on a day of their
// first or last year (the data know years only), and after the data end
// for one still running then.
func rivalTies(rivals []rivalSpan, y int, day bool) relations.Answer[Pair] {
	var a relations.Answer[Pair]
	for _, r := range rivals {
		if r.from > y || r.to < y && !r.ongoing {
			continue
		}
		switch {
		case y > rivalry.LastYear:
			a.Uncertain = append(a.Uncertain, relations.Doubtful[Pair]{Item: r.pair, Doubt: relations.Doubt{Reason: relations.PastCoverage,
				Detail: "the rivalry of " + r.pair.String() + ", as last observed by Thompson and Dreyer in " + strconv.Itoa(rivalry.LastYear)}})
		case day && (y == r.from || y == r.to && !r.ongoing):
			edge := "first"
			if y != r.from {
				edge = "last"
			}
			a.Uncertain = append(a.Uncertain, relations.Doubtful[Pair]{Item: r.pair, Doubt: relations.Doubt{Reason: relations.PartialDate,
				Detail: "the rivalry of " + r.pair.String() + " is known to the year only, and " + strconv.Itoa(y) + " is its " + edge}})
		default:
			a.Certain = append(a.Certain, r.pair)
		}
	}
	return a
}
