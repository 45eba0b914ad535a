// Package sharedcopy checks, in tests, that a dataset the module embeds is
// byte for byte the file in ../shared/data it was made from. ../shared/data
// stays the source of truth; on a clean clone without it the check skips,
// and only this check may.
package sharedcopy

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"testing"
)

// Check fails t unless the embedded copy, as got returns it decompressed,
// is the file at shared; it skips when shared cannot be read. name names
// the copy in the failure.
func Check(t testing.TB, shared, name string, got func() ([]byte, error)) {
	t.Helper()
	want, err := os.ReadFile(shared)
	if err != nil {
		t.Skipf("../shared/data not available (%v); nothing to compare with", err)
	}
	b, err := got()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, want) {
		t.Errorf("%s (%d bytes decompressed) differs from %s (%d bytes); run go generate", name, len(b), shared, len(want))
	}
}

// Require skips t when shared cannot be read: for a check of what the
// module embeds against ../shared/data that compares more than one file's
// bytes (rows a reader keeps, a program's output on either source). It is
// the one other place a test may skip for want of ../shared.
func Require(t testing.TB, shared string) {
	t.Helper()
	if _, err := os.Stat(shared); err != nil {
		t.Skipf("../shared/data not available (%v); the embedded copy has nothing to be checked against", err)
	}
}

// Gunzip returns a func that decompresses gz, for Check.
func Gunzip(gz []byte) func() ([]byte, error) {
	return func() ([]byte, error) {
		zr, err := gzip.NewReader(bytes.NewReader(gz))
		if err != nil {
			return nil, err
		}
		return io.ReadAll(zr)
	}
}

// GunzipFile returns a func that reads and decompresses the file at path,
// for Check.
func GunzipFile(path string) func() ([]byte, error) {
	return func() ([]byte, error) {
		gz, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		return Gunzip(gz)()
	}
}
