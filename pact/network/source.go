package network

// This file is the only one that calls into pact, pact/atop and
// relations/rivalry: the rest of the package works on Tie and rivalSpan, so that
// a change in those APIs is adapted here alone.

import (
	"errors"
	"fmt"
	"strings"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/atop"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/rivalry"
)

// Option configures [New].
type Option func(*options)

type options struct {
	atop      *atop.Dataset
	rivalries []rivalry.Rivalry
}

// WithATOP tells New that the model was read from ATOP by d (d.Model), so
// that the ties of members whose obligations vary by partner (ATOP's OBVARY)
// are reported as uncertain, and days after ATOP's coverage are answered as
// last observed.
func WithATOP(d *atop.Dataset) Option { return func(o *options) { o.atop = d } }

// WithRivalries adds strategic rivalries as negative ties: rivalry.All(),
// Thompson and Dreyer's, or a list of one's own in the same form. The data
// observe through 2010 ([rivalry.LastYear]): a rivalry still running then
// (Ongoing) is, in a later year, an uncertain tie ([CoverageEnd]) — not a
// certain one, and not none.
func WithRivalries(rs []rivalry.Rivalry) Option {
	return func(o *options) { o.rivalries = append([]rivalry.Rivalry(nil), rs...) }
}

// New prepares the networks of the alliances of model m and, with
// [WithRivalries], of strategic rivalries. It reports an error for a nil
// model or a malformed rivalry.
func New(m *pact.Model, opts ...Option) (*Networks, error) {
	if m == nil {
		return nil, errors.New("network: nil model")
	}
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	src := &allianceSource{m: m}
	if o.atop != nil {
		src.markVarying(o.atop)
		src.coverEnd, _ = atop.Coverage.Until.AddDays(-1)
		src.index(FirstYear, src.coverEnd.Year())
	}
	spans, err := rivalSpans(o.rivalries)
	if err != nil {
		return nil, err
	}
	through := 0
	if o.rivalries != nil {
		through = rivalry.LastYear
	}
	return newNetworks(src, spans, through), nil
}

// rivalSpan is a rivalry in the package's own terms.
type rivalSpan struct {
	a, b     relations.ActorID
	from, to int
	// ongoing: still running when the data end (to is then their last year)
	ongoing bool
}

func rivalSpans(rs []rivalry.Rivalry) ([]rivalSpan, error) {
	out := make([]rivalSpan, 0, len(rs))
	var errs []error
	for _, r := range rs {
		a, b := r.A, r.B
		if b < a {
			a, b = b, a
		}
		to := rivalry.LastYear
		if !r.Ongoing() {
			to = r.End.Year()
		}
		switch {
		case a == "" || a == b:
			errs = append(errs, fmt.Errorf("network: rivalry %d %q: needs two different actors", r.Number, r.Name))
		case !r.Start.IsValid() || to < r.Start.Year():
			errs = append(errs, fmt.Errorf("network: rivalry %d %q: no start, or an end before it", r.Number, r.Name))
		default:
			out = append(out, rivalSpan{a: a, b: b, from: r.Start.Year(), to: to, ongoing: r.Ongoing()})
		}
	}
	return out, errors.Join(errs...)
}

// allianceSource reads alliance ties from a pact model.
type allianceSource struct {
	m *pact.Model
	// varying holds the directed pairs and years touched by a member coded
	// OBVARY, and varyingDays the member spells for questions on a day.
	varying     map[varyingKey]bool
	varyingDays []varyingSpell
	// coverEnd is the last day the source observes, when known.
	coverEnd relations.Date
	// years holds the ties of the years from first on, read once from the
	// panel (for ATOP, every year it covers).
	first int
	years [][]Tie
}

// index reads the ties of the years from through to once, so that a year's
// snapshot needs no pass over the model.
func (s *allianceSource) index(from, to int) {
	years := make([][]Tie, to-from+1)
	s.scan(from, to, func(y int, t Tie) { years[y-from] = append(years[y-from], t) })
	s.first, s.years = from, years
}

type varyingKey struct {
	a, b relations.ActorID
	year int
}

type varyingSpell struct {
	agreement   string // "atop-1100"
	by          relations.ActorID
	entry, exit relations.Date
}

func (s *allianceSource) markVarying(d *atop.Dataset) {
	s.varying = map[varyingKey]bool{}
	lastYear := atop.Coverage.Until.Year() - 1
	yearOf := func(dt relations.Date, open int) int {
		if !dt.IsValid() {
			return open
		}
		return dt.Year()
	}
	for _, m := range d.Members {
		if !m.VariesByPartner {
			continue
		}
		by := atop.Actor(m.CCode).ID
		s.varyingDays = append(s.varyingDays, varyingSpell{agreement: atop.AgreementID(m.Alliance), by: by, entry: m.Entry, exit: m.Exit})
		for _, o := range d.Members {
			if o.Alliance != m.Alliance || o.Phase != m.Phase || o.CCode == m.CCode {
				continue
			}
			from := max(yearOf(m.Entry, 0), yearOf(o.Entry, 0))
			to := min(yearOf(m.Exit, lastYear), yearOf(o.Exit, lastYear))
			for y := from; y <= to; y++ {
				s.varying[varyingKey{by, atop.Actor(o.CCode).ID, y}] = true
			}
		}
	}
}

