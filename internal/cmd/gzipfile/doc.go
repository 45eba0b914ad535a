// Gzipfile compresses a file with gzip at best compression, for the data
// that entente's dataset packages embed:
//
//	go run github.com/entente-go/entente/internal/cmd/gzipfile SRC DST
//
// The gzip header carries no name and no modification time, so that the
// output depends only on the input and the Go version. The packages'
// go:generate lines run it on ../shared/data; their tests check that each
// embedded copy decompresses to the bytes of the file it came from.
package main
