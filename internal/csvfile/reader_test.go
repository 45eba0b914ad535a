package csvfile

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/entente-go/entente/relations"
)

func TestProblemsAtTheirPlaces(t *testing.T) {
	r := New("x.csv", "a,b\n1,2\n3\n4,5\n")
	var rows int
	for r.Next() {
		rows++
		if r.Record()[0] == "4" {
			r.Fail(1, "b", "five is too many", nil)
		}
	}
	if rows != 3 { // the header, then two records; the short one is skipped
		t.Errorf("%d records read, want 3", rows)
	}
	want := "x.csv:3:1: wrong number of fields\nx.csv:4:3: b: five is too many"
	if err := r.Err(); err == nil || err.Error() != want {
		t.Errorf("got %v, want %q", err, want)
	}
	var fe *relations.FileError
	if !errors.As(r.Err(), &fe) || fe.Line != 3 {
		t.Errorf("the first problem is %+v, want a FileError on line 3", fe)
	}
}

func TestAtMostMaxProblems(t *testing.T) {
	r := New("x.csv", "a\n"+strings.Repeat("1\n", 130))
	for r.Next() {
		if r.Line() > 1 {
			r.Fail(0, "a", "bad", nil)
		}
	}
	err := r.Err()
	if n := strings.Count(err.Error(), ": bad"); n != 100 || !strings.HasSuffix(err.Error(), "x.csv: and 30 more") {
		t.Errorf("%d problems kept; error ends %q", n, err.Error()[len(err.Error())-30:])
	}
}

func TestOpenRefusesPastTheLimit(t *testing.T) {
	fsys := fstest.MapFS{"big.csv": {Data: []byte(strings.Repeat("x", 20))}}
	if _, err := Open(fsys, "big.csv", 10); !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "big.csv: larger than the limit of 10 bytes") {
		t.Errorf("got %v", err)
	}
	r, err := Open(fsys, "big.csv", 20)
	if err != nil || !r.Next() || r.Record()[0] != strings.Repeat("x", 20) {
		t.Errorf("a file at the limit: %v", err)
	}
}

func TestReadHeaderIsFieldByField(t *testing.T) {
	for _, data := range []string{"", "a,c\n", "\"a,b\",c\n1,2\n"} {
		if _, err := ReadHeader(strings.NewReader(data), "x.csv", "a,b,c"); err == nil {
			t.Errorf("%q: no error", data)
		}
	}
	r, err := ReadHeader(strings.NewReader("a,b,c\n1,2,3\n"), "x.csv", "a,b,c")
	if err != nil || !r.Next() || r.Record()[2] != "3" {
		t.Errorf("a good header: %v", err)
	}
}
