package universe

import (
	"cmp"
	"errors"
	"slices"
	"strings"

	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/cow"
	"github.com/entente-go/entente/relations/cow/war"
)

// AddWars joins COW's inter-state wars (v4.0; war.All() is the embedded
// copy) to dyad-years, with the columns of peacesciencer's add_cow_wars
// (type "inter"): cowinterongoing, cowinteronset, sidea1, sidea2,
// initiator1, initiator2, outcome1, outcome2, batdeath1, batdeath2 and
// resume, the values of one row of the war data; then what peacesciencer
// leaves out: warnum, the row's war, cowinterwars, how many wars the pair
// fought that year, and cowinterwarnums, their numbers ("163; 170; 176").
//
// Where a pair fought several wars in a year (or one war in two spells)
// the row is peacesciencer's choice: the rows of a war that began that
// year if the rows differ in onset, then the most battle deaths of the two
// states together (a state's unknown deaths left out of the sum; both
// unknown sorts last), ties to the row first in the file. WithEveryWar
// gives a row for each war instead, each war's row chosen the same way
// among its own. A negative battle-death code is NA.
//
// The data observe 1816–2007: a pair that did not fight is 0 in
// cowinterongoing, cowinteronset and cowinterwars (its other columns NA,
// there being no war, and cowinterwarnums empty); after 2007 every column
// is NA. Dyad-years only: COW's inter-state wars are fought between pairs
// of states, and peacesciencer too refuses them on state-years. The wars
// are copied.
func AddWars(wars []war.War, opts ...Option) Join {
	o, err := collect("AddWars", opts)
	return &warsJoin{wars: cloneWars(wars), everyWar: o.everyWar, err: err}
}

func cloneWars(wars []war.War) []war.War {
	out := make([]war.War, len(wars))
	for i, w := range wars {
		w.Participants, w.DyadYears = slices.Clone(w.Participants), slices.Clone(w.DyadYears)
		out[i] = w
	}
	return out
}

type warsJoin struct {
	wars     []war.War
	everyWar bool
	err      error
}

// Name is the join's name in errors and in the columns' documentation.
func (j *warsJoin) Name() string { return "wars" }

// Coverage is what the wars observe: outside it a joined value is NA.
func (j *warsJoin) Coverage() relations.Coverage { return warCoverage }

var warCoverage = relations.Coverage{Source: "COW Inter-State War v4.0", Observed: war.Coverage}

// warRow is one row of the war data, as its file has it.
type warRow struct {
	war, line        int
	onset, resumed   bool
	side1            war.Side
	init1, init2     bool
	out1, out2       war.Outcome
	deaths1, deaths2 int
}

// deaths is the row's battle deaths as peacesciencer sorts them: the sum
// of the known, or false if neither is known.
func (r warRow) deaths() (int, bool) {
	d1, d2 := r.deaths1, r.deaths2
	switch {
	case d1 < 0 && d2 < 0:
		return 0, false
	case d1 < 0:
		return d2, true
	case d2 < 0:
		return d1, true
	}
	return d1 + d2, true
}

// warRows returns the rows of the war data for each pair of states of the
// system and year, in file order (by line).
func warRows(u *core, wars []war.War) ([]entry[warRow], error) {
	n := len(u.sys.states)
	var out []entry[warRow]
	code := func(id relations.ActorID) int {
		s, _ := cow.ByID(id)
		return s.Code
	}
	for _, w := range wars {
		type side struct {
			id relations.ActorID
			s  war.Side
		}
		parts := map[side]war.Participant{}
		for _, p := range w.Participants {
			parts[side{p.Actor, p.Side}] = p
		}
		for _, dy := range w.DyadYears {
			other := war.SideA
			if dy.Side == war.SideA {
				other = war.SideB
			}
			p1, ok1 := parts[side{dy.Actor, dy.Side}]
			p2, ok2 := parts[side{dy.Enemy, other}]
			if !ok1 || !ok2 {
				return nil, errors.New("war " + itoa(w.Number) + ": a dyad-year of " + string(dy.Actor) + " and " + string(dy.Enemy) + " names no participant")
			}
			i1, i2 := u.sys.index(code(dy.Actor)), u.sys.index(code(dy.Enemy))
			if i1 < 0 || i2 < 0 {
				continue
			}
			out = append(out, entry[warRow]{unit: int32(i1*n + i2), year: dy.Year, val: warRow{
				war: w.Number, line: dy.Line, onset: dy.Onset, resumed: dy.Resumed, side1: dy.Side,
				init1: p1.Initiator, init2: p2.Initiator, out1: dy.Outcome, out2: dy.EnemyOutcome,
				deaths1: p1.BattleDeaths, deaths2: p2.BattleDeaths}})
		}
	}
	slices.SortStableFunc(out, func(a, b entry[warRow]) int { return cmp.Compare(a.val.line, b.val.line) })
	return out, nil
}

