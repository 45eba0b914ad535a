package atop_test

import (
	"testing"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/atop/atop51"
	"github.com/entente-go/entente/relations"
)

// TestLocationConditionsStayCannotTell: ATOP codes that an obligation is
// conditional on a location (DEFCOLOC and its siblings) but not which, so
// a location given for an attack cannot settle the condition. Iran
// attacking the United States, in 2018 and past ATOP's coverage, with a
// location given: no duty is released by a location condition, and every
// duty with one stays cannot tell, saying why.
func TestLocationConditionsStayCannotTell(t *testing.T) {
	d, err := atop51.Read()
	if err != nil {
		t.Fatal(err)
	}
	for _, day := range []string{"2018-06-01", "2025-06-01"} {
		r, err := d.Model.Respond(pact.Attack{Aggressors: []relations.ActorID{"IRN"}, Target: "USA", On: relations.MustDate(day), Location: "USA"})
		if err != nil {
			t.Fatal(err)
		}
		located := 0
		for _, list := range [][]pact.Duty{r.Duties, r.Released} {
			for _, duty := range list {
				for _, ck := range duty.Checks {
					if ck.Condition.Kind != pact.Location {
						continue
					}
					located++
					if ck.Result != relations.CannotTell {
						t.Errorf("%s: %v: the location condition is %v (%s); want cannot tell", day, duty, ck.Result, ck.Why)
					}
				}
			}
		}
		if located == 0 {
			t.Errorf("%s: no duty with a location condition; the test asks nothing", day)
		}
		t.Logf("%s: %d duties with a location condition, all cannot tell", day, located)
	}
}
