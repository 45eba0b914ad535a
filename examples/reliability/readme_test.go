package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestREADMETableIsTheOutput keeps README.md's table of verdicts equal to
// the summary the program prints: each row of the table is a row of the
// output with its cells in the same order, and the heading's count of
// obligations and wars is the program's.
func TestREADMETableIsTheOutput(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run(nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	printed := map[string][]string{}
	for _, line := range strings.Split(out.String(), "\n") {
		f := strings.Fields(line)
		if len(f) < 7 {
			continue
		}
		label := strings.Join(f[:len(f)-6], " ")
		printed[label] = f[len(f)-6:]
	}
	rows := 0
	for _, line := range strings.Split(string(readme), "\n") {
		if !strings.HasPrefix(line, "| ") || strings.HasPrefix(line, "|---") {
			continue
		}
		var cells []string
		for _, c := range strings.Split(strings.Trim(line, "| "), "|") {
			cells = append(cells, strings.TrimSpace(c))
		}
		if strings.Contains(cells[0], "obligations in") {
			if head := strings.Fields(cells[0]); !strings.Contains(out.String(), head[0]+" obligations") ||
				!strings.Contains(out.String(), "in "+head[3]+" wars") {
				t.Errorf("README heading %q: the program prints %q", cells[0], strings.SplitN(out.String(), "\n", 3)[1])
			}
			continue
		}
		want, ok := printed[cells[0]]
		if !ok {
			t.Errorf("README row %q: the program prints no such row", cells[0])
			continue
		}
		if diff := cmp.Diff(want, cells[1:]); diff != "" {
			t.Errorf("README row %q (-printed +README):\n%s", cells[0], diff)
		}
		rows++
	}
	if rows < 5 {
		t.Errorf("checked %d rows of README.md's table; want its 5", rows)
	}
}
