// Package atop51 is the Alliance Treaty Obligations and Provisions data,
// version 5.1, embedded: ATOP's alliance, phase and member files
// (atop5_1a.csv, atop5_1aph.csv and atop5_1m.csv), gzipped, about 73 KB
// in the binary of a program that imports this package and nothing in one
// that does not.
//
// [FS] serves the three files under their own names, byte for byte as
// ATOP distributes them; [Read] reads them with [atop.Read] into rows and
// a pact model. The files are decompressed once, on first use.
//
// The copies come from ../shared/data/atop-5.1 (go generate refreshes
// them), which took them unchanged from the DoDL replication repository
// (jandresgannon/DoDL, inst/extdata/ATOP/, commit 67007e14); a test checks
// that each decompresses to the bytes of that file when it is present.
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
