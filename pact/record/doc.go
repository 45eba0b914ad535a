// Package record asks of a protector the question a commitment exists to
// answer: when the protégé was struck, did the protector come? It holds
// the tests of commitments, the responses to them, the verdicts, and the
// record they add up to. It is named for the record — a credibility
// record, kept as ledgers — because that is what a reader asks of it;
// tests, responses and verdicts are its entries. It sits on the floor of
// the packages that read agreements, above pact, whose obligation engine
// it asks who owed what.
//
// # Tests and responses
//
// A [Test] is a dated, sourced occurrence that calls on the commitments
// toward its protégé: an [Attack], an [AttackOnHosted] (a protector's base
// on the protégé's soil: the host is the protégé), an [Invasion], an
// assurance's window [AssuranceExpired] or [AssuranceBreached]. Partial
// dates are kept: a test dated "2019-09" against a treaty that entered
// into force mid-month is judged cannot tell.
//
// A [Response] is one third party's act toward a test, graded on an
// ordered scale: [None] < [Statement] < [Consultation] < [Sanctions] <
// [Reinforcement] < [Defensive] < [Retaliation] < [WarEntry]. None is a
// sourced finding — the sources say the actor did nothing. An actor with
// no recorded response is [Unrecorded], printed "cannot tell": the
// verdict cannot be judged.
//
// # Verdicts
//
// [New] asks the model, for each test, who owed or was expected
// something toward the protégé on the day, through [pact.Model.Bonds]
// and the agreements' provisions: whatever kind of commitment the engine
// reports gets a verdict, with the commitment's sources and the
// response's. When the test names its aggressors, [pact.Model.Respond]
// checks each defense and consultation clause's conditions against it: a
// duty a failed condition released is not owed (the verdict says why), and
// one whose condition the test cannot settle (a location the sources do
// not give) may not be owed. A [Verdict] is [Honoured], [PartlyHonoured], [Unmet],
// [NotOwed] (an actor that responded though it owed nothing: a ledger line
// too) or [CannotJudge], with the outcomes the unknowns allow. Where a
// protector owed several things, the worst outcome over them decides.
//
// Which grade honours which kind is a [Rule], overridable with
// [WithRule]. The defaults ([DefaultRules]) and why:
//
//   - defense: honoured by [Defensive] or more, partly by [Reinforcement].
//     A defense clause promises to treat the attack as an attack on the
//     protector; forces that only arrive do not fight it, forces that
//     intercept or escort do.
//   - expectation (of protection, informal), basing and military-aid:
//     honoured by [Reinforcement], partly by [Consultation]. They promise
//     no fighting, so a protector that sends forces or air defences does
//     what the expectation asks; one that only talks has done a part; words
//     alone (a [Statement]) are what any state may say.
//   - consultation: honoured by [Consultation], partly by a [Statement]:
//     the duty is to talk with the protégé, not to speak about it.
//
// A kind with no rule (one a later engine adds) is judged cannot judge,
// with the reason, until a rule is given. Offense, neutrality and
// non-aggression promise the protégé no help and are not put to the test
// by an attack on it.
//
// The form of a commitment does not change its rule: a
// [pact.UnilateralGuarantee]'s defense clause is judged as a treaty's is,
// from the day it enters into force to the day its giver revokes it, and
// each [Commitment] carries its Form. An agreement whose text is not
// public owes, for each binding obligation, *cannot tell*
// ([relations.UndisclosedText]), so its parties' verdicts are cannot
// judge between what they did and not owed. An [pact.Assurance] is a
// promise not to strike: it is put to the test by its own giver, when
// the giver is an aggressor against the one it assured. That verdict
// (kind [AssuranceKind]) is [Unmet] when the assurance was in force or
// the agreement records the breach on the test's day, cannot judge when
// the dates leave its window open, and no line when it had certainly
// ended; grades of help do not apply, and no Rule judges it.
//
// Responses count inside a window after the test: [DefaultWindow], 90
// days, overridable with [WithWindow]; the highest grade inside it
// decides. Three months is long enough for a deployment to be ordered and
// to arrive (Desert Shield was ordered five days after Kuwait was
// invaded; Abqaiq's Patriots came within twelve days) and short enough
// that a later war — Desert Storm, five months on — answers a new
// question. Every response stays in the verdict with its lag in days,
// counted or not. When the actor has recorded responses to the test but
// none inside the window, it did [None] inside it.
//
// # The record
//
// A [Ledger] holds one protector's verdicts toward one protégé, and its
// [Credibility] is the share honoured with the bounds the unjudged lines
// allow: honoured counts 1, partly honoured ½ (one column of the share,
// so a half-kept promise weighs half a kept one), unmet 0, and not owed is
// left out of the denominator. Met 2 of 3 judged and 1 cannot judge reads
// 67% settled, 50–75%. The bounds are exact, computed without enumerating
// settlements: each unjudged line moves the figure on its own.
//
// [Diversify] measures a portfolio the same way: the protectors bound for
// certain, those the sources cannot settle, and the share on one
// protector and the concentration, each with its bounds, so that a
// source's coverage ending widens them instead of moving the figure.
// [Tally] counts any set of verdicts the same way, and [WriteCSV] exports
// any set: package pact/reliability gives the wars of COW's data as
// verdicts (participation the response), so wars and graded events share
// one vocabulary, one tally and one CSV.
//
// # JSON
//
// [ParseJSON] reads a document of tests and responses, strictly, with
// every error at its path and line:column; the schema is on it.
//
// # Limits
//
// A document is at most [MaxJSONSize] bytes (8 MiB) and decodes to at most
// 8 bytes of values per byte; every error about a limit wraps
// [relations.ErrLimitExceeded]. [New] reports every problem in the tests
// and responses at once. A [Record] is immutable and safe for concurrent
// use.
package record
