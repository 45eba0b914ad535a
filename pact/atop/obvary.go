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

// years returns the first and last year of the span the panel counts,
// through Last, and false for an empty span.
func (s dayspan) years() (first, last int, ok bool) {
	if s.empty() {
		return 0, 0, false
	}
	first, last = First, Last
	if s.from != math.MinInt32 {
		first = max(first, calendar.Year(s.from))
	}
	if s.until != math.MaxInt32 {
		last = min(last, calendar.Year(s.until))
	}
	return first, last, first <= last
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

// spansOf returns the phase spans of alliance a, computing them on first
// use: only the alliances of members coded OBVARY, and those they share
// with their partners, are asked about.
func (r *resolver) spansOf(id int) phaseSpans {
	if ps, ok := r.spans[id]; ok {
		return ps
	}
	i, found := slices.BinarySearchFunc(r.d.Alliances, id, func(a Alliance, id int) int { return cmp.Compare(a.ID, id) })
	if !found {
		return phaseSpans{}
	}
	ps := r.d.phaseSpans(r.d.Alliances[i], r.phases[id], r.members[id])
	r.spans[id] = ps
	return ps
}

// phaseSpans returns the spans of alliance a's phases, from its phase rows
// and member rows.
func (d *Dataset) phaseSpans(a Alliance, phases []Phase, members []Member) phaseSpans {
	ps := phaseSpans{parallel: parallel(phases)}
	for _, m := range members {
		if !slices.Contains(ps.phases, m.Phase) {
			ps.phases = append(ps.phases, m.Phase)
		}
	}
	slices.Sort(ps.phases)
	begin := func(num int) (Phase, bool) {
		i := slices.IndexFunc(phases, func(p Phase) bool { return p.Phase == num })
		if i < 0 {
			return Phase{}, false
		}
		return phases[i], true
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
	return ps
}

// yearSet is a set of the years ATOP observes, First through Last.
type yearSet [(Last - First + 64) / 64]uint64

func (s *yearSet) add(first, last int) {
	for y := first; y <= last; y++ {
		s[(y-First)/64] |= 1 << ((y - First) % 64)
	}
}

func (s *yearSet) has(y int) bool { return s[(y-First)/64]&(1<<((y-First)%64)) != 0 }

func (s *yearSet) empty() bool { return *s == yearSet{} }

// intersects reports whether s and t share a year.
func (s *yearSet) intersects(t *yearSet) bool {
	for i := range s {
		if s[i]&t[i] != 0 {
			return true
		}
	}
	return false
}

// each calls f with each year of the set, in order.
func (s *yearSet) each(f func(year int)) {
	for y := First; y <= Last; y++ {
		if s.has(y) {
			f(y)
		}
	}
}

// varyingCase is one case to resolve, with the years it needs.
type varyingCase struct {
	Varying
	shown yearSet // the years whose directed row this phase gives
	all   yearSet // every year the phase may bind the two
}

// resolver finds the cases of the members coded OBVARY and resolves them
// from the directed file.
type resolver struct {
	d       *Dataset
	members map[int][]Member // by alliance
	phases  map[int][]Phase  // by alliance
	byCode  []int32          // the indexes of d.Members, by COW code (see rowsOf)
	spans   map[int]phaseSpans
	// shared caches, per directed pair, the phases of other alliances
	// the two share (see sharedSpans).
	shared map[[2]int][]sharedSpan
}

// sharedSpan is one phase of an alliance two states share: the first
// state's obligations in it, and the years they share it.
type sharedSpan struct {
	alliance    int
	obligations pact.ObligationSet
	first, last int
}

// newResolver indexes d's rows; members and phases hold them by alliance.
func (d *Dataset) newResolver(members map[int][]Member, phases map[int][]Phase) *resolver {
	r := &resolver{d: d, members: members, phases: phases, byCode: make([]int32, len(d.Members)),
		spans: map[int]phaseSpans{}, shared: map[[2]int][]sharedSpan{}}
	for i := range r.byCode {
		r.byCode[i] = int32(i)
	}
	slices.SortStableFunc(r.byCode, func(a, b int32) int { return cmp.Compare(d.Members[a].CCode, d.Members[b].CCode) })
	return r
}

// rowsOf returns the indexes in d.Members of the rows of COW code x.
func (r *resolver) rowsOf(x int) []int32 {
	code := func(i int32, x int) int { return cmp.Compare(r.d.Members[i].CCode, x) }
	i, _ := slices.BinarySearchFunc(r.byCode, x, code)
	j, _ := slices.BinarySearchFunc(r.byCode, x+1, code)
	return r.byCode[i:j]
}

// pairYears returns the first and last year the rows x and y, of one phase
// of one alliance, are in it together, and false if they never are.
func (r *resolver) pairYears(x, y *Member) (first, last int, ok bool) {
	ps := r.spansOf(x.Alliance)
	k := slices.Index(ps.phases, x.Phase)
	if k < 0 {
		return 0, 0, false
	}
	s := ps.spans[k]
	s.from = max(s.from, startOf(x.Entry), startOf(y.Entry))
	s.until = min(s.until, endOf(x.Exit), endOf(y.Exit))
	return s.years()
}

// phaseYears returns, per phase index of alliance a, the years members x
// and y share the phase.
func (r *resolver) phaseYears(a, x, y int) []yearSet {
	ps := r.spansOf(a)
	out := make([]yearSet, len(ps.phases))
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
			if first, last, ok := r.pairYears(&rows[i], &rows[j]); ok {
				out[k].add(first, last)
			}
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
			ps := r.spansOf(m.Alliance)
			k := slices.Index(ps.phases, m.Phase)
			if years[k].empty() {
				continue // never in the phase together
			}
			c := varyingCase{Varying: Varying{Alliance: m.Alliance, Phase: m.Phase, CCode: m.CCode, Partner: p},
				all: years[k], shown: years[k]}
			for j := k + 1; j < len(years) && !ps.parallel; j++ {
				for w := range c.shown {
					c.shown[w] &^= years[j][w]
				}
			}
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

// sharedSpans returns the phases of every alliance x and y share, with x's
// obligations in each and the years they share it, computed once a pair.
func (r *resolver) sharedSpans(x, y int) []sharedSpan {
	if ss, ok := r.shared[[2]int{x, y}]; ok {
		return ss
	}
	var out []sharedSpan
	for _, i := range r.rowsOf(x) {
		m := &r.d.Members[i]
		rows := r.members[m.Alliance]
		for j := range rows {
			q := &rows[j]
			if q.CCode != y || q.Phase != m.Phase {
				continue
			}
			if first, last, ok := r.pairYears(m, q); ok {
				out = append(out, sharedSpan{m.Alliance, m.Obligations, first, last})
			}
		}
	}
	r.shared[[2]int{x, y}] = out
	return out
}

// needed returns the directed dyad-years the cases need, sorted.
func needed(cases []varyingCase) []dyadYear {
	var out []dyadYear
	for _, c := range cases {
		c.all.each(func(y int) { out = append(out, dyadYear{c.CCode, c.Partner, y}) })
	}
	slices.SortFunc(out, compareDyadYears)
	return slices.Compact(out)
}

func compareDyadYears(x, y dyadYear) int {
	return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b), cmp.Compare(x.year, y.year))
}

// directedRow returns the obligations of the directed row of k, and
// whether d.Directed (sorted) has it.
func (d *Dataset) directedRow(k dyadYear) (pact.ObligationSet, bool) {
	i, ok := slices.BinarySearchFunc(d.Directed, k, func(r Row, k dyadYear) int {
		return compareDyadYears(dyadYear{r.CCode1, r.CCode2, r.Year}, k)
	})
	if !ok {
		return 0, false
	}
	return d.Directed[i].Obligations, true
}

// resolve settles each case from the directed rows (none when no
// directed file was read).
func (r *resolver) resolve(cases []varyingCase, read bool) []Varying {
	out := make([]Varying, len(cases))
	for i, c := range cases {
		v := c.Varying
		v.Owed = relations.CannotTell
		if !read {
			v.Why = noDirectedFile
			out[i] = v
			continue
		}
		// The years another shared alliance has the member holding the
		// obligation, and which alliances.
		var carried yearSet
		var carriers []int
		for _, s := range r.sharedSpans(c.CCode, c.Partner) {
			if s.alliance != c.Alliance && s.obligations.Has(c.Obligation) {
				var in yearSet
				in.add(s.first, s.last)
				if in.intersects(&c.shown) && !slices.Contains(carriers, s.alliance) {
					carriers = append(carriers, s.alliance)
				}
				carried.add(s.first, s.last)
			}
		}
		shown, owed := false, false
		for y := First; y <= Last && v.Owed != relations.No; y++ {
			if !c.shown.has(y) {
				continue
			}
			set, ok := r.d.directedRow(dyadYear{c.CCode, c.Partner, y})
			if !ok {
				continue
			}
			shown = true
			switch {
			case !set.Has(c.Obligation):
				v.Owed, v.Why = relations.No, "ATOP's directed dyad-year file codes it 0 in "+itoa(y)
			case !carried.has(y):
				owed = true
			}
		}
		switch {
		case v.Owed == relations.No:
		case owed:
			v.Owed, v.Why = relations.Yes, "ATOP's directed dyad-year file codes it 1 in a year no other alliance the two share carries it"
		case !shown:
			v.Why = noDirectedRow
		default:
			slices.Sort(carriers)
			ids := make([]string, len(carriers))
			for k, a := range carriers {
				ids[k] = AgreementID(a)
			}
			v.Why = "ATOP's directed dyad-year file codes the obligation between the two, but " + strings.Join(ids, " and ") +
				", which they share too, may carry it instead"
			v.PairOwed = true
			c.all.each(func(y int) {
				if set, ok := r.d.directedRow(dyadYear{c.CCode, c.Partner, y}); !ok || !set.Has(c.Obligation) {
					v.PairOwed = false
				}
			})
		}
		out[i] = v
	}
	return out
}