// choose returns peacesciencer's choice among the rows of one dyad-year,
// in file order: the onset rows if the rows differ in onset, then the
// most battle deaths, unknown last, ties to the first.
func choose(rows []warRow) warRow {
	keep := rows
	if slices.ContainsFunc(rows, func(r warRow) bool { return r.onset }) &&
		slices.ContainsFunc(rows, func(r warRow) bool { return !r.onset }) {
		keep = nil
		for _, r := range rows {
			if r.onset {
				keep = append(keep, r)
			}
		}
	}
	best := keep[0]
	for _, r := range keep[1:] {
		d, ok := r.deaths()
		bd, bok := best.deaths()
		if ok && (!bok || d > bd) {
			best = r
		}
	}
	return best
}

// warGroup is what the war data say of one directed dyad-year.
type warGroup struct {
	numbers []int    // the wars, in order
	chosen  []warRow // peacesciencer's one, or one per war
	texts   []string // each chosen row's fields
}

var warColumns = append(columnsOf(Integer, "cowinterongoing", "cowinteronset", "sidea1", "sidea2", "initiator1",
	"initiator2", "outcome1", "outcome2", "batdeath1", "batdeath2", "resume", "warnum", "cowinterwars"),
	Column{"cowinterwarnums", Text})

// warsPrepared holds the groups by pair and year.
type warsPrepared struct {
	everyWar bool
	groups   *sparse[warGroup]
	none     string
	unknown  string
}

func (j *warsJoin) prepare(u *core) (prepared, error) {
	if j.err != nil {
		return nil, j.err
	}
	if !u.dyadic {
		return nil, errors.New("COW's inter-state wars are fought by pairs of states: join them to dyad-years (peacesciencer, too, refuses them on state-years)")
	}
	rows, err := warRows(u, j.wars)
	if err != nil {
		return nil, err
	}
	var groups []entry[warGroup]
	byKey := map[[2]int]int{}
	var members [][]warRow
	for _, e := range rows {
		k := [2]int{int(e.unit), e.year}
		g, ok := byKey[k]
		if !ok {
			g = len(groups)
			byKey[k] = g
			groups = append(groups, entry[warGroup]{unit: e.unit, year: e.year})
			members = append(members, nil)
		}
		members[g] = append(members[g], e.val)
	}
	for g, rs := range members {
		grp := &groups[g].val
		for _, r := range rs {
			if !slices.Contains(grp.numbers, r.war) {
				grp.numbers = append(grp.numbers, r.war)
			}
		}
		slices.Sort(grp.numbers)
		if j.everyWar {
			for _, w := range grp.numbers {
				var of []warRow
				for _, r := range rs {
					if r.war == w {
						of = append(of, r)
					}
				}
				grp.chosen = append(grp.chosen, choose(of))
			}
		} else {
			grp.chosen = []warRow{choose(rs)}
		}
		for _, r := range grp.chosen {
			grp.texts = append(grp.texts, warText(r, len(grp.numbers), joinNumbers(grp.numbers)))
		}
	}
	return &warsPrepared{everyWar: j.everyWar, groups: newSparse(u.units(), groups),
		none: ",0,0" + nas(9) + ",NA,0,", unknown: nas(len(warColumns))}, nil
}

