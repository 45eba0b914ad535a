package war

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/entente-go/entente/internal/csvfile"
	"github.com/entente-go/entente/internal/errs"
	"github.com/entente-go/entente/internal/readlimit"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/cow"
)

// columns are the columns of the dyad-year file, each required once.
var columns = []string{"warnum", "ccode1", "ccode2", "year", "cowinterongoing", "cowinteronset", "sidea1", "sidea2",
	"initiator1", "initiator2", "outcome1", "outcome2", "batdeath1", "batdeath2", "resume"}

const (
	cWar = iota
	cCode1
	cCode2
	cYear
	cOngoing
	cOnset
	cSide1
	cSide2
	cInit1
	cInit2
	cOutcome1
	cOutcome2
	cDeaths1
	cDeaths2
	cResume
	numColumns
)

// parser reads one file.
type parser struct {
	*csvfile.Reader
	idx [numColumns]int // each column's index in the record
	bad bool            // the current row has a problem
}

// fail records a problem with column c of the current row.
func (p *parser) fail(c int, msg string) {
	p.bad = true
	p.Fail(p.idx[c], columns[c], msg, nil)
}

// int reads column c as a whole number in [lo, hi].
func (p *parser) int(c, lo, hi int) int {
	s := p.Record()[p.idx[c]]
	n, err := strconv.Atoi(s)
	switch {
	case err != nil:
		p.fail(c, errs.Quote(s)+" is not a whole number")
	case n < lo || n > hi:
		p.fail(c, fmt.Sprintf("%d is not in %d–%d", n, lo, hi))
	}
	return n
}

// flag reads a 0/1 column.
func (p *parser) flag(c int) bool { return p.int(c, 0, 1) == 1 }

// state reads a COW code column.
func (p *parser) state(c int) (cow.State, int) {
	n := p.int(c, 1, 999)
	s, ok := cow.ByCode(n)
	if !ok && !p.bad {
		p.fail(c, strconv.Itoa(n)+" is not a state of the COW system")
	}
	return s, n
}

// outcome reads an outcome column; empty is UnknownOutcome.
func (p *parser) outcome(c int) Outcome {
	if p.Record()[p.idx[c]] == "" {
		return UnknownOutcome
	}
	return Outcome(p.int(c, 1, 8))
}

// deaths reads a battle-deaths column: a count, or -9 for unknown.
func (p *parser) deaths(c int) int {
	n := p.int(c, DeathsUnknown, 1<<40)
	if n < 0 && n != DeathsUnknown {
		p.fail(c, strconv.Itoa(n)+" is negative, and not the code -9 (unknown)")
	}
	return n
}

// row is one parsed row, with where it stands.
type row struct {
	war            int
	code1, code2   int
	s1, s2         cow.State
	year           int
	side1          Side
	init1, init2   bool
	out1, out2     Outcome
	deaths1        int
	deaths2        int
	onset, resumed bool
	line           int
	col            [numColumns]int // each field's column, for errors
}

// MaxFileSize is how many bytes of war data [Parse] reads by default (the
// file is 90 KB); [relations.WithMaxInputSize] changes it.
const MaxFileSize = 8 << 20

// Parse reads COW inter-state war data in peacesciencer's directed
// dyad-year form (the columns of war_dyad_years.csv, in any order) and
// returns the wars by number. It is strict: every problem is reported, at
// most 100 then how many more, each with the file (named name), line and
// column. A row must name two different states of the COW system on
// opposite sides, in a year from 1816 to 2007, with cowinterongoing 1 and
// 0/1 flags; an outcome may be empty only in a resumed spell; battle
// deaths are a count or -9. Every row needs its reverse (the same pair and
// year the other way), no pair-year may repeat, and the rows of one state
// on one side of a war must agree on its initiation, outcome and battle
// deaths. Past [MaxFileSize] bytes it stops with an error wrapping
// [relations.ErrLimitExceeded].
func Parse(r io.Reader, name string, opts ...relations.ReadOption) ([]War, error) {
	limit := readlimit.Resolve(readlimit.Limits{MaxInputSize: MaxFileSize}, opts)
	cr, err := csvfile.Read(r, name, csvfile.Limit{Bytes: limit.MaxInputSize, Name: "war.MaxFileSize"})
	if err != nil {
		return nil, err
	}
	p := &parser{Reader: cr}
	if !p.Next() {
		if p.Len() > 0 {
			return nil, p.Err()
		}
		return nil, &relations.ParseError{File: name, Err: errors.New("empty: no header")}
	}
	if err := p.header(p.Record()); err != nil {
		return nil, err
	}
	var rows []row
	for p.Next() {
		p.bad = false
		if r, ok := p.row(); ok {
			rows = append(rows, r)
		}
	}
	wars := p.assemble(rows)
	if err := p.Err(); err != nil {
		return nil, err
	}
	return wars, nil
}

