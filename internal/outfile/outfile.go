package outfile

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// Write writes the file name with write, which gets a buffered writer: to
// a temporary file beside name, renamed over it once write, the flush and
// the sync have all succeeded; in place when name exists and is not a
// regular file. A new file gets mode 0644, a replaced one keeps its mode.
// The error of any step names the file.
func Write(name string, write func(io.Writer) error) error {
	fail := func(err error) error { return fmt.Errorf("writing %s: %w", name, err) }
	if write == nil {
		return fail(errors.New("nothing to write (a nil function)"))
	}
	mode := fs.FileMode(0o644)
	switch st, err := os.Lstat(name); {
	case err == nil && !st.Mode().IsRegular():
		return inPlace(name, write, fail)
	case err == nil:
		mode = st.Mode().Perm()
	case !errors.Is(err, fs.ErrNotExist):
		return fail(err)
	}
	dir, base := filepath.Split(name)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return fail(err)
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriterSize(tmp, 64<<10)
	if err := write(bw); err != nil {
		return fail(err)
	}
	if err := bw.Flush(); err != nil {
		return fail(err)
	}
	if err := tmp.Chmod(mode); err != nil {
		return fail(err)
	}
	// Sync before the rename, so that a write the file system defers (on
	// a full disk, or to a network file system) fails here, not after
	// the complete file was promised.
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		return fail(err)
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		return fail(err)
	}
	done = true
	return nil
}

// inPlace writes a file that is not a regular one where it is.
func inPlace(name string, write func(io.Writer) error, fail func(error) error) error {
	f, err := os.OpenFile(name, os.O_WRONLY, 0)
	if err != nil {
		return fail(err)
	}
	bw := bufio.NewWriterSize(f, 64<<10)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fail(err)
	}
	return nil
}
