package main

import (
	"bufio"
	"fmt"
	"github.com/entente-go/entente/internal/outfile"
	"github.com/entente-go/entente/relations"
	"io"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/entente-go/entente/pact/atop"
	"github.com/entente-go/entente/pact/atop/atop51"
	"github.com/entente-go/entente/pact/universe"
	"github.com/entente-go/entente/relations/cow/nmc"
	"github.com/entente-go/entente/relations/cow/war"
	"github.com/entente-go/entente/relations/rivalry"
)

// command holds the flags.
type command struct {
	unit, add, data, out, format string
	undirected, carryForward     bool
	from, to                     int
	flags                        map[string]bool
	sources                      []string // -add, split
}

// sources are the values -add takes, and the units each joins.
var sources = map[string]struct{ state, dyad bool }{
	"atop": {false, true}, "nmc": {true, true}, "rivalries": {true, true}, "majors": {true, true},
	"wars": {false, true}, "wars-each": {false, true}, "peace-years": {false, true},
}

// check refuses what the command cannot do before it reads anything.
func (c *command) check(rest []string) error {
	if len(rest) > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q", rest[0])}
	}
	dyadic := false
	switch c.unit {
	case "dyad-year":
		dyadic = true
	case "state-year":
		if c.flags["undirected"] {
			return usageError{"-undirected is for -unit dyad-year"}
		}
	default:
		return usageError{fmt.Sprintf("-unit: %q is not state-year or dyad-year", c.unit)}
	}
	switch {
	case c.from < universe.FirstYear:
		return usageError{fmt.Sprintf("-from: %d is before the COW state system begins (%d)", c.from, universe.FirstYear)}
	case c.to < c.from:
		return usageError{fmt.Sprintf("-to: %d is before -from (%d)", c.to, c.from)}
	case c.to > universe.LastYear && !c.carryForward:
		return usageError{fmt.Sprintf("-to: %d is past the COW state system's last year (%d); years after it need -carry-forward", c.to, universe.LastYear)}
	case c.to > 9999:
		return usageError{fmt.Sprintf("-to: %d is past 9999", c.to)}
	case c.carryForward && c.to <= universe.LastYear:
		return usageError{fmt.Sprintf("-carry-forward is for a -to past %d", universe.LastYear)}
	}
	if c.add != "" {
		for _, s := range strings.Split(c.add, ",") {
			kind, ok := sources[s]
			switch {
			case !ok:
				return usageError{fmt.Sprintf("-add: %q is not atop, nmc, rivalries, majors, wars, wars-each or peace-years", s)}
			case slices.Contains(c.sources, s) || (s == "wars" && slices.Contains(c.sources, "wars-each")) || (s == "wars-each" && slices.Contains(c.sources, "wars")):
				return usageError{fmt.Sprintf("-add: %s given twice", s)}
			case dyadic && !kind.dyad, !dyadic && !kind.state:
				return usageError{fmt.Sprintf("-add: %s joins dyad-years only, not -unit %s", s, c.unit)}
			}
			c.sources = append(c.sources, s)
		}
	}
	if c.flags["data"] && len(c.sources) == 0 {
		return usageError{"-data is for the sources -add names"}
	}
	if c.flags["data"] && slices.Equal(c.sources, []string{"majors"}) {
		return usageError{"-data: the major powers are Go data; -add majors reads no file"}
	}
	switch c.format {
	case "csv":
	case "parquet":
		if c.out == "" {
			return usageError{"-format parquet needs -out FILE"}
		}
	default:
		return usageError{fmt.Sprintf("-format: %q is not csv or parquet", c.format)}
	}
	return nil
}

