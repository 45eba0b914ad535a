// Jsonv2 rewrites entente's version-1 JSON documents (history and model
// documents) as version 2, in place:
//
//	go run github.com/entente-go/entente/internal/cmd/jsonv2 FILE...
//
// Only the "version" and the keys version 2 renamed change (the table is in
// internal/jsonv1); every other byte stays, so a file's layout and order
// survive. Each rewrite is checked before the file is replaced: the
// version-2 text, read back, must decode to the same actors and events, or
// agreements, as the version-1 text. A file already at version 2 is left
// as it is and named. Exit status 0 on success, 1 when a file could not be
// rewritten (the others still are), 2 for no arguments.
package main
