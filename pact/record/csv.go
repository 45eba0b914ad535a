package record

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/entente-go/entente/relations"
)

// CSVHeader is the header row [WriteCSV] writes.
var CSVHeader = []string{"protector", "protege", "test", "kind", "date", "owed", "response", "verdict",
	"possible", "lags", "reasons", "sources"}

// WriteCSV writes verdicts as CSV, one row a verdict under [CSVHeader]:
// owed is the decisive commitment's kind (empty when nothing was owed),
// response the grade word or "cannot tell", possible the outcomes a
// verdict that cannot be judged may take ("|" between them), lags each
// response's "grade@days" ("?" for a partial date, "x" after the days for
// one outside the window), reasons and sources joined by " | ".
func WriteCSV(w io.Writer, verdicts []Verdict) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, v := range verdicts {
		var possible, lags []string
		for _, p := range v.Possible {
			possible = append(possible, p.String())
		}
		for _, r := range v.Responses {
			lags = append(lags, r.Grade.String()+"@"+lag(r))
		}
		row := []string{string(v.Protector), string(v.Test.Protege), v.Test.ID, v.Test.Kind.String(), v.Test.On.String(),
			v.Kind, v.Response(), v.Outcome.String(), strings.Join(possible, "|"), strings.Join(lags, " "),
			strings.Join(v.Reasons, " | "), strings.Join(v.Sources(), " | ")}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// lag writes a response's lag in days, "?" when a partial date hides it,
// and "x" after one that does not count.
func lag(r Counted) string {
	s := "?"
	if r.LagKnown {
		s = strconv.Itoa(r.Lag)
	}
	if r.Counts == relations.No {
		s += "x"
	}
	return s
}
