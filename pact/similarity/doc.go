// Package similarity measures how alike two actors' alliance portfolios
// are, with the measures IR research uses: Signorino and Ritter's S
// (unweighted, weighted, with absolute or squared distances), Häge's
// chance-corrected Cohen's κ and Scott's π, and Kendall's τ-b.
//
// A portfolio is a row of a tie [Matrix]: for one actor, the valued strength
// of its commitments to each member of a reference set (every state of the
// system in a year, or a region's). A [Coding] turns the obligations between
// two actors into a value: [ATOP] ranks them 0–3 as the ATOP similarity
// scores do (Chiba, Johnson and Leeds 2015), [COWStyle] follows the
// Correlates of War's typology of alliances. How an actor's tie to itself
// counts is an explicit [Self] rule. A measure that is undefined for a pair
// — a reference set with nothing to compare, two portfolios without
// variation — is NaN, never a made-up 0 or 1.
//
// # Years the data do not settle
//
// Every measure is a [relations.Measure], which follows one rule for ties
// the data cannot settle: a year some source of the model does not observe
// whole (for ATOP 5.1, every year after 2018) has no settled tie, and no
// measure gives a number as if it had, nor the last observed year's. S,
// to which each reference member contributes a term of its own, gives its
// exact bounds; κ, π and τ-b, whose chance correction or pair counts tie
// the members together, cannot tell. [SystemMembers] carries COW's 2016
// membership forward to later years: a marked carry-forward, settled.
//
// References:
//
//   - Signorino, Curtis S. and Jeffrey M. Ritter. 1999. "Tau-b or Not Tau-b:
//     Measuring the Similarity of Foreign Policy Positions." International
//     Studies Quarterly 43: 115–144.
//   - Häge, Frank M. 2011. "Choice or Circumstance? Adjusting Measures of
//     Foreign Policy Similarity for Chance Agreement." Political Analysis 19:
//     287–305.
//   - Bueno de Mesquita, Bruce. 1975. "Measuring Systemic Polarity." Journal
//     of Conflict Resolution 19: 187–216 (τ-b for alliance portfolios).
//   - Chiba, Daina, Jesse C. Johnson and Brett Ashley Leeds. 2015. "Careful
//     Commitments: Democratic States and Alliance Design." Journal of
//     Politics 77 (4): 968–982.
package similarity
