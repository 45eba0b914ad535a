// Package entente models who stands with whom in international security:
// the actors, the written agreements between them and exactly what each
// obliges, and how every relationship changes over time. Everything is data
// plus pure functions: load or build a model, ask it questions, and get
// deterministic answers that explain themselves.
//
// This package holds no code; it is the overview. The library is three
// packages, each importing only the one before it and the standard
// library:
//
//   - [github.com/entente-go/entente/relations]: actors, partial dates that
//     keep their precision, the two ladders a pair stands on (diplomatic
//     representation and alignment), the events that move them, and the
//     History that answers "how did these two stand on this day, and why?",
//     "what thawed between 2019 and 2025?", "who are X's partners and
//     rivals?", with pictures of the network in DOT and Mermaid.
//   - [github.com/entente-go/entente/pact]: agreements, their parties and
//     lifecycle, typed and directed clauses (ATOP's defense, offense,
//     neutrality, non-aggression and consultation, with their conditions),
//     provisions, and informal expectations that never count as
//     obligations. The Model answers "who are X's alliance partners?" and
//     "if A attacks B, who must act, under which clause, and who merely has
//     an expectation?", plays cascades round by round, finds conflicting
//     duties, and tells what a proposal would change if it came into force.
//   - [github.com/entente-go/entente/pact/atop]: reads the ATOP 5.1 data
//     files into pact agreements and builds ATOP's dyad-year panels;
//     [github.com/entente-go/entente/pact/similarity] measures how alike two
//     alliance portfolios are; [github.com/entente-go/entente/relations/cow]
//     is the COW state system and its crosswalk to ISO codes.
//
// # The model in one page
//
// An actor is identified by an ID: ISO 3166-1 alpha-3 for states ("SAU"), a
// slug otherwise ("houthis"). Dates are partial — "1979", "2013-11",
// "2025-09-17" — and questions that the data's precision cannot settle
// answer "cannot tell" rather than yes or no.
//
// A relations.History is built once from actors and events, validated (every
// problem reported at once, each saying what and where) and indexed; it is
// then immutable and safe for concurrent use. A pact.Model is built the same
// way from agreements. The two meet through relations.AgreementSource: a
// history given a model folds the alliances it creates into its answers,
// without relations importing pact.
//
// Both read and write a documented JSON schema that round-trips byte for
// byte. The built-in scenario — the 2015–2025 realignment of the Middle East
// — is written in it (examples/middleeast/scenario), and
// go run ./examples/middleeast prints what it says.
package entente
