package outfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteReplacesOnlyWhenComplete(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "out.csv")
	if err := os.WriteFile(name, []byte("the previous file\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	broken := errors.New("the disk is full")
	err := Write(name, func(w io.Writer) error {
		io.WriteString(w, strings.Repeat("half a file\n", 10_000))
		return broken
	})
	if !errors.Is(err, broken) || !strings.Contains(err.Error(), "writing "+name) {
		t.Errorf("a failed write: %v, want an error naming %s", err, name)
	}
	if b, _ := os.ReadFile(name); string(b) != "the previous file\n" {
		t.Errorf("after a failed write the file holds %.40q", b)
	}
	if err := Write(name, func(w io.Writer) error { _, err := io.WriteString(w, "the new file\n"); return err }); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(name)
	st, _ := os.Stat(name)
	if string(b) != "the new file\n" || st.Mode().Perm() != 0o600 {
		t.Errorf("after a write: %q, mode %v; want the new file, its mode kept", b, st.Mode())
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("files left beside it: %v", entries)
	}
	fresh := filepath.Join(dir, "new.csv")
	if err := Write(fresh, func(w io.Writer) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Stat(fresh); err != nil || st.Mode().Perm() != 0o644 {
		t.Errorf("a new file: %v, %v; want mode 0644", st, err)
	}
}

func TestWriteDevicesInPlace(t *testing.T) {
	if _, err := os.Stat("/dev/null"); err != nil {
		t.Skip("no /dev/null")
	}
	if err := Write("/dev/null", func(w io.Writer) error { _, err := io.WriteString(w, "gone"); return err }); err != nil {
		t.Errorf("/dev/null: %v", err)
	}
	if st, err := os.Stat("/dev/null"); err != nil || st.Mode()&os.ModeDevice == 0 {
		t.Errorf("/dev/null is no longer a device: %v, %v", st, err)
	}
	if _, err := os.Stat("/dev/full"); err == nil {
		err := Write("/dev/full", func(w io.Writer) error { _, err := io.WriteString(w, strings.Repeat("x", 1<<17)); return err })
		if err == nil || !strings.Contains(err.Error(), "writing /dev/full") {
			t.Errorf("/dev/full: %v, want an error naming it", err)
		}
	}
}

func TestWriteIntoAMissingDirectory(t *testing.T) {
	name := filepath.Join(t.TempDir(), "no", "such", "dir", "out.csv")
	if err := Write(name, func(io.Writer) error { return nil }); err == nil || !strings.Contains(err.Error(), name) {
		t.Errorf("got %v", err)
	}
	if err := Write(filepath.Join(t.TempDir(), "x"), nil); err == nil {
		t.Error("a nil function: no error")
	}
}
