// Package outfile writes the output files of the module's programs so that
// no partial file is ever left where a complete one was expected: a file
// is written beside its destination under a temporary name, flushed to
// disk, and renamed over the destination only once complete. A failed
// write — a full disk, a file-size limit — leaves the destination as it
// was, and the error names it. A destination that is not a regular file —
// a device such as /dev/stdout or /dev/null, a named pipe, a symbolic link
// — is written in place, never replaced.
package outfile
