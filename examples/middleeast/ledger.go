package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/entente-go/entente/pact/record"
	"github.com/entente-go/entente/relations"
)

// ledgerStates are the Gulf states whose U.S. ledger the report opens with.
var ledgerStates = []relations.ActorID{"SAU", "QAT", "ARE"}

// alliances are the organisations whose responses the scenario records as
// their alliances' (the GCC for its Joint Defence Agreement, the Arab
// League for its treaty).
var alliances = []relations.ActorID{"gcc", "arab-league"}

// upTo returns the ledger's lines whose test certainly came by day.
func upTo(l record.Ledger, day relations.Date) record.Ledger {
	out := record.Ledger{Protector: l.Protector, Protege: l.Protege}
	for _, v := range l.Lines {
		if v.Test.On.OnOrBefore(day) == relations.Yes {
			out.Lines = append(out.Lines, v)
		}
	}
	return out
}

// printProtection opens the report: for each Gulf state, the U.S. ledger
// and its credibility, then what the alliances did.
func (s scenario) printProtection(p func(string, ...any), on relations.Date) {
	p("Did the protector come? The United States' record when its Gulf partners were struck")
	p("   (a response counts within %d days of the test, the highest grade deciding; an expectation, basing or", s.record.Window())
	p("    military aid is honoured by reinforcement or more, partly by consultation; a defense duty by defensive")
	p("    action, partly by reinforcement; credibility counts partly as ½ and leaves \"not owed\" out, and its")
	p("    bounds are every way the lines that cannot be judged may settle)")
	for _, x := range ledgerStates {
		l := upTo(s.record.Ledger("USA", x), on)
		p("")
		p("   %s — the United States: %s", s.name(x), l.Credibility())
		if len(l.Lines) == 0 {
			p("     no test of a U.S. commitment by %s", on)
		}
		for _, v := range l.Lines {
			s.printVerdict(p, "     ", v)
		}
		for _, a := range alliances {
			al := upTo(s.record.Ledger(a, x), on)
			if len(al.Lines) == 0 {
				continue
			}
			p("     as an alliance, %s: %s", s.name(a), al.Credibility())
			for _, v := range al.Lines {
				s.printVerdict(p, "       ", v)
			}
		}
	}
}

// printVerdict prints one ledger line: the test, what was owed, what was
// done, the verdict, and its sources.
func (s scenario) printVerdict(p func(string, ...any), indent string, v record.Verdict) {
	p("%s%-10s  %s (%s): owed %s; did %s — %s", indent, v.Test.On, v.Test.ID, v.Test.Kind, s.owed(v), s.done(v), outcome(v))
	if v.Outcome == record.CannotJudge {
		p("%s            why: %s", indent, strings.Join(v.Reasons, "; "))
	}
	p("%s            sources: %s", indent, strings.Join(decisiveSources(v), "; "))
}

// owed says what the verdict's protector owed, by the decisive kind and
// the agreement that makes it.
func (s scenario) owed(v record.Verdict) string {
	if v.Kind == "" {
		return "nothing"
	}
	for _, c := range v.Owed {
		if c.Kind == v.Kind {
			text := c.Kind + " (" + s.title(c.Agreement) + ")"
			if c.InForce == relations.CannotTell {
				text += " if in force"
			}
			return text
		}
	}
	return v.Kind
}

// done says what the protector did: the deciding response, or why there
// is none.
func (s scenario) done(v record.Verdict) string {
	r, ok := v.Decisive()
	switch {
	case !ok && len(v.Responses) == 0:
		return "cannot tell: no response recorded"
	case !ok:
		return "none within the window"
	}
	return fmt.Sprintf("%s, %s (%s): %s", r.Grade, r.On, lagText(r), r.Description)
}

func lagText(r record.Counted) string {
	if !r.LagKnown {
		return "day unknown"
	}
	if r.Lag == 1 {
		return "+1 day"
	}
	return fmt.Sprintf("+%d days", r.Lag)
}

func outcome(v record.Verdict) string {
	if v.Outcome != record.CannotJudge {
		return v.Outcome.String()
	}
	var ps []string
	for _, o := range v.Possible {
		ps = append(ps, o.String())
	}
	return "cannot judge: " + strings.Join(ps, " or ")
}

// decisiveSources are the sources a reader needs for one line: the
// test's, the decisive commitment's and the decisive response's.
func decisiveSources(v record.Verdict) []string {
	var out []string
	add := func(ss []string) {
		for _, x := range ss {
			if !contains(out, x) {
				out = append(out, x)
			}
		}
	}
	add(v.Test.Sources)
	for _, c := range v.Owed {
		if c.Kind == v.Kind {
			add(c.Sources)
			break
		}
	}
	if r, ok := v.Decisive(); ok {
		add(r.Sources)
	}
	return out
}

func contains(ss []string, x string) bool {
	for _, s := range ss {
		if s == x {
			return true
		}
	}
	return false
}

// writeLedgers prints every ledger of protector: the -record mode.
func (s scenario) writeLedgers(w io.Writer, protector relations.ActorID) error {
	p := func(format string, args ...any) { fmt.Fprintf(w, format+"\n", args...) }
	protected := s.record.Protected(protector)
	p("The record of %s as a protector: every test of what it owed or was expected to do, and every one it", s.name(protector))
	p("answered though it owed nothing (responses count within %d days of a test)", s.record.Window())
	if len(protected) == 0 {
		p("")
		p("   no test in the scenario calls on %s", s.name(protector))
	}
	for _, x := range protected {
		l := s.record.Ledger(protector, x)
		p("")
		p("%s toward %s: %s", s.name(protector), s.name(x), l.Credibility())
		for _, v := range l.Lines {
			s.printVerdict(p, "   ", v)
		}
	}
	return nil
}

