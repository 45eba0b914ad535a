package record

import (
	"errors"
	"fmt"

	"github.com/entente-go/entente/internal/option"
)

// Rule says which grades honour a kind of commitment: Honours or more
// honours it, Partly or more (below Honours) partly honours it, anything
// less leaves it unmet. A Partly of [Unrecorded] means the kind is never
// partly honoured.
type Rule struct {
	Honours, Partly Grade
}

// DefaultRules are the grades that honour each kind of commitment the
// obligation engine reports; the package documentation says why each.
// A kind with no rule gets a verdict of cannot judge, with the reason.
var DefaultRules = map[string]Rule{
	"defense":      {Honours: Defensive, Partly: Reinforcement},
	"expectation":  {Honours: Reinforcement, Partly: Consultation},
	"basing":       {Honours: Reinforcement, Partly: Consultation},
	"military-aid": {Honours: Reinforcement, Partly: Consultation},
	"consultation": {Honours: Consultation, Partly: Statement},
}

// notProtective are the obligations that promise the protégé no help when
// it is struck: they are not put to the test by an attack on it, and
// give no ledger line.
var notProtective = map[string]bool{"offense": true, "neutrality": true, "non-aggression": true}

// DefaultWindow is how many days after a test a response counts.
const DefaultWindow = 90

// Option changes how [New] judges: [WithRule], [WithWindow]. A nil
// Option is ignored; a bad one is an error of New.
type Option func(*config)

type config struct {
	option.Given
	rules  map[string]Rule
	window int
}

// WithRule sets the rule for one kind of commitment, by the name the
// engine gives it ("defense", "expectation", "basing", or a kind a later
// version of the engine reports).
func WithRule(kind string, r Rule) Option {
	return func(c *config) {
		var err error
		switch {
		case kind == "":
			err = errors.New("WithRule: empty kind")
		case r.Honours <= None || r.Honours > WarEntry:
			err = fmt.Errorf("WithRule(%q): the honouring grade must be statement to war-entry, not %s", kind, r.Honours)
		case r.Partly != Unrecorded && r.Partly >= r.Honours:
			err = fmt.Errorf("WithRule(%q): the partial grade %s must be below the honouring grade %s", kind, r.Partly, r.Honours)
		}
		if err != nil {
			c.Fail("WithRule", err)
			return
		}
		c.Set("WithRule")
		c.rules[kind] = r
	}
}

// WithWindow sets how many days after a test a response counts (0: the
// test's day only).
func WithWindow(days int) Option {
	return func(c *config) {
		if days < 0 || days > 3660 {
			c.Fail("WithWindow", fmt.Errorf("WithWindow(%d): want 0 to 3660 days", days))
			return
		}
		c.Set("WithWindow")
		c.window = days
	}
}
