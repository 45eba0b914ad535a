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
