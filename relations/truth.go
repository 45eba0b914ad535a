package relations

import "github.com/entente-go/entente/internal/enum"

// Truth is the answer to a question asked of data that may be too coarse to
// settle it: a fact dated "2025-09" neither is nor is not on or after
// 2025-09-17. The zero value is [CannotTell].
type Truth uint8

const (
	// CannotTell means the data's precision does not settle the question.
	CannotTell Truth = iota
	// No means the question is settled negatively.
	No
	// Yes means the question is settled positively.
	Yes
)

// TruthOf converts a boolean into [Yes] or [No].
func TruthOf(b bool) Truth {
	if b {
		return Yes
	}
	return No
}

// And is the three-valued conjunction: No if either is No, Yes if both are
// Yes, CannotTell otherwise.
func (t Truth) And(u Truth) Truth {
	switch {
	case t == No || u == No:
		return No
	case t == Yes && u == Yes:
		return Yes
	}
	return CannotTell
}

// Or is the three-valued disjunction: Yes if either is Yes, No if both are
// No, CannotTell otherwise.
func (t Truth) Or(u Truth) Truth {
	switch {
	case t == Yes || u == Yes:
		return Yes
	case t == No && u == No:
		return No
	}
	return CannotTell
}

// Not is the three-valued negation; CannotTell stays CannotTell.
func (t Truth) Not() Truth {
	switch t {
	case Yes:
		return No
	case No:
		return Yes
	}
	return CannotTell
}

// String returns "yes", "no", "cannot tell", or "Truth(N)" for a bad value.
func (t Truth) String() string {
	return enum.Text("Truth", []string{"cannot tell", "no", "yes"}, t)
}
