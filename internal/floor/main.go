// Command floor writes ATOP 5.1's directed dyad-year panel with no entente
// code: the plain Go program that entente's panel is measured against
// (issue 13). It reads the three files entente's reader opens with
// encoding/csv, pairs the members of each alliance per phase, marks a
// dense cube of (state, state, year) cells and writes the rows with
// strconv.AppendInt. Its output is byte for byte the panel entente writes
// (floor_test.go asserts it), so the two do the same job.
//
//	go run ./internal/floor -data ../shared/data/atop-5.1 -out panel.csv
//
// It follows entente's reading of ATOP: an alliance whose phases run side
// by side is one agreement per phase; within one agreement a year takes
// the obligations of the latest phase the two members share in it, and
// agreements combine; a member whose obligations vary by partner (OBVARY)
// owes neutrality only to the phase's members whose obligations do not.
// Partial dates (a month or day of 0) span every day they may mean.
//
// Where the directory holds a directed dyad-year file (atop5_1ddyr.csv,
// atop5_1ddyr_min.csv or the rows of it entente embeds,
// atop5_1ddyr_obvary.csv, looked for in that order), the cells of the
// directed pairs of members coded OBVARY, in the years they share a phase,
// take that file's obligations: the job entente's reader does when it
// settles those partners from the same file.
package main

import (
	"bufio"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
)

// The years of the panel, ATOP 5.1's coverage.
const (
	firstYear = 1815
	lastYear  = 2018
	years     = lastYear - firstYear + 1
)

// Days are ordinals y<<9 | m<<5 | d: they compare like dates and give the
// year back with a shift, which is all the panel needs of them.
const (
	never  = math.MinInt32 // an open start
	always = math.MaxInt32 // an open end
)

func yearOf(day int32) int {
	switch day {
	case never:
		return firstYear
	case always:
		return lastYear
	}
	return int(day >> 9)
}

func ordinal(y, m, d int) int32 { return int32(y<<9 | m<<5 | d) }

// date is a date of ATOP's year, month and day columns; a month or day of 0
// leaves it partial.
type date struct{ y, m, d int }

func (t date) valid() bool { return t.y != 0 }

func (t date) precision() int {
	switch {
	case t.m == 0:
		return 1
	case t.d == 0:
		return 2
	}
	return 3
}

// first and last are the first and last day the date may mean.
func (t date) first() int32 {
	if !t.valid() {
		return never
	}
	return ordinal(t.y, max(t.m, 1), max(t.d, 1))
}

