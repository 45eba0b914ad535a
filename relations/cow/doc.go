// Package cow is the Correlates of War state system (v2016) as Go data: each
// state's COW number, abbreviation and name, its ISO 3166 alpha-3 code, its
// entente actor ID, and its spells in the system. It is the crosswalk
// between the COW numbers that ATOP and peacesciencer use and the ISO codes
// that entente's actor IDs use.
//
// [Lookup] finds the state a person names on a command line by any of
// these: "670", "SAU", "Saudi Arabia", "austria-hungary"; a spelling that
// names several states is an [*AmbiguousError] listing them.
//
// [MajorPowers] lists COW's major powers (v2016) and their spells.
//
// Both tables are written by hand; tests check them against COW's own
// states2016.csv and majors2016.csv, kept gzipped under testdata (and
// against ../shared/data when it is present). The package covers the state system
// only: this package does not read COW's Formal Alliances data, whose
// maintainer asks that software not facilitate its use.
//
// Citation: Correlates of War Project. 2017. "State System Membership List,
// v2016." Online, http://correlatesofwar.org.
package cow
