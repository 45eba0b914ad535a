package cow

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/entente-go/entente/relations"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		name, spelling string
		want           int   // the COW code; 0 for an error
		candidates     []int // for an ambiguous spelling
	}{
		{"code", "670", 670, nil},
		{"code with leading zeros", "0002", 2, nil},
		{"COW abbreviation", "SAU", 670, nil},
		{"ISO code", "GBR", 200, nil},
		{"abbreviation, lower case", "ukg", 200, nil},
		{"name", "Saudi Arabia", 670, nil},
		{"name, any case and spacing", "  saudi   ARABIA ", 670, nil},
		{"historical state", "Austria-Hungary", 300, nil},
		{"historical abbreviation", "AUH", 300, nil},
		{"ISO code of several states: the last holder", "DEU", 255, nil},
		{"ISO code of several states, Yemen", "yem", 679, nil},
		{"actor ID of an earlier holder", "cow-gfr", 260, nil},
		{"earlier holder by name", "German Federal Republic", 260, nil},
		{"abbreviation that is another's ISO code", "AUS", 0, []int{305, 900}},
		{"Korea", "kor", 0, []int{730, 732}},
		{"prefix", "Saudi", 0, nil},
		{"unknown code", "999", 0, nil},
		{"signed number", "+670", 0, nil},
		{"empty", "  ", 0, nil},
		{"huge number", "99999999999999999999", 0, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Lookup(tc.spelling)
			var amb *AmbiguousError
			switch {
			case tc.want != 0:
				if err != nil || s.Code != tc.want {
					t.Errorf("Lookup(%q) = %d, %v; want %d", tc.spelling, s.Code, err, tc.want)
				}
			case tc.candidates != nil:
				if !errors.As(err, &amb) {
					t.Fatalf("Lookup(%q): error %v, want an *AmbiguousError", tc.spelling, err)
				}
				var got []int
				for _, c := range amb.States {
					got = append(got, c.Code)
				}
				if diff := cmp.Diff(tc.candidates, got); diff != "" {
					t.Errorf("candidates (-want +got):\n%s", diff)
				}
			default:
				if !errors.Is(err, relations.ErrUnknownActor) || errors.As(err, &amb) {
					t.Errorf("Lookup(%q) = %d, %v; want an error wrapping ErrUnknownActor", tc.spelling, s.Code, err)
				}
			}
		})
	}
}

// TestLookupEveryState looks up every state by each of its spellings:
// each finds it, or is ambiguous with it among the candidates.
func TestLookupEveryState(t *testing.T) {
	for _, s := range States() {
		for _, sp := range []string{strconv.Itoa(s.Code), s.Abbrev, string(s.ID), s.Name, strings.ToUpper(s.Name), strings.ToLower(s.Abbrev)} {
			got, err := Lookup(sp)
			var amb *AmbiguousError
			switch {
			case errors.As(err, &amb):
				if !containsCode(amb.States, s.Code) {
					t.Errorf("Lookup(%q): candidates %v leave out %d", sp, amb, s.Code)
				}
			case err != nil:
				t.Errorf("Lookup(%q): %v", sp, err)
			case got.Code != s.Code:
				t.Errorf("Lookup(%q) = %d, want %d", sp, got.Code, s.Code)
			}
		}
		// The code and the name always name the state alone.
		for _, sp := range []string{strconv.Itoa(s.Code), s.Name} {
			if got, err := Lookup(sp); err != nil || got.Code != s.Code {
				t.Errorf("Lookup(%q) = %d, %v; want %d alone", sp, got.Code, err, s.Code)
			}
		}
	}
}

func containsCode(states []State, code int) bool {
	for _, s := range states {
		if s.Code == code {
			return true
		}
	}
	return false
}

// FuzzLookup checks that Lookup never panics, ignores case and outer
// spaces, and that a state it finds is found again by its code and name.
func FuzzLookup(f *testing.F) {
	for _, s := range []string{"670", "SAU", "saudi arabia", "AUS", "Austria-Hungary", "cow-gfr", "", "00", "+1", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, spelling string) {
		s, err := Lookup(spelling)
		if ascii(spelling) { // case is ignored; outer spaces too
			s2, err2 := Lookup(" " + strings.ToUpper(spelling) + "\t")
			if (err == nil) != (err2 == nil) || s.Code != s2.Code {
				t.Fatalf("Lookup(%q) = %d, %v but upper-cased %d, %v", spelling, s.Code, err, s2.Code, err2)
			}
		}
		var amb *AmbiguousError
		switch {
		case errors.As(err, &amb):
			if len(amb.States) < 2 {
				t.Fatalf("Lookup(%q): ambiguous with %d states", spelling, len(amb.States))
			}
		case err != nil:
			if !errors.Is(err, relations.ErrUnknownActor) {
				t.Fatalf("Lookup(%q): %v does not wrap ErrUnknownActor", spelling, err)
			}
		default:
			for _, sp := range []string{strconv.Itoa(s.Code), s.Name} {
				if again, err := Lookup(sp); err != nil || again.Code != s.Code {
					t.Fatalf("Lookup(%q) = %d, but Lookup(%q) = %d, %v", spelling, s.Code, sp, again.Code, err)
				}
			}
		}
	})
}

func ascii(s string) bool {
	for i := range len(s) {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
