package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/entente-go/entente/internal/progtest"
)

func TestMain(m *testing.M) { progtest.Main(m, run) }

// TestAFailedWriteKeepsTheFile: when a write fails half way (here a
// file-size limit, as a full disk would), the program exits 1 naming the
// file, and the file it was to replace is left whole, with nothing beside
// it.
func TestAFailedWriteKeepsTheFile(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	const previous = "the previous panel\n"
	if err := os.WriteFile(out, []byte(previous), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := progtest.Run(t, 64<<10, "-panel", "directed", "-out", out)
	if code != 1 || !strings.Contains(stderr, "writing "+out) {
		t.Errorf("exit %d, stderr %q; want 1 and an error naming %s", code, stderr, out)
	}
	if b, _ := os.ReadFile(out); string(b) != previous {
		t.Errorf("the file holds %.60q, want the previous panel", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left in the directory: %v", entries)
	}
}

// TestOutputToADevice: a device is written in place, never replaced, and
// a failed write to one (/dev/full) is exit 1 naming it.
func TestOutputToADevice(t *testing.T) {
	for _, dev := range []string{"/dev/null", "/dev/full"} {
		if _, err := os.Stat(dev); err != nil {
			t.Skipf("no %s", dev)
		}
		var stdout, stderr bytes.Buffer
		code := run([]string{"-panel", "directed", "-out", dev}, &stdout, &stderr)
		want := 0
		if dev == "/dev/full" {
			want = 1
		}
		if code != want || (want == 1 && !strings.Contains(stderr.String(), "writing "+dev)) {
			t.Errorf("%s: exit %d, stderr %q; want %d", dev, code, stderr.String(), want)
		}
		if st, err := os.Stat(dev); err != nil || st.Mode()&os.ModeDevice == 0 {
			t.Errorf("%s is no longer a device", dev)
		}
	}
}
