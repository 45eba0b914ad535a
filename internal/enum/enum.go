// Package enum holds the text forms shared by the named-integer enums of
// entente's packages: a name per value, and a String that never panics.
package enum

import "strconv"

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

// Marshal is the MarshalText of an enum: the value's name, or an error for
// the Unknown value and bad values, which have no written form.
func Marshal[E ~uint8](scope, what string, names []string, v E) ([]byte, error) {
	if v == 0 || int(v) >= len(names) {
		return nil, &Error{Scope: scope, What: what, Input: Text(what, names, v), Msg: "not a value that can be written"}
	}
	return []byte(names[v]), nil
}

// Unmarshal is the UnmarshalText of an enum.
func Unmarshal[E ~uint8](scope, what string, names []string, b []byte, v *E) error {
	e, ok := Parse[E](names, string(b))
	if !ok {
		return &Error{Scope: scope, What: what, Input: string(b), Msg: "unknown value"}
	}
	*v = e
	return nil
}

// Error reports an enum name that is not one of the enum's values.
type Error struct {
	Scope, What, Input, Msg string
}

func (e *Error) Error() string {
	return e.Scope + ": " + e.What + " " + strconv.Quote(e.Input) + ": " + e.Msg
}
