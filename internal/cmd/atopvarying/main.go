// Atopvarying writes, gzipped, the rows of ATOP 5.1's directed dyad-year
// file that the ATOP reader needs to settle the partners of members coded
// OBVARY — the lines of atop5_1ddyr_min.csv for their directed dyads in
// the years they share a phase, byte for byte, under its header — for
// package atop51 to embed:
//
//	go run github.com/entente-go/entente/internal/cmd/atopvarying DIR DST
//
// DIR holds ATOP's files (../shared/data/atop-5.1). The gzip header
// carries no name and no time, so the output depends only on the input;
// atop51's tests check the embedded copy against DIR when it is present.
package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"slices"

	"github.com/entente-go/entente/pact/atop"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: atopvarying DIR DST")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "atopvarying:", err)
		os.Exit(1)
	}
}

func run(dir, dst string) error {
	d, err := atop.ReadDir(dir)
	if err != nil {
		return err
	}
	if d.DirectedFile != atop.DirectedMinFile && d.DirectedFile != atop.DirectedFile {
		return fmt.Errorf("%s holds no %s or %s", dir, atop.DirectedMinFile, atop.DirectedFile)
	}
	var csv bytes.Buffer
	if _, err := atop.WriteCSV(&csv, slices.Values(d.Directed)); err != nil {
		return err
	}
	var gz bytes.Buffer
	zw, err := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(csv.Bytes()); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(dst, gz.Bytes(), 0o644)
}
