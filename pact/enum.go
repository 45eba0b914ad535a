package pact

import (
	"github.com/entente-go/entente/internal/enum"
	"github.com/entente-go/entente/internal/errs"
)

func marshalEnum[E ~uint8](what string, names []string, v E) ([]byte, error) {
	return enum.Marshal(parseProblem, what, names, v)
}

func unmarshalEnum[E ~uint8](what string, names []string, b []byte, v *E) error {
	return enum.Unmarshal(parseProblem, what, names, b, v)
}

// parseProblem is the error of text that has not the form a value needs,
// for the enums' text methods.
func parseProblem(what, input, msg string) error {
	return &errs.Syntax{Scope: "pact", What: what, Input: input, Msg: msg}
}
