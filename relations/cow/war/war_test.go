package war

import (
	"bytes"
	"encoding/csv"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/entente-go/entente/internal/sharedcopy"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/relations"
)

const sharedFile = "../../../../shared/data/cow-war-inter-4/war_dyad_years.csv"

// TestEmbeddedMatchesShared: the embedded copy decompresses to exactly the
// file in ../shared, when that is present.
func TestEmbeddedMatchesShared(t *testing.T) {
	sharedcopy.Check(t, sharedFile, "the embedded data", sharedcopy.Gunzip(embedded))
}

func TestEmbeddedParses(t *testing.T) {
	wars, err := decoded()
	if err != nil {
		t.Fatal(err)
	}
	rows := 0
	for _, w := range wars {
		rows += len(w.DyadYears)
	}
	if len(wars) != 95 || rows != 1932 {
		t.Errorf("%d wars, %d dyad-years; want 95 and 1932", len(wars), rows)
	}
}

func find(t *testing.T, wars []War, number int) War {
	t.Helper()
	for _, w := range wars {
		if w.Number == number {
			return w
		}
	}
	t.Fatalf("war %d is missing", number)
	return War{}
}

// TestFacts checks facts the data state.
func TestFacts(t *testing.T) {
	wars := All()
	year := func(y int) relations.Date { d, _ := relations.YearDate(y); return d }

	// War 1, the Franco-Spanish War of 1823: France initiated and won.
	want := War{Number: 1, Onset: year(1823),
		Participants: []Participant{
			{Actor: "FRA", CCode: 220, Side: SideA, Initiator: true, Entered: year(1823), Outcome: Winner, BattleDeaths: 400},
			{Actor: "ESP", CCode: 230, Side: SideB, Entered: year(1823), Outcome: Loser, BattleDeaths: 600},
		},
		DyadYears: []DyadYear{
			{Actor: "FRA", Enemy: "ESP", Side: SideA, Year: 1823, Onset: true, Outcome: Winner, EnemyOutcome: Loser, Line: 2},
			{Actor: "ESP", Enemy: "FRA", Side: SideB, Year: 1823, Onset: true, Outcome: Loser, EnemyOutcome: Winner, Line: 3},
		}}
	if diff := cmp.Diff(want, find(t, wars, 1), cmp.Comparer(func(a, b relations.Date) bool { return a == b })); diff != "" {
		t.Errorf("war 1 (-want +got):\n%s", diff)
	}

	// War 139, the Second World War: Italy fought on both sides, from 1940
	// on side B and from 1943 on side A; the war began in 1939.
	ww2 := find(t, wars, 139)
	if ww2.Onset != year(1939) || ww2.Onset.Precision() != relations.YearPrecision {
		t.Errorf("war 139 began %v, want the year 1939", ww2.Onset)
	}
	var italy []string
	for _, p := range ww2.Participants {
		if p.Actor == "ITA" {
			italy = append(italy, p.Side.String()+" "+p.Entered.String()+" "+p.Outcome.String())
		}
	}
	if diff := cmp.Diff([]string{"A 1943 winner", "B 1940 loser"}, italy); diff != "" {
		t.Errorf("Italy in war 139 (-want +got):\n%s", diff)
	}

	// War 148 (1948): a resumed spell repeats the same years, and carries
	// the outcome of the first.
	resumed := 0
	for _, dy := range find(t, wars, 148).DyadYears {
		if dy.Resumed {
			resumed++
		}
	}
	if resumed != 12 {
		t.Errorf("war 148 has %d resumed dyad-years, want 12", resumed)
	}
	for _, w := range wars {
		for _, p := range w.Participants {
			if p.Outcome == UnknownOutcome {
				t.Errorf("war %d: %s has no outcome", w.Number, p.Actor)
			}
		}
	}
}

// TestAllReturnsCopies: a caller changing the result does not change the
// next; All is safe to call at once from many goroutines.
func TestAllReturnsCopies(t *testing.T) {
	a := All()
	a[0].Participants[0].Actor = "XXX"
	a[0].DyadYears[0].Year = 1
	if b := All(); b[0].Participants[0].Actor == "XXX" || b[0].DyadYears[0].Year == 1 {
		t.Error("All shares memory between calls")
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if len(All()) != 95 {
				t.Error("All from a goroutine")
			}
		})
	}
	wg.Wait()
}

