package atop

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/entente-go/entente/internal/calendar"
	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

// Varying is what ATOP's directed dyad-year file settles of one obligation
// of one member coded OBVARY (its obligations vary by partner) toward one
// partner, in one phase of an alliance. The member file says only that the
// member's obligations vary; the directed file codes, per directed pair and
// year, the obligations one state owes the other under all the alliances
// they share (codebook, section 2.7), hand-coded from the treaties where
// they vary. Read resolves each case so:
//
//   - the directed file codes the obligation 0 in a year of the phase: the
//     member does not owe it to the partner (Owed No);
//   - it codes 1 in a year no other alliance the two share has the member
//     holding the obligation: the member owes it (Owed Yes);
//   - otherwise the phase's part cannot be told (Owed CannotTell): another
//     shared alliance carries the same 1 in every year (PairOwed: the pair's
//     obligation is owed all the same), or no year's row shows the phase (a
//     later phase takes its year), or no directed file was read.
//
// ATOP never codes both answers within one phase, so a phase's answer holds
// for the whole phase.
type Varying struct {
	Alliance, Phase int
	// CCode is the member coded OBVARY, Partner the one it may owe.
	CCode, Partner int
	Obligation     pact.Obligation
	Owed           relations.Truth
	// PairOwed says the directed file codes the obligation between the two
	// as 1 in every year the phase may bind them, though another alliance
	// they share may carry it: on a day every such alliance binds them,
	// a partner query counts the pair as certain.
	PairOwed bool
	// Why says what settled it, or why it cannot be told.
	Why string
}

// Why the directed file cannot settle a case.
const (
	noDirectedFile = "ATOP's member file codes the member's obligations as varying by partner (OBVARY), and no directed dyad-year file (" +
		DirectedFile + " or " + DirectedMinFile + ") was read to say toward whom"
	noDirectedRow = "no row of ATOP's directed dyad-year file shows this phase: a later phase takes its year"
)

// dayspan is the span of days an alliance's window may cover, as the
// pact model's panels read it: the earliest first day and the latest end.
type dayspan struct{ from, until int32 }

func (s dayspan) empty() bool { return s.from >= s.until }

// startOf and endOf are the first day a date may mean (an open start for
// the zero Date) and the last (an open end).
func startOf(d relations.Date) int32 {
	if !d.IsValid() {
		return math.MinInt32
	}
	f, _ := calendar.Span(d.Year(), d.Month(), d.Day())
	return f
}

func endOf(d relations.Date) int32 {
	if !d.IsValid() {
		return math.MaxInt32
	}
	_, l := calendar.Span(d.Year(), d.Month(), d.Day())
	return l
}

// years calls f with each year of the span the panel counts, through Last.
func (s dayspan) years(f func(year int)) {
	if s.empty() {
		return
	}
	first, last := First, Last
	if s.from != math.MinInt32 {
		first = max(first, calendar.Year(s.from))
	}
	if s.until != math.MaxInt32 {
		last = min(last, calendar.Year(s.until))
	}
	for y := first; y <= last; y++ {
		f(y)
	}
}

// phaseSpans holds, per alliance, the span of each of its phases that
// member rows name, as the model's agreement reads them: an alliance whose
// phases run side by side is an agreement per phase, else its phases follow
// one another within the alliance's own span.
type phaseSpans struct {
	parallel bool
	phases   []int     // the phase numbers, ascending
	spans    []dayspan // each phase's span
}

func (d *Dataset) phaseSpans(members map[int][]Member) map[int]phaseSpans {
	phases := byAlliance(d.Phases, func(p Phase) int { return p.Alliance })
	out := make(map[int]phaseSpans, len(d.Alliances))
	for _, a := range d.Alliances {
		ps := phaseSpans{parallel: parallel(phases[a.ID])}
		for _, m := range members[a.ID] {
			if !slices.Contains(ps.phases, m.Phase) {
				ps.phases = append(ps.phases, m.Phase)
			}
		}
		slices.Sort(ps.phases)
		begin := func(num int) (Phase, bool) {
			i := slices.IndexFunc(phases[a.ID], func(p Phase) bool { return p.Phase == num })
			if i < 0 {
				return Phase{}, false
			}
			return phases[a.ID][i], true
		}
		for k, num := range ps.phases {
			p, _ := begin(num)
			if ps.parallel {
				ps.spans = append(ps.spans, dayspan{startOf(p.Begin), endOf(p.End)})
				continue
			}
			s := dayspan{startOf(a.Begin), endOf(a.End)}
			if k > 0 {
				s.from = max(s.from, startOf(p.Begin))
			}
			if k+1 < len(ps.phases) {
				if next, ok := begin(ps.phases[k+1]); ok {
					s.until = min(s.until, endOf(next.Begin))
				}
			}
			ps.spans = append(ps.spans, s)
		}
		out[a.ID] = ps
	}
	return out
}

