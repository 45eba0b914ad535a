package entente_test

import (
	"os"
	"strings"
	"testing"
)

// TestREADMETourIsTheExample keeps the README's tour in code equal to
// Example_tour, which the tests run: the code a newcomer copies compiles and
// prints what its comments say.
func TestREADMETourIsTheExample(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile("example_tour_test.go")
	if err != nil {
		t.Fatal(err)
	}
	_, afterHeading, ok := strings.Cut(string(readme), "## A tour in code")
	if !ok {
		t.Fatal(`README.md has no "## A tour in code" section`)
	}
	_, block, ok := strings.Cut(afterHeading, "```go\n")
	block, _, closed := strings.Cut(block, "```")
	if !ok || !closed {
		t.Fatal("the README's tour has no ```go block")
	}
	_, body, ok := strings.Cut(string(src), "func Example_tour() {\n")
	body, _, found := strings.Cut(body, "\n}\n")
	if !ok || !found {
		t.Fatal("example_tour_test.go has no Example_tour")
	}
	var want strings.Builder
	for line := range strings.Lines(body + "\n") {
		want.WriteString(strings.TrimPrefix(line, "\t"))
	}
	if block != want.String() {
		t.Errorf("README.md's tour differs from Example_tour; paste the example's body (one tab less):\n%s", want.String())
	}
}
