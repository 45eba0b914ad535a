package record

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/internal/option"
	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

// Record holds every verdict on a set of tests, judged once against a
// model; it is immutable and safe for concurrent use.
type Record struct {
	tests     []Test
	responses []Response
	verdicts  []Verdict
	window    int
}

// New judges every test against the model. For each test it asks the
// obligation engine which actors owed or were expected something toward
// the protégé on the test's day — every clause [pact.Model.Bonds] reports
// except those that promise no help (offense, neutrality, non-aggression),
// and every provision a rule names (basing, military aid), the clauses'
// conditions checked by [pact.Model.Respond] when the test names its
// aggressors — and gives each a [Verdict]; each actor with a recorded response but nothing owed
// gets a [NotOwed] verdict, and a response made as an agreement ([Response.As])
// is judged against that agreement's commitments. The protégé and the
// aggressors are judged by no one. New reports every problem in the tests
// and responses at once: an empty or repeated test ID, an unknown actor or
// agreement, a missing date, grade or source, a response to an unknown
// test, an actor that acts as different agreements toward one test.
func New(m *pact.Model, tests []Test, responses []Response, opts ...Option) (*Record, error) {
	c := &config{rules: maps.Clone(DefaultRules), window: DefaultWindow}
	option.Apply(c, opts)
	if err := c.Check("New", "WithRule", "WithWindow"); err != nil {
		return nil, errs.In("record", &relations.ValidationError{Path: "New: options", Err: err})
	}
	if m == nil {
		return nil, errors.New("record: nil model")
	}
	if err := check(m, tests, responses); err != nil {
		return nil, err
	}
	r := &Record{tests: slices.Clone(tests), responses: slices.Clone(responses), window: c.window}
	slices.SortStableFunc(r.tests, func(a, b Test) int { return cmp.Or(a.On.Compare(b.On), cmp.Compare(a.ID, b.ID)) })
	for _, t := range r.tests {
		vs, err := c.judgeTest(m, t, r.responsesTo(t.ID))
		if err != nil {
			return nil, fmt.Errorf("record: test %q: %w", t.ID, err)
		}
		r.verdicts = append(r.verdicts, vs...)
	}
	return r, nil
}

// Window returns the days after a test in which responses count.
func (r *Record) Window() int { return r.window }

// Tests returns the tests, in date order.
func (r *Record) Tests() []Test { return slices.Clone(r.tests) }

// Responses returns the responses to one test, the protégé's own and the
// aggressors' included, in date order.
func (r *Record) Responses(test string) []Response { return r.responsesTo(test) }

func (r *Record) responsesTo(test string) []Response {
	var out []Response
	for _, x := range r.responses {
		if x.Test == test {
			out = append(out, x)
		}
	}
	slices.SortStableFunc(out, func(a, b Response) int { return a.On.Compare(b.On) })
	return out
}

// Verdicts returns every verdict, by test date, then protector.
func (r *Record) Verdicts() []Verdict { return slices.Clone(r.verdicts) }

// Protected returns, sorted, every protégé that protector has a ledger
// line toward: owed, expected, or responding though not owed.
func (r *Record) Protected(protector relations.ActorID) []relations.ActorID {
	var out []relations.ActorID
	for _, v := range r.verdicts {
		if v.Protector == protector && !slices.Contains(out, v.Test.Protege) {
			out = append(out, v.Test.Protege)
		}
	}
	slices.Sort(out)
	return out
}

// Ledger returns protector's verdicts toward protege, in date order.
func (r *Record) Ledger(protector, protege relations.ActorID) Ledger {
	l := Ledger{Protector: protector, Protege: protege}
	for _, v := range r.verdicts {
		if v.Protector == protector && v.Test.Protege == protege {
			l.Lines = append(l.Lines, v)
		}
	}
	return l
}

