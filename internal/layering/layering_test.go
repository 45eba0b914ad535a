package layering

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

const modulePath = "github.com/entente-go/entente"

// floor returns the floor of a public package of the module (1 relations,
// 2 pact, 3 the packages that read agreements, 4 programs), 0 for the
// module's root package (documentation only, importing nothing), and -1 for
// an internal package, whose floor comes from what it imports.
func floor(path string) int {
	rel := strings.TrimPrefix(strings.TrimPrefix(path, modulePath), "/")
	first, _, _ := strings.Cut(rel, "/")
	switch {
	case rel == "":
		return 0
	case first == "internal":
		return -1
	case first == "relations":
		return 1
	case rel == "pact":
		return 2
	case first == "pact":
		return 3
	case first == "examples":
		return 4
	}
	return 5 // a new top-level folder: the test asks for a floor below
}

// floorName names each floor in a problem's message.
var floorName = []string{"the module's doc package", "relations", "pact", "a package that reads agreements", "a program", "no floor yet"}

// TestNoPackageImportsAFloorAbove loads every package of the module (tests
// left out: a test may use what its package may not) and checks each
// dependency, direct or not, against the importer's floor.
func TestNoPackageImportsAFloorAbove(t *testing.T) {
	cfg := &packages.Config{Dir: "../..", Mode: packages.NeedName | packages.NeedImports | packages.NeedDeps}
	pkgs, err := packages.Load(cfg, modulePath+"/...")
	if err != nil {
		t.Fatal(err)
	}
	byPath := map[string]*packages.Package{}
	packages.Visit(pkgs, nil, func(p *packages.Package) { byPath[p.PkgPath] = p })

	// An internal package's floor is the highest floor among the public
	// packages it depends on.
	effective := map[string]int{}
	var floorOf func(p *packages.Package) int
	floorOf = func(p *packages.Package) int {
		if f, ok := effective[p.PkgPath]; ok {
			return f
		}
		f := floor(p.PkgPath)
		if f < 0 {
			f = 0
			for _, d := range p.Imports {
				if strings.HasPrefix(d.PkgPath, modulePath) {
					f = max(f, floorOf(d))
				}
			}
		}
		effective[p.PkgPath] = f
		return f
	}

	var problems []string
	checked := 0
	for _, p := range pkgs {
		if len(p.Errors) > 0 {
			t.Errorf("%s: %v", p.PkgPath, p.Errors)
			continue
		}
		if floor(p.PkgPath) == 5 {
			problems = append(problems, fmt.Sprintf("%s: a top-level folder on no floor; give it one in floor()", p.PkgPath))
			continue
		}
		own := floorOf(p)
		seen := map[string]bool{}
		var walk func(q *packages.Package, via []string)
		walk = func(q *packages.Package, via []string) {
			for _, d := range q.Imports {
				if !strings.HasPrefix(d.PkgPath, modulePath) || seen[d.PkgPath] {
					continue
				}
				seen[d.PkgPath] = true
				chain := append(slices.Clone(via), d.PkgPath)
				if f := floorOf(d); f > own {
					problems = append(problems, fmt.Sprintf("%s (%s) depends on %s (%s) through %s",
						p.PkgPath, floorName[own], d.PkgPath, floorName[f], strings.Join(chain, " → ")))
				}
				walk(d, chain)
			}
		}
		walk(p, nil)
		checked++
	}
	for _, s := range problems {
		t.Error(strings.ReplaceAll(s, modulePath+"/", ""))
	}
	if checked < 20 {
		t.Errorf("checked %d packages; the module has more: the loader found too few", checked)
	}
	if len(problems) == 0 {
		t.Logf("checked %d packages: none depends on a floor above its own", checked)
	}
}

// TestFloors pins where each kind of path stands, so that a rename of a
// folder cannot quietly move a package to another floor.
func TestFloors(t *testing.T) {
	for _, c := range []struct {
		path string
		want int
	}{
		{modulePath, 0},
		{modulePath + "/relations", 1},
		{modulePath + "/relations/cow/war", 1},
		{modulePath + "/pact", 2},
		{modulePath + "/pact/atop", 3},
		{modulePath + "/pact/network", 3},
		{modulePath + "/examples/atop", 4},
		{modulePath + "/internal/csvfile", -1},
		{modulePath + "/tools", 5},
	} {
		if got := floor(c.path); got != c.want {
			t.Errorf("floor(%q) = %d, want %d", c.path, got, c.want)
		}
	}
}

// TestTheModuleDocDrawsEveryPackage keeps the tree in the module's doc.go
// true: every public library package is drawn in it, under its parent.
func TestTheModuleDocDrawsEveryPackage(t *testing.T) {
	doc, err := os.ReadFile("../../doc.go")
	if err != nil {
		t.Fatal(err)
	}
	// The tree's lines are "//\t" then the drawing, a name ending in "/".
	drawn := map[string]bool{}
	var parents []string // parents[d] is the folder drawn at depth d
	for line := range strings.Lines(string(doc)) {
		line, ok := strings.CutPrefix(line, "//\t")
		if !ok {
			continue
		}
		name, _, _ := strings.Cut(strings.TrimLeft(line, "│├└─ "), " ")
		if !strings.HasSuffix(name, "/") {
			continue
		}
		depth := (len([]rune(line)) - len([]rune(strings.TrimLeft(line, "│├└─ ")))) / 4
		parents = append(parents[:min(depth, len(parents))], strings.TrimSuffix(name, "/"))
		drawn[strings.Join(parents, "/")] = true
	}
	cfg := &packages.Config{Dir: "../..", Mode: packages.NeedName}
	pkgs, err := packages.Load(cfg, modulePath+"/...")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pkgs {
		rel := strings.TrimPrefix(strings.TrimPrefix(p.PkgPath, modulePath), "/")
		if rel == "" || strings.HasPrefix(rel, "internal") || strings.HasPrefix(rel, "examples") {
			continue
		}
		if !drawn[rel] {
			t.Errorf("doc.go's tree does not draw %s", rel)
		}
	}
	if len(drawn) == 0 {
		t.Error("doc.go draws no tree")
	}
}
