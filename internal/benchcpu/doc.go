// Package benchcpu reports the CPU time a benchmark spends per operation,
// user plus system time from getrusage, beside the wall time the testing
// package measures: on a shared, noisy machine CPU time varies far less,
// since time spent waiting for a core does not count.
//
// A benchmark starts a [Timer] after its setup and reports when its loop
// ends:
//
//	t := benchcpu.Start(b)
//	for b.Loop() {
//		...
//	}
//	t.Report()
//
// The figure appears as cpu-ns/op, which benchstat compares like ns/op.
// It counts every thread of the process, so it includes the garbage
// collector's work on other cores; that work is part of the cost.
package benchcpu