const head = "warnum,ccode1,ccode2,year,cowinterongoing,cowinteronset,sidea1,sidea2,initiator1,initiator2,outcome1,outcome2,batdeath1,batdeath2,resume\n"

// pair is a war between France and Spain in 1823, both rows.
const pair = "1,220,230,1823,1,1,1,2,1,0,1,2,400,600,0\n1,230,220,1823,1,1,2,1,0,1,2,1,600,400,0\n"

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, input, want string
	}{
		{"empty", "", "x.csv: empty: no header"},
		{"missing column", "warnum,ccode1\n", `x.csv:1: missing column "ccode2", "year"`},
		{"unknown column", strings.TrimSuffix(head, "\n") + ",extra\n" + "", `x.csv:1:138: unknown column "extra"`},
		{"duplicate column", "warnum," + head, `x.csv:1:8: warnum: duplicate column (also column 1)`},
		{"bad number", head + "x" + pair[1:], `x.csv:2:1: warnum: "x" is not a whole number`},
		{"unknown state", head + "1,3,230,1823,1,1,1,2,1,0,1,2,400,600,0\n", `x.csv:2:3: ccode1: 3 is not a state of the COW system`},
		{"same state", head + "1,220,220,1823,1,1,1,2,1,0,1,2,400,600,0\n", `x.csv:2:7: ccode2: a state cannot fight itself`},
		{"year out of range", head + "1,220,230,2023,1,1,1,2,1,0,1,2,400,600,0\n", `x.csv:2:11: year: 2023 is not in 1816–2007`},
		{"not ongoing", head + "1,220,230,1823,0,1,1,2,1,0,1,2,400,600,0\n", `x.csv:2:16: cowinterongoing: every row is a year at war, so must be 1`},
		{"same side", head + "1,220,230,1823,1,1,1,1,1,0,1,2,400,600,0\n", `x.csv:2:22: sidea2: both states on side 1`},
		{"side 3", head + "1,220,230,1823,1,1,3,2,1,0,1,2,400,600,0\n", `x.csv:2:20: sidea1: 3 is not in 1–2`},
		{"outcome 9", head + "1,220,230,1823,1,1,1,2,1,0,9,2,400,600,0\n", `x.csv:2:28: outcome1: 9 is not in 1–8`},
		{"empty outcome", head + "1,220,230,1823,1,1,1,2,1,0,,2,400,600,0\n", `x.csv:2:28: outcome1: empty, but only a resumed spell (resume 1) may lack an outcome`},
		{"negative deaths", head + "1,220,230,1823,1,1,1,2,1,0,1,2,-5,600,0\n", `x.csv:2:32: batdeath1: -5 is negative, and not the code -9 (unknown)`},
		{"no reverse", head + pair[:strings.Index(pair, "\n")+1], `x.csv:2: war 1: no row for 230 against 220 in 1823, the reverse of this one`},
		{"twice", head + pair + pair[:strings.Index(pair, "\n")+1], `x.csv:4: war 1: 220 against 230 in 1823 is listed twice (first on line 2)`},
		{"disagreeing initiator", head + pair + "1,220,230,1824,1,0,1,2,0,0,1,2,400,600,0\n1,230,220,1824,1,0,2,1,0,0,2,1,600,400,0\n",
			`x.csv:4:24: initiator1: war 1: 220 on side A: initiator disagrees with line 2`},
		{"short row", head + "1,220\n", `x.csv:2:1: wrong number of fields`},
		{"long value", head + strings.Repeat("7", 500) + pair[1:], `warnum: "` + strings.Repeat("7", 40) + `"… (500 bytes) is not a whole number`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tc.input), "x.csv")
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error\n got: %v\nwant: %s", err, tc.want)
			}
			var pe *relations.ParseError
			if !errors.As(err, &pe) || pe.File != "x.csv" {
				t.Errorf("not a *relations.ParseError: %#v", err)
			}
		})
	}
	_, err := Parse(strings.NewReader(head+"1,220\n"), "x.csv")
	if !errors.Is(err, csv.ErrFieldCount) {
		t.Errorf("errors.Is(%v, csv.ErrFieldCount) is false", err)
	}
}

