//go:build !unix

package progtest

const canLimit = false

func limitFileSize(int64) error { return ErrUnsupported }
