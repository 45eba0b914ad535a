package main

import (
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

// baseline is the day the report compares against: the end of 2019, after
// the Abqaiq–Khurais strike first shook Saudi faith in the U.S. umbrella.
var baseline = relations.MustDate("2019-12-31")

// gulfStates are the Gulf states of the scenario whose security portfolios
// the report follows.
var gulfStates = []relations.ActorID{"SAU", "QAT"}

// proposals are the three proposed regional security arrangements, with the
// short names the report gives them.
var proposals = []string{"stability-pact", "arab-islamic-force", "islamic-nato"}

var shortNames = map[string]string{
	"stability-pact":     "Turkey's regional stability pact",
	"arab-islamic-force": "Egypt's Arab-Islamic force",
	"islamic-nato":       "Pakistan's \"Islamic NATO\"",
}

// answers holds the answers to the fact sheet's six questions as data, so a
// test can check them without reading the printed report.
type answers struct {
	On, Baseline relations.Date
	// From and To are Baseline and On in date order: the span of question 4.
	From, To relations.Date
	// Saudi Arabia's alliance partners at the baseline and on On.
	PartnersThen, PartnersNow relations.Answer[relations.ActorID]
	// The duties if the Houthis strike Saudi Arabia again on On.
	Attack pact.Response
	// Egypt–Turkey diplomatic timeline.
	Timeline []relations.Step
	// Pairs that thawed or deteriorated between the baseline and On.
	Thawed, Deteriorated []relations.Change
	// Each Gulf state's portfolio at the baseline and on On.
	Portfolios [][2]pact.Portfolio
	// Each pair of proposals compared.
	Overlaps []pact.Overlap
}

func (s scenario) answer(on relations.Date) (answers, error) {
	a := answers{On: on, Baseline: baseline}
	var err error
	if a.PartnersThen, err = s.pacts.AlliancePartners("SAU", baseline); err != nil {
		return a, err
	}
	if a.PartnersNow, err = s.pacts.AlliancePartners("SAU", on); err != nil {
		return a, err
	}
	if a.Attack, err = s.pacts.Respond(pact.Attack{Aggressors: []relations.ActorID{"houthis"}, Target: "SAU", On: on}); err != nil {
		return a, err
	}
	if a.Timeline, err = s.history.Timeline("EGY", "TUR"); err != nil {
		return a, err
	}
	a.From, a.To = baseline, on
	if on.Compare(baseline) < 0 {
		a.From, a.To = on, baseline
	}
	changes, err := s.history.Changes(a.From, a.To)
	if err != nil {
		return a, err
	}
	for _, c := range changes.Certain {
		switch c.Direction {
		case relations.Thawed:
			a.Thawed = append(a.Thawed, c)
		case relations.Deteriorated:
			a.Deteriorated = append(a.Deteriorated, c)
		}
	}
	for _, x := range gulfStates {
		then, err := s.pacts.Portfolio(x, baseline, pact.DefaultWeights)
		if err != nil {
			return a, err
		}
		now, err := s.pacts.Portfolio(x, on, pact.DefaultWeights)
		if err != nil {
			return a, err
		}
		a.Portfolios = append(a.Portfolios, [2]pact.Portfolio{then, now})
	}
	var live []string
	for _, id := range proposals {
		if st, _, err := s.pacts.StatusOn(id, on); err == nil && st == pact.Proposed {
			live = append(live, id)
		}
	}
	for i, p := range live {
		for _, q := range live[i+1:] {
			o, err := s.pacts.Overlap(p, q)
			if err != nil {
				return a, err
			}
			a.Overlaps = append(a.Overlaps, o)
		}
	}
	return a, nil
}

// report prints the answers for a reader who has not seen the code.
func (s scenario) report(w io.Writer, on relations.Date) error {
	a, err := s.answer(on)
	if err != nil {
		return err
	}
	name := s.history.Name
	names := func(ids []relations.ActorID) string {
		if len(ids) == 0 {
			return "none by treaty"
		}
		parts := make([]string, len(ids))
		for i, id := range ids {
			parts[i] = name(id)
		}
		return strings.Join(parts, ", ")
	}
	title := func(id string) string {
		ag, _ := s.pacts.Agreement(id)
		return ag.Name
	}
	p := func(format string, args ...any) { fmt.Fprintf(w, format+"\n", args...) }

	p("The Middle East realignment, 2015–2025 — as of %s", on)
	p("")
	p("1. Saudi Arabia's alliance partners")
	p("   %-10s  %s", a.Baseline, names(a.PartnersThen.Certain))
	p("   %-10s  %s", a.On, names(a.PartnersNow.Certain))

	p("")
	p("2. If the Houthis strike Saudi Arabia again on %s", on)
	bound := a.Attack.Obliged()
	if len(bound) == 0 {
		p("   obliged to respond: no one")
	}
	for _, d := range bound {
		p("   obliged:    %s must %s Saudi Arabia — %s, clause %q", name(d.Actor), d.Kind, title(d.Agreement), d.Clause)
	}
	for _, e := range a.Attack.Expectations {
		p("   expected:   %s — %s; an expectation, which obliges no one", name(e.By), title(e.Agreement))
	}

	p("")
	p("3. Egypt–Turkey: representation (Egypt in Turkey / Turkey in Egypt), alignment, and why")
	var prev relations.Step
	for _, st := range a.Timeline {
		if st.AinB == prev.AinB && st.BinA == prev.BinA && st.Alignment == prev.Alignment {
			continue // an event that moved neither ladder
		}
		prev = st
		p("   %-10s  %-37s  %-9s %s", st.Date, st.AinB.String()+" / "+st.BinA.String(), st.Alignment, st.Summary)
	}

	p("")
	p("4. What changed between %s and %s", a.From, a.To)
	pair := func(c relations.Change) string { return name(c.A) + "–" + name(c.B) }
	for _, c := range a.Thawed {
		p("   thawed        %-22s %-20s %s", pair(c), move(c), cause(c.After.Alignment.Cause))
	}
	for _, c := range a.Deteriorated {
		p("   deteriorated  %-22s %-20s %s", pair(c), move(c), cause(c.After.Alignment.Cause))
	}

	p("")
	p("5. How much of each Gulf state's security rests on the United States")
	p("   (share of weighted protection; concentration = Herfindahl index, 1 = a single protector)")
	for _, pf := range a.Portfolios {
		p("   %-13s %s: %s   %s: %s", name(pf[0].Actor), a.Baseline, share(pf[0]), a.On, share(pf[1]))
		for _, pr := range pf[1].Protectors {
			p("   %-13s   %s: %s", "", name(pr.Actor), strings.Join(pr.Ties, ", "))
		}
	}

	p("")
	p("6. The proposals on the table: where they overlap and conflict")
	if len(a.Overlaps) == 0 {
		p("   fewer than two proposals on the table on %s", on)
	}
	for _, o := range a.Overlaps {
		p("   %s and %s share %d members: %s", shortNames[o.A], shortNames[o.B], len(o.Shared), names(o.Shared))
		if o.RivalLeaders {
			p("      conflict: two would-be leaders, %s and %s", names(o.LeadersA), names(o.LeadersB))
		}
	}
	return nil
}

func share(p pact.Portfolio) string {
	s := p.Share("USA")
	if math.IsNaN(s) {
		return "no protector"
	}
	return fmt.Sprintf("%3.0f%% on the USA (concentration %.2f)", 100*s, p.Concentration())
}

// move shows an alignment's move, with "no record" for a pair that had
// none.
func move(c relations.Change) string {
	level := func(a relations.Alignment) string {
		if a == relations.UnknownAlignment {
			return "no record"
		}
		return a.String()
	}
	return level(c.Before.Alignment.Level) + " → " + level(c.After.Alignment.Level)
}

func cause(c relations.Cause) string {
	switch {
	case c.Event != "":
		return c.Since.String() + ", event " + c.Event
	case c.Agreement != "":
		return c.Since.String() + ", agreement " + c.Agreement
	}
	return "no record"
}