// judgeTest gives a verdict to every actor the test calls on.
func (c *config) judgeTest(m *pact.Model, t Test, rs []Response) ([]Verdict, error) {
	excluded := func(id relations.ActorID) bool { return id == t.Protege || slices.Contains(t.Aggressors, id) }
	owed := map[relations.ActorID][]Commitment{}
	ids, err := m.AgreementsOf(t.Protege)
	if err != nil {
		return nil, err
	}
	agreements := make([]pact.Agreement, 0, len(ids))
	for _, id := range ids {
		ag, _ := m.Agreement(id) // AgreementsOf names only agreements the model holds
		agreements = append(agreements, ag)
	}
	q := query{m: m, t: t, agreements: agreements, released: map[relations.ActorID][]string{}}
	if len(t.Aggressors) > 0 {
		r, err := m.Respond(pact.Attack{Aggressors: t.Aggressors, Target: t.Protege, On: t.On})
		if err != nil {
			return nil, err
		}
		q.duties = dutiesToward(t.Protege, r)
	}
	for _, ag := range agreements {
		for _, p := range ag.Parties {
			if excluded(p.Actor) || owed[p.Actor] != nil {
				continue
			}
			cs, err := c.commitments(&q, p.Actor)
			if err != nil {
				return nil, err
			}
			if len(cs) > 0 {
				owed[p.Actor] = cs
			}
		}
	}
	by := map[relations.ActorID][]Response{}
	as := map[relations.ActorID]string{}
	for _, r := range rs {
		if excluded(r.Actor) {
			continue
		}
		by[r.Actor] = append(by[r.Actor], r)
		if r.As != "" {
			as[r.Actor] = r.As
		}
	}
	for actor, agreement := range as {
		cs, err := c.allianceCommitments(&q, agreement)
		if err != nil {
			return nil, err
		}
		owed[actor] = append(owed[actor], cs...)
	}
	actors := slices.Sorted(maps.Keys(owed))
	for a := range by {
		if owed[a] == nil {
			actors = append(actors, a)
		}
	}
	for a := range q.released {
		if owed[a] == nil && by[a] == nil {
			actors = append(actors, a)
		}
	}
	slices.Sort(actors)
	out := make([]Verdict, 0, len(actors))
	for _, a := range actors {
		v := c.judge(t, a, owed[a], by[a])
		if v.Outcome == NotOwed {
			for _, why := range q.released[a] {
				v.reason(why)
			}
		}
		out = append(out, v)
	}
	broken, err := assuranceVerdicts(&q)
	if err != nil {
		return nil, err
	}
	out = append(out, broken...)
	slices.SortStableFunc(out, func(a, b Verdict) int { return cmp.Compare(a.Protector, b.Protector) })
	return out, nil
}

// query is what one test asks of the model: the protégé's agreements,
// the duties [pact.Model.Respond] checks against the attack, and the
// actors whose every duty a failed condition released, with why.
type query struct {
	m          *pact.Model
	t          Test
	agreements []pact.Agreement
	duties     map[clauseOf]pact.Duty
	released   map[relations.ActorID][]string
}

// clauseOf names a clause by who owes it: duties and bonds meet on it.
type clauseOf struct {
	by                relations.ActorID
	agreement, clause string
}

// obligationOf names, by the obligation's name, the duties that protect
// a party at war.
var obligationOf = map[pact.DutyKind]string{pact.Defend: "defense", pact.Consult: "consultation"}

// dutiesToward keeps the protective duties toward x, one per clause: the
// one that holds most (clauses without IDs may share a name).
func dutiesToward(x relations.ActorID, r pact.Response) map[clauseOf]pact.Duty {
	out := map[clauseOf]pact.Duty{}
	for _, d := range slices.Concat(r.Duties, r.Released) {
		if d.For != x || obligationOf[d.Kind] == "" {
			continue
		}
		k := clauseOf{d.Actor, d.Agreement, d.Clause}
		if old, ok := out[k]; !ok || d.Holds > old.Holds {
			out[k] = d
		}
	}
	return out
}

