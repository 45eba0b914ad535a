package record

import (
	"slices"
	"strconv"
	"strings"

	"github.com/entente-go/entente/internal/calendar"
	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

// Commitment is one thing a protector owed or was expected to do for the
// protégé on a test's day, as the obligation engine reports it: a clause
// (a defense duty, a consultation duty, an expectation of protection, and
// whatever kinds the engine adds) or a provision (basing, military aid).
type Commitment struct {
	// Kind is the engine's name for it: "defense", "expectation",
	// "basing"…
	Kind string
	// Form is the form of the agreement it comes from: an accord, a
	// unilateral guarantee, an assurance.
	Form      pact.Form
	By        relations.ActorID
	Agreement string
	Clause    string
	// InForce is Yes when it certainly binds on the test's day and
	// CannotTell when the data leave it open, with Doubt saying why.
	InForce relations.Truth
	Doubt   relations.Doubt
	// Checks are the clause's conditions as [pact.Model.Respond] checked
	// them against the test, when the test names its aggressors.
	Checks []pact.ConditionCheck
	// Sources are the agreement's sources, or the name of the dataset
	// that records it.
	Sources []string
}

// String reads as in `USA: basing (agreement "al-udeid")`, naming a
// guarantee or an assurance by its form (`USA: defense
// (unilateral-guarantee "us-qatar-eo-14353")`), with the doubt of one
// that may not bind.
func (c Commitment) String() string {
	noun := "agreement"
	if c.Form != pact.Accord {
		noun = c.Form.String()
	}
	s := string(c.By) + ": " + c.Kind + " (" + noun + " " + strconv.Quote(c.Agreement)
	if c.Clause != "" {
		s += ", clause " + strconv.Quote(c.Clause)
	}
	s += ")"
	if c.InForce == relations.CannotTell {
		s += " [cannot tell: " + c.Doubt.String() + "]"
	}
	return s
}

// Counted is one response in a verdict, with its lag and whether it
// counts.
type Counted struct {
	Response
	// Lag is the days from the test's first day to the response's; known
	// only when both are dated to the day (LagKnown).
	Lag      int
	LagKnown bool
	// Counts is Yes when the response falls inside the window after the
	// test, No when it falls outside, CannotTell when a partial date
	// leaves it open.
	Counts relations.Truth
}

// Verdict is the finding on one protector at one test: what it owed or
// was expected to do for the protégé that day, what it did, and whether
// that honoured the commitment.
type Verdict struct {
	Test      Test
	Protector relations.ActorID
	// Owed lists every commitment the engine reports from the protector
	// toward the protégé on the day (for an alliance acting as one, its
	// parties' commitments under it); empty for [NotOwed].
	Owed []Commitment
	// Kind is the decisive commitment's kind: the one whose rule asks the
	// most, certain ones first; "" when nothing was owed.
	Kind string
	// Grade is the highest grade among the responses that certainly
	// count; [Unrecorded] when the sources record none from the
	// protector, which is not [None].
	Grade     Grade
	Responses []Counted
	Outcome   Outcome
	// Possible lists, for [CannotJudge], the outcomes the unknowns allow,
	// in order; for any other outcome, that outcome alone.
	Possible []Outcome
	Reasons  []string
}

// Protege returns the test's protégé.
func (v Verdict) Protege() relations.ActorID { return v.Test.Protege }

// Sources returns every source behind the verdict, without repeats: the
// test's, the commitments', then the responses'.
func (v Verdict) Sources() []string {
	var out []string
	add := func(ss []string) {
		for _, s := range ss {
			if !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
	}
	add(v.Test.Sources)
	for _, c := range v.Owed {
		add(c.Sources)
	}
	for _, r := range v.Responses {
		add(r.Sources)
	}
	return out
}

// Response returns the grade word the verdict rests on: the highest
// counted grade, or "cannot tell" when none is recorded or a partial date
// leaves the highest open.
func (v Verdict) Response() string {
	for _, r := range v.Responses {
		if r.Counts == relations.CannotTell && r.Grade > v.Grade {
			return Unrecorded.String()
		}
	}
	return v.Grade.String()
}

// Decisive returns the response the verdict's grade rests on: the first,
// in date order, of the highest grade among those that certainly count;
// false when none counts.
func (v Verdict) Decisive() (Counted, bool) {
	best := -1
	for i, r := range v.Responses {
		if r.Counts == relations.Yes && (best < 0 || r.Grade > v.Responses[best].Grade) {
			best = i
		}
	}
	if best < 0 {
		return Counted{}, false
	}
	return v.Responses[best], true
}

// String reads as one ledger line: test, day, what was owed, what was
// done, the verdict.
func (v Verdict) String() string {
	owed := v.Kind
	if owed == "" {
		owed = "nothing owed"
	}
	s := v.Test.ID + " " + v.Test.On.String() + " " + string(v.Protector) + "→" + string(v.Test.Protege) +
		": owed " + owed + ", did " + v.Response() + ": " + v.Outcome.String()
	if v.Outcome == CannotJudge {
		var ps []string
		for _, p := range v.Possible {
			ps = append(ps, p.String())
		}
		s += " (" + strings.Join(ps, " or ") + ")"
	}
	return s
}

// judge finds the verdict for one protector given its commitments and
// responses.
func (c *config) judge(t Test, by relations.ActorID, owed []Commitment, rs []Response) Verdict {
	v := Verdict{Test: t, Protector: by, Owed: owed}
	lo, hi := None, WarEntry // the grades the counted responses allow
	if len(rs) == 0 {
		v.Reasons = append(v.Reasons, "no response from "+string(by)+" is recorded")
		lo = Unrecorded
	} else {
		hi = None
		rs = slices.Clone(rs)
		slices.SortStableFunc(rs, func(a, b Response) int { return a.On.Compare(b.On) })
		for _, r := range rs {
			cr := c.count(t, r)
			v.Responses = append(v.Responses, cr)
			switch cr.Counts {
			case relations.Yes:
				lo, hi = max(lo, r.Grade), max(hi, r.Grade)
			case relations.CannotTell:
				hi = max(hi, r.Grade)
			}
		}
		v.Grade = lo
		if hi > lo {
			v.Reasons = append(v.Reasons, "a partial date leaves open whether a "+hi.String()+" response counts")
		}
	}
	if lo == Unrecorded {
		lo = None
	}
	// Each commitment allows the outcomes of the grades from lo to hi,
	// and "not owed" too when it may not bind; the verdict is the worst
	// over the commitments, so an outcome is possible when every
	// commitment allows it or better and one allows it exactly.
	var sets [][]Outcome
	decisive := -1
	for i, cm := range owed {
		r, ok := c.rules[cm.Kind]
		var set []Outcome
		if !ok {
			v.reason("no rule says which grade honours " + cm.Kind)
			set = []Outcome{Unmet, PartlyHonoured, Honoured}
		} else {
			for g := lo; g <= hi; g++ {
				if o := r.outcome(g); !slices.Contains(set, o) {
					set = append(set, o)
				}
			}
		}
		if cm.InForce != relations.Yes {
			set = append(set, NotOwed)
			v.reason("may owe " + cm.Kind + " under " + strconv.Quote(cm.Agreement) + ": " + cm.Doubt.String())
		}
		sets = append(sets, set)
		if decisive < 0 || stronger(cm, owed[decisive], c.rules) {
			decisive = i
		}
	}
	if decisive >= 0 {
		v.Kind = owed[decisive].Kind
		if r, ok := c.rules[v.Kind]; ok {
			v.Reasons = append(v.Reasons, r.explain(v.Kind))
		}
	}
	if len(sets) == 0 {
		sets = [][]Outcome{{NotOwed}}
	}
	for o := Unmet; o <= NotOwed; o++ {
		all, one := true, false
		for _, s := range sets {
			all = all && slices.ContainsFunc(s, func(x Outcome) bool { return x >= o })
			one = one || slices.Contains(s, o)
		}
		if all && one {
			v.Possible = append(v.Possible, o)
		}
	}
	v.Outcome = CannotJudge
	if len(v.Possible) == 1 {
		v.Outcome = v.Possible[0]
	}
	return v
}

// reason adds a reason once.
func (v *Verdict) reason(s string) {
	if !slices.Contains(v.Reasons, s) {
		v.Reasons = append(v.Reasons, s)
	}
}

// stronger reports whether a decides over b: certain before uncertain,
// then the rule that asks the higher grade.
func stronger(a, b Commitment, rules map[string]Rule) bool {
	if (a.InForce == relations.Yes) != (b.InForce == relations.Yes) {
		return a.InForce == relations.Yes
	}
	return rules[a.Kind].Honours > rules[b.Kind].Honours
}

// outcome is what grade g makes of a commitment under r.
func (r Rule) outcome(g Grade) Outcome {
	switch {
	case g >= r.Honours:
		return Honoured
	case r.Partly != Unrecorded && g >= r.Partly:
		return PartlyHonoured
	}
	return Unmet
}

func (r Rule) explain(kind string) string {
	s := kind + " is honoured by " + r.Honours.String() + " or more"
	if r.Partly != Unrecorded {
		s += ", partly by " + r.Partly.String()
	}
	return s
}

// count places a response against the test's window.
func (c *config) count(t Test, r Response) Counted {
	cr := Counted{Response: r}
	if t.On.Precision() == relations.DayPrecision && r.On.Precision() == relations.DayPrecision {
		cr.Lag, cr.LagKnown = dayNumber(r.On)-dayNumber(t.On), true
	}
	end, ok := t.On.Last().AddDays(c.window)
	if !ok {
		end = relations.MustDate(strconv.Itoa(relations.MaxYear))
	}
	cr.Counts = t.On.OnOrBefore(r.On).And(r.On.OnOrBefore(end))
	return cr
}

// dayNumber is the day-precision date's day number.
func dayNumber(d relations.Date) int { return int(calendar.DayNumber(d.Year(), d.Month(), d.Day())) }
