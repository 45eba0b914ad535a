// Package pact models written agreements between international actors —
// alliances, guarantees, basing and consultation accords, and proposals —
// and answers what they oblige: who are an actor's alliance partners on a
// day, and if one actor attacks another, who must act, under which clause.
//
// # Agreements
//
// An [Agreement] has parties with roles ([Member], [Guarantor],
// [Beneficiary], [Host], [Broker], [ProposedLeader]) and their own dates, a
// lifecycle ([Proposed] → [Signed] → [InForce] → [Suspended] /
// [Terminated]), and amendments that replace its text from their dates on,
// as ATOP codes phases.
//
// A [Clause] is typed and directed: By owe an [Obligation] to To. The five
// obligations are ATOP's: [Defense], [Offense], [Neutrality],
// [NonAggression] and [Consultation]. Empty By and To make a clause mutual
// among the members. [Condition] values restrict a clause as ATOP's conditions
// do: a specific adversary, a location, a specific conflict, a number of
// adversaries, a refused demand, non-provocation, consultation on request.
// [Provision] values record the rest: basing, military aid, integrated command,
// force contributions (troops and commander), exercises, restored
// relations, consultation mechanisms with a cadence and level.
//
// An informal [Expectation] of protection — the U.S. umbrella over Saudi
// Arabia — is a clause too, but it never counts as an obligation or an
// alliance: queries report it beside duties, as what it is.
//
// # Forms of commitment
//
// An agreement's [Form] says how it was made and who may end it. Most are
// an [Accord] (the zero Form): entered by its parties together, ended by
// a terminated stage or a party's withdrawal. A [UnilateralGuarantee] — a
// U.S. executive order on Qatar's security — has one giver (its one
// [Guarantor]) and beneficiaries: only the giver owes its clauses, and
// only the giver ends it, by a [Revoked] stage that names it; a
// beneficiary that revokes or withdraws is an error. An [Assurance] is a
// giver's promise not to attack (or to keep a window, such as no strike
// during talks) for the period it is in force, with the [AssuranceBreach]
// values that record when it was broken; [Model.AssuranceOn] says whether
// it was in force on a day and whether it had been broken by then. A
// promise is not an alliance: an assurance never counts in
// [Model.AlliancePartners], a history's alignment or a dyad-year panel,
// though [Model.Bonds] and [Model.Respond] report it, and an attack by its
// giver is a [Breach].
//
// An agreement known to be in force whose text is not public
// ([Agreement.TextNotPublic]) holds, for all anyone can tell, any of the
// five obligations between its members: each one its clauses do not state
// is answered as cannot tell ([relations.UndisclosedText], naming the
// agreement and the source), in [Model.Bonds], [Model.Respond],
// [Model.Guarantors] and [Model.AlliancePartners] alike, never as no. A
// dyad-year panel, which is binary, counts only the clauses it states.
//
// Every [Bond] and [Duty] carries the [Form] of its agreement: with the
// obligation (or the duty's kind), the kind of commitment it is, in stable
// names a record of tests can key its rules on.
//
// # Model and queries
//
// [New] validates agreements against a set of actors, reporting every
// problem at once with the agreement and field, and builds an immutable,
// indexed [Model], safe for concurrent use. Its queries never scan every
// agreement:
//
//   - [Model.InForce], [Model.Proposals], [Model.StatusOn] and
//     [Model.AgreementsOf];
//   - [Model.AlliancePartners] of an actor on a day, filtered by
//     obligation; [Model.Guarantors] (who must defend it) and
//     [Model.Defends] (whom it must defend); [Model.Bonds] between a
//     directed pair; [Model.Expectations];
//   - [Model.Respond]: given an [Attack], every actor's [Duty] with the
//     clause that creates it and every condition checked (held, failed,
//     cannot tell), the expectations, and the [DutyConflict] values between duties;
//   - [Model.Cascade]: interveners become belligerents and the question is
//     asked again, round by round, until nothing changes;
//   - [Model.WhatIf]: bring a proposal into force and see who gains or loses
//     guarantors and partners, and which duties and conflicts appear;
//   - [Model.Portfolio]: whom an actor's security rests on, and how
//     concentrated it is; [Model.Overlap]: where two proposals overlap and
//     whether they name rival leaders.
//
// Dyad-year panels come from [Model.DyadYears], one actor's rows at a time,
// or [Model.CodedDyadYears], rows in integer codes of the caller's choosing
// (COW state numbers, say), in code order.
//
// A Model stores each clause once, with who owes it to whom, so its memory
// grows with parties × clauses, not with the pairs a clause binds; queries
// resolve an actor's obligations from its clauses. The alliance index they
// read is built by the first query that needs it (safely, however many ask
// at once): a model built only for panels never pays for it.
//
// A Model is a [relations.AgreementSource]: pass it to
// [relations.History.WithAgreements] and a history's answers include the
// alliances ("ally") the agreements create, without relations importing
// pact.
//
// # Dates and coverage
//
// Dates are [relations.Date] values and keep their precision. A clause binds on a
// day when the agreement is in force, the amendment current and both
// parties in; when the dates are too coarse to tell, queries say
// [relations.CannotTell] rather than guess. A model built from a dataset
// may declare its coverage with [WithCoverage]: a question about a day
// before it returns [ErrOutsideCoverage]; about a day after it, what the
// source last observed is answered as cannot tell, never as "no".
//
// No list query silently drops an uncertain answer: [Model.AlliancePartners],
// [Model.Guarantors], [Model.Defends], [Model.InForce], [Model.Proposals]
// and [Model.Expectations] return a [relations.Answer], the certain items
// and apart the uncertain ones with their cause (a partial date, a day
// past the coverage, a clause that [Clause.VariesByPartner]), and a
// [Portfolio] lists its uncertain protectors apart. A pair whose obligation
// the source records though not the agreement that carries it
// ([Clause.PairOwed]) is a certain partner on a day every agreement that
// may carry it binds them, though each clause stays cannot tell in
// [Model.Bonds] and [Model.Respond]. Dyad-year panels end at the last year
// the sources observe ([Model.PanelYears]).
//
// # Worlds in layers
//
// [Model.With] puts a [Layer] on a model — another source's actors,
// agreements and [Observation] values of the agreements already there —
// and every agreement keeps its source ([Model.Source]). An observation
// settles what an earlier source last observed: ATOP 5.1 ends in 2018, and
// a 2025 communiqué that the GCC's joint defence agreement binds makes it
// certain through that day.
//
// # JSON
//
// [Model.MarshalJSON] and [ParseModelJSON] read and write a documented,
// versioned schema of agreements — a world's layers and observations
// included — that round-trips byte for byte and answer for answer. Version
// 2 spells every key in snake_case; a version-1 document is still read, and
// answers as its version-2 rewrite does. Decoding
// is strict: duplicate keys, keys that match a field only when case is
// ignored ("CLAUSES"), invalid UTF-8 and lone surrogates are errors, and
// every decoding error gives the field's path and line:column, as in
// `agreements[3].parties[1].joined: 12:21`.
//
// # Limits
//
// Bad input gets an error, never a panic, within bounded memory; the
// Limits section of package [github.com/entente-go/entente] lists every
// limit of the module. This package's:
//
//   - a JSON document is at most [MaxJSONSize] bytes (32 MiB) by default
//     ([WithReadOptions] changes it) and decodes to at most 8 bytes of
//     values per byte;
//   - an agreement has at most [MaxParties] parties (1,000), checked before
//     any index is built;
//   - a dyad-year panel spans years within [relations.MinYear] and
//     [relations.MaxYear], first no later than last, at most
//     [MaxPanelYears] (500) of them;
//   - an error reports at most the first 100 problems ([New],
//     [ParseModelJSON]), then one "and N more problems"; a value quoted in
//     it is cut to 40 bytes, then "…" and its length.
//
// Every error about a limit wraps [relations.ErrLimitExceeded].
package pact
