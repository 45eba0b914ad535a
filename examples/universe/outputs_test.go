package main

import (
	"testing"

	"github.com/entente-go/entente/internal/progtest"
)

func TestMain(m *testing.M) { progtest.Main(m, run) }

// TestAFailedWriteKeepsTheFile: a write that fails half way is exit 1
// naming the file, and leaves the file it was to replace whole.
func TestAFailedWriteKeepsTheFile(t *testing.T) {
	progtest.FailedWrite(t, 64<<10, func(out string) []string { return []string{"-from", "1816", "-to", "2016", "-out", out} })
}

// TestOutputToADevice: a device is written in place, never replaced.
func TestOutputToADevice(t *testing.T) {
	progtest.Devices(t, run, func(dev string) []string { return []string{"-from", "1900", "-to", "1950", "-out", dev} })
}
