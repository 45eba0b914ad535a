package pact

// A slow reference for the alliance queries, after net/netip's
// slow_test.go: a plain scan over a model's agreements, written from the
// documented rules and nothing else, that the fuzz targets below compare
// with the indexed answers on random small worlds.
//
// The reference answers for exact days. On an exact day, "binds" is the
// three-valued conjunction of every bound the clause has: the agreement
// in force (and, past the source's coverage, not known to go on), the
// phase current, both parties in. A partial day would ask whether a fact
// held on every day of a span, which a conjunction of bounds cannot
// answer exactly, so the fuzz targets ask about exact days only.

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/entente-go/entente/relations"
)

// slowWorld is what the reference reads: the agreements as given, and the
// coverage.
type slowWorld struct {
	agreements []Agreement
	coverage   relations.Coverage
}

// slowSpan is one span in which a clause of an agreement may bind: an
// in-force stage and a phase.
type slowSpan struct {
	from, until relations.Date // the in-force stage; until zero if open
	phase       int
	phaseFrom   relations.Date // zero for the original text
	phaseUntil  relations.Date // zero for the last phase
	clauses     []Clause
}

// spans lists every (in-force stage, phase) of a.
func slowSpans(a *Agreement) []slowSpan {
	var out []slowSpan
	type text struct {
		from    relations.Date
		clauses []Clause
	}
	texts := []text{{clauses: a.Clauses}}
	for _, am := range a.Amendments {
		texts = append(texts, text{am.Date, am.Clauses})
	}
	for i, c := range a.Lifecycle {
		if c.Status != InForce {
			continue
		}
		var until relations.Date
		if i+1 < len(a.Lifecycle) {
			until = a.Lifecycle[i+1].Date
		}
		for p, tx := range texts {
			var pu relations.Date
			if p+1 < len(texts) {
				pu = texts[p+1].from
			}
			out = append(out, slowSpan{from: c.Date, until: until, phase: p, phaseFrom: tx.from, phaseUntil: pu, clauses: tx.clauses})
		}
	}
	return out
}

// since is "from has come by day": Yes when there is no from.
func since(from, day relations.Date) relations.Truth {
	if !from.IsValid() {
		return relations.Yes
	}
	return from.OnOrBefore(day)
}

// before is "day comes before until": Yes when there is no until.
func before(day, until relations.Date) relations.Truth {
	if !until.IsValid() {
		return relations.Yes
	}
	return day.Before(until)
}

// pastCoverage is whether day falls after the last day the source observes.
func (w *slowWorld) pastCoverage(day relations.Date) bool {
	return w.coverage.Observed.Until.IsValid() && day.Before(w.coverage.Observed.Until) != relations.Yes
}

// inForce is whether the stage of sp is in force on day, as far as the
// source tells: past its coverage, a stage not known to have ended by then
// is not known to go on either.
func (w *slowWorld) inForce(sp slowSpan, day relations.Date) relations.Truth {
	end := before(day, sp.until)
	if end == relations.Yes && w.pastCoverage(day) {
		end = relations.CannotTell
	}
	return since(sp.from, day).And(end)
}

// spellsOf lists the spells of actor x in a that a clause naming ids (by
// or to) binds: all of them when ids names x, only its spells as a member
// when ids is empty (the clause binds every member).
func spellsOf(a *Agreement, x relations.ActorID, ids []relations.ActorID) []Party {
	var out []Party
	for _, p := range a.Parties {
		if p.Actor == x && (len(ids) > 0 || p.Roles.Has(Member)) {
			out = append(out, p)
		}
	}
	return out
}

// bound lists who a clause's By or To names: the IDs given, or every
// member.
func bound(a *Agreement, ids []relations.ActorID) []relations.ActorID {
	if len(ids) > 0 {
		return ids
	}
	var out []relations.ActorID
	for _, p := range a.Parties {
		if p.Roles.Has(Member) && !slices.Contains(out, p.Actor) {
			out = append(out, p.Actor)
		}
	}
	return out
}

// slowTie is one way a clause of an agreement binds by to to on a day.
type slowTie struct {
	agreement string
	phase     int
	item      int
	clause    Clause
	by, to    relations.ActorID
	in        relations.Truth
	reason    relations.Reason // when in is CannotTell
}