// header resolves the columns, each required once and no other.
func (p *parser) header(head []string) error {
	for i := range p.idx {
		p.idx[i] = -1
	}
	var problems []error
	for i, h := range head {
		_, col := p.FieldPos(i)
		h = strings.TrimPrefix(h, "\ufeff")
		c := slices.Index(columns, h)
		switch {
		case c < 0:
			problems = append(problems, &relations.ParseError{File: p.File, Line: 1, Column: col, Err: errors.New("unknown column " + errs.Quote(h))})
		case p.idx[c] >= 0:
			problems = append(problems, &relations.ParseError{File: p.File, Line: 1, Column: col, Field: h, Err: errors.New("duplicate column (also column " + strconv.Itoa(p.idx[c]+1) + ")")})
		default:
			p.idx[c] = i
		}
	}
	var missing []string
	for c, i := range p.idx {
		if i < 0 {
			missing = append(missing, strconv.Quote(columns[c]))
		}
	}
	if len(missing) > 0 {
		problems = append(problems, &relations.ParseError{File: p.File, Line: 1, Err: errors.New("missing column " + strings.Join(missing, ", "))})
	}
	return errors.Join(problems...)
}

// row parses the current record.
func (p *parser) row() (row, bool) {
	r := row{war: p.int(cWar, 1, 1<<30), year: p.int(cYear, FirstYear, LastYear), line: p.Line()}
	for c, i := range p.idx {
		_, r.col[c] = p.FieldPos(i)
	}
	r.s1, r.code1 = p.state(cCode1)
	r.s2, r.code2 = p.state(cCode2)
	if r.code1 == r.code2 && !p.bad {
		p.fail(cCode2, "a state cannot fight itself")
	}
	if !p.flag(cOngoing) && !p.bad {
		p.fail(cOngoing, "every row is a year at war, so must be 1")
	}
	r.onset = p.flag(cOnset)
	side1, side2 := Side(p.int(cSide1, 1, 2)), Side(p.int(cSide2, 1, 2))
	if side1 == side2 && !p.bad {
		p.fail(cSide2, "both states on side "+strconv.Itoa(int(side1)))
	}
	r.side1 = side1
	r.init1, r.init2 = p.flag(cInit1), p.flag(cInit2)
	r.out1, r.out2 = p.outcome(cOutcome1), p.outcome(cOutcome2)
	r.deaths1, r.deaths2 = p.deaths(cDeaths1), p.deaths(cDeaths2)
	r.resumed = p.flag(cResume)
	if !r.resumed {
		for _, c := range []int{cOutcome1, cOutcome2} {
			if p.Record()[p.idx[c]] == "" {
				p.fail(c, "empty, but only a resumed spell (resume 1) may lack an outcome")
			}
		}
	}
	return r, !p.bad
}

// participation is what the rows say of one state on one side of a war,
// and the first row that said it.
type participation struct {
	Participant
	initLine, outLine, deathsLine int
}

type participantKey struct {
	war, code int
	side      Side
}

