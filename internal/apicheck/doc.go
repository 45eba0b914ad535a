// Package apicheck holds the API compatibility check as a Go test: the
// exported API of every public package of the module, compared with the
// baseline committed in api/baseline.zip by golang.org/x/exp/apidiff. An
// incompatible change fails the test unless CHANGELOG.md's Unreleased
// section lists it under Breaking; any change at all asks for the baseline
// to be rewritten (go test ./internal/apicheck -update), in the same commit
// as the change, so the baseline is always the API as it stands.
//
// The baseline is in apidiff's module export-data format, so the command
// line reads it too: go run golang.org/x/exp/cmd/apidiff -m api/baseline.zip
// github.com/entente-go/entente.
package apicheck