// ties lists every way a clause may bind someone to someone on day,
// leaving out the ways it certainly does not.
func (w *slowWorld) ties(day relations.Date) []slowTie {
	var out []slowTie
	for ai := range w.agreements {
		a := &w.agreements[ai]
		for _, sp := range slowSpans(a) {
			span := w.inForce(sp, day).And(since(sp.phaseFrom, day)).And(before(day, sp.phaseUntil))
			for ci, c := range sp.clauses {
				if c.Obligation == UnknownObligation {
					continue
				}
				for _, by := range bound(a, c.By) {
					for _, to := range bound(a, c.To) {
						if by == to {
							continue
						}
						for _, sb := range spellsOf(a, by, c.By) {
							for _, st := range spellsOf(a, to, c.To) {
								in := span.And(since(sb.Joined, day)).And(before(day, sb.Withdrew)).
									And(since(st.Joined, day)).And(before(day, st.Withdrew))
								t := slowTie{agreement: a.ID, phase: sp.phase, item: ci, clause: c, by: by, to: to, in: in}
								switch {
								case in == relations.No:
									continue
								case in == relations.Yes && c.VariesByPartner:
									t.in, t.reason = relations.CannotTell, relations.VariesByPartner
								case in == relations.CannotTell && w.pastCoverage(day):
									t.reason = relations.PastCoverage
								case in == relations.CannotTell:
									t.reason = relations.PartialDate
								}
								out = append(out, t)
							}
						}
					}
				}
			}
		}
	}
	return out
}

var errSlowOutside = errors.New("before the coverage")

// checkDay is the reference's check of a query's day.
func (w *slowWorld) checkDay(day relations.Date) error {
	if !day.IsValid() {
		return errZeroDay
	}
	if !w.coverage.IsZero() && w.coverage.Observed.From.OnOrBefore(day) != relations.Yes {
		return errSlowOutside
	}
	return nil
}

// slowPartner is a partner in the reference's answer: certain, or
// uncertain for any of reasons.
type slowPartner struct {
	certain bool
	reasons map[relations.Reason]bool
}

// alliancePartners is the reference for [Model.AlliancePartners]: the
// actors x shares an obligation of set with, in either direction, on day.
func (w *slowWorld) alliancePartners(x relations.ActorID, day relations.Date, set ObligationSet) (map[relations.ActorID]*slowPartner, error) {
	if err := w.checkDay(day); err != nil {
		return nil, err
	}
	out := map[relations.ActorID]*slowPartner{}
	for _, t := range w.ties(day) {
		if !t.clause.Obligation.binding() || !set.Has(t.clause.Obligation) || (t.by != x && t.to != x) {
			continue
		}
		other := t.to
		if t.to == x {
			other = t.by
		}
		p := out[other]
		if p == nil {
			p = &slowPartner{reasons: map[relations.Reason]bool{}}
			out[other] = p
		}
		if t.in == relations.Yes {
			p.certain = true
		} else {
			p.reasons[t.reason] = true
		}
	}
	for other, p := range out {
		if !p.certain && (w.pairCertain(x, other, day, set) || w.pairCertain(other, x, day, set)) {
			p.certain = true
		}
	}
	return out, nil
}

// pairCertain is the reference's rule for a pair no one clause settles
// (see Clause.PairOwed): by owes to an obligation of set on day if a
// clause that binds then, but for varying by partner, records the pair's
// obligation as owed, and every agreement with a clause that may bind by
// to to with it on some day of day's year binds them with it on day.
func (w *slowWorld) pairCertain(by, to relations.ActorID, day relations.Date, set ObligationSet) bool {
	binds := func(t slowTie) bool { return t.in == relations.Yes || t.reason == relations.VariesByPartner }
	for o := Defense; o <= Consultation; o++ {
		if !set.Has(o) {
			continue
		}
		evidence, bound := false, map[string]bool{}
		for _, t := range w.ties(day) {
			if t.by == by && t.to == to && t.clause.Obligation == o && binds(t) {
				bound[t.agreement] = true
				evidence = evidence || t.clause.VariesByPartner && t.clause.PairOwed
			}
		}
		if !evidence {
			continue
		}
		all := true
		for dd := relations.MustDate(fmt.Sprintf("%04d-01-01", day.Year())); dd.Year() == day.Year() && all; dd, _ = dd.AddDays(1) {
			for _, t := range w.ties(dd) {
				if t.by == by && t.to == to && t.clause.Obligation == o && !bound[t.agreement] {
					all = false
				}
			}
		}
		if all {
			return true
		}
	}
	return false
}

// slowBond is a bond in the reference's answer, with every reason its
// doubt may give.
type slowBond struct {
	Bond
	reasons map[relations.Reason]bool
}

