package main

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"

	"github.com/entente-go/entente/internal/outfile"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: gzipfile SRC DST")
		os.Exit(2)
	}
	if err := compress(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "gzipfile:", err)
		os.Exit(1)
	}
}

// compress writes src, gzipped at best compression, to dst.
func compress(src, dst string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	// Through a temporary file: an embedded copy is never left half
	// written.
	return outfile.Write(dst, func(f io.Writer) error {
		zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
		if err != nil {
			return err
		}
		if _, err := zw.Write(data); err != nil {
			return err
		}
		return zw.Close()
	})
}
