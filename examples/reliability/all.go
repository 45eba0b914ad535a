package main

import (
	"fmt"
	"io"
	"math"
	"strconv"

	"github.com/entente-go/entente/internal/outfile"
	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/atop/atop51"
	"github.com/entente-go/entente/pact/record"
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
	c     record.Credibility
}

// lineFormat prints a summary line; the test formats its recomputation
// with it too.
const lineFormat = "%-22s %9d %6d %13d %9d %8s %12s\n"

func (l line) String() string {
	pct := func(x float64) string {
		if math.IsNaN(x) {
			return "–"
		}
		return strconv.FormatFloat(100*x, 'f', 1, 64) + "%"
	}
	bounds := "–"
	if !math.IsNaN(l.c.Low) {
		bounds = pct(l.c.Low) + "–" + pct(l.c.High)
	}
	return fmt.Sprintf(lineFormat, l.label, l.c.Honoured, l.c.Unmet, l.c.Unjudged, l.c.NotOwed, pct(l.c.Settled), bounds)
}

// summarize tallies the judgements as verdicts: all, by era, by
// obligation, and by era and obligation.
func summarize(m *pact.Model, js []reliability.Judgement) []line {
	all := map[string][]record.Verdict{}
	add := func(label string, j reliability.Judgement) { all[label] = append(all[label], j.Verdict(m)) }
	for _, j := range js {
		e := eraOf(j.Onset.Year())
		add("all", j)
		add(e, j)
		for _, k := range kinds {
			if only, ok := j.Only(k.kind); ok {
				add(k.name, only)
				add(e+" "+k.name, only)
			}
		}
	}
	labels := []string{"all"}
	for _, e := range eras {
		labels = append(labels, e.name)
	}
	for _, k := range kinds {
		labels = append(labels, k.name)
	}
	for _, e := range eras {
		for _, k := range kinds {
			labels = append(labels, e.name+" "+k.name)
		}
	}
	out := make([]line, len(labels))
	for i, l := range labels {
		out[i] = line{l, record.Tally(all[l])}
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
	if writeCSV {
		if err := writeFile(out, r.Verdicts(m)); err != nil {
			return err
		}
	}
	warsJudged := map[string]bool{}
	late, byRule := 0, 0
	for _, j := range r.Judgements {
		warsJudged[j.War] = true
		if j.Outcome == record.Honoured && j.Conduct == reliability.JoinedLater {
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
	fmt.Fprintf(w, "%-22s %9s %6s %13s %9s %8s %12s\n", "", "honoured", "unmet", "cannot judge", "not owed", "settled", "bounds")
	for _, l := range summarize(m, r.Judgements) {
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

// writeFile writes the verdicts as package record's CSV, through a
// temporary file: a failed write leaves name as it was, and the error
// names it.
func writeFile(name string, vs []record.Verdict) error {
	return outfile.Write(name, func(w io.Writer) error { return record.WriteCSV(w, vs) })
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