// bonds is the reference for [Model.Bonds]: one bond for each clause of
// each text that may bind from to to on day — certainly if any way it
// binds is certain — and one bond however many clauses read the same.
func (w *slowWorld) bonds(from, to relations.ActorID, day relations.Date) ([]slowBond, error) {
	if err := w.checkDay(day); err != nil {
		return nil, err
	}
	type clauseKey struct {
		agreement   string
		phase, item int
	}
	best := map[clauseKey]*slowBond{}
	var order []clauseKey
	for _, t := range w.ties(day) {
		if t.by != from || t.to != to {
			continue
		}
		k := clauseKey{t.agreement, t.phase, t.item}
		b := best[k]
		if b == nil {
			b = &slowBond{Bond: Bond{By: from, To: to, Obligation: t.clause.Obligation, Agreement: t.agreement,
				Clause: t.clause.ID, Conditions: t.clause.Conditions, InForce: relations.CannotTell}, reasons: map[relations.Reason]bool{}}
			best[k] = b
			order = append(order, k)
		}
		if t.in == relations.Yes {
			b.InForce = relations.Yes
		} else {
			b.reasons[t.reason] = true
		}
	}
	var out []slowBond
	seen := map[string]map[relations.Reason]bool{}
	for _, k := range order {
		b := best[k]
		if b.InForce == relations.Yes {
			clear(b.reasons)
		}
		key := bondKey(b.Bond)
		if reasons, dup := seen[key]; dup {
			for r := range b.reasons {
				reasons[r] = true
			}
			continue
		}
		seen[key] = b.reasons
		out = append(out, *b)
	}
	return out, nil
}

// bondKey is what a reader sees of a bond, its doubt left out.
func bondKey(b Bond) string {
	return fmt.Sprintf("%v|%v|%q|%q|%q|%v", b.By, b.To, b.Obligation, b.Agreement, b.Clause, b.InForce) + fmt.Sprintf("|%+v", b.Conditions)
}

// slowGen builds a small random world from fuzz bytes; once they run
// out, it goes on with a generator seeded by them, so that short inputs
// still make worlds worth asking about.
type slowGen struct {
	data []byte
	seed uint64
}

func (g *slowGen) next() int {
	if len(g.data) > 0 {
		b := g.data[0]
		g.data = g.data[1:]
		g.seed = g.seed*31 + uint64(b) + 1
		return int(b)
	}
	if g.seed == 0 {
		g.seed = 0x9e3779b97f4a7c15
	}
	g.seed ^= g.seed << 13 // xorshift64
	g.seed ^= g.seed >> 7
	g.seed ^= g.seed << 17
	return int(g.seed >> 56)
}

func (g *slowGen) intn(n int) int { return g.next() % n }

var slowActors = []relations.ActorID{"AAA", "BBB", "CCC", "DDD"}

// date is a date in 2000–2004, a year, a month or a day, or the zero Date
// when zero is allowed and the bytes say so.
func (g *slowGen) date(zero bool) relations.Date {
	if zero && g.intn(3) == 0 {
		return relations.Date{}
	}
	y := 2000 + g.intn(5)
	switch g.intn(3) {
	case 0:
		d, _ := relations.YearDate(y)
		return d
	case 1:
		d, _ := relations.MonthDate(y, 1+g.intn(12))
		return d
	}
	m := 1 + g.intn(12)
	d, err := relations.DayDate(y, m, 1+g.intn(31))
	if err != nil {
		d, _ = relations.DayDate(y, m, 28)
	}
	return d
}

// exactDay is an exact day in 1999–2005.
func (g *slowGen) exactDay() relations.Date {
	d, err := relations.DayDate(1999+g.intn(7), 1+g.intn(12), 1+g.intn(31))
	if err != nil {
		d, _ = relations.DayDate(2001, 2, 28)
	}
	return d
}

func (g *slowGen) actor() relations.ActorID { return slowActors[g.intn(len(slowActors))] }

func (g *slowGen) ids(parties []relations.ActorID) []relations.ActorID {
	switch g.intn(3) {
	case 0:
		return []relations.ActorID{parties[g.intn(len(parties))]}
	case 1:
		return nil
	}
	var out []relations.ActorID
	for _, p := range parties {
		if g.intn(2) == 0 {
			out = append(out, p)
		}
	}
	return out
}

func (g *slowGen) clauses(parties []relations.ActorID) []Clause {
	var out []Clause
	for range g.intn(3) {
		c := Clause{Obligation: Obligation(1 + g.intn(6)), By: g.ids(parties), To: g.ids(parties),
			VariesByPartner: g.intn(4) == 0}
		c.PairOwed = c.VariesByPartner && g.intn(2) == 0
		if g.intn(2) == 0 {
			c.ID = "c" + itoa(g.intn(2))
		}
		if g.intn(3) == 0 {
			c.Conditions = []Condition{{Kind: SpecificAdversary, Adversaries: []relations.ActorID{g.actor()}}}
		}
		out = append(out, c)
	}
	return out
}

