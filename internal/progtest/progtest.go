package progtest

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The environment variables that make a test binary the program: its
// arguments, as JSON, and the file-size limit to run it under.
const (
	argsVar  = "ENTENTE_PROGTEST_ARGS"
	limitVar = "ENTENTE_PROGTEST_FSIZE"
)

// Program is a program's entry point: it runs with args and returns the
// exit code.
type Program func(args []string, stdout, stderr io.Writer) int

// Main is a program's TestMain: it runs the tests, or, in a child that
// Run started, the program.
func Main(m *testing.M, run Program) {
	encoded, child := os.LookupEnv(argsVar)
	if !child {
		os.Exit(m.Run())
	}
	var args []string
	if err := json.Unmarshal([]byte(encoded), &args); err != nil {
		os.Stderr.WriteString("progtest: " + err.Error() + "\n")
		os.Exit(3)
	}
	if limit, err := strconv.ParseInt(os.Getenv(limitVar), 10, 64); err == nil && limit > 0 {
		if err := limitFileSize(limit); err != nil {
			os.Stderr.WriteString("progtest: " + err.Error() + "\n")
			os.Exit(3)
		}
	}
	os.Exit(run(args, os.Stdout, os.Stderr))
}

// ErrUnsupported is what Run reports where a file-size limit cannot be
// set.
var ErrUnsupported = errors.New("progtest: no file-size limit on this system")

// Run runs the program of the test binary with args in a child process
// whose files may grow to at most limit bytes (no limit if limit ≤ 0), and
// returns its exit code and output.
func Run(t *testing.T, limit int64, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	if limit > 0 && !canLimit {
		t.Skip(ErrUnsupported)
	}
	encoded, err := json.Marshal(args)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), argsVar+"="+string(encoded), limitVar+"="+strconv.FormatInt(limit, 10))
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err = cmd.Run()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		code = exit.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	return code, out.String(), errOut.String()
}

// FailedWrite checks that when a write fails half way (a file-size limit
// of limit bytes, as a full disk would do), the program exits 1 naming the
// file, and the file it was to replace is left whole, with nothing beside
// it. args gives the program's arguments that write the file out.
func FailedWrite(t *testing.T, limit int64, args func(out string) []string) {
	t.Helper()
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	const previous = "the previous file\n"
	if err := os.WriteFile(out, []byte(previous), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := Run(t, limit, args(out)...)
	if code != 1 || !strings.Contains(stderr, "writing "+out) {
		t.Errorf("exit %d, stderr %q; want 1 and an error naming %s", code, stderr, out)
	}
	if b, _ := os.ReadFile(out); string(b) != previous {
		t.Errorf("the file holds %.60q, want the previous file", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left in the directory: %v", entries)
	}
}

// Devices checks that a device is written in place, never replaced, and
// that a failed write to one (/dev/full) is exit 1 naming it. args gives
// the arguments that write the device dev.
func Devices(t *testing.T, run Program, args func(dev string) []string) {
	t.Helper()
	for _, dev := range []string{"/dev/null", "/dev/full"} {
		if _, err := os.Stat(dev); err != nil {
			t.Skipf("no %s", dev)
		}
		var stdout, stderr bytes.Buffer
		code := run(args(dev), &stdout, &stderr)
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
