package network

// This file is the only one that asks the pact model: the rest of the
// package works on Tie and Pair answers, so that a change in pact's API is
// adapted here alone. Every tie is the model's own answer — its dyad-year
// panel for a year, its bonds and partners on a day — with the partners of
// obligations that vary by partner (ATOP's OBVARY) as the model settles
// them; nothing here reads a dataset a second time.

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"

	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

// allianceSource answers the alliance ties of a pact model.
type allianceSource struct {
	m *pact.Model
	// varying lists the model's clauses that vary by partner.
	varying []varyingClause
	// lower is m without its unsettled clauses — those that vary by
	// partner where the source does not record the pair's obligation as
	// owed (Clause.VariesByPartner, not PairOwed). Its dyad-year panel,
	// where each such clause binds no one, is the certain part of m's,
	// where each binds every partner it lists: the least and the most the
	// data allow. nil when m has no such clause; bound lists (sorted) the
	// actors they bind, whose rows alone can differ.
	lower *pact.Model
	bound []relations.ActorID
}

// varyingClause is a clause that varies by partner, as the doubts of its
// ties and the day's test of a pair need it.
type varyingClause struct {
	agreement, clause string
	obligation        pact.Obligation
	by, to            []relations.ActorID // empty: every member
	pairOwed          bool
	unsettled         string
}

func (c *varyingClause) binds(by, to relations.ActorID) bool {
	return (len(c.by) == 0 || slices.Contains(c.by, by)) && (len(c.to) == 0 || slices.Contains(c.to, to))
}

func newAllianceSource(m *pact.Model) (*allianceSource, error) {
	s := &allianceSource{m: m}
	agreements := m.Agreements()
	stripped := false
	strip := func(a *pact.Agreement, clauses []pact.Clause) []pact.Clause {
		keep := clauses[:0:0]
		for _, c := range clauses {
			if !c.VariesByPartner {
				keep = append(keep, c)
				continue
			}
			s.varying = append(s.varying, varyingClause{agreement: a.ID, clause: c.ID, obligation: c.Obligation,
				by: c.By, to: c.To, pairOwed: c.PairOwed, unsettled: c.Unsettled})
			if c.PairOwed || !binding.Has(c.Obligation) {
				keep = append(keep, c)
				continue
			}
			stripped = true
			by := c.By
			if len(by) == 0 {
				for _, p := range a.Parties {
					if p.Roles&pact.Member != 0 {
						by = append(by, p.Actor)
					}
				}
			}
			s.bound = append(s.bound, by...)
		}
		return keep
	}
	for i := range agreements {
		a := &agreements[i]
		a.Clauses = strip(a, a.Clauses)
		for j := range a.Amendments {
			a.Amendments[j].Clauses = strip(a, a.Amendments[j].Clauses)
		}
	}
	if stripped {
		slices.Sort(s.bound)
		s.bound = slices.Compact(s.bound)
		lower, err := rebuild(m, agreements)
		if err != nil {
			return nil, fmt.Errorf("network: the model without its clauses that vary by partner: %w", err)
		}
		s.lower = lower
	}
	return s, nil
}

// rebuild returns a model of m's actors and the given agreements (m's,
// changed), each agreement keeping m's source of it and the observations
// of it, so that its dyad-year panel reads the same years.
func rebuild(m *pact.Model, agreements []pact.Agreement) (*pact.Model, error) {
	sources := m.Sources()
	observations := m.Observations()
	if len(sources) == 1 && len(observations) == 0 {
		return pact.New(m.Actors(), agreements, pact.WithCoverage(m.Coverage()))
	}
	groups := make([][]pact.Agreement, len(sources))
	for _, a := range agreements {
		c, _ := m.Source(a.ID) // a is m's: its source exists
		k := max(slices.Index(sources, c), 0)
		groups[k] = append(groups[k], a)
	}
	w, err := pact.New(m.Actors(), groups[0], pact.WithCoverage(sources[0]))
	for k := 1; k < len(sources) && err == nil; k++ {
		if len(groups[k]) > 0 {
			w, err = w.With(pact.Layer{Coverage: sources[k], Agreements: groups[k]})
		}
	}
	if err == nil && len(observations) > 0 {
		w, err = w.With(pact.Layer{Observations: observations})
	}
	return w, err
}