// world returns the actors and agreements of a random world, and its
// coverage. A party's second spell may have roles of its own (see
// TestMemberRoleIsPerSpell).
func (g *slowGen) world() ([]relations.Actor, []Agreement, relations.Coverage) {
	var actors []relations.Actor
	for _, id := range slowActors {
		actors = append(actors, relations.Actor{ID: id, Kind: relations.StateActor, Name: string(id)})
	}
	var cov relations.Coverage
	if g.intn(2) == 0 {
		cov = relations.Coverage{Source: "src", Observed: relations.Interval{From: g.date(false), Until: g.date(true)}}
	}
	var agreements []Agreement
	for i := range 1 + g.intn(3) {
		a := Agreement{ID: "g" + itoa(i), Name: "g"}
		var ids []relations.ActorID
		seen := map[relations.ActorID]bool{}
		for k := range 2 + g.intn(3) {
			x := g.actor()
			if k == 1 && x == a.Parties[0].Actor {
				x = slowActors[(slices.Index(slowActors, x)+1)%len(slowActors)]
			}
			p := Party{Actor: x, Joined: g.date(true), Withdrew: g.date(true)}
			if p.Joined.IsValid() && p.Withdrew.IsValid() && p.Withdrew.Compare(p.Joined) < 0 {
				p.Joined, p.Withdrew = p.Withdrew, p.Joined
			}
			again := seen[x]
			r := []Roles{Member, Member, Guarantor, Member | Host}[g.intn(4)]
			if again {
				// A second spell, after the first.
				prev := &a.Parties[slices.IndexFunc(a.Parties, func(q Party) bool { return q.Actor == x })]
				prev.Withdrew, _ = relations.YearDate(2001)
				if prev.Joined.IsValid() && prev.Joined.Year() > 2001 {
					prev.Joined = relations.Date{}
				}
				p.Joined, _ = relations.DayDate(2002+g.intn(2), 1+g.intn(12), 1+g.intn(28))
				if p.Withdrew.IsValid() && p.Withdrew.Compare(p.Joined) < 0 {
					p.Withdrew = relations.Date{}
				}
			} else {
				seen[x] = true
				ids = append(ids, x)
			}
			p.Roles = r
			a.Parties = append(a.Parties, p)
		}
		lives := [][]Status{{InForce}, {Signed, InForce}, {InForce, Terminated}, {InForce, Suspended, InForce},
			{Signed, InForce, Suspended, InForce, Terminated}, {Proposed}}
		life := lives[g.intn(len(lives))]
		dates := make([]relations.Date, len(life))
		for j := range dates {
			dates[j] = g.date(false)
		}
		slices.SortStableFunc(dates, relations.Date.Compare)
		for j, st := range life {
			a.Lifecycle = append(a.Lifecycle, StatusChange{Status: st, Date: dates[j]})
		}
		a.Clauses = g.clauses(ids)
		for range g.intn(3) {
			a.Amendments = append(a.Amendments, Amendment{Date: g.date(false), Clauses: g.clauses(ids)})
		}
		slices.SortStableFunc(a.Amendments, func(x, y Amendment) int { return x.Date.Compare(y.Date) })
		agreements = append(agreements, a)
	}
	return actors, agreements, cov
}

// slowModel builds the model of a random world and its reference; it
// reports false when the world is not a valid model.
func slowModel(data []byte) (*Model, *slowWorld, *slowGen, bool) {
	g := &slowGen{data: data}
	actors, agreements, cov := g.world()
	m, err := New(actors, agreements, WithCoverage(cov))
	if err != nil {
		return nil, nil, nil, false
	}
	return m, &slowWorld{agreements: agreements, coverage: cov}, g, true
}

var slowSeeds = [][]byte{
	nil,
	[]byte("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15"),
	[]byte("\x01\x00\x02\x00\x01\x00\x00\x02\x00\x00\x00\x01\x00\x01\x02\x01\x00\x02\x01\x02\x00\x01\x01\x00\x02\x00\x01\x00\x03"),
	[]byte("zuTKx3bV8pOq1a9GmR0cW2eYhLfN5sJdI6kA7tE4vHoCyXg"),
	[]byte("\xff\xfe\xfd\xfc\xfb\xfa\xf9\xf8\xf7\xf6\xf5\xf4\xf3\xf2\xf1\xf0\xef\xee\xed\xec\xeb\xea\xe9\xe8\xe7\xe6\xe5"),
}

