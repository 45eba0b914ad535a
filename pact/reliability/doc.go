// Package reliability asks whether allies kept their word: given a model of
// agreements ([pact.Model]) and the wars that happened ([War]), it reports,
// for each war at its onset, every obligation to fight beside a belligerent
// — the treaty's verdict with its reasons, what the ally did, and the
// outcome, in the words of package record.
//
// # Method
//
// For each war, [Judge] builds the onset attacks: the initiators attack
// each original participant of the other side, a state that entered in the
// onset's year. It asks the model's obligation engine about each attack
// ([pact.Model.Respond]) on the onset's date, at the date's precision, and
// keeps every duty to defend an attacked state or to join an initiator's
// offense (ATOP's defense and offense obligations). The duties of one
// holder toward one beneficiary are one [Judgement]:
//
//   - Bound: some clause is in force and every condition of it held;
//   - Released: every clause failed a condition, which Reason names;
//   - cannot tell: the data do not settle it, and Reason says why (a
//     partial onset date against a treaty's dates, an obligation that varies
//     by partner, a condition no war data can check).
//
// Then the holder's participation says what it did ([Conduct]): fought on
// the beneficiary's side from the onset's year, joined that side in a later
// year, fought on the other side, or stayed out. A bound holder that fought
// on the beneficiary's side honoured the obligation, at once or late; one
// that stayed out or fought against it left it unmet. A released
// obligation was not owed and counts for neither; a verdict that cannot be
// told cannot be judged, and [Judgement.Possible] says what it may be.
//
// # One concept, two sources
//
// A war is a test of a commitment, as a graded event of package record
// is: the same question (was a duty honoured when it was called?) asked of
// another source. So a judgement speaks record's vocabulary
// ([record.Outcome]: honoured, unmet, not owed, cannot judge) and
// [Judgement.Verdict] gives it as a [record.Verdict] — the war the test,
// the beneficiary the protégé, each duty a commitment, participation the
// response: fighting on the beneficiary's side is [record.WarEntry],
// staying out [record.None], fighting against it None with its own reason.
// [record.Tally] counts them with the settled share and its exact bounds,
// and [record.WriteCSV] writes them: one tally, one CSV writer, for wars
// and events alike.
//
// What stays here is what only war data need: the onset attacks built
// from the initiators, the provocation rule, and participation at year
// precision. That last is why record's judging ([record.New], day
// precision, a window of days, a grade scale per kind) does not judge
// wars itself: a year-dated entry cannot fall inside a 90-day window, and
// war data grade nothing below war entry. A war is its own window — an ally
// that joined in a later year honoured the obligation, as the published
// studies count it —, so a war never partly honours.
//
// # What is known, and the rule adopted
//
// War data say who initiated a war, which side each state fought on and
// when it entered. They do not say where the fighting was, whether a demand
// was refused, whether help was asked for, or which conflict a treaty
// meant: conditions on those stay cannot tell. Nor do they say who provoked
// whom. For ATOP's non-provocation condition, Judge adopts one rule: the
// initiators provoked the war, and the states they attacked did not
// (the attacked state's Provoked fact is No). [Judgement.ByRule] marks each
// verdict that would differ were provocation unknown. A war given with its
// own [War.Attacks] carries its own facts, and no rule applies.
//
// A state absent from the war's data is one rule, whether it is the ally
// or the one it owed: the judgement cannot be judged, and
// [Judgement.Absent] names the state. The data cannot place a beneficiary
// they do not list, nor an ally they do not cover ([War.Covered]: COW's
// lists only members of its state system, so Montenegro, a member only
// from 2006, is absent in 1914, not a state that stayed out). An ally the
// data cover and do not list stayed out.
//
// Participation is at the precision of the war data: with COW's, a year.
// An ally that entered in December of the onset year counts as joining at
// the onset; one that entered in January of the next, as joining later.
//
// # How this differs from the published studies
//
// Leeds, Long and Mitchell (2000) and Berkemeier and Fuhrmann (2018) code
// by hand, for each war, whether an alliance's casus foederis arose and
// whether each ally fulfilled it, reading the treaties and the diplomatic
// record day by day. This package applies ATOP's coded conditions
// mechanically, with the rule above, at the precision of the war data, and
// reports as cannot tell what they settle by judgement. Its figures are not
// theirs and are not tuned toward them.
//
// # References
//
// Leeds, Brett Ashley, Andrew G. Long, and Sara McLaughlin Mitchell. 2000.
// "Reevaluating Alliance Reliability: Specific Threats, Specific Promises."
// Journal of Conflict Resolution 44 (5): 686–699.
//
// Berkemeier, Molly, and Matthew Fuhrmann. 2018. "Reassessing the
// Fulfillment of Alliance Commitments in War." Research & Politics 5 (2).
//
// Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell, and
// Andrew G. Long. 2002. "Alliance Treaty Obligations and Provisions,
// 1815–1944." International Interactions 28: 237–260.
//
// Sarkees, Meredith Reid, and Frank Whelon Wayman. 2010. Resort to War:
// 1816–2007. Washington, DC: CQ Press ([FromCOW] converts its inter-state
// wars, shipped in package war of relations/cow).
package reliability
