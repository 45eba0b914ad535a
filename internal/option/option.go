// Package option is the one mechanism behind every package's options:
// each package's Option is a named func type over its own unexported
// settings, which embed a Given; each WithX records its name there, so
// that a call given an option it does not use can say so, as a program
// exits on a flag its mode does not use.
package option

import (
	"errors"
	"slices"
	"strings"
)

// Given records, for one call, the options applied, by name, and the
// problems their arguments had.
type Given struct {
	names    []string
	problems []error
}

// Set records that the option named name was given.
func (g *Given) Set(name string) { g.names = append(g.names, name) }

// Fail records that the option named name was given with a bad argument.
func (g *Given) Fail(name string, err error) {
	g.Set(name)
	g.problems = append(g.problems, err)
}

// Apply applies opts to s in order; a nil option is ignored.
func Apply[S any, O ~func(*S)](s *S, opts []O) {
	for _, o := range opts {
		if o != nil {
			o(s)
		}
	}
}

// Check returns nil if every option given is one of takes and had a sound
// argument; otherwise an error joining one problem per option that call
// does not take (naming what it takes) and each bad argument.
func (g *Given) Check(call string, takes ...string) error {
	var problems []error
	for _, n := range g.names {
		if !slices.Contains(takes, n) {
			problems = append(problems, errors.New(n+" is not an option of "+call+" ("+offered(takes)+")"))
		}
	}
	return errors.Join(append(problems, g.problems...)...)
}

// offered says which options a call takes.
func offered(takes []string) string {
	if len(takes) == 0 {
		return "it takes none"
	}
	return "it takes " + strings.Join(takes, ", ")
}