type dyadKey struct {
	war, code1, code2, year int
	resumed                 bool
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// spell names a resumed spell in messages.
func spell(resumed bool) string {
	if resumed {
		return " (resumed)"
	}
	return ""
}

// assemble groups the rows into wars, checking that they agree.
func (p *parser) assemble(rows []row) []War {
	parts := map[participantKey]*participation{}
	dyads := make(map[dyadKey]int, len(rows))
	for _, r := range rows {
		k := dyadKey{r.war, r.code1, r.code2, r.year, r.resumed}
		if first, dup := dyads[k]; dup {
			p.Add(&relations.ParseError{File: p.File, Line: r.line, Err: fmt.Errorf("war %d: %d against %d in %d%s is listed twice (first on line %d)",
				r.war, r.code1, r.code2, r.year, spell(r.resumed), first)})
			continue
		}
		dyads[k] = r.line
		p.note(parts, r, r.code1, r.s1, r.side1, r.init1, r.out1, r.deaths1, cInit1, cOutcome1, cDeaths1)
		p.note(parts, r, r.code2, r.s2, r.side1.other(), r.init2, r.out2, r.deaths2, cInit2, cOutcome2, cDeaths2)
	}
	// A row with a problem was dropped, and its reverse would be reported
	// for want of it: check reverses only in an otherwise sound file.
	checkReverse := p.Len() == 0
	byWar := map[int]*War{}
	for _, r := range rows {
		k := dyadKey{r.war, r.code1, r.code2, r.year, r.resumed}
		if dyads[k] != r.line {
			continue // a duplicate
		}
		if _, ok := dyads[dyadKey{r.war, r.code2, r.code1, r.year, r.resumed}]; !ok && checkReverse {
			p.Add(&relations.ParseError{File: p.File, Line: r.line, Err: fmt.Errorf("war %d: no row for %d against %d in %d%s, the reverse of this one",
				r.war, r.code2, r.code1, r.year, spell(r.resumed))})
		}
		w := byWar[r.war]
		if w == nil {
			w = &War{Number: r.war}
			byWar[r.war] = w
		}
		w.DyadYears = append(w.DyadYears, DyadYear{Actor: r.s1.ID, Enemy: r.s2.ID, Side: r.side1, Year: r.year,
			Onset: r.onset, Resumed: r.resumed, Outcome: r.out1, EnemyOutcome: r.out2, Line: r.line})
	}
	for k, pt := range parts {
		if w := byWar[k.war]; w != nil {
			w.Participants = append(w.Participants, pt.Participant)
		}
	}
	code := func(id relations.ActorID) int { s, _ := cow.ByID(id); return s.Code }
	wars := make([]War, 0, len(byWar))
	for _, w := range byWar {
		slices.SortFunc(w.Participants, func(a, b Participant) int {
			return cmp.Or(cmp.Compare(a.Side, b.Side), cmp.Compare(a.CCode, b.CCode))
		})
		slices.SortFunc(w.DyadYears, func(a, b DyadYear) int {
			return cmp.Or(cmp.Compare(code(a.Actor), code(b.Actor)), cmp.Compare(code(a.Enemy), code(b.Enemy)),
				cmp.Compare(a.Year, b.Year), cmp.Compare(b2i(a.Resumed), b2i(b.Resumed)))
		})
		for _, pt := range w.Participants {
			if !w.Onset.IsValid() || pt.Entered.Compare(w.Onset) < 0 {
				w.Onset = pt.Entered
			}
		}
		wars = append(wars, *w)
	}
	slices.SortFunc(wars, func(a, b War) int { return cmp.Compare(a.Number, b.Number) })
	return wars
}

// note adds what row r says of one of its states to parts, reporting where
// it disagrees with an earlier row.
func (p *parser) note(parts map[participantKey]*participation, r row, code int, s cow.State, side Side,
	init bool, out Outcome, deaths int, cInit, cOut, cDeaths int) {
	entered, _ := relations.YearDate(r.year)
	k := participantKey{r.war, code, side}
	pt := parts[k]
	if pt == nil {
		pt = &participation{Participant: Participant{Actor: s.ID, CCode: code, Side: side, Initiator: init, Entered: entered,
			Outcome: out, BattleDeaths: deaths}, initLine: r.line, outLine: r.line, deathsLine: r.line}
		parts[k] = pt
		return
	}
	if entered.Compare(pt.Entered) < 0 {
		pt.Entered = entered
	}
	disagree := func(c int, what string, first int) {
		p.Add(&relations.ParseError{File: p.File, Line: r.line, Column: r.col[c], Field: columns[c], Err: fmt.Errorf("war %d: %d on side %v: %s disagrees with line %d", r.war, code, side, what, first)})
	}
	if init != pt.Initiator {
		disagree(cInit, "initiator", pt.initLine)
	}
	if deaths != pt.BattleDeaths {
		disagree(cDeaths, "battle deaths", pt.deathsLine)
	}
	switch {
	case out == UnknownOutcome:
	case pt.Outcome == UnknownOutcome:
		pt.Outcome, pt.outLine = out, r.line
	case out != pt.Outcome:
		disagree(cOut, "outcome", pt.outLine)
	}
}
