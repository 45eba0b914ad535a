package atop51_test

import (
	"io/fs"
	"path/filepath"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/entente-go/entente/internal/sharedcopy"

	"github.com/entente-go/entente/pact/atop"
	"github.com/entente-go/entente/pact/atop/atop51"
)

// sharedDir is where ../shared/data keeps ATOP 5.1, from this directory.
const sharedDir = "../../../../shared/data/atop-5.1"

var files = []string{atop.AlliancesFile, atop.PhasesFile, atop.MembersFile}

func TestFS(t *testing.T) {
	if err := fstest.TestFS(atop51.FS(), files...); err != nil {
		t.Fatal(err)
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
