// Package entente models who stands with whom in international security:
// the actors, the written agreements between them and exactly what each
// obliges, and how every relationship changes over time. Everything is data
// plus pure functions: load or build a model, ask it questions, and get
// deterministic answers that explain themselves.
//
// Every answer is yes, no or cannot tell, and no list answer silently drops
// what the data cannot settle: each list query returns a
// [github.com/entente-go/entente/relations.Answer], its certain items and,
// apart, the uncertain ones with their cause — a partial date, a day past a
// source's coverage, an obligation that varies by partner; and
// [github.com/entente-go/entente/relations.Has] asks it about one item
// in the same three values.
//
// This package holds no code; it is the overview. The library stands on
// four floors, and a package imports only from its own floor or below
// (internal/layering's test fails on any import that climbs):
//
//	relations/            floor 1: actors, partial dates, the ladders, events, History
//	├── cow/              the COW state system, its ISO crosswalk and major powers
//	│   ├── nmc/          COW's material capabilities (CINC), embedded
//	│   └── war/          COW's inter-state wars, embedded
//	└── rivalry/          Thompson & Dreyer's strategic rivalries, embedded
//	pact/                 floor 2: agreements, clauses, the Model and its queries
//	├── atop/             floor 3: ATOP 5.1's files read into agreements, its panels
//	│   └── atop51/       ATOP 5.1 itself, embedded
//	├── similarity/       alliance-portfolio similarity (S, κ, π, τ-b)
//	├── reliability/      did allies keep their word, war by war
//	├── record/           tests, responses, verdicts: did the protector come?
//	├── network/          alliance and rivalry networks (the one user of gonum)
//	└── universe/         peacesciencer's state-years and dyad-years, joined
//	examples/             floor 4: programs
//	internal/             helpers, each on the floor of what it imports
//
// The floors, in words:
//
//   - [github.com/entente-go/entente/relations]: actors, partial dates that
//     keep their precision, the two ladders a pair stands on (diplomatic
//     representation and alignment), the events that move them, and the
//     History that answers "how did these two stand on this day, and why?",
//     "what thawed between 2019 and 2025?", "who are X's partners and
//     rivals?", with pictures of the network in DOT and Mermaid. The datasets
//     that need nothing more live under it:
//     [github.com/entente-go/entente/relations/cow] is the COW state system
//     and its crosswalk to ISO codes.
//   - [github.com/entente-go/entente/pact]: agreements, their parties and
//     lifecycle, typed and directed clauses (ATOP's defense, offense,
//     neutrality, non-aggression and consultation, with their conditions),
//     provisions, and informal expectations that never count as
//     obligations; unilateral guarantees only their giver ends, assurances
//     and their breaches, and agreements whose text is not public (every
//     obligation cannot tell). The Model answers "who are X's alliance partners?" and
//     "if A attacks B, who must act, under which clause, and who merely has
//     an expectation?", plays cascades round by round, finds conflicting
//     duties, and tells what a proposal would change if it came into force.
//   - The packages that read agreements:
//     [github.com/entente-go/entente/pact/atop] reads the ATOP 5.1 data
//     files into pact agreements and builds ATOP's dyad-year panels;
//     [github.com/entente-go/entente/pact/similarity] measures how alike two
//     alliance portfolios are; [github.com/entente-go/entente/pact/reliability]
//     judges, war by war, whether allies kept their word;
//     [github.com/entente-go/entente/pact/record] judges graded, dated
//     responses to tests of a commitment and keeps each protector's
//     ledger, its credibility bounded by what the sources cannot settle;
//     [github.com/entente-go/entente/pact/network] makes alliance and
//     rivalry networks of a model's own three-valued answers;
//     [github.com/entente-go/entente/pact/universe] makes peacesciencer's
//     universes of cases and joins the sources to them.
//   - The programs under examples/, each documented in its folder's
//     README.md with its real output.
//
// The real data a user needs ships with the module, compressed and cited,
// each dataset in a package of its own so that a program carries only what
// it imports: ATOP 5.1 ([github.com/entente-go/entente/pact/atop/atop51]),
// Thompson & Dreyer's rivalries ([github.com/entente-go/entente/relations/rivalry]),
// COW's capabilities ([github.com/entente-go/entente/relations/cow/nmc]) and
// inter-state wars ([github.com/entente-go/entente/relations/cow/war]).
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
// byte and answer for answer, coverage, layers and observations included:
// version 2, every key snake_case, stated as JSON Schemas (draft 2020-12)
// in the repository's schema/ folder; version-1 documents are still read.
//
// # One world in layers
//
// A world is a base dataset plus layers: [github.com/entente-go/entente/pact.Model.With]
// puts a layer's agreements and sourced observations on a model, each
// agreement keeping its source and each source its coverage; past a
// source's coverage its facts are as last observed — cannot tell — unless a
// later layer settles them. The built-in scenario — the 2015–2025
// realignment of the Middle East — is such a layer on ATOP 5.1 and Thompson
// & Dreyer (examples/middleeast/scenario), and go run ./examples/middleeast
// prints what the world says.
//
// # Options
//
// Every call that can be tuned takes functional options as its last,
// variadic arguments, made by WithX functions: one option type per package
// ([github.com/entente-go/entente/pact.Option] for New, Cascade and
// Portfolio; similarity.Option, network.Option, universe.Option,
// relations.HistoryOption), and relations.ReadOption, the one that every
// reader takes. With none, a call uses the defaults its documentation
// gives; given an option it does not take, it reports an error naming it;
// a nil option is ignored.
//
// # Limits
//
// Hostile input — a 2 GiB stream, a megabyte key, one event among 8,000
// actors, a document of a million empty elements — gets a short error,
// never a panic, a hang or memory without bound. One policy holds in every
// package, and this is the one place that lists it. Every error about a
// limit passed wraps [github.com/entente-go/entente/relations.ErrLimitExceeded],
// and its message names the limit, as in `atop5_1m.csv: the file is more
// than the limit of 33554432 bytes (atop.MaxFileSize)`.
//
// Input size, per reader. Each reads at most one byte past its limit;
// [github.com/entente-go/entente/relations.WithMaxInputSize] changes it
// (for [github.com/entente-go/entente/pact.ParseModelJSON], through
// [github.com/entente-go/entente/pact.WithReadOptions]):
//
//   - history documents ([github.com/entente-go/entente/relations.ParseHistoryJSON]):
//     relations.MaxJSONSize, 32 MiB;
//   - model documents ([github.com/entente-go/entente/pact.ParseModelJSON]):
//     pact.MaxJSONSize, 32 MiB;
//   - each of ATOP's files ([github.com/entente-go/entente/pact/atop.Read]):
//     atop.MaxFileSize, 32 MiB;
//   - COW's wars: war.MaxFileSize, 8 MiB; COW's capabilities:
//     nmc.MaxFileSize, 32 MiB; the rivalries: rivalry.MaxFileSize, 8 MiB;
//     an edge list: network.MaxEdgeListSize, 8 MiB.
//
// What input may build, relative to its size:
//
//   - a JSON document decodes to at most 8 bytes of values per byte of
//     text (and 64 KiB), and to at most four times its reader's size limit
//     (the JSON expansion limit): entente's own documents take one or less
//     (two when written without indentation), a flood of empty elements
//     seventy;
//   - a history's events touch at most 2²⁰ pairs of actors and one more
//     per actor an event names (the pair limit; a history keeps about 65
//     bytes a pair): events between two actors always fit, one event among
//     8,000 actors does not;
//   - a history numbers its events, the bytes of their IDs and the actors
//     they name with 32-bit integers: at most 2³¹−1 of each;
//   - an agreement has at most pact.MaxParties (1,000) parties; the
//     indexes a model builds grow with parties × clauses, never with the
//     pairs a clause binds;
//   - a dyad-year query spans at most pact.MaxPanelYears (500) years, and
//     its scratch space holds a cell per counterpart one actor may have
//     (the parties of its agreements) and year;
//   - a similarity matrix has at most similarity.MaxReference (4,096)
//     members, a value for each pair;
//   - a document of tests and responses is at most record.MaxJSONSize
//     (8 MiB).
//
// Errors:
//
//   - an error reports at most 100 problems, joined, then one "and N more
//     problems" that counts the rest;
//   - a value quoted in an error is cut to its first 40 bytes, then "…"
//     and the value's length: `"xxxx"… (33554432 bytes)`;
//   - so one bad value gives an error under 4 KiB, and any number of
//     problems one under 64 KiB.
//
// Values: a date's year lies in 1–9999, a slug actor ID has at most 64
// bytes. The tests of internal/hostile feed every reader, constructor and
// program hostile input and hold each of these figures.
package entente