// ledgerLine is one verdict in -record -json: one object per line.
type ledgerLine struct {
	Protector relations.ActorID `json:"protector"`
	Protege   relations.ActorID `json:"protege"`
	Test      string            `json:"test"`
	Kind      string            `json:"kind"`
	Date      string            `json:"date"`
	Owed      string            `json:"owed"`
	Response  string            `json:"response"`
	Verdict   string            `json:"verdict"`
	Possible  []string          `json:"possible"`
	Responses []responseLine    `json:"responses"`
	Reasons   []string          `json:"reasons"`
	Sources   []string          `json:"sources"`
}

type responseLine struct {
	Date        string `json:"date"`
	Grade       string `json:"grade"`
	LagDays     *int   `json:"lag_days"`
	Counts      string `json:"counts"`
	Description string `json:"description"`
}

// writeLedgersJSON prints every ledger of protector as JSON lines.
func (s scenario) writeLedgersJSON(w io.Writer, protector relations.ActorID) error {
	enc := json.NewEncoder(w)
	for _, x := range s.record.Protected(protector) {
		for _, v := range s.record.Ledger(protector, x).Lines {
			line := ledgerLine{Protector: v.Protector, Protege: v.Test.Protege, Test: v.Test.ID, Kind: v.Test.Kind.String(),
				Date: v.Test.On.String(), Owed: v.Kind, Response: v.Response(), Verdict: v.Outcome.String(),
				Possible: []string{}, Responses: []responseLine{}, Reasons: v.Reasons, Sources: v.Sources()}
			if line.Owed == "" {
				line.Owed = "nothing"
			}
			if line.Reasons == nil {
				line.Reasons = []string{}
			}
			for _, o := range v.Possible {
				line.Possible = append(line.Possible, o.String())
			}
			for _, r := range v.Responses {
				rl := responseLine{Date: r.On.String(), Grade: r.Grade.String(), Counts: r.Counts.String(), Description: r.Description}
				if r.LagKnown {
					rl.LagDays = &r.Lag
				}
				line.Responses = append(line.Responses, rl)
			}
			if err := enc.Encode(line); err != nil {
				return err
			}
		}
	}
	return nil
}

// printDiversification is the report's section 5: each Gulf state's
// protectors, certain and unsettled, and the share on the United States
// and the concentration, each with its bounds.
func (s scenario) printDiversification(p func(string, ...any), names func([]relations.ActorID) string, a answers) {
	p("5. How much of each Gulf state's security rests on the United States, and how concentrated it is")
	p("   (a protector counts with its strongest tie: defense 1, expectation or basing ½, military aid ¼; a protector")
	p("    the sources cannot settle is in or out, so the share on the USA and the concentration — Herfindahl index,")
	p("    1 = a single protector — are bounds: a source's coverage ending widens them, it does not move them)")
	days := []relations.Date{a.Baseline, a.On}
	if a.On == a.Baseline {
		days = days[:1]
	}
	for _, pf := range a.Portfolios {
		for i, day := range days {
			dv := record.Diversify(pf[i], "USA")
			label := ""
			if i == 0 {
				label = s.name(pf[0].Actor)
			}
			p("   %-20s %s: %d certain, %d the sources cannot settle; on the USA %s; concentration %s",
				label, day, len(dv.Certain), len(dv.Unsettled), percent(dv.Share), fraction(dv.Concentration))
		}
		last := record.Diversify(pf[len(days)-1], "USA")
		for _, pr := range last.Certain {
			p("   %-20s   %s: %s", "", s.name(pr.Actor), strings.Join(pr.Ties, ", "))
		}
		if n := len(last.Unsettled); n > 0 {
			var who []relations.ActorID
			for _, u := range last.Unsettled {
				who = append(who, u.Item.Actor)
			}
			p("   %-20s   cannot settle on %s: %s", "", a.On, names(who))
		}
	}
}

func percent(b record.Bounds) string {
	pc := func(x float64) string { return fmt.Sprintf("%.0f%%", 100*x) }
	switch {
	case math.IsNaN(b.Low):
		return "no protector at all"
	case math.IsNaN(b.Settled):
		return "none settled, " + pc(b.Low) + "–" + pc(b.High)
	}
	return pc(b.Settled) + " settled, " + pc(b.Low) + "–" + pc(b.High)
}

func fraction(b record.Bounds) string {
	switch {
	case math.IsNaN(b.Low):
		return "undefined"
	case math.IsNaN(b.Settled):
		return fmt.Sprintf("none settled, %.2f–%.2f", b.Low, b.High)
	}
	return fmt.Sprintf("%.2f settled, %.2f–%.2f", b.Settled, b.Low, b.High)
}

// writeLedgersCSV prints the protector's ledgers as record.WriteCSV writes
// verdicts: one row per verdict, the ledgers in the order -record prints.
func (s scenario) writeLedgersCSV(w io.Writer, protector relations.ActorID) error {
	var vs []record.Verdict
	for _, x := range s.record.Protected(protector) {
		vs = append(vs, s.record.Ledger(protector, x).Lines...)
	}
	return record.WriteCSV(w, vs)
}
