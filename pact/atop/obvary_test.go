package atop

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

// withDirected returns ATOP's three files as atop51 embeds them, with
// ATOP's directed dyad-year file from the fixture.
func withDirected(t testing.TB) fstest.MapFS {
	t.Helper()
	data, err := gunzip(ddyrFixture)
	if err != nil {
		t.Fatal(err)
	}
	fsys := threeFiles(t)
	fsys[DirectedMinFile] = &fstest.MapFile{Data: data}
	return fsys
}

// readResolved reads ATOP with its directed dyad-year file.
func readResolved(t testing.TB) *Dataset {
	t.Helper()
	d, err := Read(withDirected(t))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestVaryingCounts: of the 306 (alliance, phase, member, obligation,
// partner) cases of members coded OBVARY, the directed file settles 122
// as owed and 69 as not owed; 115 stay cannot tell, 97 because another
// shared alliance carries the same 1 and 18 in phase 1 of alliance 1100,
// which no year's row shows.
func TestVaryingCounts(t *testing.T) {
	d := readResolved(t)
	count := map[relations.Truth]int{}
	carried, unshown := 0, 0
	for _, v := range d.Varying {
		count[v.Owed]++
		if v.Owed == relations.CannotTell {
			switch v.Why {
			case noDirectedRow:
				unshown++
				if v.Alliance != 1100 || v.Phase != 1 {
					t.Errorf("%+v: no row shows it, outside phase 1 of alliance 1100", v)
				}
			default:
				carried++
			}
		}
	}
	if len(d.Varying) != 306 || count[relations.Yes] != 122 || count[relations.No] != 69 || count[relations.CannotTell] != 115 || carried != 97 || unshown != 18 {
		t.Errorf("%d cases: %d owed, %d not owed, %d cannot tell (%d carried by another alliance, %d unshown); want 306: 122, 69, 115 (97, 18)",
			len(d.Varying), count[relations.Yes], count[relations.No], count[relations.CannotTell], carried, unshown)
	}
	if d.DirectedFile != DirectedMinFile {
		t.Errorf("DirectedFile = %q, want %q", d.DirectedFile, DirectedMinFile)
	}
}

// TestDirectedFileErrors: a malformed directed file is reported at its
// line and column, like ATOP's other files, and never read as a guess.
func TestDirectedFileErrors(t *testing.T) {
	head := "ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul\n"
	for _, tc := range []struct {
		name, data, want string
	}{
		{"not a year", head + "200,380,18x5,1,0,0,0,1\n", DirectedMinFile + ":2:9: year: \"18x5\" is not a whole number"},
		{"not a code", head + "200,380,1855,yes,0,0,0,1\n", DirectedMinFile + ":2:14: atop_defense: \"yes\" is not a code"},
		{"twice", head + "200,380,1855,1,0,0,0,1\n200,380,1855,1,0,0,0,1\n", "listed twice (first on line 2)"},
		{"no column", "ccode1,ccode2,year,atop_defense\n", "missing required column atop_offense, atop_neutral, atop_nonagg, atop_consul"},
		{"field count", head + "200,380,1855,1\n", DirectedMinFile + ":2:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := november1855()
			fsys[DirectedMinFile] = &fstest.MapFile{Data: []byte(tc.data)}
			_, err := Read(fsys)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Read: %v; want an error with %q", err, tc.want)
			}
		})
	}
}

// TestDirectedFileNames: ATOP's own directed file, with its own column
// names, comes before peacesciencer's, and the rows embedded come last.
func TestDirectedFileNames(t *testing.T) {
	fsys := november1855()
	atopStyle := strings.NewReplacer("ccode1", "statea", "ccode2", "stateb", "atop_", "").Replace(directed1855)
	fsys[DirectedFile] = &fstest.MapFile{Data: []byte(atopStyle)}
	fsys[DirectedVaryingFile] = &fstest.MapFile{Data: []byte("not,read\n")}
	d, err := Read(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if d.DirectedFile != DirectedFile || len(d.Directed) != 12 {
		t.Errorf("read %q, %d rows; want %q, the 12 rows of Britain's and France's dyads", d.DirectedFile, len(d.Directed), DirectedFile)
	}
	for _, v := range d.Varying {
		if v.Owed == relations.CannotTell {
			t.Errorf("%+v: cannot tell", v)
		}
	}
}

// FuzzReadDirected reads the November Treaty with any directed file:
// never a panic, and whatever reads answers queries and builds panels.
func FuzzReadDirected(f *testing.F) {
	f.Add([]byte(directed1855))
	f.Add([]byte("statea,stateb,year,defense,offense,neutral,nonagg,consul\n200,380,1855,1,0,0,0,9\n"))
	f.Add([]byte("ccode1\n\"\n"))
	f.Fuzz(func(t *testing.T, directed []byte) {
		fsys := november1855()
		fsys[DirectedMinFile] = &fstest.MapFile{Data: directed}
		d, err := Read(fsys)
		if err != nil {
			return
		}
		if len(d.Varying) != 8 {
			t.Errorf("%d cases, want 8", len(d.Varying))
		}
		for r := range mustPanel(d.Model, pact.Directed, First, Last) {
			_ = r
		}
		for _, a := range []relations.ActorID{"GBR", "FRA", "SWE"} {
			if _, err := d.Model.AlliancePartners(a, relations.MustDate("1856-01-01")); err != nil {
				t.Error(err)
			}
		}
	})
}