func FuzzAlliancePartnersAgainstSlow(f *testing.F) {
	for _, s := range slowSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, w, g, ok := slowModel(data)
		if !ok {
			return
		}
		// Every other world answers with every record crowded, so that
		// the partners made at query time are held to the reference too.
		if len(data) > 0 && data[0]%2 == 1 {
			defer func(k int) { crowdedRecord = k }(crowdedRecord)
			crowdedRecord = 0
		}
		for range 4 {
			x, day := g.actor(), g.exactDay()
			var obs []Obligation
			for o := Defense; o <= Consultation; o++ {
				if g.intn(4) == 0 {
					obs = append(obs, o)
				}
			}
			set, _ := bindingMask(obs)
			got, err := m.AlliancePartners(x, day, obs...)
			want, werr := w.alliancePartners(x, day, set)
			if (err != nil) != (werr != nil) || (werr == errSlowOutside) != errors.Is(err, ErrOutsideCoverage) {
				t.Fatalf("AlliancePartners(%s, %s, %v): error %v, reference %v", x, day, obs, err, werr)
			}
			if err != nil {
				continue
			}
			var certain, uncertain []relations.ActorID
			for id, p := range want {
				if p.certain {
					certain = append(certain, id)
				} else {
					uncertain = append(uncertain, id)
				}
			}
			slices.Sort(certain)
			slices.Sort(uncertain)
			var gotUncertain []relations.ActorID
			for _, u := range got.Uncertain {
				gotUncertain = append(gotUncertain, u.Item)
				if !want[u.Item].reasons[u.Doubt.Reason] {
					t.Errorf("AlliancePartners(%s, %s, %v): %s is uncertain for %v, reference %v", x, day, obs, u.Item, u.Doubt.Reason, want[u.Item].reasons)
				}
			}
			if !slices.Equal(certain, got.Certain) || !slices.Equal(uncertain, gotUncertain) {
				t.Errorf("AlliancePartners(%s, %s, %v) = %v, %v; reference %v, %v\nworld: %+v\ncoverage: %+v",
					x, day, obs, got.Certain, gotUncertain, certain, uncertain, w.agreements, w.coverage)
			}
		}
	})
}

func FuzzBondsAgainstSlow(f *testing.F) {
	for _, s := range slowSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, w, g, ok := slowModel(data)
		if !ok {
			return
		}
		for range 4 {
			from, to, day := g.actor(), g.actor(), g.exactDay()
			got, err := m.Bonds(from, to, day)
			want, werr := w.bonds(from, to, day)
			if (err != nil) != (werr != nil) {
				t.Fatalf("Bonds(%s, %s, %s): error %v, reference %v", from, to, day, err, werr)
			}
			if err != nil {
				continue
			}
			if !slices.IsSortedFunc(got, func(a, b Bond) int {
				return cmp.Or(cmp.Compare(a.Obligation, b.Obligation), cmp.Compare(a.Agreement, b.Agreement), cmp.Compare(a.Clause, b.Clause))
			}) {
				t.Errorf("Bonds(%s, %s, %s) not sorted: %v", from, to, day, got)
			}
			gotKeys, wantKeys := make([]string, len(got)), make([]string, len(want))
			reasons := map[string]map[relations.Reason]bool{}
			for i, b := range got {
				gotKeys[i] = bondKey(b)
			}
			for i, b := range want {
				wantKeys[i] = bondKey(b.Bond)
				reasons[wantKeys[i]] = b.reasons
			}
			slices.Sort(gotKeys)
			slices.Sort(wantKeys)
			if !slices.Equal(gotKeys, wantKeys) {
				t.Fatalf("Bonds(%s, %s, %s):\n got %s\nwant %s\nworld: %+v\ncoverage: %+v", from, to, day,
					strings.Join(gotKeys, "\n     "), strings.Join(wantKeys, "\n     "), w.agreements, w.coverage)
			}
			for _, b := range got {
				if b.InForce == relations.CannotTell && !reasons[bondKey(b)][b.Doubt.Reason] {
					t.Errorf("Bonds(%s, %s, %s): %v doubts for %v, reference %v", from, to, day, b, b.Doubt.Reason, reasons[bondKey(b)])
				}
				if b.InForce == relations.Yes && b.Doubt != (relations.Doubt{}) {
					t.Errorf("Bonds(%s, %s, %s): %v is certain with a doubt", from, to, day, b)
				}
			}
		}
	})
}