// warText returns the fields of a chosen row.
func warText(r warRow, wars int, numbers string) string {
	b := []byte(",1")
	b = appendFlag(b, r.onset)
	other := war.SideA
	if r.side1 == war.SideA {
		other = war.SideB
	}
	b = appendInt(append(b, ','), int(r.side1))
	b = appendInt(append(b, ','), int(other))
	b = appendFlag(b, r.init1)
	b = appendFlag(b, r.init2)
	for _, o := range []war.Outcome{r.out1, r.out2} {
		b = append(b, ',')
		if o == war.UnknownOutcome {
			b = append(b, na...)
		} else {
			b = appendInt(b, int(o))
		}
	}
	for _, d := range []int{r.deaths1, r.deaths2} {
		b = append(b, ',')
		if d < 0 {
			b = append(b, na...)
		} else {
			b = appendInt(b, d)
		}
	}
	b = appendFlag(b, r.resumed)
	b = appendInt(append(b, ','), r.war)
	b = appendInt(append(b, ','), wars)
	b = append(append(b, ','), numbers...)
	return string(b)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (p *warsPrepared) columns() []Column { return warColumns }

// group returns the row's group, nil for none; known is false after the
// data's coverage.
func (p *warsPrepared) group(k *key) (g *warGroup, known bool) {
	if k.year > war.LastYear || k.year < war.FirstYear {
		return nil, false
	}
	if i := p.groups.find(k.pair, k.year); i >= 0 {
		return &p.groups.vals[i], true
	}
	return nil, true
}

func (p *warsPrepared) rows(k *key) int {
	if g, _ := p.group(k); g != nil {
		return len(g.chosen)
	}
	return 1
}

func (p *warsPrepared) text(b []byte, k *key) []byte {
	switch g, known := p.group(k); {
	case !known:
		return append(b, p.unknown...)
	case g == nil:
		return append(b, p.none...)
	default:
		return append(b, g.texts[k.war]...)
	}
}

func (p *warsPrepared) dyad(r *DyadYear, k *key) {
	switch g, known := p.group(k); {
	case !known:
	case g == nil:
		r.War = War{Ongoing: relations.No, Onset: relations.No}
	default:
		c := g.chosen[k.war]
		other := war.SideA
		if c.side1 == war.SideA {
			other = war.SideB
		}
		r.War = War{Ongoing: relations.Yes, Onset: relations.TruthOf(c.onset), Wars: len(g.numbers), Number: c.war,
			Side1: c.side1, Side2: other, Initiator1: c.init1, Initiator2: c.init2, Outcome1: c.out1, Outcome2: c.out2,
			BattleDeaths1: c.deaths1, BattleDeaths2: c.deaths2, Resumed: c.resumed, numbers: g.numbers}
	}
}

func (p *warsPrepared) dyadCells(r *DyadYear, c []Cell) {
	w := r.War
	clear(c)
	if w.Ongoing == relations.CannotTell {
		return
	}
	c[0], c[1], c[12], c[13] = truthCell(w.Ongoing), truthCell(w.Onset), intCell(w.Wars), textCell(joinNumbers(w.numbers))
	if w.Ongoing != relations.Yes {
		return
	}
	c[2], c[3] = intCell(int(w.Side1)), intCell(int(w.Side2))
	c[4], c[5] = intCell(boolInt(w.Initiator1)), intCell(boolInt(w.Initiator2))
	for i, o := range []war.Outcome{w.Outcome1, w.Outcome2} {
		if o != war.UnknownOutcome {
			c[6+i] = intCell(int(o))
		}
	}
	for i, d := range []int{w.BattleDeaths1, w.BattleDeaths2} {
		if d >= 0 {
			c[8+i] = intCell(d)
		}
	}
	c[10], c[11] = intCell(boolInt(w.Resumed)), intCell(w.Number)
}

func joinNumbers(ns []int) string {
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = itoa(n)
	}
	return strings.Join(s, "; ")
}
