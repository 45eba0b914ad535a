// Package relations records who the actors of international security are
// and how each pair of them stands over time.
//
// # Actors
//
// An [Actor] is a state, an organisation, an armed group or another
// participant, identified by an [ActorID]: an ISO 3166-1 alpha-3 code for
// states ("SAU"), a lowercase slug otherwise ("houthis", "nato"). Codes from
// other systems (ISO alpha-3, the Correlates of War number) ride along, and
// organisations carry their membership over time.
//
// # Dates
//
// Historical facts come with partial dates: "1979", "2013-11",
// "2025-09-17". A [Date] keeps its precision and covers a span of days.
// Questions about order answer with a [Truth]: asking whether "2025-09" is on
// or after "2025-09-17" answers [CannotTell], not yes or no. An [Interval] is
// half-open, [From, Until), with an open end for "still in force".
//
// # Answers
//
// No list query silently drops an uncertain answer: [History.Partners],
// [History.Rivals] and [History.Changes] return an [Answer], the certain
// items and, apart, the ones the data cannot settle, each with a [Doubt]
// that names its cause; a [Network] keeps its uncertain edges apart. A
// dataset may declare its [Coverage] ([WithCoverage]); past it, a standing
// one of its events set is known only as last observed.
//
// # Two ladders
//
// Each pair stands on two ladders. [Representation] is directed, after the
// Correlates of War Diplomatic Exchange levels: none, interests section,
// chargé d'affaires, minister, ambassador. [Alignment] is the undirected
// summary: hostile, strained, normal, partner, ally.
//
// [Event] values move the ladders: severed and restored ties, exchanged or
// withdrawn ambassadors, visits, exercises, attacks, declared rivalries and
// rapprochements, statements. Each is dated and cites a source. An
// [EventKind] moves the ladders in a documented way; an event's Level and
// Stance refine it.
//
// # History and queries
//
// [NewHistory] validates actors and events, reporting every problem at once
// with what and where, and builds an immutable, indexed [History]. The
// standing of a pair on a day is a fold over the events that had certainly
// happened by then, so every answer names the event that produced it:
//
//   - [History.Standing]: both directions of representation and the
//     alignment of a pair on a day, each with its cause;
//   - [History.Timeline]: every event of a pair with the standing it left;
//   - [History.Changes]: which pairs thawed or deteriorated between two days;
//   - [History.Partners] and [History.Rivals] of an actor on a day;
//   - [History.Network]: the whole network on a day, with
//     [Network.WriteDOT] and [Network.WriteMermaid] for pictures.
//
// Alliances come from written agreements, which package pact models. A
// History does not import pact; [History.WithAgreements] takes any
// [AgreementSource] (a pact Model is one) and folds the alignment it gives
// ("ally" for a defense obligation in force) into the answers.
//
// # JSON
//
// [History.MarshalJSON] and [ParseHistoryJSON] read and write a documented,
// versioned schema (version 2; a version-1 document is still read);
// encoding is deterministic, so a decoded document encodes to the same
// bytes. Decoding is strict: duplicate keys, keys that match a
// field only when case is ignored, invalid UTF-8 and lone surrogates are
// errors, and every decoding error gives the field's path and line:column,
// as in `events[4].date: 31:15`.
//
// # Errors
//
// The module tells what went wrong in three ways, the same in every
// package. A problem in a file or document — a malformed value, a row the
// data cannot hold — is a [*ParseError] with the file, line, column and
// field, as [encoding/csv.ParseError] is; every reader (JSON, ATOP, the
// COW wars and capabilities, the rivalries, the edge lists) reports one
// per problem. A problem in what a constructor or a query is given is a
// [*ValidationError] with the path to it, as in `agreement "smda":
// parties[1]`; [NewHistory] and package pact's New report every problem
// at once. A question about something the model does not hold wraps a
// sentinel that [errors.Is] finds: [ErrUnknownActor] here, pact's
// ErrUnknownAgreement and ErrOutsideCoverage there; input past a limit
// wraps [ErrLimitExceeded]. Text that has not the form of a date, an
// actor ID or an enum's name says so, quoting it (`relations:
// "2025-02-30" is not a date: day 30 does not exist in 2025-02, which has
// 28 days`); from a file, that message is the Err of the file's
// ParseError.
//
// # Limits
//
// Bad input gets an error, never a panic, within bounded memory; the
// Limits section of package [github.com/entente-go/entente] lists every
// limit of the module. This package's: a JSON document of at most
// [MaxJSONSize] bytes by default ([WithMaxInputSize] changes it), which
// decodes to at most 8 bytes of values per byte; a date's year in
// [MinYear]..[MaxYear]; a slug actor ID of at most [MaxActorIDLen] bytes;
// a history's events touching at most 2²⁰ pairs of actors and one more
// per actor they name. Every error about a limit wraps
// [ErrLimitExceeded]; an error reports at most 100 problems, then "and N
// more problems"; a value quoted in an error is cut to 40 bytes, then "…"
// and its length.
//
// A History is safe for concurrent use by many goroutines.
package relations
