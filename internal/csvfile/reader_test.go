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
	var fe *relations.ParseError
	if !errors.As(r.Err(), &fe) || fe.Line != 3 {
		t.Errorf("the first problem is %+v, want a ParseError on line 3", fe)
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
	_, err := Open(fsys, "big.csv", Limit{Bytes: 10, Name: "x.MaxFileSize"})
	if !errors.Is(err, relations.ErrLimitExceeded) || err.Error() != "big.csv: the file is more than the limit of 10 bytes (x.MaxFileSize)" {
		t.Errorf("got %v", err)
	}
	r, err := Open(fsys, "big.csv", Limit{Bytes: 20, Name: "x.MaxFileSize"})
	if err != nil || !r.Next() || r.Record()[0] != strings.Repeat("x", 20) {
		t.Errorf("a file at the limit: %v", err)
	}
}

func TestReadHeaderIsFieldByField(t *testing.T) {
	for _, data := range []string{"", "a,c\n", "\"a,b\",c\n1,2\n"} {
		if _, err := ReadHeader(strings.NewReader(data), "x.csv", "a,b,c", Limit{}); err == nil {
			t.Errorf("%q: no error", data)
		}
	}
	r, err := ReadHeader(strings.NewReader("a,b,c\n1,2,3\n"), "x.csv", "a,b,c", Limit{})
	if err != nil || !r.Next() || r.Record()[2] != "3" {
		t.Errorf("a good header: %v", err)
	}
}

// TestReadStopsAtTheLimit: an endless input is read one byte past the
// limit, no further.
func TestReadStopsAtTheLimit(t *testing.T) {
	var n int64
	r := readerFunc(func(p []byte) (int, error) {
		for i := range p {
			p[i] = 'x'
		}
		n += int64(len(p))
		return len(p), nil
	})
	_, err := Read(r, "endless.csv", Limit{Bytes: 1 << 20, Name: "x.MaxFileSize"})
	if !errors.Is(err, relations.ErrLimitExceeded) || n > 1<<20+64<<10 {
		t.Errorf("read %d bytes: %v", n, err)
	}
	if _, err := Read(nil, "nil.csv", Limit{}); err == nil {
		t.Error("a nil reader: no error")
	}
}

type readerFunc func([]byte) (int, error)

func (f readerFunc) Read(p []byte) (int, error) { return f(p) }

// TestHeaderErrorIsShort: a header of 32 MiB is quoted as a short prefix.
func TestHeaderErrorIsShort(t *testing.T) {
	_, err := ReadHeader(strings.NewReader(strings.Repeat("x", 32<<20)+"\n1\n"), "x.csv", "a,b", Limit{})
	if err == nil || len(err.Error()) > 200 || !strings.Contains(err.Error(), "(33554432 bytes)") {
		t.Errorf("got %.300v", err)
	}
}
