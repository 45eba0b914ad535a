// Package hostile holds no code: its tests are the hostile-input suite of
// the module. Each case is a named entry of one table, with the limit it
// checks (as the Limits section of package entente names it), fed through
// a reader, a constructor or a program: a 2 GiB stream, a 32 MiB header,
// a megabyte key, a million bad rows, a flood of empty elements, one
// event among 8,000 actors, nil where a value belongs. Every case must end
// in a short error or a documented answer, never a panic or a hang; the
// cases marked for memory run again in a child process whose peak
// resident memory is held to their bound, and the cases marked for time
// are benchmarks (BenchmarkHostile), as the module keeps performance out
// of timed tests. The cases of 32 MiB and more skip under -short.
package hostile