// year returns the ties of year y and, when some source does not observe
// the whole year, why.
func (s *allianceSource) year(y int) (relations.Answer[Tie], relations.Doubt, error) {
	years, err := s.panel(y, y)
	if err != nil {
		return relations.Answer[Tie]{}, relations.Doubt{}, err
	}
	return s.observed(y, years[0])
}

// observed returns the panel's ties a of year y with, when some source does
// not observe the whole year, why, and that source's ties as it last
// observed them: the ties of the first day past every end of coverage in
// the year, apart from what the panel settles.
func (s *allianceSource) observed(y int, a relations.Answer[Tie]) (relations.Answer[Tie], relations.Doubt, error) {
	first, err1 := relations.DayDate(y, 1, 1)
	last, err2 := relations.DayDate(y, 12, 31)
	if err := cmp.Or(err1, err2); err != nil {
		return a, relations.Doubt{}, err
	}
	doubt, asOf, err := s.unobserved(first, last)
	if err != nil || doubt == (relations.Doubt{}) {
		return a, doubt, err
	}
	day, err := s.day(asOf)
	if err != nil {
		return a, doubt, err
	}
	return merge(a, day), doubt, nil
}

// unobserved returns, for the span [first, last], why some source of the
// model does not observe all of it (the zero Doubt when every source
// does) and the first day of the span that every source ending in it no
// longer observes. A span that begins before a source does is an error.
func (s *allianceSource) unobserved(first, last relations.Date) (relations.Doubt, relations.Date, error) {
	var doubt relations.Doubt
	asOf := first
	for _, c := range s.m.Sources() {
		if c.IsZero() {
			continue
		}
		if c.Observed.From.IsValid() && first.Before(c.Observed.From) == relations.Yes {
			return doubt, asOf, errs.Wrap(first.String()+" is before "+c.Source+" begins to observe, on "+c.Observed.From.String(), pact.ErrOutsideCoverage)
		}
		if c.Observed.Contains(last) == relations.Yes {
			continue
		}
		seen, _ := c.LastObserved() // it does not observe last: its coverage ends
		if next, ok := seen.AddDays(1); ok && next.Compare(asOf) > 0 {
			asOf = next
		}
		if doubt == (relations.Doubt{}) {
			doubt = relations.Doubt{Reason: relations.PastCoverage,
				Detail: "the alliances of " + spanText(first, last) + ", as last observed by " + c.Source + " on " + seen.String()}
		}
	}
	return doubt, asOf, nil
}

func spanText(first, last relations.Date) string {
	if first == last {
		return first.String()
	}
	return strconv.Itoa(first.Year())
}

// panel returns the ties of each year from through to, from the model's
// directed dyad-year panel: A's obligations to B in a year, as ATOP's
// directed dyad-year file has them. An obligation the panel holds only by
// a clause that varies by partner where the source does not settle the
// pair is uncertain ([relations.VariesByPartner]); a row that shares an
// agreement but no obligation (ATOP's SHAREOB) is no tie.
func (s *allianceSource) panel(from, to int) ([]relations.Answer[Tie], error) {
	out := make([]relations.Answer[Tie], to-from+1)
	type cell struct {
		a, b relations.ActorID
		year int
	}
	var certain map[cell]pact.ObligationSet
	if s.lower != nil {
		rows, err := s.lower.DyadYears(pact.Directed, from, to, s.bound...)
		if err != nil {
			return nil, fmt.Errorf("network: %w", err)
		}
		certain = map[cell]pact.ObligationSet{}
		for _, rs := range rows {
			for _, r := range rs {
				certain[cell{r.A, r.B, r.Year}] = r.Obligations & binding
			}
		}
	}
	rows, err := s.m.DyadYears(pact.Directed, from, to)
	if err != nil {
		return nil, fmt.Errorf("network: %w", err)
	}
	for a, rs := range rows {
		_, varies := slices.BinarySearch(s.bound, a)
		for _, r := range rs {
			o := r.Obligations & binding
			if o == 0 {
				continue
			}
			y := &out[r.Year-from]
			sure := o
			if varies {
				sure = certain[cell{r.A, r.B, r.Year}] & o
			}
			if sure != 0 {
				y.Certain = append(y.Certain, Tie{r.A, r.B, sure})
			}
			if open := o &^ sure; open != 0 {
				t := Tie{r.A, r.B, open}
				y.Uncertain = append(y.Uncertain, relations.Doubtful[Tie]{Item: t, Doubt: s.varyingDoubt(t)})
			}
		}
	}
	return out, nil
}

