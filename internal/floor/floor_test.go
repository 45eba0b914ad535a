package main

import (
	"bytes"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/entente-go/entente/internal/benchcpu"
	"github.com/entente-go/entente/internal/sharedcopy"
	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/atop"
	"github.com/entente-go/entente/pact/atop/atop51"
)

// dataDir writes the files entente embeds (ATOP's three and the rows of
// its directed file that settle OBVARY's partners) to a directory, once,
// so that the floor and entente read the same bytes from disk.
var dataDir = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "floor-atop")
	if err != nil {
		return "", err
	}
	for _, name := range []string{atop.AlliancesFile, atop.PhasesFile, atop.MembersFile, atop.DirectedVaryingFile} {
		data, err := fs.ReadFile(atop51.FS(), name)
		if err != nil {
			return "", err
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return "", err
		}
	}
	return dir, nil
})

func TestMain(m *testing.M) {
	code := m.Run()
	if dir, err := dataDir(); err == nil {
		os.RemoveAll(dir)
	}
	os.Exit(code)
}

func dir(tb testing.TB) string {
	tb.Helper()
	d, err := dataDir()
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// library writes the directed panel as entente's CLI does: read the
// directory, build the model, write the panel.
func library(dir string, w io.Writer) (int, error) {
	d, err := atop.ReadDir(dir)
	if err != nil {
		return 0, err
	}
	rows, err := atop.Panel(d.Model, pact.Directed, atop.First, atop.Last)
	if err != nil {
		return 0, err
	}
	return atop.WriteCSV(w, rows)
}

// TestSameBytes: the floor does entente's job, to the byte, with the rows
// of the directed file entente embeds, with the whole of it, and with
// ATOP's three files alone.
func TestSameBytes(t *testing.T) {
	full, three := atopDir(t, true), atopDir(t, false)
	ddyr, err := os.ReadFile(filepath.Join(full, atop.DirectedMinFile))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, dir string }{{"embedded", dir(t)}, {"whole directed file", full}, {"three files", three}} {
		t.Run(tc.name, func(t *testing.T) {
			var floor, lib bytes.Buffer
			n, err := Panel(tc.dir, &floor)
			if err != nil {
				t.Fatal(err)
			}
			m, err := library(tc.dir, &lib)
			if err != nil {
				t.Fatal(err)
			}
			if n != m || !bytes.Equal(floor.Bytes(), lib.Bytes()) {
				t.Fatalf("the floor wrote %d rows (%d bytes), entente %d rows (%d bytes)", n, floor.Len(), m, lib.Len())
			}
			if n != 273296 {
				t.Errorf("%d rows, want ATOP 5.1's 273,296", n)
			}
			if tc.dir != three && !bytes.Equal(lib.Bytes(), ddyr) {
				t.Errorf("the panel is not ATOP's %s", atop.DirectedMinFile)
			}
		})
	}
}

// atopDir writes ATOP's three files to a directory of its own, removed
// when tb ends, with the whole of ATOP's directed file (the fixture of
// package atop) when directed is set.
func atopDir(tb testing.TB, directed bool) string {
	tb.Helper()
	d := tb.TempDir()
	for _, name := range []string{atop.AlliancesFile, atop.PhasesFile, atop.MembersFile} {
		data, err := os.ReadFile(filepath.Join(dir(tb), name))
		if err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(d, name), data, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	if directed {
		ddyr, err := sharedcopy.GunzipFile("../../pact/atop/testdata/atop5_1ddyr_min.csv.gz")()
		if err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(d, atop.DirectedMinFile), ddyr, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return d
}

// BenchmarkPanel writes the directed panel from the CSV files, entente and
// the floor in the same run; benchstat's ratio of the two is the figure
// BENCHMARKS.md quotes (budget: entente within 1.5× the floor). The
// directory holds the files entente embeds; the -whole runs read the
// whole of ATOP's directed file (6 MB) in place of the rows embedded, as
// -data ../shared/data/atop-5.1 does.
func BenchmarkPanel(b *testing.B) {
	whole := sync.OnceValue(func() string { return atopDir(b, true) })
	for _, bc := range []struct {
		name  string
		run   func(string, io.Writer) (int, error)
		whole bool
	}{{"floor", Panel, false}, {"entente", library, false}, {"floor-whole", Panel, true}, {"entente-whole", library, true}} {
		b.Run(bc.name, func(b *testing.B) {
			d := dir(b)
			if bc.whole {
				d = whole()
			}
			b.ReportAllocs()
			t := benchcpu.Start(b)
			for b.Loop() {
				if _, err := bc.run(d, io.Discard); err != nil {
					b.Fatal(err)
				}
			}
			t.Report()
		})
	}
}