func (t date) last() int32 {
	switch {
	case !t.valid():
		return always
	case t.m == 0:
		return ordinal(t.y, 12, 31)
	case t.d == 0:
		return ordinal(t.y, t.m, daysIn(t.y, t.m))
	}
	return ordinal(t.y, t.m, t.d)
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// before orders dates by first day, then coarsest first.
func before(a, b date) bool {
	if a.first() != b.first() {
		return a.first() < b.first()
	}
	return a.precision() < b.precision()
}

type alliance struct {
	id         int
	begin, end date
}

type phase struct {
	num        int
	begin, end date
}

type member struct {
	code, phase int
	entry, exit date
	set         uint8 // defense, offense, neutral, nonagg, consul: bits 0–4
	varies      bool
}

const neutrality = 1 << 2

// table reads one CSV file whose first line names the columns.
type table struct {
	r    *csv.Reader
	cols map[string]int
	rec  []string
}

func openTable(dir, name string) (*table, io.Closer, error) {
	f, err := os.Open(filepath.Join(dir, name))
	if err != nil {
		return nil, nil, err
	}
	r := csv.NewReader(bufio.NewReaderSize(f, 64<<10))
	r.ReuseRecord = true
	head, err := r.Read()
	if err != nil {
		f.Close()
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	t := &table{r: r, cols: map[string]int{}}
	for i, h := range head {
		t.cols[h] = i
	}
	return t, f, nil
}

func (t *table) col(name string) int {
	if i, ok := t.cols[name]; ok {
		return i
	}
	return -1
}

func (t *table) next() (bool, error) {
	rec, err := t.r.Read()
	if err == io.EOF {
		return false, nil
	}
	t.rec = rec
	return err == nil, err
}

// int reads a column; an empty or absent value is 0.
func (t *table) int(c int) int {
	if c < 0 || t.rec[c] == "" {
		return 0
	}
	n, _ := strconv.Atoi(t.rec[c])
	return n
}

func (t *table) date(y, m, d int) date { return date{t.int(y), t.int(m), t.int(d)} }

// read reads the three files.
func read(dir string) ([]alliance, map[int][]phase, map[int][]member, error) {
	var alliances []alliance
	t, f, err := openTable(dir, "atop5_1a.csv")
	if err != nil {
		return nil, nil, nil, err
	}
	id, by, bm, bd, ey, em, ed := t.col("atopid"), t.col("begyr"), t.col("begmo"), t.col("begday"), t.col("endyr"), t.col("endmo"), t.col("endday")
	for {
		ok, err := t.next()
		if err != nil {
			return nil, nil, nil, err
		}
		if !ok {
			break
		}
		alliances = append(alliances, alliance{t.int(id), t.date(by, bm, bd), t.date(ey, em, ed)})
	}
	f.Close()

	phases := map[int][]phase{}
	t, f, err = openTable(dir, "atop5_1aph.csv")
	if err != nil {
		return nil, nil, nil, err
	}
	id, ph := t.col("atopid"), t.col("phase")
	by, bm, bd, ey, em, ed = t.col("begyr"), t.col("begmo"), t.col("begday"), t.col("endyr"), t.col("endmo"), t.col("endday")
	for {
		ok, err := t.next()
		if err != nil {
			return nil, nil, nil, err
		}
		if !ok {
			break
		}
		a := t.int(id)
		phases[a] = append(phases[a], phase{t.int(ph), t.date(by, bm, bd), t.date(ey, em, ed)})
	}
	f.Close()
	for _, ps := range phases {
		slices.SortStableFunc(ps, func(a, b phase) int { return a.num - b.num })
	}

	members := map[int][]member{}
	t, f, err = openTable(dir, "atop5_1m.csv")
	if err != nil {
		return nil, nil, nil, err
	}
	defer f.Close()
	id, code, ph := t.col("atopid"), t.col("member"), t.col("phase")
	ny, nm, nd, xy, xm, xd := t.col("yrent"), t.col("moent"), t.col("dayent"), t.col("yrexit"), t.col("moexit"), t.col("dayexit")
	obs := []int{t.col("defense"), t.col("offense"), t.col("neutral"), t.col("nonagg"), t.col("consul")}
	obvary := t.col("obvary")
	for {
		ok, err := t.next()
		if err != nil {
			return nil, nil, nil, err
		}
		if !ok {
			break
		}
		m := member{code: t.int(code), phase: t.int(ph), entry: t.date(ny, nm, nd), exit: t.date(xy, xm, xd), varies: t.int(obvary) == 1}
		for i, c := range obs {
			if t.int(c) == 1 {
				m.set |= 1 << i
			}
		}
		a := t.int(id)
		members[a] = append(members[a], m)
	}
	return alliances, phases, members, nil
}

// agreement is what the panel needs of one agreement: when it is in force,
// its phases' windows and its members' rows.
type agreement struct {
	from, until int32
	phaseNums   []int
	phaseFrom   []int32
	phaseUntil  []int32
	rows        []member
}

// agreements turns the alliances into agreements, one per phase where
// phases run side by side.
func agreements(alliances []alliance, phases map[int][]phase, members map[int][]member) []agreement {
	var out []agreement
	for _, a := range alliances {
		ps := phases[a.id]
		parallel := false
		for i := 1; i < len(ps); i++ {
			if !ps[i-1].end.valid() || before(ps[i].begin, ps[i-1].end) {
				parallel = true
			}
		}
		if parallel {
			for _, p := range ps {
				ag := agreement{from: p.begin.first(), until: p.end.last(), phaseNums: []int{p.num},
					phaseFrom: []int32{never}, phaseUntil: []int32{always}}
				for _, m := range members[a.id] {
					if m.phase == p.num {
						ag.rows = append(ag.rows, m)
					}
				}
				out = append(out, ag)
			}
			continue
		}
		ag := agreement{from: a.begin.first(), until: a.end.last(), rows: members[a.id]}
		for _, m := range ag.rows {
			if !slices.Contains(ag.phaseNums, m.phase) {
				ag.phaseNums = append(ag.phaseNums, m.phase)
			}
		}
		slices.Sort(ag.phaseNums)
		begin := func(num int) (date, bool) {
			for _, p := range ps {
				if p.num == num {
					return p.begin, true
				}
			}
			return date{}, false
		}
		for k, num := range ag.phaseNums {
			from, until := int32(never), int32(always)
			if b, ok := begin(num); ok && k > 0 {
				from = b.first()
			}
			if k+1 < len(ag.phaseNums) {
				if b, ok := begin(ag.phaseNums[k+1]); ok {
					until = b.last()
				}
			}
			ag.phaseFrom, ag.phaseUntil = append(ag.phaseFrom, from), append(ag.phaseUntil, until)
		}
		out = append(out, ag)
	}
	return out
}

// panel is the dense cube: a cell per (state, state, year), bit 7 set when
// the two share an agreement that year, bit 6 when the first is a member
// coded OBVARY in a phase they share that year, bits 0–4 the obligations.
type panel struct {
	codes []int       // the states, ascending
	index map[int]int // code → place in codes
	cells []uint8
	pairs []bool // whether a pair has any cell
}

const (
	present = 1 << 7
	varying = 1 << 6
)

func newPanel(members map[int][]member) *panel {
	p := &panel{index: map[int]int{}}
	for _, ms := range members {
		for _, m := range ms {
			// ATOP's one member outside COW's state system, 8152 (Annam),
			// is the one four-digit code; the panel leaves it out.
			if _, ok := p.index[m.code]; !ok && m.code < 1000 {
				p.index[m.code] = 0
				p.codes = append(p.codes, m.code)
			}
		}
	}
	slices.Sort(p.codes)
	for i, c := range p.codes {
		p.index[c] = i
	}
	n := len(p.codes)
	p.cells, p.pairs = make([]uint8, n*n*years), make([]bool, n*n)
	return p
}

// add marks the cells of one agreement.
func (p *panel) add(ag agreement) {
	type span struct{ from, until int32 }
	// The members, with their spells, and per phase each one's obligations
	// (-1: no row in the phase) and whether they vary by partner.
	var idxs []int
	var spells [][]span
	k := len(ag.phaseNums)
	var sets [][]int16
	var varies [][]bool
	place := map[int]int{}
	for _, m := range ag.rows {
		i, ok := p.index[m.code]
		if !ok {
			continue
		}
		at, seen := place[m.code]
		if !seen {
			at = len(idxs)
			place[m.code] = at
			idxs = append(idxs, i)
			spells = append(spells, nil)
			sets, varies = append(sets, make([]int16, k)), append(varies, make([]bool, k))
			for pi := range k {
				sets[at][pi] = -1
			}
		}
		spells[at] = append(spells[at], span{m.entry.first(), m.exit.last()})
		if pi := slices.Index(ag.phaseNums, m.phase); sets[at][pi] < 0 {
			sets[at][pi], varies[at][pi] = int16(m.set), m.varies
		}
	}
	// steady[pi] says whether a phase has members whose obligations do
	// not vary: those a varying member owes neutrality to.
	steady := make([]bool, k)
	for at := range idxs {
		for pi := range k {
			steady[pi] = steady[pi] || sets[at][pi] >= 0 && !varies[at][pi]
		}
	}
	// Per ordered pair of distinct members, over all their spells: the
	// latest phase that touches each year, and its obligations.
	var phaseOf [years]int
	var setOf [years]uint8
	for a, ia := range idxs {
		for b, ib := range idxs {
			if a == b {
				continue
			}
			for y := range phaseOf {
				phaseOf[y] = -1
			}
			lo, hi := years, -1
			for pi := range k {
				var set uint8
				if s := sets[a][pi]; s >= 0 {
					set = uint8(s)
					if varies[a][pi] && steady[pi] && (sets[b][pi] < 0 || varies[b][pi]) {
						set &^= neutrality
					}
					if varies[a][pi] && sets[b][pi] >= 0 {
						set |= varying
					}
				}
				from0, until0 := max(ag.from, ag.phaseFrom[pi]), min(ag.until, ag.phaseUntil[pi])
				for _, sa := range spells[a] {
					for _, sb := range spells[b] {
						from, until := max(from0, sa.from, sb.from), min(until0, sa.until, sb.until)
						if from >= until {
							continue
						}
						for y := max(yearOf(from), firstYear); y <= min(yearOf(until), lastYear); y++ {
							c := y - firstYear
							switch {
							case phaseOf[c] < 0:
								phaseOf[c], setOf[c] = pi, set
							case pi > phaseOf[c]:
								phaseOf[c], setOf[c] = pi, set|setOf[c]&varying
							case pi == phaseOf[c]:
								setOf[c] |= set
							default:
								setOf[c] |= set & varying
							}
							lo, hi = min(lo, c), max(hi, c)
						}
					}
				}
			}
			if hi < 0 {
				continue
			}
			pair := ia*len(p.codes) + ib
			p.pairs[pair] = true
			cells := p.cells[pair*years : (pair+1)*years]
			for c := lo; c <= hi; c++ {
				if phaseOf[c] >= 0 {
					cells[c] |= present | setOf[c]
				}
			}
		}
	}
}

// settle gives the cells of members coded OBVARY the obligations of the
// directed dyad-year file in dir, if it holds one.
func (p *panel) settle(dir string) error {
	var f *os.File
	for _, name := range []string{"atop5_1ddyr.csv", "atop5_1ddyr_min.csv", "atop5_1ddyr_obvary.csv"} {
		var err error
		if f, err = os.Open(filepath.Join(dir, name)); err == nil {
			break
		}
		if !errors.Is(err, os.ErrNotExist) {
			return err
		}
	}
	if f == nil {
		return nil
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReaderSize(f, 64<<10))
	r.ReuseRecord = true
	head, err := r.Read()
	if err != nil {
		return err
	}
	col := func(names ...string) int {
		for i, h := range head {
			for _, n := range names {
				if h == n {
					return i
				}
			}
		}
		return -1
	}
	c1, c2, yr := col("ccode1", "statea", "stateA"), col("ccode2", "stateb", "stateB"), col("year")
	obs := []int{col("atop_defense", "defense"), col("atop_offense", "offense"), col("atop_neutral", "neutral"),
		col("atop_nonagg", "nonagg"), col("atop_consul", "consul")}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		a, aok := p.index[atoi(rec[c1])]
		b, bok := p.index[atoi(rec[c2])]
		y := atoi(rec[yr]) - firstYear
		if !aok || !bok || y < 0 || y >= years {
			continue
		}
		cell := &p.cells[(a*len(p.codes)+b)*years+y]
		if *cell&varying == 0 {
			continue
		}
		*cell &= present | varying
		for o, c := range obs {
			if rec[c] == "1" {
				*cell |= 1 << o
			}
		}
	}
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// write writes the panel's rows with peacesciencer's columns.
func (p *panel) write(w io.Writer) (int, error) {
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString("ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul\n")
	n := 0
	var b []byte
	for pair, ok := range p.pairs {
		if !ok {
			continue
		}
		c1, c2 := p.codes[pair/len(p.codes)], p.codes[pair%len(p.codes)]
		for y, cell := range p.cells[pair*years : (pair+1)*years] {
			if cell&present == 0 {
				continue
			}
			b = strconv.AppendInt(b[:0], int64(c1), 10)
			b = append(b, ',')
			b = strconv.AppendInt(b, int64(c2), 10)
			b = append(b, ',')
			b = strconv.AppendInt(b, int64(firstYear+y), 10)
			for o := range 5 {
				if cell&(1<<o) != 0 {
					b = append(b, ",1"...)
				} else {
					b = append(b, ",0"...)
				}
			}
			b = append(b, '\n')
			bw.Write(b)
			n++
		}
	}
	return n, bw.Flush()
}

// Panel reads ATOP from dir and writes its directed dyad-year panel to w.
func Panel(dir string, w io.Writer) (int, error) {
	alliances, phases, members, err := read(dir)
	if err != nil {
		return 0, err
	}
	p := newPanel(members)
	for _, ag := range agreements(alliances, phases, members) {
		p.add(ag)
	}
	if err := p.settle(dir); err != nil {
		return 0, err
	}
	return p.write(w)
}

func main() {
	dir := flag.String("data", "../shared/data/atop-5.1", "the `DIR` holding ATOP 5.1's CSV files")
	out := flag.String("out", "", "the `FILE` to write")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "usage: floor [-data DIR] -out FILE")
		os.Exit(2)
	}
	f, err := os.Create(*out)
	if err == nil {
		_, err = Panel(*dir, f)
		err = errors.Join(err, f.Close())
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
}
