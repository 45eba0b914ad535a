package pact

import (
	"slices"
	"testing"

	"github.com/entente-go/entente/relations"
)

// TestNoDutyAgainstItself: an offense or defense duty of one pact between
// an attacker and its victim never obliges an actor to act against
// itself: one case for each way the two meet. SAU attacks QAT in every
// case; USA defends QAT where a case needs a third party.
func TestNoDutyAgainstItself(t *testing.T) {
	mutual := func(o ...Obligation) []Clause {
		var cs []Clause
		for _, x := range o {
			cs = append(cs, Clause{ID: x.String(), Obligation: x})
		}
		return cs
	}
	oneWay := func(by, to relations.ActorID, o Obligation) Clause {
		return Clause{ID: string(by) + "-" + o.String(), Obligation: o, By: ids(by), To: ids(to)}
	}
	usDefendsQatar := Agreement{ID: "us-qa", Name: "us-qa", Lifecycle: inForce("2000"),
		Parties: []Party{{Actor: "USA", Roles: Member}, {Actor: "QAT", Roles: Member}}, Clauses: []Clause{oneWay("USA", "QAT", Defense)}}
	tests := []struct {
		name    string
		clauses []Clause
		third   bool // USA defends QAT, so that SAU is attacked too
		// conflict, if set, is the conflict SAU must be reported in.
		conflict DutyConflictKind
	}{
		{name: "mutual offense", clauses: mutual(Offense)},
		{name: "victim owes the attacker offense", clauses: []Clause{oneWay("QAT", "SAU", Offense)}},
		{name: "attacker owes the victim offense", clauses: []Clause{oneWay("SAU", "QAT", Offense)}},
		{name: "mutual defense", clauses: mutual(Defense), conflict: BoundToAdversary},
		{name: "attacker owes the victim defense", clauses: []Clause{oneWay("SAU", "QAT", Defense)}, conflict: BoundToAdversary},
		{name: "victim owes the attacker defense", clauses: []Clause{oneWay("QAT", "SAU", Defense)}, third: true},
		{name: "mutual offense and defense", clauses: mutual(Offense, Defense), third: true, conflict: BoundToAdversary},
		{name: "victim owes offense, attacker owes defense", clauses: []Clause{oneWay("QAT", "SAU", Offense), oneWay("SAU", "QAT", Defense)},
			conflict: BoundToAdversary},
		{name: "attacker owes offense, victim owes defense", clauses: []Clause{oneWay("SAU", "QAT", Offense), oneWay("QAT", "SAU", Defense)}, third: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			agreements := []Agreement{{ID: "pact", Name: "pact", Lifecycle: inForce("2000"),
				Parties: []Party{{Actor: "SAU", Roles: Member}, {Actor: "QAT", Roles: Member}}, Clauses: tc.clauses}}
			if tc.third {
				agreements = append(agreements, usDefendsQatar)
			}
			m, err := New(testActors(), agreements)
			if err != nil {
				t.Fatal(err)
			}
			attack := Attack{Aggressors: ids("SAU"), Target: "QAT", On: day("2001-01-01")}
			r, err := m.Respond(attack)
			if err != nil {
				t.Fatal(err)
			}
			c, err := m.Cascade([]Attack{attack}, WithUncertainDuties())
			if err != nil {
				t.Fatal(err)
			}
			for _, resp := range []struct {
				what string
				r    Response
			}{{"Respond", r}, {"the cascade's end", c.Final}} {
				for _, d := range slices.Concat(resp.r.Duties, resp.r.Released) {
					if d.Actor == d.For || slices.Contains(d.Against, d.Actor) {
						t.Errorf("%s: %v", resp.what, d)
					}
					if (d.Actor == "QAT" && d.For == "SAU") || (d.Actor == "SAU" && d.For == "QAT" && d.Kind == JoinOffense) {
						t.Errorf("%s: a duty between the attacker and its victim: %v", resp.what, d)
					}
				}
				found := false
				for _, k := range resp.r.Conflicts {
					if k.Actor == "SAU" && k.Kind == tc.conflict {
						found = true
					}
				}
				if tc.conflict != UnknownDutyConflict && !found {
					t.Errorf("%s: SAU is not reported %v: %v", resp.what, tc.conflict, resp.r.Conflicts)
				}
			}
			for _, round := range c.Rounds {
				for _, e := range round.Entered {
					if slices.Contains(e.Against, e.Actor) || e.Actor == "QAT" || e.Actor == "SAU" {
						t.Errorf("round %d: %v", round.Number, e)
					}
				}
			}
			if !slices.Contains(c.Sides[defenders], "QAT") || slices.Contains(c.Sides[attackers], "QAT") {
				t.Errorf("sides %v", c.Sides)
			}
		})
	}
}