// commitments lists what by owed or was expected to do for the test's
// protégé on its day. A clause whose duty the attack triggers is as
// [pact.Model.Respond] checks it, conditions and all: released by a failed
// condition, it is not owed (and the reason is kept), and a condition it
// cannot tell leaves it cannot tell.
func (c *config) commitments(q *query, by relations.ActorID) ([]Commitment, error) {
	m, x, day := q.m, q.t.Protege, q.t.On
	bonds, err := m.Bonds(by, x, day)
	if err != nil {
		return nil, err
	}
	var out []Commitment
	for _, b := range bonds {
		kind := b.Obligation.String()
		if notProtective[kind] {
			continue
		}
		cm := Commitment{Kind: kind, Form: b.Form, By: by, Agreement: b.Agreement, Clause: b.Clause,
			InForce: b.InForce, Doubt: b.Doubt, Sources: SourcesOf(m, b.Agreement)}
		if d, ok := q.duties[clauseOf{by, b.Agreement, b.Clause}]; ok && obligationOf[d.Kind] == kind {
			cm.Checks = d.Checks
			switch {
			case d.Holds == relations.No:
				q.released[by] = append(q.released[by], "released from "+kind+" under "+strconv.Quote(b.Agreement)+": "+failedCheck(d))
				continue
			case d.Holds == relations.CannotTell && cm.InForce == relations.Yes:
				cm.InForce, cm.Doubt = relations.CannotTell, relations.Doubt{Reason: d.Doubt.Reason, Detail: openChecks(d)}
			}
		}
		out = append(out, cm)
	}
	for _, ag := range q.agreements {
		id := ag.ID
		if _, ok := ag.Party(by); !ok {
			continue
		}
		for _, p := range provisionsOn(ag, day) {
			if _, ok := c.rules[p.Kind.String()]; !ok || !names(p.By, by, ag, x) || !names(p.To, x, ag, by) {
				continue
			}
			in, doubt, err := inForce(m, id, day)
			if err != nil {
				return nil, err
			}
			if in == relations.No {
				continue
			}
			out = append(out, Commitment{Kind: p.Kind.String(), Form: ag.Form, By: by, Agreement: id, InForce: in, Doubt: doubt,
				Sources: SourcesOf(m, id)})
		}
	}
	return out, nil
}

// allianceCommitments lists what an agreement's parties owed the test's
// protégé under it, once per kind, the most certain kept.
func (c *config) allianceCommitments(q *query, agreement string) ([]Commitment, error) {
	t := q.t
	ag, _ := q.m.Agreement(agreement) // check made sure it exists
	var out []Commitment
	for _, p := range ag.Parties {
		if p.Actor == t.Protege || slices.Contains(t.Aggressors, p.Actor) {
			continue
		}
		cs, err := c.commitments(q, p.Actor)
		if err != nil {
			return nil, err
		}
		for _, cm := range cs {
			if cm.Agreement != agreement {
				continue
			}
			i := slices.IndexFunc(out, func(o Commitment) bool { return o.Kind == cm.Kind })
			switch {
			case i < 0:
				out = append(out, cm)
			case out[i].InForce != relations.Yes && cm.InForce == relations.Yes:
				out[i] = cm
			}
		}
	}
	return out, nil
}

// failedCheck names what released a duty.
func failedCheck(d pact.Duty) string {
	if failed := d.ChecksWith(relations.No); len(failed) > 0 {
		return failed[0].String()
	}
	return "not in force"
}

// openChecks names the conditions a duty's holding hinges on.
func openChecks(d pact.Duty) string {
	var out []string
	for _, ch := range d.ChecksWith(relations.CannotTell) {
		out = append(out, ch.String())
	}
	return "conditions cannot tell: " + strings.Join(out, "; ")
}

// names reports whether a provision's list of actors takes in id: an empty
// list means every party but other.
func names(list []relations.ActorID, id relations.ActorID, ag pact.Agreement, other relations.ActorID) bool {
	if len(list) == 0 {
		_, ok := ag.Party(id)
		return ok && id != other
	}
	return slices.Contains(list, id)
}

// provisionsOn returns the provisions of the text current on day: the
// original, or the last amendment certainly begun by then.
func provisionsOn(ag pact.Agreement, day relations.Date) []pact.Provision {
	ps := ag.Provisions
	for _, am := range ag.Amendments {
		if am.Date.OnOrBefore(day) == relations.Yes {
			ps = am.Provisions
		}
	}
	return ps
}

// inForce says whether an agreement is in force on day: as its lifecycle
// settles it, and past what its source observes (ATOP 5.1 ends in 2018),
// cannot tell unless an observation settles it through the day.
func inForce(m *pact.Model, id string, day relations.Date) (relations.Truth, relations.Doubt, error) {
	st, settled, err := m.StatusOn(id, day)
	if err != nil {
		return relations.No, relations.Doubt{}, err
	}
	if settled != relations.Yes {
		return relations.CannotTell, relations.Doubt{Reason: relations.PartialDate,
			Detail: "the dates of agreement " + strconv.Quote(id) + " cannot settle " + day.String()}, nil
	}
	if st != pact.InForce {
		return relations.No, relations.Doubt{}, nil
	}
	cov, ok := m.Source(id)
	last, ends := cov.LastObserved()
	if !ok || !ends || day.After(last) == relations.No {
		return relations.Yes, relations.Doubt{}, nil
	}
	source := cov.Source
	for _, o := range m.Observations() {
		if o.Agreement != id || o.On.Compare(last) <= 0 {
			continue
		}
		if o.On.OnOrAfter(day) == relations.Yes {
			return relations.Yes, relations.Doubt{}, nil
		}
		last, source = o.On, o.Source
	}
	return relations.CannotTell, relations.Doubt{Reason: relations.PastCoverage,
		Detail: "agreement " + strconv.Quote(id) + " as last observed by " + source + " on " + last.String()}, nil
}

