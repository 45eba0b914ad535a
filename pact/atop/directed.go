package atop

import (
	"errors"
	"io/fs"
	"slices"
	"strings"

	"github.com/entente-go/entente/internal/csvfile"
	"github.com/entente-go/entente/relations"
)

// The directed dyad-year files the reader takes the partners of members
// coded OBVARY from, in the order it looks for them: ATOP's own, the
// obligation columns of it that peacesciencer distributes, and the rows of
// either that the reader needs, which package atop51 embeds.
const (
	DirectedFile        = "atop5_1ddyr.csv"
	DirectedMinFile     = "atop5_1ddyr_min.csv"
	DirectedVaryingFile = "atop5_1ddyr_obvary.csv"
)

// directedFiles lists the directed files in the order Read looks for them.
var directedFiles = []string{DirectedFile, DirectedMinFile, DirectedVaryingFile}

// MaxDirectedFileSize bounds a directed dyad-year file: ATOP's, with every
// column, is the largest file it distributes (peacesciencer's obligation
// columns alone take 6 MB).
const MaxDirectedFileSize = 256 << 20

// directedColumns names each column of a directed file as ATOP's file and
// peacesciencer's name it.
var directedColumns = []struct {
	names []string
	what  string
}{
	{[]string{"ccode1", "statea", "stateA"}, "the first state"},
	{[]string{"ccode2", "stateb", "stateB"}, "the second state"},
	{[]string{"year"}, "the year"},
	{[]string{"atop_defense", "defense"}, "defense"},
	{[]string{"atop_offense", "offense"}, "offense"},
	{[]string{"atop_neutral", "neutral"}, "neutrality"},
	{[]string{"atop_nonagg", "nonagg"}, "non-aggression"},
	{[]string{"atop_consul", "consul"}, "consultation"},
}

// dyadYear names one directed dyad-year: the states' COW codes and the
// year.
type dyadYear struct{ a, b, year int }

// readDirected reads the first directed file fsys holds, keeping the rows
// of the directed dyad-years needed, sorted by ccode1, ccode2 and year; it
// returns the file's name, "" when fsys has none. A row is read no further
// than its first state's code when no needed dyad-year names that state,
// and no further than its year when it is not needed, so that the whole of
// ATOP's file costs little more than its bytes; a row it keeps is checked
// whole, and a dyad-year it keeps listed twice is an error.
func (d *Dataset) readDirected(fsys fs.FS, needed []dyadYear, limit csvfile.Limit) (string, error) {
	name := ""
	for _, n := range directedFiles {
		if _, err := fs.Stat(fsys, n); err == nil {
			name = n
			break
		} else if !errors.Is(err, fs.ErrNotExist) {
			return "", &relations.ParseError{File: n, Err: err}
		}
	}
	if name == "" {
		return "", nil
	}
	t, err := openDirected(fsys, name, limit)
	if err != nil {
		return name, err
	}
	cols := make([]column, len(directedColumns))
	for i, c := range directedColumns {
		for _, n := range c.names {
			if col := t.column(n); col.has() {
				cols[i] = col
				break
			}
		}
	}
	var first []int // the first states of the needed dyad-years
	for _, k := range needed {
		if len(first) == 0 || first[len(first)-1] != k.a {
			first = append(first, k.a)
		}
	}
	lines := make([]int, len(needed)) // the line each needed row was read on
	for t.Next() {
		a := t.ccode(cols[0])
		if _, ok := slices.BinarySearch(first, a); !ok {
			continue
		}
		r := Row{CCode1: a, CCode2: t.ccode(cols[1]), Year: t.int(cols[2])}
		k := dyadYear{r.CCode1, r.CCode2, r.Year}
		at, ok := slices.BinarySearchFunc(needed, k, compareDyadYears)
		if !ok {
			continue
		}
		for i, oc := range obligationColumns {
			if t.flag(cols[3+i]) {
				r.Obligations = r.Obligations.With(oc.o)
			}
		}
		if lines[at] > 0 {
			t.fail(cols[2], "the dyad-year "+itoa(k.a)+"→"+itoa(k.b)+" "+itoa(k.year)+" is listed twice (first on line "+itoa(lines[at])+")", nil)
			continue
		}
		lines[at] = t.Line()
		d.Directed = append(d.Directed, r)
	}
	slices.SortFunc(d.Directed, func(x, y Row) int {
		return compareDyadYears(dyadYear{x.CCode1, x.CCode2, x.Year}, dyadYear{y.CCode1, y.CCode2, y.Year})
	})
	return name, t.Err()
}

// openDirected opens a directed file and checks that it has each column
// directedColumns names, under one of its names.
func openDirected(fsys fs.FS, name string, limit csvfile.Limit) (*table, error) {
	t, err := open(fsys, name, nil, limit)
	if err != nil {
		return nil, err
	}
	var missing []string
	for _, c := range directedColumns {
		found := false
		for _, n := range c.names {
			found = found || t.column(n).has()
		}
		if !found {
			missing = append(missing, c.names[0])
		}
	}
	if len(missing) > 0 {
		return nil, &relations.ParseError{File: name, Line: 1, Err: errors.New("missing required column " + strings.Join(missing, ", ") + " (or ATOP's own name for it)")}
	}
	return t, nil
}