func obligationsOf(set pact.ObligationSet) Obligations {
	var o Obligations
	for i, ob := range []pact.Obligation{pact.Defense, pact.Offense, pact.Neutrality, pact.NonAggression, pact.Consultation} {
		if set.Has(ob) {
			o |= 1 << i
		}
	}
	return o
}

func obligationOf(ob pact.Obligation) Obligations {
	switch ob {
	case pact.Defense:
		return Defense
	case pact.Offense:
		return Offense
	case pact.Neutrality:
		return Neutrality
	case pact.NonAggression:
		return NonAggression
	case pact.Consultation:
		return Consultation
	}
	return 0 // expectations bind no one
}

// yearTies calls yield with every directed alliance tie of the years from
// through to, as ATOP's directed dyad-year panel has them: A's obligations to
// B in a year. A row that a member coded OBVARY contributes to is uncertain
// as a whole: the panel combines agreements and cannot say which of its
// obligations that member's partner-specific coding gave. Rows that share an
// agreement but no obligation (ATOP's SHAREOB) are not ties.
func (s *allianceSource) yearTies(from, to int, yield func(year int, t Tie)) {
	for y := from; y <= to; y++ {
		if y < s.first || y-s.first >= len(s.years) {
			s.scan(y, to, yield)
			return
		}
		for _, t := range s.years[y-s.first] {
			yield(y, t)
		}
	}
}

func (s *allianceSource) scan(from, to int, yield func(year int, t Tie)) {
	panel, err := s.m.DyadYears(pact.Directed, from, to)
	if err != nil {
		return // years outside 1–9999: no ties
	}
	for _, rows := range panel {
		for _, row := range rows {
			o := obligationsOf(row.Obligations)
			if o == 0 {
				continue
			}
			t := Tie{A: row.A, B: row.B, Kind: AllianceTie, Obligations: o}
			if s.varying[varyingKey{row.A, row.B, row.Year}] {
				t.Cause = VariesByPartner
			}
			yield(row.Year, t)
		}
	}
}

// covered reports whether the model's source observes the whole year y.
func (s *allianceSource) covered(y int) bool {
	c := s.m.Coverage()
	if c.IsZero() {
		return true
	}
	year, err := relations.YearDate(y)
	return err == nil && c.Observed.Contains(year) == relations.Yes
}

// dayTies returns the directed alliance ties on day: for each direction of
// each pair some agreement ties, the obligations that certainly bind, and
// apart from them those the dates leave open (PartialDate) and those of an
// OBVARY member (VariesByPartner), each without the obligations already
// certain. A day after the source's coverage is answered with the ties of
// its last day, all uncertain (CoverageEnd).
func (s *allianceSource) dayTies(day relations.Date) ([]Tie, error) {
	if _, err := s.m.InForce(day); err != nil {
		return nil, fmt.Errorf("network: %w", err)
	}
	var out []Tie
	for a, b := range s.m.AgreementPairs() {
		for _, p := range [2][2]relations.ActorID{{a, b}, {b, a}} {
			bonds, err := s.m.Bonds(p[0], p[1], day)
			if err != nil {
				return nil, fmt.Errorf("network: %w", err)
			}
			var certain, partial, varies, past Obligations
			for _, bd := range bonds {
				o := obligationOf(bd.Obligation)
				switch {
				case o == 0:
				case bd.InForce == relations.Yes && !s.variesOn(bd.Agreement, bd.By, day):
					certain |= o
				case bd.Doubt.Reason == relations.PastCoverage:
					past |= o
				case bd.Doubt.Reason == relations.VariesByPartner || s.variesOn(bd.Agreement, bd.By, day):
					varies |= o
				default:
					partial |= o
				}
			}
			for _, t := range []Tie{{Obligations: certain}, {Obligations: partial &^ certain, Cause: PartialDate},
				{Obligations: varies &^ certain, Cause: VariesByPartner}, {Obligations: past &^ certain &^ varies, Cause: CoverageEnd}} {
				if t.Obligations != 0 {
					t.A, t.B, t.Kind = p[0], p[1], AllianceTie
					out = append(out, t)
				}
			}
		}
	}
	return out, nil
}

func (s *allianceSource) variesOn(agreement string, by relations.ActorID, day relations.Date) bool {
	for _, v := range s.varyingDays {
		if v.by != by || (agreement != v.agreement && !strings.HasPrefix(agreement, v.agreement+".")) {
			continue
		}
		if day.Compare(v.entry.First()) >= 0 && (!v.exit.IsValid() || day.Compare(v.exit.Last()) <= 0) {
			return true
		}
	}
	return false
}
