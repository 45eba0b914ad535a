// Package atop reads the Alliance Treaty Obligations and Provisions data,
// version 5.1 (Leeds et al. 2002), into entente's pact model, and writes
// ATOP's dyad-year panels.
//
// [Read] takes ATOP's own files — atop5_1a.csv (alliances), atop5_1aph.csv
// (phases) and atop5_1m.csv (members) — from a directory or an [io/fs.FS].
// Each alliance becomes a [pact.Agreement] ("atop-3180"), its phases
// amendments, each member's rows a party with its spells, and each member's
// obligations clauses with ATOP's conditions. Dates keep ATOP's precision:
// an empty day is an unknown day, and an exit of 0 means still in effect.
// The model declares ATOP's [Coverage]: ATOP observes through 2018-12-31,
// so a question about a later day reports [pact.ErrOutsideCoverage], not
// "no". Every malformed value is reported as a [*ParseError] with file,
// line and column; columns the reader does not use are tolerated, and a
// missing or duplicated required column is an error. So is a row the model
// cannot hold faithfully (a duplicate alliance, a member of an alliance or
// phase the other files do not have, an exit before the entry), reported
// at its line rather than dropped or left to the model to find.
//
// # Named threats
//
// ATOP records whether each obligation is conditional on a specific
// adversary (DEFCOADV, OFFCOADV, NEUCOADV, CONCOADV) and, per phase, the
// threat the treaty names (SPECTHRT, STATTHR1, STATTHR2; codebook §2.33).
// Where the treaty names states (SPECTHRT 1), the condition names them,
// and an attack by one of them satisfies it: the Dual Alliance's defense
// clauses name Russia. For any other threat, or a missing one, the
// condition names no adversary and is checked as cannot tell; its Text
// says why. A missing code is never read as "none".
//
// [Panel] builds the directed or undirected dyad-year panel of any pact
// model in COW codes, as ATOP builds it (codebook sections 2.6–2.7), and
// [WriteCSV] writes it with peacesciencer's columns. Built from
// atop5_1m.csv, the directed panel has exactly the rows of ATOP's own
// atop5_1ddyr_min.csv and the same obligations on 99.91% of them; the rest
// lie in alliances whose obligations vary by partner, which ATOP hand-codes
// from the treaty texts.
//
// Citation: Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin
// Mitchell, and Andrew G. Long. 2002. "Alliance Treaty Obligations and
// Provisions, 1815-1944." International Interactions 28: 237-260.
package atop
