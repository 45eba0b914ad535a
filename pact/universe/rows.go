package universe

import (
	"slices"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/cow/nmc"
	"github.com/entente-go/entente/relations/cow/war"
	"github.com/entente-go/entente/relations/rivalry"
)

// StateYear is one row of a state-year universe. The fields of a join the
// universe does not have hold what cannot tell: relations.CannotTell,
// NaN, Known false.
type StateYear struct {
	// CCode is the state's COW code, Name its COW name (statenme).
	CCode int
	Name  string
	Year  int
	// Assumed says that Year is after the state system's last year, 2016:
	// the state's membership (and major-power status) is carried forward
	// from 2016, not observed (WithCarryForward).
	Assumed bool
	// NMC is the state's COW capabilities that year (AddNMC); a missing
	// value is NaN, and every value is NaN where NMC has no record.
	NMC nmc.Record
	// Major says whether the state was a COW major power (AddMajors).
	Major relations.Truth
	// Rivalries counts the state's strategic rivalries that year, by type
	// (AddRivalries).
	Rivalries RivalryCounts
	// Table is the row of the user's table with this state-year's key
	// (a [*Table] joined).
	Table TableRow
}

// DyadYear is one row of a dyad-year universe: the states with COW codes
// CCode1 and CCode2 were both members of the state system on some day of
// Year. The fields of a join the universe does not have hold what cannot
// tell: relations.CannotTell, NaN, Known false.
type DyadYear struct {
	CCode1, CCode2, Year int
	// Assumed says that Year is after the state system's last year, 2016:
	// both states' membership (and major-power status) is carried forward
	// from 2016, not observed (WithCarryForward).
	Assumed bool
	// ATOP is what ATOP says of the pair that year (AddATOP).
	ATOP ATOP
	// NMC1 and NMC2 are the two states' COW capabilities that year
	// (AddNMC); a missing value is NaN, and every value is NaN where NMC has
	// no record.
	NMC1, NMC2 nmc.Record
	// Rivalry is the pair's strategic rivalry that year (AddRivalries).
	Rivalry Rivalry
	// Major1 and Major2 say whether each state was a COW major power
	// (AddMajors).
	Major1, Major2 relations.Truth
	// War is the pair's inter-state war that year (AddWars).
	War War
	// PeaceYears counts the pair's years at peace (AddPeaceYears).
	PeaceYears PeaceYears
	// Table is the row of the user's table with this dyad-year's key (a
	// [*Table] joined).
	Table TableRow
}

// ATOP is what ATOP says of a directed pair in a year: whether they shared
// an alliance in effect (atop_alliance) and, if so, the obligations the
// first state owed the second (atop_defense … atop_consul); in an
// undirected universe, the obligations either owed the other. Alliance is
// CannotTell past ATOP's coverage (2018), and Obligations then empty.
type ATOP struct {
	Alliance    relations.Truth
	Obligations pact.ObligationSet
}

// Has reports whether the obligation o was owed: CannotTell where
// Alliance is.
func (a ATOP) Has(o pact.Obligation) relations.Truth {
	if a.Alliance == relations.CannotTell {
		return relations.CannotTell
	}
	return relations.TruthOf(a.Obligations.Has(o))
}

// Rivalry is a pair's strategic rivalry in a year (Thompson and Dreyer
// 2012): Ongoing says whether there was one (ongoingrivalry), CannotTell
// past the data's coverage (2010); Number (rivalryno) and Types are the
// rivalry's, zero when there was none.
type Rivalry struct {
	Ongoing relations.Truth
	Number  int
	Types   rivalry.Types
}

// Is reports whether the pair's rivalry that year was of every type in t
// (the columns positional, spatial, ideological, interventionary): No
// without a rivalry, CannotTell where Ongoing is.
func (r Rivalry) Is(t rivalry.Types) relations.Truth {
	if r.Ongoing == relations.CannotTell {
		return relations.CannotTell
	}
	return relations.TruthOf(r.Ongoing == relations.Yes && r.Types.Has(t))
}

// RivalryCounts counts a state's strategic rivalries in a year of each
// type (n_positional, n_spatial, n_ideological, n_interventionary); a
// rivalry of two types counts in both. Known is false past the data's
// coverage (2010).
type RivalryCounts struct {
	Known                                             bool
	Positional, Spatial, Ideological, Interventionary int
}

// War is a pair's inter-state war in a year (COW Inter-State War data
// v4.0). Ongoing says whether they fought (cowinterongoing), CannotTell
// past the data's coverage (2007). Where they fought, the other fields
// hold one row of the data, chosen as peacesciencer chooses among several
// wars in a year (see the package documentation), or with WithEveryWar
// this row's war; they are zero otherwise.
type War struct {
	Ongoing relations.Truth
	// Onset says whether the pair's fighting in the row's war began (or
	// began again) that year (cowinteronset).
	Onset relations.Truth
	// Wars is how many wars the pair fought that year; Number is the row's
	// war (warnum).
	Wars, Number int
	// Side1 and Side2 are the sides of the first and second state
	// (sidea1, sidea2); Initiator1 and Initiator2 whether each initiated
	// the war.
	Side1, Side2           war.Side
	Initiator1, Initiator2 bool
	// Outcome1 and Outcome2 are the outcomes the row gives (none in a
	// resumed spell).
	Outcome1, Outcome2 war.Outcome
	// BattleDeaths1 and BattleDeaths2 are each state's battle deaths, or
	// war.DeathsUnknown.
	BattleDeaths1, BattleDeaths2 int
	// Resumed says whether the row is of a resumed spell of the war.
	Resumed bool
	numbers []int // every war of the dyad-year, shared: Numbers copies
}

// Numbers returns the numbers of every war the pair fought that year, in
// order (cowinterwarnums): the wars peacesciencer's one row leaves out
// too.
func (w War) Numbers() []int { return slices.Clone(w.numbers) }

// PeaceYears is the number of years since the pair's last war began
// (cowinterspell; with WithOngoingWars, since they last fought), counted
// as peacesciencer's add_spells counts: the dyad-years of the pair before
// this one and after that war's year, or since the pair's first year in
// the system. Known is false past the war data's coverage (2007).
type PeaceYears struct {
	Years int
	Known bool
}
