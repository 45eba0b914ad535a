package main

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/rivalry"
)

// baseline is the day the report compares against: the end of 2019, after
// the Abqaiq–Khurais strike first shook Saudi faith in the U.S. umbrella.
var baseline = relations.MustDate("2019-12-31")

// gulfStates are the Gulf states whose security portfolios the report
// follows.
var gulfStates = []relations.ActorID{"SAU", "QAT", "ARE"}

// proposals are the three proposed regional security arrangements, with the
// short names the report gives them.
var proposals = []string{"stability-pact", "arab-islamic-force", "islamic-nato"}

var shortNames = map[string]string{
	"stability-pact":     "Turkey's regional stability pact",
	"arab-islamic-force": "Egypt's Arab-Islamic force",
	"islamic-nato":       "Pakistan's \"Islamic NATO\"",
}

// atopNames names the ATOP alliances the report meets most; ATOP itself
// numbers them.
var atopNames = map[string]string{
	"atop-2340": "Treaty of Taif (1934)",
	"atop-3015": "Pact of the League of Arab States (1945)",
	"atop-3205": "Arab League Treaty of Joint Defence (1950)",
	"atop-4965": "GCC Joint Defence Agreement (2000)",
}

// answers holds the answers to the fact sheet's six questions as data, so a
// test can check them without reading the printed report.
type answers struct {
	On, Baseline relations.Date
	// From and To are Baseline and On in date order: the span of question 4.
	From, To relations.Date
	// Saudi Arabia's treaty partners at the baseline and on On, by
	// agreement.
	PartnersThen, PartnersNow []treatyPartners
	// The duties if the Houthis strike Saudi Arabia again on On.
	Attack pact.Response
	// Egypt–Turkey diplomatic timeline.
	Timeline []relations.Step
	// Pairs of the scenario's actors that thawed or deteriorated between
	// the baseline and On, and those the data cannot settle.
	Thawed, Deteriorated []relations.Change
	Unsettled            []relations.Doubtful[relations.Change]
	// Each Gulf state's portfolio at the baseline and on On.
	Portfolios [][2]pact.Portfolio
	// Each pair of proposals compared.
	Overlaps []pact.Overlap
}

// treatyPartners are the partners one agreement gives an actor on a day:
// those it certainly binds, and those it may (with why).
type treatyPartners struct {
	Agreement string
	Certain   []relations.ActorID
	Uncertain []relations.ActorID
	Doubt     relations.Doubt
}