// varyingDoubt says why tie t, held by a clause that varies by partner, is
// uncertain: the first such clause that may carry it.
func (s *allianceSource) varyingDoubt(t Tie) relations.Doubt {
	for i := range s.varying {
		c := &s.varying[i]
		if !c.pairOwed && t.Obligations.Has(c.obligation) && c.binds(t.A, t.B) {
			return varies(c.agreement, t.A, c.obligation, c.unsettled)
		}
	}
	return varies("", t.A, 0, "")
}

func varies(agreement string, by relations.ActorID, o pact.Obligation, why string) relations.Doubt {
	if why == "" {
		why = "the source does not say toward whom"
	}
	what := string(by) + "'s obligations vary by partner"
	if o != 0 {
		what = string(by) + "'s " + o.String() + " obligation varies by partner"
	}
	if agreement != "" {
		what = "agreement " + errs.Quote(agreement) + ": " + what
	}
	return relations.Doubt{Reason: relations.VariesByPartner, Detail: what + "; " + why}
}

// day returns the directed alliance ties on day: for each direction of
// each pair of alliance partners, the obligations that certainly bind —
// by a clause, or, for a pair whose obligation the source records though
// not the agreement that carries it (Clause.PairOwed), because every
// agreement that may carry it binds them that day, as the model's partner
// queries count it — and apart, each with its doubt, those the data leave
// open. A day past a source's coverage has its ties as last observed,
// uncertain.
func (s *allianceSource) day(day relations.Date) (relations.Answer[Tie], error) {
	var out relations.Answer[Tie]
	for _, x := range s.m.Actors() {
		partners, err := s.m.AlliancePartners(x.ID, day)
		if err != nil {
			return out, fmt.Errorf("network: %w", err)
		}
		ids := slices.Clone(partners.Certain)
		for _, u := range partners.Uncertain {
			ids = append(ids, u.Item)
		}
		slices.Sort(ids)
		for _, p := range ids {
			if err := s.direction(&out, x.ID, p, day); err != nil {
				return out, err
			}
		}
	}
	slices.SortFunc(out.Certain, compareTies)
	slices.SortFunc(out.Uncertain, func(a, b relations.Doubtful[Tie]) int { return compareTies(a.Item, b.Item) })
	return out, nil
}

// direction adds x's ties to p on day to out.
func (s *allianceSource) direction(out *relations.Answer[Tie], x, p relations.ActorID, day relations.Date) error {
	bonds, err := s.m.Bonds(x, p, day)
	if err != nil {
		return fmt.Errorf("network: %w", err)
	}
	var sure, maybe pact.ObligationSet
	for _, b := range bonds {
		switch {
		case !binding.Has(b.Obligation):
		case b.InForce == relations.Yes:
			sure = sure.With(b.Obligation)
		default:
			maybe = maybe.With(b.Obligation)
		}
	}
	for o := pact.Defense; o <= pact.Consultation; o++ {
		if !maybe.Has(o) || sure.Has(o) {
			continue
		}
		owed, err := s.pairOwed(x, p, o, day, bonds)
		if err != nil {
			return err
		}
		if owed {
			sure = sure.With(o)
		}
	}
	if sure != 0 {
		out.Certain = append(out.Certain, Tie{x, p, sure})
	}
	// The obligations left open, as one tie with the doubt of the first
	// bond (by obligation, agreement and clause) that leaves one open.
	if open := maybe &^ sure; open != 0 {
		for _, b := range bonds {
			if open.Has(b.Obligation) && b.InForce != relations.Yes {
				out.Uncertain = append(out.Uncertain, relations.Doubtful[Tie]{Item: Tie{x, p, open}, Doubt: b.Doubt})
				break
			}
		}
	}
	return nil
}

