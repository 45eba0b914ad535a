package war

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"slices"
	"sync"

	"github.com/entente-go/entente/internal/enum"
	"github.com/entente-go/entente/relations"
)

// Coverage is the span the data observe: 1816 through 2007. A year after
// it has no answer in the data, which is not the answer "no war".
var Coverage = relations.Interval{From: relations.MustDate("1816-01-01"), Until: relations.MustDate("2008-01-01")}

// The first and last years of [Coverage].
const (
	FirstYear = 1816
	LastYear  = 2007
)

// Side is the side of a war a participant fought on: A or B, COW's side 1
// and 2. Its zero value, UnknownSide, is no side.
type Side uint8

const (
	// UnknownSide is the zero Side.
	UnknownSide Side = iota
	// SideA is COW's side 1.
	SideA
	// SideB is COW's side 2.
	SideB
)

var sideNames = []string{"unknown", "A", "B"}

// String returns "A", "B", "unknown", or "Side(N)" for a bad value.
func (s Side) String() string { return enum.Text("Side", sideNames, s) }

// other returns the opposing side.
func (s Side) other() Side { return 3 - s }

// Outcome is a participant's outcome, as COW codes it (1–8). Its zero value,
// UnknownOutcome, is a missing code.
type Outcome uint8

const (
	// UnknownOutcome is the zero Outcome: the source gives none.
	UnknownOutcome Outcome = iota
	// Winner is code 1.
	Winner
	// Loser is code 2.
	Loser
	// CompromiseOrTie is code 3.
	CompromiseOrTie
	// Transformed is code 4: the war became another type of war.
	Transformed
	// Ongoing is code 5: ongoing at the end of 2007 (not in these data).
	Ongoing
	// Stalemate is code 6.
	Stalemate
	// ContinuesBelowWar is code 7: the conflict continued below the
	// severity of war.
	ContinuesBelowWar
	// ChangedSides is code 8: the participant changed sides.
	ChangedSides
)

var outcomeNames = []string{"unknown", "winner", "loser", "compromise-or-tie", "transformed", "ongoing",
	"stalemate", "continues-below-war", "changed-sides"}

// String returns the outcome's name, such as "winner", or "Outcome(N)" for a
// bad value.
func (o Outcome) String() string { return enum.Text("Outcome", outcomeNames, o) }

// DeathsUnknown is the BattleDeaths of a participant whose battle deaths
// COW does not know (its code -9).
const DeathsUnknown = -9

// Participant is one state on one side of a war. A state that changed sides
// is a participant on each.
type Participant struct {
	// Actor is the state's actor ID (from package cow), CCode its COW code.
	Actor relations.ActorID
	CCode int
	Side  Side
	// Initiator says whether the state initiated the war.
	Initiator bool
	// Entered is its first year in the war, at year precision.
	Entered relations.Date
	Outcome Outcome
	// BattleDeaths is COW's estimate of its battle deaths, or DeathsUnknown.
	BattleDeaths int
}

// DyadYear is one year in which a participant fought an enemy: one row of
// the directed dyad-year data.
type DyadYear struct {
	// Actor, on Side, fought Enemy, on the other side, in Year.
	Actor, Enemy relations.ActorID
	Side         Side
	Year         int
	// Onset says whether the pair's fighting began (or began again) in
	// Year: COW's cowinteronset.
	Onset bool
	// Resumed says whether Year is in a resumed spell of the war, after a
	// pause: COW's resume.
	Resumed bool
	// Outcome and EnemyOutcome are the outcomes the row gives the actor
	// and the enemy (outcome1, outcome2): UnknownOutcome where the row
	// gives none, as the rows of a resumed spell do. A Participant's
	// Outcome is the one its rows give.
	Outcome, EnemyOutcome Outcome
	// Line is the row's line in the file it was read from: the source's
	// own order, which DyadYears, sorted by pair, does not keep.
	Line int
}

// War is one inter-state war.
type War struct {
	// Number is COW's war number.
	Number int
	// Onset is the war's first year, at year precision.
	Onset relations.Date
	// Participants lists the participants, side A first, each side by COW
	// code.
	Participants []Participant
	// DyadYears lists the years each pair fought, both ways, by the
	// actor's COW code, the enemy's COW code, year, then the first spell
	// before a resumed one (a pair may pause and resume in one year).
	DyadYears []DyadYear
}

// clone returns a deep copy, so that callers never share memory.
func (w War) clone() War {
	w.Participants = slices.Clone(w.Participants)
	w.DyadYears = slices.Clone(w.DyadYears)
	return w
}

//go:generate sh -c "gzip -9n < ../../../../shared/data/cow-war-inter-4/war_dyad_years.csv > war_dyad_years.csv.gz"

//go:embed war_dyad_years.csv.gz
var embedded []byte

// EmbeddedFile is the name the embedded data goes by in errors.
const EmbeddedFile = "war_dyad_years.csv"

var decoded = sync.OnceValues(func() ([]War, error) {
	zr, err := gzip.NewReader(bytes.NewReader(embedded))
	if err != nil {
		return nil, err
	}
	return Parse(zr, EmbeddedFile)
})

// All returns every war of COW's Inter-State War data v4.0, by number. The
// embedded data are decoded once, on first use, and each call returns a
// copy; it is safe for concurrent use. (The package's tests check that the
// embedded data decode without error, so All never returns nil.)
func All() []War {
	wars, err := decoded()
	if err != nil {
		return nil
	}
	out := make([]War, len(wars))
	for i, w := range wars {
		out[i] = w.clone()
	}
	return out
}
