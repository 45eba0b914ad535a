package hostile_test

import (
	"bytes"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/entente-go/entente/pact/atop"
	"github.com/entente-go/entente/pact/atop/atop51"
)

// programCases feed the programs hostile files and arguments: each must
// exit with a short message, within bounded memory.
var programCases = []hostileCase{
	{name: "examples/atop -data: a member file of 2 GiB", limit: "atop.MaxFileSize", want: refused, large: true,
		run: func(t testing.TB) error { return program(t, 1, "atop", "-data", atopDir(t, atop.MembersFile)) }},
	{name: "examples/networks -data: a phase file of 2 GiB", limit: "atop.MaxFileSize", want: refused, large: true,
		run: func(t testing.TB) error {
			return program(t, 1, "networks", "-data", atopDir(t, atop.PhasesFile), "-series", filepath.Join(t.TempDir(), "s.csv"))
		}},
	{name: "examples/atop -weights: a file of 2 GiB", limit: "the weights file's 1 MiB", want: refused, large: true,
		run: func(t testing.TB) error {
			return program(t, 1, "atop", "-similarity", "2,200", "-year", "1914", "-measure", "s-weighted", "-weights", sparse(t, "w.csv"))
		}},
	{name: "examples/atop: an argument of 100 KiB", limit: "the longest argument a program takes", want: refused, large: true,
		run: func(t testing.TB) error {
			return program(t, 2, "atop", "-partners", "2", "-on", strings.Repeat("9", 100<<10))
		}},
	{name: "examples/middleeast -on: a date of 100 KiB", limit: "the longest argument a program takes", want: refused, large: true,
		run: func(t testing.TB) error { return program(t, 2, "middleeast", "-on", strings.Repeat("2", 100<<10)) }},
	{name: "examples/middleeast -on: a date that does not exist", limit: "quoted values: 40 bytes and the length", want: refused, large: true,
		run: func(t testing.TB) error { return program(t, 2, "middleeast", "-on", "2025-02-30") }},
	{name: "examples/reliability -out: a full disk", limit: "outputs written whole or not at all", want: refused, large: true,
		run: func(t testing.TB) error {
			if _, err := os.Stat("/dev/full"); err != nil {
				t.Skip("no /dev/full")
			}
			return program(t, 1, "reliability", "-out", "/dev/full")
		}},
}

// exitError is a program's failure: its exit code and what it wrote to
// standard error.
type exitError struct {
	code   int
	stderr string
}

func (e *exitError) Error() string { return e.stderr }

// program runs the program examples/name with args, checks its exit code
// and its peak memory (512 MiB at most, where /usr/bin/time reports it),
// and returns its failure.
func program(t testing.TB, wantCode int, name string, args ...string) error {
	bin := build(t, name)
	// GNU time forks from a small process of its own, so that the
	// program's peak memory is its own (see reportPeak).
	timed := false
	cmd := exec.Command(bin, args...)
	if _, err := os.Stat("/usr/bin/time"); err == nil {
		cmd = exec.Command("/usr/bin/time", append([]string{"-f", peakLine + "%M", bin}, args...)...)
		timed = true
	}
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = io.Discard, &stderr
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	msg := stderr.String()
	if timed {
		if i := strings.LastIndex(msg, peakLine); i >= 0 {
			kib, _ := strconv.ParseInt(strings.TrimSpace(msg[i+len(peakLine):]), 10, 64)
			if kib<<10 > 512<<20 {
				t.Errorf("%s: peak memory %d MiB, more than 512", name, kib>>10)
			}
			msg = msg[:i]
			// GNU time adds a line when the program exits with a code.
			if j := strings.LastIndex(msg, "Command exited with non-zero status"); j >= 0 {
				msg = msg[:j]
			}
		}
	}
	if code != wantCode {
		t.Errorf("%s %.80q: exit %d, want %d; %.300s", name, args, code, wantCode, msg)
	}
	if code == 0 {
		return nil
	}
	return &exitError{code, msg}
}

var (
	builds    sync.Map // program name → *buildResult
	buildsDir = sync.OnceValues(func() (string, error) { return os.MkdirTemp("", "hostile-programs-") })
)

type buildResult struct {
	once sync.Once
	bin  string
	err  error
}

// build builds examples/name once for the whole run.
func build(t testing.TB, name string) string {
	v, _ := builds.LoadOrStore(name, &buildResult{})
	r := v.(*buildResult)
	r.once.Do(func() {
		dir, err := buildsDir()
		if err != nil {
			r.err = err
			return
		}
		r.bin = filepath.Join(dir, name)
		out, err := exec.Command("go", "build", "-o", r.bin, "../../examples/"+name).CombinedOutput()
		if err != nil {
			r.err = &exitError{1, string(out)}
		}
	})
	if r.err != nil {
		t.Skipf("building examples/%s: %v", name, r.err)
	}
	return r.bin
}

// atopDir writes ATOP 5.1's files to a directory, the one named huge a
// sparse file of 2 GiB.
func atopDir(t testing.TB, huge string) string {
	dir := t.TempDir()
	for _, name := range []string{atop.AlliancesFile, atop.PhasesFile, atop.MembersFile} {
		if name == huge {
			continue
		}
		b, err := fs.ReadFile(atop51.FS(), name)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sparseIn(t, dir, huge)
	return dir
}

// sparse makes a sparse file of 2 GiB in a directory of its own.
func sparse(t testing.TB, name string) string { return sparseIn(t, t.TempDir(), name) }

func sparseIn(t testing.TB, dir, name string) string {
	path := filepath.Join(dir, name)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// A header, so that the reader reads on into the 2 GiB of zeros.
	if _, err := f.WriteString("atopid," + strconv.Itoa(1) + "\n"); err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(2 << 30); err != nil {
		t.Skipf("no sparse file: %v", err)
	}
	return path
}
