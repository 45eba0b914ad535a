package network_test

import (
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"os"
	"strings"
	"testing"
)

// TestDocumented checks the package's documentation: every exported
// identifier has a doc comment that starts with its name, and every
// exported function and method (a promoted one included) has an Example.
func TestDocumented(t *testing.T) {
	fset := token.NewFileSet()
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	var sources, tests []*ast.File
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".go") {
			continue
		}
		f, err := parser.ParseFile(fset, e.Name(), nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(e.Name(), "_test.go") {
			tests = append(tests, f)
		} else {
			sources = append(sources, f)
		}
	}
	examples := map[string]bool{}
	for _, e := range doc.Examples(tests...) {
		if e.Output == "" && !e.EmptyOutput {
			t.Errorf("Example%s has no // Output:", e.Name)
		}
		examples[e.Name] = true
	}
	p, err := doc.NewFromFiles(fset, sources, "github.com/entente-go/entente/pact/network")
	if err != nil {
		t.Fatal(err)
	}
	documented := func(name, comment string) {
		if !strings.HasPrefix(comment, name+" ") && !strings.HasPrefix(comment, "The ") {
			t.Errorf("%s: doc comment %q does not start with its name", name, firstLine(comment))
		}
	}
	needs := func(name string) {
		if !examples[name] {
			t.Errorf("no Example%s", name)
		}
	}
	for _, f := range p.Funcs {
		documented(f.Name, f.Doc)
		needs(f.Name)
	}
	for _, v := range append(p.Consts, p.Vars...) {
		if v.Doc == "" {
			t.Errorf("%v: no doc comment", v.Names)
		}
	}
	for _, typ := range p.Types {
		documented(typ.Name, typ.Doc)
		for _, f := range typ.Funcs {
			documented(f.Name, f.Doc)
			needs(f.Name)
		}
		for _, m := range typ.Methods {
			if m.Doc == "" {
				t.Errorf("%s.%s: no doc comment", typ.Name, m.Name)
			}
			needs(typ.Name + "_" + m.Name)
		}
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