func (s scenario) answer(on relations.Date) (answers, error) {
	a := answers{On: on, Baseline: baseline}
	var err error
	if a.PartnersThen, err = s.treatyPartners("SAU", baseline); err != nil {
		return a, err
	}
	if a.PartnersNow, err = s.treatyPartners("SAU", on); err != nil {
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
	if a.From != a.To {
		if err := s.changes(&a); err != nil {
			return a, err
		}
	}
	for _, x := range gulfStates {
		then, err := s.pacts.Portfolio(x, baseline)
		if err != nil {
			return a, err
		}
		now, err := s.pacts.Portfolio(x, on)
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

// changes fills question 4: the moves of the pairs of the scenario's own
// actors, the rest of the world's rivalries and alliances left aside.
func (s scenario) changes(a *answers) error {
	changes, err := s.history.Changes(a.From, a.To)
	if err != nil {
		return err
	}
	ours := func(c relations.Change) bool {
		_, okA := s.layer.history.Actor(c.A)
		_, okB := s.layer.history.Actor(c.B)
		return okA && okB
	}
	for _, c := range changes.Certain {
		switch {
		case !ours(c):
		case c.Direction == relations.Thawed:
			a.Thawed = append(a.Thawed, c)
		case c.Direction == relations.Deteriorated:
			a.Deteriorated = append(a.Deteriorated, c)
		}
	}
	for _, u := range changes.Uncertain {
		if ours(u.Item) {
			a.Unsettled = append(a.Unsettled, u)
		}
	}
	return nil
}

// treatyPartners answers who x's alliance partners are on day, by the
// agreement that makes them partners, certain and uncertain apart.
func (s scenario) treatyPartners(x relations.ActorID, day relations.Date) ([]treatyPartners, error) {
	ans, err := s.pacts.AlliancePartners(x, day)
	if err != nil {
		return nil, err
	}
	by := map[string]*treatyPartners{}
	row := func(id string) *treatyPartners {
		if by[id] == nil {
			by[id] = &treatyPartners{Agreement: id}
		}
		return by[id]
	}
	for _, p := range ans.Certain {
		for _, b := range s.bonds(x, p, day) {
			if b.InForce == relations.Yes {
				if r := row(b.Agreement); !slices.Contains(r.Certain, p) {
					r.Certain = append(r.Certain, p)
				}
			}
		}
	}
	for _, u := range ans.Uncertain {
		for _, b := range s.bonds(x, u.Item, day) {
			if r := row(b.Agreement); !slices.Contains(r.Uncertain, u.Item) {
				r.Uncertain, r.Doubt = append(r.Uncertain, u.Item), b.Doubt
			}
		}
	}
	var out []treatyPartners
	for _, r := range by {
		out = append(out, *r)
	}
	slices.SortFunc(out, func(a, b treatyPartners) int {
		return cmp.Or(cmp.Compare(len(b.Certain), len(a.Certain)), cmp.Compare(a.Agreement, b.Agreement))
	})
	return out, nil
}

// bonds lists the binding obligations between x and y either way on day.
func (s scenario) bonds(x, y relations.ActorID, day relations.Date) []pact.Bond {
	var out []pact.Bond
	for _, p := range [][2]relations.ActorID{{x, y}, {y, x}} {
		bs, _ := s.pacts.Bonds(p[0], p[1], day)
		for _, b := range bs {
			if b.Obligation != pact.Expectation {
				out = append(out, b)
			}
		}
	}
	return out
}

// report prints the answers for a reader who has not seen the code.
func (s scenario) report(w io.Writer, on relations.Date) error {
	a, err := s.answer(on)
	if err != nil {
		return err
	}
	name := s.name
	names := func(ids []relations.ActorID) string {
		parts := make([]string, len(ids))
		for i, id := range ids {
			parts[i] = name(id)
		}
		slices.Sort(parts)
		return strings.Join(parts, ", ")
	}
	p := func(format string, args ...any) { fmt.Fprintf(w, format+"\n", args...) }

	p("The Middle East realignment, 2015–2025 — as of %s", on)
	p("(on ATOP 5.1's alliances, observed to 2018-12-31, Thompson & Dreyer's rivalries, observed to 2010,")
	p(" and the scenario's sourced facts on top; \"cannot tell\" is what the sources cannot settle, never \"no\")")
	p("")
	s.printProtection(p, on)
	p("")
	p("1. Saudi Arabia's treaty partners, by agreement")
	days := []relations.Date{a.Baseline, a.On}
	if a.On == a.Baseline {
		days = days[:1]
	}
	for i, rows := range [][]treatyPartners{a.PartnersThen, a.PartnersNow}[:len(days)] {
		p("   %s", days[i])
		if len(rows) == 0 {
			p("     none")
		}
		for _, r := range rows {
			if len(r.Certain) > 0 {
				p("     %-12s %s: %s", "certain", s.title(r.Agreement), names(r.Certain))
			}
			if len(r.Uncertain) > 0 {
				p("     %-12s %s: %s — %s", "cannot tell", s.title(r.Agreement), names(r.Uncertain), why(r.Doubt))
			}
		}
	}

	p("")
	p("2. If the Houthis strike Saudi Arabia again on %s", on)
	s.printResponse(p, name, names, a.Attack)

	p("")
	p("3. Egypt–Turkey: representation (Egypt in Turkey / Turkey in Egypt), alignment, and why")
	var prev relations.Step
	for _, st := range a.Timeline {
		if st.Date.Compare(on) > 0 && st.Date.OnOrBefore(on) != relations.CannotTell {
			break // after the day of the report
		}
		if st.AinB == prev.AinB && st.BinA == prev.BinA && st.Alignment == prev.Alignment {
			continue // an event that moved neither ladder
		}
		prev = st
		p("   %-10s  %-37s  %-9s %s", st.Date, st.AinB.String()+" / "+st.BinA.String(), st.Alignment, st.Summary)
	}

	p("")
	if a.From == a.To {
		p("4. What changed: the report's day is the baseline, %s, so nothing is compared", a.From)
	} else {
		p("4. What changed between %s and %s", a.From, a.To)
	}
	pair := func(c relations.Change) string { return name(c.A) + "–" + name(c.B) }
	for _, c := range a.Thawed {
		p("   %-12s  %-28s %-20s %s%s", "thawed", pair(c), move(c), cause(c.After.Alignment.Cause), rivals(c))
	}
	for _, c := range a.Deteriorated {
		p("   %-12s  %-28s %-20s %s%s", "deteriorated", pair(c), move(c), cause(c.After.Alignment.Cause), rivals(c))
	}
	quiet := map[string]int{}
	for _, u := range a.Unsettled {
		if u.Item.Direction == relations.Unchanged {
			quiet[why(u.Doubt)]++ // counted below, not listed
			continue
		}
		p("   %-12s  %-28s %-20s %s", "cannot tell", pair(u.Item), move(u.Item), why(u.Doubt))
	}
	for _, w := range slices.Sorted(maps.Keys(quiet)) {
		p("   %-12s  %d more pairs that moved in no event, %s", "cannot tell", quiet[w], w)
	}

	p("")
	s.printDiversification(p, names, a)

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

// printResponse prints the duties an attack triggers, grouped by agreement
// and verdict, then the expectations and the point in data terms.
func (s scenario) printResponse(p func(string, ...any), name func(relations.ActorID) string, names func([]relations.ActorID) string, r pact.Response) {
	type group struct {
		verdict, agreement, why string
		actors                  []relations.ActorID
	}
	var groups []*group
	add := func(verdict string, d pact.Duty) {
		reason := ""
		switch {
		case d.InForce == relations.CannotTell:
			reason = "in force: " + why(d.Doubt)
		case verdict == "released":
			reason = failed(d)
		}
		if w := unsettled(d); w != "" && verdict == "may have to" && d.InForce == relations.Yes {
			reason = w
		}
		for _, g := range groups {
			if g.verdict == verdict && g.agreement == d.Agreement && g.why == reason {
				g.actors = append(g.actors, d.Actor)
				return
			}
		}
		groups = append(groups, &group{verdict, d.Agreement, reason, []relations.ActorID{d.Actor}})
	}
	bound, maybe := map[relations.ActorID]bool{}, map[relations.ActorID]bool{}
	for _, d := range r.Duties {
		if d.Kind != pact.Defend {
			continue
		}
		if d.Holds == relations.Yes {
			add("must defend", d)
			bound[d.Actor] = true
		} else {
			add("may have to", d)
			maybe[d.Actor] = true
		}
	}
	for _, d := range r.Released {
		if d.Kind == pact.Defend {
			add("released", d)
		}
	}
	if len(groups) == 0 {
		p("   no treaty obliges anyone to defend Saudi Arabia")
	}
	for _, g := range groups {
		line := fmt.Sprintf("   %-12s %s — %s", g.verdict, names(g.actors), s.title(g.agreement))
		if g.why != "" {
			line += "; " + g.why
		}
		p("%s", line)
	}
	var expected []relations.ActorID
	for _, e := range r.Expectations {
		p("   %-12s %s — %s; an expectation, which obliges no one", "expected", name(e.By), s.title(e.Agreement))
		expected = append(expected, e.By)
	}
	for x := range bound {
		delete(maybe, x)
	}
	p("   in data terms: %d treaty protectors on paper, %d bound for certain and %d the data cannot settle;",
		len(bound)+len(maybe), len(bound), len(maybe))
	if len(expected) > 0 {
		p("                  the protector expected in practice is %s, whom no treaty obliges", names(expected))
	}
}

// name names an actor: the scenario's name for its own actors, the COW
// state system's for the rest of the world.
func (s scenario) name(id relations.ActorID) string {
	if a, ok := s.history.Actor(id); ok {
		return a.Name
	}
	if a, ok := s.actors[id]; ok {
		return a.Name
	}
	return string(id)
}

// title names an agreement for a reader.
func (s scenario) title(id string) string {
	if n, ok := atopNames[id]; ok {
		return n + ", " + id
	}
	if ag, ok := s.pacts.Agreement(id); ok && !strings.HasPrefix(id, "atop-") {
		return ag.Name
	}
	return "ATOP alliance " + strings.TrimPrefix(id, "atop-")
}

// why explains a doubt in a few words.
func why(d relations.Doubt) string {
	if d.Reason == relations.PastCoverage {
		_, rest, ok := strings.Cut(d.Detail, "as last observed")
		if ok {
			return "as last observed" + rest
		}
	}
	return d.String()
}

// unsettled names the conditions a duty's holding hinges on.
func unsettled(d pact.Duty) string {
	var out []string
	for _, c := range d.ChecksWith(relations.CannotTell) {
		out = append(out, c.Condition.Kind.String()+" cannot tell")
	}
	return strings.Join(out, ", ")
}

// failed names what released a duty.
func failed(d pact.Duty) string {
	if checks := d.ChecksWith(relations.No); len(checks) > 0 {
		return checks[0].String()
	}
	return "not in force"
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

// rivals notes a pair that Thompson & Dreyer record as strategic rivals, so
// that a thaw reads as a change to a recorded rivalry.
func rivals(c relations.Change) string {
	r, t := rivalry.Between(c.A, c.B, rivalry.LastYear)
	if t != relations.Yes {
		return ""
	}
	return fmt.Sprintf("; strategic rivals since %d (%s)", r.Start.Year(), rivalry.Source)
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