// varyingCase is one case to resolve, with the years it needs.
type varyingCase struct {
	Varying
	shown []int // the years whose directed row this phase gives
	all   []int // every year the phase may bind the two
}

// resolver finds the cases of the members coded OBVARY and resolves them
// from the directed file.
type resolver struct {
	d       *Dataset
	members map[int][]Member // by alliance
	byCode  map[int][]int    // per COW code, its rows' indexes in d.Members
	spans   map[int]phaseSpans
}

func (d *Dataset) newResolver() *resolver {
	r := &resolver{d: d, members: byAlliance(d.Members, func(m Member) int { return m.Alliance }), byCode: map[int][]int{}}
	for i, m := range d.Members {
		r.byCode[m.CCode] = append(r.byCode[m.CCode], i)
	}
	r.spans = d.phaseSpans(r.members)
	return r
}

// pairYears calls f with each year the rows x and y, of one phase of one
// alliance, are in it together.
func (r *resolver) pairYears(x, y *Member, f func(year int)) {
	ps := r.spans[x.Alliance]
	k := slices.Index(ps.phases, x.Phase)
	if k < 0 {
		return
	}
	s := ps.spans[k]
	s.from = max(s.from, startOf(x.Entry), startOf(y.Entry))
	s.until = min(s.until, endOf(x.Exit), endOf(y.Exit))
	s.years(f)
}

// phaseYears returns, per phase index of alliance a, the years members x
// and y share the phase.
func (r *resolver) phaseYears(a, x, y int) []map[int]bool {
	ps := r.spans[a]
	out := make([]map[int]bool, len(ps.phases))
	rows := r.members[a]
	for i := range rows {
		if rows[i].CCode != x {
			continue
		}
		for j := range rows {
			if rows[j].CCode != y || rows[j].Phase != rows[i].Phase {
				continue
			}
			k := slices.Index(ps.phases, rows[i].Phase)
			if out[k] == nil {
				out[k] = map[int]bool{}
			}
			r.pairYears(&rows[i], &rows[j], func(year int) { out[k][year] = true })
		}
	}
	return out
}

// cases lists every (alliance, phase, member, obligation, partner) of a
// member coded OBVARY, with the years each needs, in that order.
func (r *resolver) cases() []varyingCase {
	type key struct{ alliance, phase, member int }
	seen := map[key]bool{}
	var out []varyingCase
	for _, m := range r.d.Members {
		k := key{m.Alliance, m.Phase, m.CCode}
		if !m.VariesByPartner || seen[k] {
			continue
		}
		seen[k] = true
		var partners []int
		for _, q := range r.members[m.Alliance] {
			if q.Phase == m.Phase && q.CCode != m.CCode && !slices.Contains(partners, q.CCode) {
				partners = append(partners, q.CCode)
			}
		}
		slices.Sort(partners)
		for _, p := range partners {
			years := r.phaseYears(m.Alliance, m.CCode, p)
			ps := r.spans[m.Alliance]
			k := slices.Index(ps.phases, m.Phase)
			if years[k] == nil {
				continue // never in the phase together
			}
			c := varyingCase{Varying: Varying{Alliance: m.Alliance, Phase: m.Phase, CCode: m.CCode, Partner: p}}
			for y := range years[k] {
				c.all = append(c.all, y)
				later := false
				for j := k + 1; j < len(years) && !ps.parallel; j++ {
					later = later || years[j][y]
				}
				if !later {
					c.shown = append(c.shown, y)
				}
			}
			slices.Sort(c.all)
			slices.Sort(c.shown)
			for _, oc := range obligationColumns {
				if r.owes(m.Alliance, m.Phase, m.CCode, oc.o) {
					c.Obligation = oc.o
					out = append(out, c)
				}
			}
		}
	}
	slices.SortStableFunc(out, func(a, b varyingCase) int {
		return cmp.Or(cmp.Compare(a.Alliance, b.Alliance), cmp.Compare(a.Phase, b.Phase), cmp.Compare(a.CCode, b.CCode),
			cmp.Compare(a.Obligation, b.Obligation), cmp.Compare(a.Partner, b.Partner))
	})
	return out
}

