package apicheck

import (
	"archive/zip"
	"bytes"
	"errors"
	"flag"
	"go/token"
	"go/types"
	"io"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/exp/apidiff"
	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"
)

var update = flag.Bool("update", false, "rewrite api/baseline.zip from the API as it stands")

const (
	modulePath = "github.com/entente-go/entente"
	baseline   = "../../api/baseline.zip"
	changelog  = "../../CHANGELOG.md"
)

// TestAPI compares the exported API with the committed baseline.
func TestAPI(t *testing.T) {
	fset := token.NewFileSet()
	current, err := load(fset)
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := write(fset, current, baseline); err != nil {
			t.Fatal(err)
		}
		return
	}
	old, err := read(token.NewFileSet(), baseline)
	if err != nil {
		t.Fatalf("%v: write it with go test ./internal/apicheck -update", err)
	}
	report := apidiff.ModuleChanges(old, current)
	breaking, err := breakingNames(changelog)
	if err != nil {
		t.Fatal(err)
	}
	changed := false
	for _, c := range report.Changes {
		changed = true
		if c.Compatible {
			t.Logf("compatible: %s", c.Message)
			continue
		}
		// A message reads "./pact.(*Model).Bonds: changed from …"; the
		// last name of the identifier must be under Breaking.
		name := c.Message
		if i := strings.Index(name, ":"); i >= 0 {
			name = name[:i]
		}
		short := name[strings.LastIndexAny(name, "./")+1:]
		if !breaking[short] {
			t.Errorf("incompatible, and not listed under Breaking in CHANGELOG.md's Unreleased section: %s", c.Message)
		}
	}
	if changed && !t.Failed() {
		t.Errorf("the API differs from api/baseline.zip (listed above); record it with go test ./internal/apicheck -update in the same commit")
	}
}

// load type-checks the module's public packages: neither internal nor
// commands.
func load(fset *token.FileSet) (*apidiff.Module, error) {
	cfg := &packages.Config{Fset: fset, Dir: "../..", Mode: packages.NeedName | packages.NeedTypes | packages.NeedModule}
	loaded, err := packages.Load(cfg, modulePath+"/...")
	if err != nil {
		return nil, err
	}
	m := &apidiff.Module{Path: modulePath}
	var errs []error
	for _, p := range loaded {
		for _, e := range p.Errors {
			errs = append(errs, e)
		}
		if p.Name == "main" || strings.Contains(p.PkgPath, "/internal") {
			continue
		}
		m.Packages = append(m.Packages, p.Types)
	}
	slices.SortFunc(m.Packages, func(a, b *types.Package) int { return strings.Compare(a.Path(), b.Path()) })
	return m, errors.Join(errs...)
}

// write and read keep the module's export data in the format of apidiff's
// command (-m -w): a zip archive whose entry "module" holds the module
// path and whose entry per package, its path plus ".x", the package's
// export data.
func write(fset *token.FileSet, m *apidiff.Module, file string) error {
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	entry, err := w.Create("module")
	if err != nil {
		return err
	}
	io.WriteString(entry, m.Path)
	for _, p := range m.Packages {
		entry, err := w.Create(p.Path() + ".x")
		if err != nil {
			return err
		}
		if err := gcexportdata.Write(entry, fset, p); err != nil {
			return err
		}
	}
	if err := w.Close(); err != nil {
		return err
	}
	return os.WriteFile(file, buf.Bytes(), 0o644)
}

func read(fset *token.FileSet, file string) (*apidiff.Module, error) {
	z, err := zip.OpenReader(file)
	if err != nil {
		return nil, err
	}
	defer z.Close()
	m := &apidiff.Module{}
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			return nil, err
		}
		data, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			return nil, err
		}
		if f.Name == "module" {
			m.Path = string(data)
			continue
		}
		path, _ := strings.CutSuffix(f.Name, ".x")
		p, err := gcexportdata.Read(bytes.NewReader(data), fset, map[string]*types.Package{}, path)
		if err != nil {
			return nil, err
		}
		m.Packages = append(m.Packages, p)
	}
	return m, nil
}

// breakingNames returns the identifiers CHANGELOG.md's Unreleased section
// names under a Breaking heading, as words.
func breakingNames(file string) (map[string]bool, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	names := map[string]bool{}
	unreleased, breaking := false, false
	word := regexp.MustCompile(`[A-Za-z_][A-Za-z0-9_]*`)
	for _, line := range strings.Split(string(b), "\n") {
		switch {
		case strings.HasPrefix(line, "## "):
			unreleased, breaking = strings.Contains(line, "Unreleased"), false
		case unreleased && strings.HasPrefix(line, "### "):
			breaking = strings.Contains(line, "Breaking")
		case unreleased && breaking:
			for _, w := range word.FindAllString(line, -1) {
				names[w] = true
			}
		}
	}
	return names, nil
}