// SourcesOf returns an agreement's sources, or the name of the dataset
// that holds it ("ATOP 5.1, agreement atop-1480"), or "agreement" and its
// ID when the model knows neither: what a [Commitment] cites.
func SourcesOf(m *pact.Model, id string) []string {
	if ag, ok := m.Agreement(id); ok && len(ag.Sources) > 0 {
		return ag.Sources
	}
	if cov, ok := m.Source(id); ok && cov.Source != "" {
		return []string{cov.Source + ", agreement " + id}
	}
	return []string{"agreement " + id}
}

// check reports every problem in the tests and responses.
func check(m *pact.Model, tests []Test, responses []Response) error {
	known := map[relations.ActorID]bool{}
	for _, a := range m.Actors() {
		known[a.ID] = true
	}
	problems := errs.List{Scope: "record"}
	path := func(el string, i int, id string) string { return el + "[" + strconv.Itoa(i) + "] " + errs.Quote(id) }
	bad := func(el string, i int, id, format string, args ...any) {
		problems.Add(&relations.ValidationError{Path: path(el, i, id), Err: fmt.Errorf(format, args...)})
	}
	actor := func(el string, i int, id, field string, a relations.ActorID) {
		if !known[a] {
			problems.Add(&relations.ValidationError{Path: path(el, i, id) + ": " + field, Err: errs.UnknownActor(string(a), relations.ErrUnknownActor)})
		}
	}
	ids := map[string]bool{}
	for i, t := range tests {
		switch {
		case t.ID == "":
			bad("tests", i, t.ID, "empty id")
		case ids[t.ID]:
			bad("tests", i, t.ID, "id given twice")
		}
		ids[t.ID] = true
		if t.Kind == UnknownTest || t.Kind > AssuranceBreached {
			bad("tests", i, t.ID, "kind: %s is not a test kind", t.Kind)
		}
		if !t.On.IsValid() {
			bad("tests", i, t.ID, "date: empty")
		}
		actor("tests", i, t.ID, "protege", t.Protege)
		for _, a := range t.Aggressors {
			actor("tests", i, t.ID, "aggressors", a)
			if a == t.Protege {
				bad("tests", i, t.ID, "aggressors: %q is the protege", a)
			}
		}
		switch {
		case t.Kind == AttackOnHosted && t.Hosted == "":
			bad("tests", i, t.ID, "hosted: an attack on what the protege hosts names whose forces it hosts")
		case t.Hosted != "":
			actor("tests", i, t.ID, "hosted", t.Hosted)
		}
		if len(t.Sources) == 0 || slices.Contains(t.Sources, "") {
			bad("tests", i, t.ID, "sources: want at least one, none empty")
		}
	}
	speaksAs := map[[2]string]string{} // test and actor: the agreement it acts as
	for i, r := range responses {
		key := [2]string{r.Test, string(r.Actor)}
		if as, ok := speaksAs[key]; ok && as != r.As {
			bad("responses", i, r.Test, "as: %q acts as %q in another response to the test; one actor, one voice", r.Actor, as)
		}
		speaksAs[key] = r.As
		if !ids[r.Test] {
			bad("responses", i, r.Test, "test: unknown test")
		}
		actor("responses", i, r.Test, "actor", r.Actor)
		if !r.On.IsValid() {
			bad("responses", i, r.Test, "date: empty")
		}
		if r.Grade == Unrecorded || r.Grade > WarEntry {
			bad("responses", i, r.Test, "grade: %s is not a grade; an act not recorded is no response", r.Grade)
		}
		if r.As != "" {
			if _, ok := m.Agreement(r.As); !ok {
				bad("responses", i, r.Test, "as: unknown agreement %q", r.As)
			}
		}
		if len(r.Sources) == 0 || slices.Contains(r.Sources, "") {
			bad("responses", i, r.Test, "sources: want at least one, none empty")
		}
	}
	return problems.Err()
}
