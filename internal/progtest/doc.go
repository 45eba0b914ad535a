// Package progtest runs the module's programs under test as child
// processes with a file-size limit, so that a test can see what a program
// does when a write fails half way, as on a full disk: the test binary
// runs again, and its TestMain ([Main]) runs the program instead of the
// tests. [FailedWrite] and [Devices] are the checks every program that
// writes a file makes of it.
package progtest
