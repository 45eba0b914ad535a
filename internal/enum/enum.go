// Package enum holds the text forms shared by the named-integer enums of
// entente's packages: a name per value, and a String that never panics.
package enum

import (
	"strconv"
	"strings"
)

// Text returns names[v] for a valid v, otherwise "typ(v)", so that a String
// method built on it never panics on a bad value.
func Text[E ~uint8](typ string, names []string, v E) string {
	if int(v) < len(names) && names[v] != "" {
		return names[v]
	}
	return typ + "(" + strconv.Itoa(int(v)) + ")"
}

// Parse is the inverse of Text for valid values; index 0 (the Unknown value
// of every enum) is never matched, so an unknown name reports false.
func Parse[E ~uint8](names []string, s string) (E, bool) {
	for i, n := range names {
		if i > 0 && n == s {
			return E(i), true
		}
	}
	return 0, false
}

// Problem builds the error a package reports for an enum's bad value:
// what is parsed, the input as given and what is wrong with it.
type Problem func(what, input, msg string) error

// Marshal is the MarshalText of an enum: the value's name, or an error for
// the Unknown value and bad values, which have no written form.
func Marshal[E ~uint8](fail Problem, what string, names []string, v E) ([]byte, error) {
	if v == 0 || int(v) >= len(names) {
		return nil, fail(what, Text(what, names, v), "has no written form; want "+Accepted(names))
	}
	return []byte(names[v]), nil
}

// Unmarshal is the UnmarshalText of an enum; the error lists the accepted
// values.
func Unmarshal[E ~uint8](fail Problem, what string, names []string, b []byte, v *E) error {
	e, ok := Parse[E](names, string(b))
	if !ok {
		return fail(what, string(b), "unknown value; want "+Accepted(names))
	}
	*v = e
	return nil
}

// Accepted lists the written forms of an enum's values, as in
// `one of "defense", "offense"`.
func Accepted(names []string) string {
	var b strings.Builder
	b.WriteString("one of ")
	for i, n := range names[1:] {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Quote(n))
	}
	return b.String()
}
