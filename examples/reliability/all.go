package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/entente-go/entente/internal/outfile"
	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/atop/atop51"
	"github.com/entente-go/entente/pact/reliability"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/cow/war"
)

// eras split the wars at the end of the Second World War, as the
// published studies do.
var eras = []struct {
	name     string
	from, to int
}{{"1816–1944", 1816, 1944}, {"1945–2007", 1945, 2007}}

// eraOf names the era of a year, or "" outside both.
func eraOf(year int) string {
	for _, e := range eras {
		if year >= e.from && year <= e.to {
			return e.name
		}
	}
	return ""
}

// kinds are the obligations summarised, as the CSV names them.
var kinds = []struct {
	name string
	kind pact.DutyKind
}{{"defense", pact.Defend}, {"offense", pact.JoinOffense}}

// line is one line of the summary.
type line struct {
	label string
	t     reliability.Tally
}

// lineFormat prints a summary line; the test formats its recomputation
// with it too.
const lineFormat = "%-22s %9d %13d %13d %9d %17s\n"

func (l line) String() string {
	rate := "–"
	if r, ok := l.t.Rate(); ok {
		rate = strconv.FormatFloat(100*r, 'f', 1, 64) + "%"
	}
	return fmt.Sprintf(lineFormat, l.label, l.t.Honoured, l.t.NotHonoured, l.t.CannotJudge, l.t.Released, rate)
}

// summarize tallies judgements: all, by era, by obligation, and by era and
// obligation.
func summarize(js []reliability.Judgement) []line {
	byEra := map[string][]reliability.Judgement{}
	for _, j := range js {
		e := eraOf(j.Onset.Year())
		byEra[e] = append(byEra[e], j)
	}
	out := []line{{"all", reliability.Count(js)}}
	for _, e := range eras {
		out = append(out, line{e.name, reliability.Count(byEra[e.name])})
	}
	for _, k := range kinds {
		out = append(out, line{k.name, reliability.CountDuty(js, k.kind)})
	}
	for _, e := range eras {
		for _, k := range kinds {
			out = append(out, line{e.name + " " + k.name, reliability.CountDuty(byEra[e.name], k.kind)})
		}
	}
	return out
}

// readAll reads ATOP and judges every COW war against it.
func readAll() (*pact.Model, []reliability.War, reliability.Report, error) {
	ds, err := atop51.Read()
	if err != nil {
		return nil, nil, reliability.Report{}, err
	}
	wars := reliability.FromCOWAll(war.All())
	r, err := reliability.Judge(ds.Model, wars)
	return ds.Model, wars, r, err
}

func runAll(w io.Writer, out string, writeCSV bool) error {
	if writeCSV && out == "" {
		return usageError{"-out needs a file name"}
	}
	m, wars, r, err := readAll()
	if err != nil {
		return err
	}
	names := actorNames(m)
	if writeCSV {
		if err := writeFile(out, r.Judgements, names); err != nil {
			return err
		}
	}
	warsJudged := map[string]bool{}
	late, byRule := 0, 0
	for _, j := range r.Judgements {
		warsJudged[j.War] = true
		if j.Fate == reliability.Honoured && j.Conduct == reliability.JoinedLater {
			late++
		}
		if j.ByRule {
			byRule++
		}
	}
	fmt.Fprintf(w, "COW inter-state wars v4.0 (%d wars, 1816–2007) against ATOP 5.1, at each war's onset year:\n", len(wars))
	fmt.Fprintf(w, "%d obligations (holder, beneficiary) to fight beside a belligerent, in %d wars; %d wars have none",
		len(r.Judgements), len(warsJudged), len(wars)-len(warsJudged))
	if len(r.Skipped) > 0 {
		fmt.Fprintf(w, " (%d of them could not be asked, below)", len(r.Skipped))
	}
	fmt.Fprint(w, ".\n\n")
	fmt.Fprintf(w, "%-22s %9s %13s %13s %9s %17s\n", "", "honoured", "not honoured", "cannot judge", "released", "honoured/judged")
	for _, l := range summarize(r.Judgements) {
		fmt.Fprint(w, l)
	}
	fmt.Fprintf(w, "\nHonoured late (joined the beneficiary's side after the onset year): %d.\n", late)
	fmt.Fprintf(w, "Verdicts that hinge on the provocation rule (the states the initiators attacked did not provoke it): %d.\n", byRule)
	for _, s := range r.Skipped {
		fmt.Fprintf(w, "Skipped war %s: %s.\n", s.War, s.Reason)
	}
	if writeCSV {
		fmt.Fprintf(w, "Wrote %d rows to %s.\n", len(r.Judgements), out)
	}
	return nil
}

// header is the CSV's header.
var header = []string{"war", "onset", "era", "holder", "holder_name", "beneficiary", "beneficiary_name",
	"beneficiary_side", "obligations", "agreements", "bound", "defense", "offense", "reason", "by_rule",
	"conduct", "entered", "fate", "defense_fate", "offense_fate"}

// writeFile writes through a temporary file: a failed write leaves name
// as it was, and the error names it.
func writeFile(name string, js []reliability.Judgement, names map[relations.ActorID]string) error {
	return outfile.Write(name, func(w io.Writer) error { return writeCSV(w, js, names) })
}

func writeCSV(w io.Writer, js []reliability.Judgement, names map[relations.ActorID]string) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, j := range js {
		var obligations, agreements []string
		verdicts := make([]string, len(kinds))
		fates := make([]string, len(kinds))
		for i, k := range kinds {
			if t, ok := j.BoundBy(k.kind); ok {
				obligations = append(obligations, k.name)
				verdicts[i] = verdict(t)
				f, _ := j.FateBy(k.kind)
				fates[i] = f.String()
			}
		}
		for _, d := range j.Duties {
			if len(agreements) == 0 || agreements[len(agreements)-1] != d.Agreement {
				agreements = append(agreements, d.Agreement)
			}
		}
		entered := ""
		if j.Entered.IsValid() {
			entered = j.Entered.String()
		}
		rec := []string{j.War, j.Onset.String(), eraOf(j.Onset.Year()), string(j.Holder), names[j.Holder],
			string(j.Beneficiary), names[j.Beneficiary], j.Side.String(), strings.Join(obligations, "+"),
			strings.Join(agreements, " "), verdict(j.Bound), verdicts[0], verdicts[1], j.Reason,
			strconv.FormatBool(j.ByRule), j.Conduct.String(), entered, j.Fate.String(), fates[0], fates[1]}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// verdict names a verdict as the reports do.
func verdict(t relations.Truth) string {
	switch t {
	case relations.Yes:
		return "bound"
	case relations.No:
		return "released"
	}
	return "cannot-tell"
}

// actorNames maps the model's actors to their names.
func actorNames(m *pact.Model) map[relations.ActorID]string {
	out := map[relations.ActorID]string{}
	for _, a := range m.Actors() {
		out[a.ID] = a.Name
	}
	return out
}

// name returns an actor's name, or its ID when it has none.
func name(names map[relations.ActorID]string, id relations.ActorID) string {
	if n := names[id]; n != "" {
		return n
	}
	return string(id)
}
