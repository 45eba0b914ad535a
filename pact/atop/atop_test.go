package atop

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"testing/fstest"
)

//go:generate go run github.com/entente-go/entente/internal/cmd/gzipfile ../../../shared/data/atop-5.1/atop5_1ddyr_min.csv testdata/atop5_1ddyr_min.csv.gz

// sharedDir is where ../shared/data keeps ATOP 5.1, from this directory.
const sharedDir = "../../../shared/data/atop-5.1"

// Where the tests find ATOP: the three files the atop51 package embeds
// (read here from their gzipped copies, since this package's own tests
// cannot import atop51 without an import cycle), and ATOP's directed
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

// embedded holds ATOP's three files as the atop51 package embeds them.
var embedded = sync.OnceValues(func() (fstest.MapFS, error) {
	fsys := fstest.MapFS{}
	for _, name := range []string{AlliancesFile, PhasesFile, MembersFile} {
		data, err := gunzip(filepath.Join(embeddedDir, name+".gz"))
		if err != nil {
			return nil, err
		}
		fsys[name] = &fstest.MapFile{Data: data}
	}
	return fsys, nil
})

// embeddedFS returns ATOP's three files as the atop51 package embeds them.
func embeddedFS(t testing.TB) fstest.MapFS {
	t.Helper()
	fsys, err := embedded()
	if err != nil {
		t.Fatal(err)
	}
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
	want, err := os.ReadFile(filepath.Join(sharedDir, ddyrFile))
	if err != nil {
		t.Skipf("../shared/data not available (%v); nothing to compare with", err)
	}
	got, err := gunzip(ddyrFixture)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s (%d bytes decompressed) differs from %s (%d bytes); run go generate", ddyrFixture, len(got), ddyrFile, len(want))
	}
}

// TestReadDirShared reads ATOP from ../shared/data, when it is present,
// through ReadDir: the same dataset as the embedded copy.
func TestReadDirShared(t *testing.T) {
	if _, err := os.Stat(sharedDir); err != nil {
		t.Skipf("../shared/data not available (%v)", err)
	}
	d, err := ReadDir(sharedDir)
	if err != nil {
		t.Fatal(err)
	}
	e := readATOP(t)
	if len(d.Alliances) != len(e.Alliances) || len(d.Phases) != len(e.Phases) || len(d.Members) != len(e.Members) {
		t.Errorf("../shared/data has %d/%d/%d rows, the embedded copy %d/%d/%d",
			len(d.Alliances), len(d.Phases), len(d.Members), len(e.Alliances), len(e.Phases), len(e.Members))
	}
}
