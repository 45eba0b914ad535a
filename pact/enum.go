package pact

import (
	"github.com/entente-go/entente/relations"

	"github.com/entente-go/entente/internal/enum"
)

func marshalEnum[E ~uint8](what string, names []string, v E) ([]byte, error) {
	return enum.Marshal(parseProblem, what, names, v)
}

func unmarshalEnum[E ~uint8](what string, names []string, b []byte, v *E) error {
	return enum.Unmarshal(parseProblem, what, names, b, v)
}

// parseProblem reports an enum's bad text as relations' one parse error.
func parseProblem(what, input, msg string) error {
	return &relations.ParseError{What: what, Input: input, Msg: msg}
}