// joins reads the sources -add names, from -data or the embedded copies.
func (c *command) joins() ([]universe.Join, error) {
	var out []universe.Join
	var wars []war.War
	readWars := func() ([]war.War, error) {
		if wars != nil || c.data == "" {
			if wars == nil {
				wars = war.All()
			}
			return wars, nil
		}
		var err error
		wars, err = parseFile(c.data, "cow-war-inter-4", war.EmbeddedFile, war.Parse)
		return wars, err
	}
	for _, s := range c.sources {
		var j universe.Join
		switch s {
		case "atop":
			var ds *atop.Dataset
			var err error
			if c.data == "" {
				ds, err = atop51.Read()
			} else {
				ds, err = atop.ReadDir(find(c.data, "atop-5.1", atop.MembersFile))
			}
			if err != nil {
				return nil, firstLine(err)
			}
			j = universe.AddATOP(ds.Model)
		case "nmc":
			recs := nmc.Records()
			if c.data != "" {
				var err error
				if recs, err = parseFile(c.data, "cow-nmc-7", "nmc.csv", nmc.Parse); err != nil {
					return nil, err
				}
			}
			j = universe.AddNMC(recs)
		case "rivalries":
			rs := rivalry.All()
			if c.data != "" {
				var err error
				if rs, err = parseFile(c.data, "thompson-dreyer-rivalries", "rivalries.csv", rivalry.Parse); err != nil {
					return nil, err
				}
			}
			j = universe.AddRivalries(rs)
		case "majors":
			j = universe.AddMajors()
		case "wars", "wars-each":
			ws, err := readWars()
			if err != nil {
				return nil, err
			}
			var opts []universe.Option
			if s == "wars-each" {
				opts = append(opts, universe.WithEveryWar())
			}
			j = universe.AddWars(ws, opts...)
		case "peace-years":
			ws, err := readWars()
			if err != nil {
				return nil, err
			}
			j = universe.AddPeaceYears(ws)
		}
		out = append(out, j)
	}
	return out, nil
}

// find returns where a source's file stands under dir: in it, or in its
// folder of ../shared/data's layout.
func find(dir, folder, file string) string {
	if _, err := os.Stat(filepath.Join(dir, file)); err != nil {
		if _, err := os.Stat(filepath.Join(dir, folder, file)); err == nil {
			return filepath.Join(dir, folder)
		}
	}
	return dir
}

// parseFile reads a source's file from dir with parse.
func parseFile[T any](dir, folder, file string, parse func(io.Reader, string, ...relations.ReadOption) (T, error)) (T, error) {
	var zero T
	path := filepath.Join(find(dir, folder, file), file)
	f, err := os.Open(path)
	if err != nil {
		return zero, err
	}
	defer f.Close()
	v, err := parse(bufio.NewReader(f), path)
	if err != nil {
		return zero, firstLine(err)
	}
	return v, nil
}

// firstLine keeps a joined error to one line, with a count of the rest.
func firstLine(err error) error {
	lines := strings.Split(err.Error(), "\n")
	if len(lines) == 1 {
		return err
	}
	return fmt.Errorf("%s (and %d more problems)", lines[0], len(lines)-1)
}

// table is what the command writes: either kind of universe.
type table interface {
	Columns() []universe.Column
	Cells() iter.Seq[[]universe.Cell]
	WriteCSV(io.Writer) (int, error)
	Len() int
}

func (c *command) universe() (table, error) {
	var opts []universe.Option
	if c.carryForward {
		opts = append(opts, universe.WithCarryForward())
	}
	joins, err := c.joins()
	if err != nil {
		return nil, err
	}
	if c.unit == "state-year" {
		u, err := universe.NewStateYears(c.from, c.to, opts...)
		if err == nil {
			u, err = u.Join(joins...)
		}
		return u, err
	}
	if c.undirected {
		opts = append(opts, universe.WithUndirected())
	}
	u, err := universe.NewDyadYears(c.from, c.to, opts...)
	if err == nil {
		u, err = u.Join(joins...)
	}
	return u, err
}

func (c *command) run(stdout, stderr io.Writer) error {
	start := time.Now()
	t, err := c.universe()
	if err != nil {
		return err
	}
	p := newProgress(stderr, start, t.Len())
	defer p.stop()
	var rows int
	write := func(w io.Writer) error {
		var err error
		if c.format == "parquet" {
			rows, err = writeParquet(w, t, p)
		} else {
			rows, err = t.WriteCSV(p.counting(w))
		}
		return err
	}
	if c.out == "" {
		err = write(stdout)
	} else {
		// Through a temporary file and a rename: a failed write leaves
		// no partial file where a complete one was expected.
		err = outfile.Write(c.out, write)
	}
	if err != nil {
		return err
	}
	p.stop()
	if c.out != "" {
		fmt.Fprintf(stdout, "wrote %d rows to %s (%s) in %.2f s\n", rows, c.out, c.format, time.Since(start).Seconds())
	}
	return nil
}
