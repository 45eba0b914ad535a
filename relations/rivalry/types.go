package rivalry

import (
	"strconv"
	"strings"
)

// Types is a set of the kinds of rivalry Thompson and Dreyer distinguish;
// a rivalry may be of several at once.
type Types uint8

// The kinds of rivalry, named as the data's type1..type3 columns name them.
const (
	// Spatial rivals contest territory.
	Spatial Types = 1 << iota
	// Positional rivals contest relative position: influence and status
	// in a region or in the system.
	Positional
	// Ideological rivals contest the relative virtues of their political,
	// economic or religious systems.
	Ideological
	// Interventionary rivals contest the internal affairs of one of them
	// (the handbook's fourth type, added to the three above).
	Interventionary
)

// typeNames are the words of the type columns, in bit order.
var typeNames = []string{"spatial", "positional", "ideological", "interventionary"}

// Has reports whether s holds every kind in t.
func (s Types) Has(t Types) bool { return s&t == t }

// String lists the kinds in s, as in "spatial+positional"; the empty set
// is "none", and bits that name no kind print as "Types(16)".
func (s Types) String() string {
	var parts []string
	for i, n := range typeNames {
		if s&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	if rest := s &^ (1<<len(typeNames) - 1); rest != 0 {
		parts = append(parts, "Types("+strconv.Itoa(int(rest))+")")
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, "+")
}

// parseType returns the kind a type column's word names.
func parseType(word string) (Types, bool) {
	for i, n := range typeNames {
		if word == n {
			return 1 << i, true
		}
	}
	return 0, false
}
