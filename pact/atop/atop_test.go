package atop

import (
	"compress/gzip"
	"io"
	"iter"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/entente-go/entente/internal/sharedcopy"

	"github.com/entente-go/entente/pact"
)

//go:generate go run github.com/entente-go/entente/internal/cmd/gzipfile ../../../shared/data/atop-5.1/atop5_1ddyr_min.csv testdata/atop5_1ddyr_min.csv.gz

// sharedDir is where ../shared/data keeps ATOP 5.1, from this directory.
const sharedDir = "../../../shared/data/atop-5.1"

// Where the tests find ATOP: the files the atop51 package embeds — ATOP's
// three and the rows of its directed dyad-year file the reader needs —
// read here from their gzipped copies, since this package's own tests
// cannot import atop51 without an import cycle; and ATOP's whole directed
// dyad-year file, a test fixture.
const (
	embeddedDir = "atop51"
	ddyrFixture = "testdata/atop5_1ddyr_min.csv.gz"
	ddyrFile    = "atop5_1ddyr_min.csv"
)

// gunzip returns the decompressed contents of a gzipped file.
func gunzip(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

// embedded holds the files the atop51 package embeds.
var embedded = sync.OnceValues(func() (fstest.MapFS, error) {
	fsys := fstest.MapFS{}
	for _, name := range []string{AlliancesFile, PhasesFile, MembersFile, DirectedVaryingFile} {
		data, err := gunzip(filepath.Join(embeddedDir, name+".gz"))
		if err != nil {
			return nil, err
		}
		fsys[name] = &fstest.MapFile{Data: data}
	}
	return fsys, nil
})

// embeddedFS returns the files the atop51 package embeds.
func embeddedFS(t testing.TB) fstest.MapFS {
	t.Helper()
	fsys, err := embedded()
	if err != nil {
		t.Fatal(err)
	}
	return fsys
}

// threeFiles returns ATOP's three files alone, without a directed file:
// the partners of members coded OBVARY then stay cannot tell.
func threeFiles(t testing.TB) fstest.MapFS {
	t.Helper()
	fsys := maps.Clone(embeddedFS(t))
	delete(fsys, DirectedVaryingFile)
	return fsys
}

// readATOP reads the real ATOP files, as the atop51 package embeds them.
func readATOP(t testing.TB) *Dataset {
	t.Helper()
	d, err := Read(embeddedFS(t))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestDDYRFixtureMatchesShared checks that the fixture decompresses to the
// bytes of ATOP's directed dyad-year file in ../shared/data, when that is
// present.
func TestDDYRFixtureMatchesShared(t *testing.T) {
	sharedcopy.Check(t, filepath.Join(sharedDir, ddyrFile), ddyrFixture, func() ([]byte, error) { return gunzip(ddyrFixture) })
}

// TestReadDir reads ATOP through ReadDir from a directory of its own CSV
// files, written out from the embedded copy: the same dataset as read from
// the embedded copy.
func TestReadDir(t *testing.T) {
	dir := t.TempDir()
	for name, f := range embeddedFS(t) {
		if err := os.WriteFile(filepath.Join(dir, name), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	d, err := ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	e := readATOP(t)
	if len(d.Alliances) != len(e.Alliances) || len(d.Phases) != len(e.Phases) || len(d.Members) != len(e.Members) {
		t.Errorf("ReadDir read %d/%d/%d rows, Read of the same files %d/%d/%d",
			len(d.Alliances), len(d.Phases), len(d.Members), len(e.Alliances), len(e.Phases), len(e.Members))
	}
	if _, err := ReadDir(filepath.Join(dir, "no-such-dir")); err == nil || !strings.Contains(err.Error(), "reading ATOP 5.1 from directory") {
		t.Errorf("ReadDir of a missing directory: %v", err)
	}
}

// mustPanel is Panel for arguments a test knows to be good.
func mustPanel(m *pact.Model, d pact.Dyads, from, to int) iter.Seq[Row] {
	rows, err := Panel(m, d, from, to)
	if err != nil {
		panic(err)
	}
	return rows
}
