package progtest

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"strconv"
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
