package atop51

import (
	"bytes"
	"compress/gzip"
	"embed"
	"errors"
	"io"
	"io/fs"
	"slices"
	"sync"
	"time"

	"github.com/entente-go/entente/pact/atop"
)

//go:embed atop5_1a.csv.gz atop5_1aph.csv.gz atop5_1ddyr_obvary.csv.gz atop5_1m.csv.gz
var compressed embed.FS

// names are the files FS serves, sorted by name, as fs.ReadDir lists them.
var names = []string{atop.AlliancesFile, atop.PhasesFile, atop.DirectedVaryingFile, atop.MembersFile}

// decompressed holds the files' contents, decompressed on first use.
var decompressed = sync.OnceValues(func() (map[string][]byte, error) {
	out := make(map[string][]byte, len(names))
	for _, name := range names {
		data, err := gunzip(name + ".gz")
		if err != nil {
			return nil, err
		}
		out[name] = data
	}
	return out, nil
})

func gunzip(name string) ([]byte, error) {
	f, err := compressed.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, errors.New("atop51: " + name + ": " + err.Error())
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, errors.New("atop51: " + name + ": " + err.Error())
	}
	return data, nil
}

// FS returns the embedded files as a read-only file system: atop5_1a.csv,
// atop5_1aph.csv and atop5_1m.csv at its root, with ATOP's contents byte
// for byte, and atop5_1ddyr_obvary.csv, the lines of ATOP's directed
// dyad-year file (atop5_1ddyr_min.csv) that [atop.Read] needs to settle
// the partners of members coded OBVARY, byte for byte under its header.
// The first use of any FS decompresses them, once for the program; the FS
// is safe for concurrent use.
func FS() fs.FS { return filesystem{} }

// Read reads the embedded files with [atop.Read]: ATOP 5.1's alliances,
// phases and members, the partners of members coded OBVARY settled from
// the directed dyad-year rows, and the pact model built from them. Each
// call builds a new [atop.Dataset], which the caller may keep or change.
func Read() (*atop.Dataset, error) { return atop.Read(FS()) }

// filesystem serves the decompressed files. It implements fs.ReadFileFS
// and fs.ReadDirFS as well as fs.FS.
type filesystem struct{}

// Open implements fs.FS.
func (filesystem) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	if name == "." {
		return &dir{}, nil
	}
	data, err := lookup("open", name)
	if err != nil {
		return nil, err
	}
	return &file{info: info{name: name, size: int64(len(data))}, r: bytes.NewReader(data)}, nil
}

// ReadFile returns a copy of the named file's contents.
func (filesystem) ReadFile(name string) ([]byte, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "readfile", Path: name, Err: fs.ErrInvalid}
	}
	data, err := lookup("readfile", name)
	if err != nil {
		return nil, err
	}
	return slices.Clone(data), nil
}

// ReadDir lists the root, the only directory.
func (filesystem) ReadDir(name string) ([]fs.DirEntry, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrInvalid}
	}
	if name != "." {
		if _, err := lookup("readdir", name); err != nil {
			return nil, err
		}
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: errors.New("not a directory")}
	}
	return entries()
}

func lookup(op, name string) ([]byte, error) {
	files, err := decompressed()
	if err != nil {
		return nil, &fs.PathError{Op: op, Path: name, Err: err}
	}
	data, ok := files[name]
	if !ok {
		return nil, &fs.PathError{Op: op, Path: name, Err: fs.ErrNotExist}
	}
	return data, nil
}

func entries() ([]fs.DirEntry, error) {
	files, err := decompressed()
	if err != nil {
		return nil, &fs.PathError{Op: "readdir", Path: ".", Err: err}
	}
	out := make([]fs.DirEntry, len(names))
	for i, n := range names {
		out[i] = fs.FileInfoToDirEntry(info{name: n, size: int64(len(files[n]))})
	}
	return out, nil
}

// info describes a file, or the root directory when dir is set.
type info struct {
	name string
	size int64
	dir  bool
}

// Name implements fs.FileInfo.
func (i info) Name() string { return i.name }

// Size implements fs.FileInfo.
func (i info) Size() int64 { return i.size }

// ModTime implements fs.FileInfo.
func (i info) ModTime() time.Time { return time.Time{} }

// IsDir implements fs.FileInfo.
func (i info) IsDir() bool { return i.dir }

// Sys implements fs.FileInfo.
func (i info) Sys() any { return nil }

// Mode implements fs.FileInfo.
func (i info) Mode() fs.FileMode {
	if i.dir {
		return fs.ModeDir | 0o555
	}
	return 0o444
}

// file is an open file: a reader over the shared, never-written contents.
type file struct {
	info info
	r    *bytes.Reader
}

// Stat implements fs.File.
func (f *file) Stat() (fs.FileInfo, error) { return f.info, nil }

// Read implements fs.File.
func (f *file) Read(p []byte) (int, error) { return f.r.Read(p) }

// Close implements fs.File.
func (f *file) Close() error { return nil }

// Seek and ReadAt let callers treat the file as an io.ReadSeeker or
// io.ReaderAt, as they can an embed.FS file.
func (f *file) Seek(offset int64, whence int) (int64, error) { return f.r.Seek(offset, whence) }

// ReadAt implements fs.File.
func (f *file) ReadAt(p []byte, off int64) (int, error) { return f.r.ReadAt(p, off) }

// dir is the open root directory.
type dir struct {
	read int // entries already returned by ReadDir
}

// Stat implements fs.ReadDirFile.
func (d *dir) Stat() (fs.FileInfo, error) { return info{name: ".", dir: true}, nil }

// Close implements fs.ReadDirFile.
func (d *dir) Close() error { return nil }

// Read implements fs.ReadDirFile.
func (d *dir) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: ".", Err: errors.New("is a directory")}
}

// ReadDir implements fs.ReadDirFile.
func (d *dir) ReadDir(n int) ([]fs.DirEntry, error) {
	all, err := entries()
	if err != nil {
		return nil, err
	}
	rest := all[d.read:]
	if n <= 0 {
		d.read = len(all)
		return rest, nil
	}
	if len(rest) == 0 {
		return nil, io.EOF
	}
	rest = rest[:min(n, len(rest))]
	d.read += len(rest)
	return rest, nil
}
