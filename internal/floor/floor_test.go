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
	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/atop"
	"github.com/entente-go/entente/pact/atop/atop51"
)

// dataDir writes the three files entente embeds to a directory, once, so
// that the floor and entente read the same bytes from disk.
var dataDir = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "floor-atop")
	if err != nil {
		return "", err
	}
	for _, name := range []string{atop.AlliancesFile, atop.PhasesFile, atop.MembersFile} {
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

// TestSameBytes: the floor does entente's job, to the byte.
func TestSameBytes(t *testing.T) {
	var floor, lib bytes.Buffer
	n, err := Panel(dir(t), &floor)
	if err != nil {
		t.Fatal(err)
	}
	m, err := library(dir(t), &lib)
	if err != nil {
		t.Fatal(err)
	}
	if n != m || !bytes.Equal(floor.Bytes(), lib.Bytes()) {
		t.Fatalf("the floor wrote %d rows (%d bytes), entente %d rows (%d bytes)", n, floor.Len(), m, lib.Len())
	}
	if n != 273296 {
		t.Errorf("%d rows, want ATOP 5.1's 273,296", n)
	}
}

// BenchmarkPanel writes the directed panel from the CSV files, entente and
// the floor in the same run; benchstat's ratio of the two is the figure
// BENCHMARKS.md quotes (budget: entente within 1.5× the floor).
func BenchmarkPanel(b *testing.B) {
	for _, bc := range []struct {
		name string
		run  func(string, io.Writer) (int, error)
	}{{"floor", Panel}, {"entente", library}} {
		b.Run(bc.name, func(b *testing.B) {
			d := dir(b)
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
