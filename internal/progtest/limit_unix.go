//go:build unix

package progtest

import "syscall"

const canLimit = true

// limitFileSize sets RLIMIT_FSIZE: a write past it fails with EFBIG (the
// Go runtime ignores the SIGXFSZ that would otherwise end the process).
func limitFileSize(n int64) error {
	return syscall.Setrlimit(syscall.RLIMIT_FSIZE, &syscall.Rlimit{Cur: uint64(n), Max: uint64(n)})
}
