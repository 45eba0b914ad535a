package atop

import (
	"os"
	"testing"
)

const dataDir = "../../../shared/data/atop-5.1"

// readATOP reads the real ATOP files, skipping the test when they are absent.
func readATOP(t testing.TB) *Dataset {
	t.Helper()
	if _, err := os.Stat(dataDir); err != nil {
		t.Skipf("ATOP data not available (%v); put ../shared/data beside the project to run this test", err)
	}
	d, err := ReadDir(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
