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
// "no". Every malformed value is reported as a [*relations.ParseError] with file,
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
// # Obligations that vary by partner
//
// The member file codes only that a member's obligations vary by partner
// (OBVARY), not toward whom; ATOP's directed dyad-year file codes each
// directed pair and year, hand-coded from the treaties. Read takes it from
// the file system when it is there — atop5_1ddyr.csv, atop5_1ddyr_min.csv
// (its obligation columns, as peacesciencer distributes them) or the rows
// of either the reader needs, atop5_1ddyr_obvary.csv, which package atop51
// embeds — and settles each obligation of such a member toward each
// partner in each phase as owed, not owed or cannot tell ([Varying]): of
// ATOP 5.1's 306 cases, 122 are owed, 69 not owed, and 115 stay cannot
// tell, the pair's obligation being ATOP's 1 but carried perhaps by
// another alliance they share (97), or the phase showing in no year's row
// (18). Without the directed file [Dataset.DirectedFile] is empty and
// every such obligation stays cannot tell toward each partner, its doubt
// naming the missing file.
//
// [Panel] builds the directed or undirected dyad-year panel of any pact
// model in COW codes, as ATOP builds it (codebook sections 2.6–2.7), and
// [WriteCSV] writes it with peacesciencer's columns. Built from
// atop5_1m.csv with the directed file's partners, the directed panel is
// ATOP's own atop5_1ddyr_min.csv, every row and every obligation, and the
// undirected one is the maximum over both directions of it
// (peacesciencer's rule), 136,648 rows. From the member file alone, 245
// directed rows differ, all in alliances whose obligations vary by partner.
//
// Citation: Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin
// Mitchell, and Andrew G. Long. 2002. "Alliance Treaty Obligations and
// Provisions, 1815-1944." International Interactions 28: 237-260.
package atop
