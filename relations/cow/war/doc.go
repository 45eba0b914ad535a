// Package war is the Correlates of War Inter-State War data, version 4.0,
// shipped with entente: every inter-state war from 1816 to 2007, its
// participants and the years each pair of enemies fought.
//
// The data come as directed dyad-years (war_dyad_years.csv, 1,932 rows for
// 95 wars), embedded gzipped and decoded once by [All]; [Parse] reads the
// same format from elsewhere, strictly, and reports every problem with its
// file, line and column. Each [War] lists its [Participant] values — a state on
// one [Side], with whether it initiated the war, its first year in it and
// its [Outcome] — and its [DyadYear] values. A state that changed sides (Italy in
// the Second World War, war 139) is two participants.
//
// # Precision
//
// The dyad-year form keeps years only: a war's onset and a participant's
// entry are year-precision [relations.Date] values, never invented days.
//
// # Cautions
//
// From the source (peacesciencer's documentation of these data): COW's
// codebook does not explain the side variables (sidea1, sidea2), read here
// as side A for 1 and side B for 2, so prefer Initiator to Side when asking
// who started a war; battle deaths are often unknown ([DeathsUnknown]); and
// the war data and COW's militarized-dispute data do not always agree. A
// resumed spell of a war (resume 1: a war that stopped and began again)
// carries no outcome in the source; a participant's Outcome is the one its
// other rows carry.
//
// Citation: Sarkees, Meredith Reid, and Frank Whelon Wayman. 2010. Resort to
// War: A Data Guide to Inter-State, Extra-State, Intra-State, and Non-State
// Wars, 1816-2007. Washington, DC: CQ Press. Data as distributed in the R
// package peacesciencer 1.2.9 (Steven V. Miller), data/cow_war_inter.rda.
package war
