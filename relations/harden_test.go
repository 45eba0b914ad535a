package relations

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/entente-go/entente/internal/errs"
)

func TestErrorsWithoutPartsDoNotPanic(t *testing.T) {
	tests := []struct {
		name string
		e    error
		want string
	}{
		{"zero ParseError", &ParseError{}, "invalid"},
		{"ParseError without Err", &ParseError{File: "x.csv", Line: 3, Column: 2, Field: "year"}, "x.csv:3:2: year: invalid"},
		{"ParseError without file", &ParseError{Line: 3, Column: 2, Err: errNoDate}, "3:2: the day is the zero Date"},
		{"ParseError without line", &ParseError{File: "x.csv", Column: 2, Err: errNoDate}, "x.csv: the day is the zero Date"},
		{"zero ValidationError", &ValidationError{}, "invalid"},
		{"ValidationError without Err", &ValidationError{Path: "query: day"}, "query: day: invalid"},
		{"ValidationError without path", &ValidationError{Err: errNoDate}, "the day is the zero Date"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.e.Error(); got != tc.want {
				t.Errorf("Error() = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestNewHistoryReportsAtMost100Problems(t *testing.T) {
	if testing.Short() {
		t.Skip("large input: the race run (-short) leaves it to go test ./...")
	}
	events := make([]Event, 100_000)
	for i := range events {
		events[i] = Event{ID: "e" + strconv.Itoa(i), Kind: Strike, Date: MustDate("2020"), Actors: []ActorID{"XXX"}}
	}
	_, err := NewHistory(testActors(), events)
	if err == nil {
		t.Fatal("NewHistory accepted 100,000 bad events")
	}
	msg := err.Error()
	lines := strings.Split(msg, "\n")
	if len(lines) != errs.MaxProblems+1 {
		t.Errorf("%d lines, want %d", len(lines), errs.MaxProblems+1)
	}
	if !strings.HasPrefix(lines[len(lines)-1], "and ") || !strings.HasSuffix(lines[len(lines)-1], " more problems") {
		t.Errorf("last line %q, want \"and N more problems\"", lines[len(lines)-1])
	}
	if len(msg) > 16<<10 {
		t.Errorf("error of %d bytes, want a few KB", len(msg))
	}
}

func TestNewHistoryHugeActorIDGivesShortError(t *testing.T) {
	huge := strings.Repeat("x", 50<<20)
	actors := append(testActors(), Actor{ID: ActorID(huge), Kind: StateActor, Name: "huge", ISO3: huge})
	events := []Event{{ID: huge, Kind: Strike, Date: MustDate("2020"), Actors: []ActorID{ActorID(huge + "y")}, Toward: []ActorID{ActorID(huge)}}}
	_, err := NewHistory(actors, events)
	if err == nil {
		t.Fatal("NewHistory accepted a 50 MB actor ID")
	}
	if n := len(err.Error()); n > 2<<10 {
		t.Errorf("error of %d bytes: %.300s", n, err)
	}
}

func TestStandingHugeActorIDGivesShortError(t *testing.T) {
	h, err := NewHistory(testActors(), nil)
	if err != nil {
		t.Fatal(err)
	}
	huge := ActorID(strings.Repeat("x", 50<<20))
	if _, err := h.Standing(huge, "SAU", MustDate("2020")); err == nil || len(err.Error()) > 200 {
		t.Errorf("Standing with a 50 MB actor: %.300v", err)
	}
}

func TestParseHistoryJSONReportsAtMost100Problems(t *testing.T) {
	if testing.Short() {
		t.Skip("large input: the race run (-short) leaves it to go test ./...")
	}
	var b strings.Builder
	b.WriteString(`{"version": 1, "events": [`)
	for i := range 100_000 {
		if i > 0 {
			b.WriteString(",\n")
		}
		b.WriteString(`{"id": "e` + strconv.Itoa(i) + `", "kind": "strike", "date": "2025-02-30", "actors": ["A"]}`)
	}
	b.WriteString("]}")
	_, err := ParseHistoryJSON([]byte(b.String()))
	if err == nil {
		t.Fatal("no error")
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != errs.MaxProblems+1 || lines[len(lines)-1] != "and 99900 more problems" {
		t.Errorf("%d lines, the last %q; want %d, the last \"and 99900 more problems\"", len(lines), lines[len(lines)-1], errs.MaxProblems+1)
	}
	if len(err.Error()) > 32<<10 {
		t.Errorf("error of %d bytes", len(err.Error()))
	}
}

func TestParseHistoryJSONHugeIDGivesShortError(t *testing.T) {
	if testing.Short() {
		t.Skip("large input: the race run (-short) leaves it to go test ./...")
	}
	huge := strings.Repeat("x", 50<<20)
	doc := `{"version": 1, "actors": [{"id": "` + huge + `", "kind": "empire", "name": "x"}]}`
	_, err := ParseHistoryJSON([]byte(doc))
	if err == nil || len(err.Error()) > 1<<10 {
		t.Errorf("a 50 MB actor ID: %.300v", err)
	}
}

// TestIndexBoundsAreErrors lowers the bounds of a History's 32-bit
// indexes and of the pairs events touch, and checks that passing each is
// an error that says which, not a wrapped count or an allocation the size
// of an event's square.
func TestIndexBoundsAreErrors(t *testing.T) {
	actors := []Actor{{ID: "AAA", Kind: StateActor, Name: "A"}, {ID: "BBB", Kind: StateActor, Name: "B"},
		{ID: "CCC", Kind: StateActor, Name: "C"}}
	events := []Event{
		{ID: "e1", Kind: StateVisit, Date: MustDate("2000-01-01"), Actors: []ActorID{"AAA", "BBB", "CCC"}},
		{ID: "e2", Kind: StateVisit, Date: MustDate("2000-01-02"), Actors: []ActorID{"AAA"}, Toward: []ActorID{"BBB", "CCC"}},
	}
	if _, err := NewHistory(actors, events); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		indexed, floor, perName int
		want                    string
	}{
		{indexed: 3, floor: 100, want: "6 actors named by events is more than the limit of 3"},
		{indexed: 3, floor: 100, want: "4 bytes of event IDs is more than the limit of 3"},
		{indexed: 1, floor: 100, want: "2 events is more than the limit of 1"},
		{indexed: 100, floor: 4, want: "the events touch 5 pairs of actors (an event among n actors touches n(n-1)/2) is more than the limit of 4 pairs"},
		{indexed: 100, floor: 0, perName: 1}, // 5 pairs, 6 actors named
		{indexed: 100, floor: 2, perName: 0, want: "is more than the limit of 2 pairs (relations: the pair limit of a history, 2 and 0 more per actor an event names)"},
	} {
		indexed, floor, perName := maxIndexed, pairFloor, pairsPerName
		maxIndexed, pairFloor, pairsPerName = tc.indexed, tc.floor, tc.perName
		_, err := NewHistory(actors, events)
		maxIndexed, pairFloor, pairsPerName = indexed, floor, perName
		if tc.want == "" {
			if err != nil {
				t.Errorf("bounds %d, %d and %d: %v", tc.indexed, tc.floor, tc.perName, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) || !errors.Is(err, ErrLimitExceeded) {
			t.Errorf("bounds %d, %d and %d: got %v, want an error saying %q", tc.indexed, tc.floor, tc.perName, err, tc.want)
		}
	}
}
