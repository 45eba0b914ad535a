package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCompress: the copy is written whole or not at all; a failed write
// (to /dev/full) names the file.
func TestCompress(t *testing.T) {
	dir := t.TempDir()
	src, dst := filepath.Join(dir, "data.csv"), filepath.Join(dir, "data.csv.gz")
	if err := os.WriteFile(src, []byte("a,b\n1,2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := compress(src, dst); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(dst)
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := io.ReadAll(zr); string(got) != "a,b\n1,2\n" {
		t.Errorf("decompressed %q", got)
	}
	if _, err := os.Stat("/dev/full"); err == nil {
		if err := compress(src, "/dev/full"); err == nil || !strings.Contains(err.Error(), "writing /dev/full") {
			t.Errorf("/dev/full: %v", err)
		}
	}
}