func TestParseCapsErrors(t *testing.T) {
	var b strings.Builder
	b.WriteString(head)
	for range 130 {
		b.WriteString("x" + pair[1:strings.Index(pair, "\n")+1])
	}
	_, err := Parse(strings.NewReader(b.String()), "x.csv")
	if err == nil || strings.Count(err.Error(), "is not a whole number") != 100 || !strings.HasSuffix(err.Error(), "x.csv: and 30 more") {
		t.Errorf("error: %v", err)
	}
}

func TestSideAndOutcomeStrings(t *testing.T) {
	if got := []string{SideA.String(), SideB.String(), UnknownSide.String(), Side(9).String()}; !cmp.Equal(got, []string{"A", "B", "unknown", "Side(9)"}) {
		t.Errorf("sides print %q", got)
	}
	if got := []string{Winner.String(), ChangedSides.String(), Outcome(9).String()}; !cmp.Equal(got, []string{"winner", "changed-sides", "Outcome(9)"}) {
		t.Errorf("outcomes print %q", got)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(head + pair))
	f.Add([]byte(head + "10,300,325,1849,1,1,1,2,0,1,,,3927,3400,1\n10,325,300,1849,1,1,2,1,1,0,,,3400,3927,1\n"))
	f.Add([]byte(head + "1,220\n"))
	f.Add([]byte("warnum\n\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		wars, err := Parse(bytes.NewReader(data), "fuzz.csv")
		if err != nil {
			var pe *relations.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("not a *relations.ParseError: %v", err)
			}
			return
		}
		// What parses is consistent: every participant on a side, every
		// dyad-year between participants on opposite sides.
		for _, w := range wars {
			sides := map[relations.ActorID]map[Side]bool{}
			for _, p := range w.Participants {
				if p.Side != SideA && p.Side != SideB || !p.Entered.IsValid() || p.Entered.Compare(w.Onset) < 0 {
					t.Fatalf("war %d: participant %+v", w.Number, p)
				}
				if sides[p.Actor] == nil {
					sides[p.Actor] = map[Side]bool{}
				}
				sides[p.Actor][p.Side] = true
			}
			for _, dy := range w.DyadYears {
				if !sides[dy.Actor][dy.Side] || !sides[dy.Enemy][dy.Side.other()] {
					t.Fatalf("war %d: dyad-year %+v between non-participants", w.Number, dy)
				}
			}
		}
	})
}

// TestRowsKeepTheirLinesAndOutcomes checks what a dyad-year keeps of its
// row: each of the file's 1,932 rows is one dyad-year, on its own line, and
// the rows of a resumed spell (22 of them) give no outcome, while every
// other row gives both.
func TestRowsKeepTheirLinesAndOutcomes(t *testing.T) {
	lines := map[int]bool{}
	resumed := 0
	for _, w := range All() {
		for _, dy := range w.DyadYears {
			if lines[dy.Line] || dy.Line < 2 || dy.Line > 1933 {
				t.Errorf("war %d: %s–%s %d: line %d repeats or is outside the file", w.Number, dy.Actor, dy.Enemy, dy.Year, dy.Line)
			}
			lines[dy.Line] = true
			given := dy.Outcome != UnknownOutcome && dy.EnemyOutcome != UnknownOutcome
			if dy.Resumed {
				resumed++
				given = dy.Outcome == UnknownOutcome && dy.EnemyOutcome == UnknownOutcome
			}
			if !given {
				t.Errorf("war %d: %s–%s %d (resumed %v): outcomes %v, %v", w.Number, dy.Actor, dy.Enemy, dy.Year, dy.Resumed, dy.Outcome, dy.EnemyOutcome)
			}
		}
	}
	if len(lines) != 1932 || resumed != 22 {
		t.Errorf("%d rows, %d resumed; want 1932 and 22", len(lines), resumed)
	}
}
