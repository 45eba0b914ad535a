// Package cow is the Correlates of War state system (v2016) as Go data: each
// state's COW number, abbreviation and name, its ISO 3166 alpha-3 code, its
// entente actor ID, and its spells in the system. It is the crosswalk
// between the COW numbers that ATOP and peacesciencer use and the ISO codes
// that entente's actor IDs use.
//
// The table is written by hand; a test checks it against COW's own
// states2016.csv, kept gzipped under testdata. It covers the state system
// only: this package does not read COW's Formal Alliances data, whose
// maintainer asks that software not facilitate its use.
//
// Citation: Correlates of War Project. 2017. "State System Membership List,
// v2016." Online, http://correlatesofwar.org.
package cow
