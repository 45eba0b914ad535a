package atop51_test

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/internal/sharedcopy"

	"github.com/entente-go/entente/pact/atop"
	"github.com/entente-go/entente/pact/atop/atop51"
)

// sharedDir is where ../shared/data keeps ATOP 5.1, from this directory.
const sharedDir = "../../../../shared/data/atop-5.1"

// files are ATOP's own files, embedded byte for byte.
var files = []string{atop.AlliancesFile, atop.PhasesFile, atop.MembersFile}

func TestFS(t *testing.T) {
	if err := fstest.TestFS(atop51.FS(), append(files, atop.DirectedVaryingFile)...); err != nil {
		t.Fatal(err)
	}
}

// TestVaryingMatchesShared checks that the embedded directed dyad-year
// rows are the lines atop.ReadDir keeps of ATOP's directed file in
// ../shared/data, when that is present: the rows the reader needs, every
// one of them, and no other.
func TestVaryingMatchesShared(t *testing.T) {
	sharedcopy.Require(t, filepath.Join(sharedDir, atop.DirectedMinFile))
	d, err := atop.ReadDir(sharedDir)
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if _, err := atop.WriteCSV(&want, slices.Values(d.Directed)); err != nil {
		t.Fatal(err)
	}
	got, err := fs.ReadFile(atop51.FS(), atop.DirectedVaryingFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want.Bytes()) {
		t.Errorf("embedded %s (%d bytes) differs from the %d rows ReadDir keeps of %s (%d bytes); run go generate",
			atop.DirectedVaryingFile, len(got), len(d.Directed), atop.DirectedMinFile, want.Len())
	}
	// Every line is ATOP's own, byte for byte.
	full, err := os.ReadFile(filepath.Join(sharedDir, atop.DirectedMinFile))
	if err != nil {
		t.Fatal(err)
	}
	lines := map[string]bool{}
	for _, l := range bytes.SplitAfter(full, []byte("\n")) {
		lines[string(l)] = true
	}
	for i, l := range bytes.SplitAfter(got, []byte("\n")) {
		if len(l) > 0 && !lines[string(l)] {
			t.Errorf("%s:%d: %q is not a line of %s", atop.DirectedVaryingFile, i+1, l, atop.DirectedMinFile)
		}
	}
}

// TestMatchesShared checks that each embedded file decompresses to the
// bytes of ATOP's own file in ../shared/data, when that is present.
func TestMatchesShared(t *testing.T) {
	for _, name := range files {
		t.Run(name, func(t *testing.T) {
			sharedcopy.Check(t, filepath.Join(sharedDir, name), "embedded "+name,
				func() ([]byte, error) { return fs.ReadFile(atop51.FS(), name) })
		})
	}
}

// TestRead reads the embedded files: as many rows as SOURCE.md counts,
// and a model.
func TestRead(t *testing.T) {
	d, err := atop51.Read()
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Alliances) != 789 || len(d.Phases) != 849 || len(d.Members) != 2510 {
		t.Errorf("read %d alliances, %d phases, %d members; want 789, 849, 2510", len(d.Alliances), len(d.Phases), len(d.Members))
	}
	if _, ok := d.Model.Agreement("atop-3180"); !ok {
		t.Error("the model has no NATO (atop-3180)")
	}
	if d.DirectedFile != atop.DirectedVaryingFile || len(d.Varying) != 306 {
		t.Errorf("read %q and %d OBVARY cases; want %q and 306", d.DirectedFile, len(d.Varying), atop.DirectedVaryingFile)
	}
}

// TestEmbeddedRowsSettleAsTheWholeFile reads the embedded files, and
// again with ATOP's whole directed file (package atop's fixture) in place
// of the rows embedded: the same cases settled the same way, and the same
// model to the byte.
func TestEmbeddedRowsSettleAsTheWholeFile(t *testing.T) {
	embedded, err := atop51.Read()
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	for _, name := range files {
		b, err := fs.ReadFile(atop51.FS(), name)
		if err != nil {
			t.Fatal(err)
		}
		fsys[name] = &fstest.MapFile{Data: b}
	}
	full, err := sharedcopy.GunzipFile("../testdata/atop5_1ddyr_min.csv.gz")()
	if err != nil {
		t.Fatal(err)
	}
	fsys[atop.DirectedMinFile] = &fstest.MapFile{Data: full}
	whole, err := atop.Read(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(whole.Varying, embedded.Varying); diff != "" {
		t.Errorf("the cases differ (-whole file +embedded rows):\n%s", diff)
	}
	a, err := whole.Model.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	b, err := embedded.Model.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Errorf("the model read with the whole directed file (%d bytes of JSON) differs from the one read with the embedded rows (%d)", len(a), len(b))
	}
}

// TestFSConcurrent reads every file from many goroutines at once, the
// first use among them; run with -race.
func TestFSConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			fsys := atop51.FS()
			for _, name := range files {
				if _, err := fs.ReadFile(fsys, name); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
}

func TestFSErrors(t *testing.T) {
	fsys := atop51.FS()
	for _, name := range []string{"atop5_1sy.csv", "../atop5_1a.csv", "/atop5_1a.csv", "atop5_1a.csv.gz"} {
		if _, err := fsys.Open(name); err == nil {
			t.Errorf("Open(%q) succeeded", name)
		}
	}
	if _, err := fs.ReadDir(fsys, atop.AlliancesFile); err == nil {
		t.Errorf("ReadDir(%q) succeeded", atop.AlliancesFile)
	}
	// A caller may change what ReadFile returns without changing the FS.
	a, _ := fs.ReadFile(fsys, atop.AlliancesFile)
	a[0] = 'X'
	b, _ := fs.ReadFile(fsys, atop.AlliancesFile)
	if b[0] == 'X' {
		t.Error("ReadFile shares its result with the FS")
	}
}
