// Package universe builds peacesciencer's frame in Go: the state-years and
// dyad-years of the Correlates of War state system, and the joins that add
// the field's standard sources to them — ATOP's alliances, COW's material
// capabilities, major powers and inter-state wars, Thompson and Dreyer's
// strategic rivalries, peace-years, and a table of one's own — with
// peacesciencer's column names and order, and without its habit of writing
// 0 where a source says nothing.
//
//	u, err := universe.NewDyadYears(1816, 2016)
//	…
//	u, err = u.Join(universe.AddATOP(ds.Model), universe.AddNMC(nmc.Records()),
//		universe.AddRivalries(rivalry.All()), universe.AddMajors(), universe.AddWars(war.All()))
//	…
//	for r := range u.Rows() { … r.ATOP.Has(pact.Defense) … r.NMC1.CINC … }
//	n, err := u.WriteCSV(w)
//
// # Universes
//
// [NewStateYears] gives a row for each state and each year it was a member
// of the COW state system (v2016) on some day: 15,951 state-years from
// 1816 through 2016. [NewDyadYears] gives a row for each ordered pair of
// states both members on some same day of a year: 1,912,290 directed
// dyad-years, 956,145 undirected ones ([WithUndirected], ccode1 < ccode2).
// The system is read at the precision of days, as peacesciencer reads it
// since its version 1.2: a state counts in every year any of its spells
// touches, and the 60 directed dyad-years whose states were members in the
// same year but never on the same day (Suriname and the Republic of
// Vietnam in 1975) are not rows.
//
// The state system ends on 2016-12-31. Later years are rows only
// [WithCarryForward]: the states of 2016-12-31 are taken to stay members,
// and the major powers of 2016 to stay major powers, as peacesciencer
// assumes for every year up to the last one ended (its default); such rows
// say so (StateYear.Assumed, DyadYear.Assumed). Through 2024 that is
// 17,511 state-years and 2,214,930 directed dyad-years (1,107,465
// undirected).
//
// # Joins
//
// Each Add function makes a [Join]; a universe's Join returns a new
// universe with them, in any order, each at most once, its columns
// following those before it. The columns are peacesciencer's:
//
//	AddATOP        atop_defense atop_offense atop_neutral atop_nonagg atop_consul, atop_alliance
//	AddNMC         milex1 milper1 irst1 pec1 tpop1 upop1 cinc1, the same with 2 (no suffix on state-years)
//	AddRivalries   rivalryno positional spatial ideological interventionary ongoingrivalry
//	               (state-years: n_ideological n_interventionary n_positional n_spatial)
//	AddMajors      cowmaj1 cowmaj2 (state-years: cowmaj)
//	AddWars        cowinterongoing cowinteronset sidea1 sidea2 initiator1 initiator2 outcome1 outcome2
//	               batdeath1 batdeath2 resume, warnum cowinterwars cowinterwarnums
//	AddPeaceYears  cowinterspell
//	a *Table       its own columns (ReadTable)
//
// Columns after a comma are this package's: what peacesciencer leaves
// out. Values are written as the sources have them, never rounded.
//
// # Missing is never zero
//
// A value outside a source's coverage — ATOP after 2018, NMC after 2022,
// the rivalries after 2010, the wars after 2007 — cannot be told: NA in
// CSV, relations.CannotTell, NaN or Known false in Go, never 0. Inside its
// coverage, "no alliance", "no rivalry" and "no war" are 0, as in
// peacesciencer. A value missing in the source (an NMC figure, a battle
// death count of -9) is NA too. Each join's [Join.Coverage] says what its
// source observes. The differences from peacesciencer 1.2.9, each
// deliberate, are listed in docs/universe.md of the module.
//
// # Output
//
// [DyadYears.Rows] and [StateYears.Rows] yield typed rows ([DyadYear],
// [StateYear]) in key order (ccode1, ccode2, year); Cells yields the same
// rows as [Cell] values in the order of Columns, for writers of other
// formats (the program examples/universe writes Parquet from them);
// WriteCSV writes CSV, formatting blocks of rows on every core and
// writing them in order, in memory that does not grow with the rows.
//
// # Citations
//
// Correlates of War Project. 2017. "State System Membership List, v2016."
// Online, http://correlatesofwar.org. The sources of the joins are cited
// in their packages: pact/atop (ATOP 5.1), relations/cow/nmc,
// relations/rivalry, relations/cow/war.
package universe