// owes reports whether member x holds obligation o in a phase of alliance
// a, by any of its rows there.
func (r *resolver) owes(a, phase, x int, o pact.Obligation) bool {
	for _, m := range r.members[a] {
		if m.CCode == x && m.Phase == phase && m.Obligations.Has(o) {
			return true
		}
	}
	return false
}

// carriers returns the other alliances in which x holds o in a phase it
// shares with y in year.
func (r *resolver) carriers(a, x, y int, o pact.Obligation, year int) []int {
	var out []int
	for _, i := range r.byCode[x] {
		m := &r.d.Members[i]
		if m.Alliance == a || !m.Obligations.Has(o) || slices.Contains(out, m.Alliance) {
			continue
		}
		for _, j := range r.byCode[y] {
			q := &r.d.Members[j]
			if q.Alliance != m.Alliance || q.Phase != m.Phase {
				continue
			}
			shared := false
			r.pairYears(m, q, func(yr int) { shared = shared || yr == year })
			if shared {
				out = append(out, m.Alliance)
				break
			}
		}
	}
	return out
}

// needed returns the directed dyad-years the cases need.
func needed(cases []varyingCase) map[dyadYear]bool {
	out := map[dyadYear]bool{}
	for _, c := range cases {
		for _, y := range c.all {
			out[dyadYear{c.CCode, c.Partner, y}] = true
		}
	}
	return out
}

// resolve settles each case from the directed rows (none when no
// directed file was read).
func (r *resolver) resolve(cases []varyingCase, read bool) []Varying {
	rows := make(map[dyadYear]pact.ObligationSet, len(r.d.Directed))
	for _, row := range r.d.Directed {
		rows[dyadYear{row.CCode1, row.CCode2, row.Year}] = row.Obligations
	}
	out := make([]Varying, len(cases))
	for i, c := range cases {
		v := c.Varying
		v.Owed = relations.CannotTell
		switch {
		case !read:
			v.Why = noDirectedFile
		default:
			var others []int
			shown, owed := false, false
			for _, y := range c.shown {
				set, ok := rows[dyadYear{c.CCode, c.Partner, y}]
				if !ok {
					continue
				}
				shown = true
				if !set.Has(c.Obligation) {
					v.Owed, v.Why = relations.No, "ATOP's directed dyad-year file codes it 0 in "+itoa(y)
					break
				}
				if cs := r.carriers(c.Alliance, c.CCode, c.Partner, c.Obligation, y); len(cs) == 0 {
					owed = true
				} else {
					for _, a := range cs {
						if !slices.Contains(others, a) {
							others = append(others, a)
						}
					}
				}
			}
			switch {
			case v.Owed == relations.No:
			case owed:
				v.Owed, v.Why = relations.Yes, "ATOP's directed dyad-year file codes it 1 in a year no other alliance the two share carries it"
			case !shown:
				v.Why = noDirectedRow
			default:
				slices.Sort(others)
				ids := make([]string, len(others))
				for k, a := range others {
					ids[k] = AgreementID(a)
				}
				v.Why = "ATOP's directed dyad-year file codes the obligation between the two, but " + strings.Join(ids, " and ") +
					", which they share too, may carry it instead"
				v.PairOwed = true
				for _, y := range c.all {
					if set, ok := rows[dyadYear{c.CCode, c.Partner, y}]; !ok || !set.Has(c.Obligation) {
						v.PairOwed = false
					}
				}
			}
		}
		out[i] = v
	}
	return out
}