// pairOwed reports whether x's obligation o to p binds on day though no
// clause certainly does, as the model's partner queries settle it: a
// clause that binds that day records the pair's obligation as owed
// (Clause.PairOwed), and every agreement that may carry o from x to p in
// the day's year binds them with it that day. bonds are x's to p on day.
func (s *allianceSource) pairOwed(x, p relations.ActorID, o pact.Obligation, day relations.Date, bonds []pact.Bond) (bool, error) {
	evidence := false
	for _, b := range bonds {
		evidence = evidence || b.Obligation == o && b.Doubt.Reason == relations.VariesByPartner && s.recordsPair(b)
	}
	if !evidence {
		return false, nil
	}
	year, err := relations.YearDate(day.Year())
	if err != nil {
		return false, err
	}
	carriers, err := s.m.Bonds(x, p, year)
	if err != nil {
		return false, fmt.Errorf("network: %w", err)
	}
	for _, c := range carriers {
		if c.Obligation != o {
			continue
		}
		// The agreement binds them that day: a clause of it whose dates
		// hold, whether or not it varies by partner.
		if !slices.ContainsFunc(bonds, func(b pact.Bond) bool {
			return b.Agreement == c.Agreement && b.Obligation == o &&
				(b.InForce == relations.Yes || b.Doubt.Reason == relations.VariesByPartner)
		}) {
			return false, nil
		}
	}
	return true, nil
}

// recordsPair reports whether bond b comes from a clause that records the
// pair's obligation as owed (Clause.PairOwed): every clause that may have
// made it does.
func (s *allianceSource) recordsPair(b pact.Bond) bool {
	found := false
	for i := range s.varying {
		c := &s.varying[i]
		if c.agreement != b.Agreement || c.clause != b.Clause || c.obligation != b.Obligation || !c.binds(b.By, b.To) {
			continue
		}
		if !c.pairOwed {
			return false
		}
		found = true
	}
	return found
}

// merge adds to a what b says beyond it: b's ties apart from the
// obligations a already holds of the same direction, certain or not.
func merge(a, b relations.Answer[Tie]) relations.Answer[Tie] {
	held := map[[2]relations.ActorID]pact.ObligationSet{}
	key := func(t Tie) [2]relations.ActorID { return [2]relations.ActorID{t.A, t.B} }
	for _, t := range a.Certain {
		held[key(t)] |= t.Obligations
	}
	for _, u := range a.Uncertain {
		held[key(u.Item)] |= u.Item.Obligations
	}
	out := relations.Answer[Tie]{Certain: slices.Clone(a.Certain), Uncertain: slices.Clone(a.Uncertain)}
	for _, t := range b.Certain {
		if t.Obligations &^= held[key(t)]; t.Obligations != 0 {
			out.Certain = append(out.Certain, t)
		}
	}
	for _, u := range b.Uncertain {
		if u.Item.Obligations &^= held[key(u.Item)]; u.Item.Obligations != 0 {
			out.Uncertain = append(out.Uncertain, u)
		}
	}
	slices.SortFunc(out.Certain, compareTies)
	slices.SortFunc(out.Uncertain, func(a, b relations.Doubtful[Tie]) int { return compareTies(a.Item, b.Item) })
	return out
}
