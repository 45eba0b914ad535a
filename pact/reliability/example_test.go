package reliability_test

import (
	"fmt"
	"os"

	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/pact/record"
	"github.com/entente-go/entente/pact/reliability"
	"github.com/entente-go/entente/relations"
	"github.com/entente-go/entente/relations/cow/war"
)

func ExampleJudge() {
	y := relations.MustDate
	wars := []reliability.War{{
		ID: "north-south", Onset: y("1990"),
		Participants: []reliability.Participant{
			{Actor: "north", Side: reliability.SideA, Initiator: true, Entered: y("1990")},
			{Actor: "upper", Side: reliability.SideA, Entered: y("1990")},
			{Actor: "south", Side: reliability.SideB, Entered: y("1990")},
			{Actor: "east", Side: reliability.SideB, Entered: y("1992")},
		},
	}}
	// A small hand-built model: east guarantees south outright; west and
	// south defend each other unless the one attacked provoked it; upper
	// pledges to join north's offense against south.
	actors := []relations.Actor{
		{ID: "north", Kind: relations.StateActor, Name: "North"},
		{ID: "south", Kind: relations.StateActor, Name: "South"},
		{ID: "east", Kind: relations.StateActor, Name: "East"},
		{ID: "west", Kind: relations.StateActor, Name: "West"},
		{ID: "upper", Kind: relations.StateActor, Name: "Upper"},
	}
	m, err := pact.New(actors, []pact.Agreement{
		{ID: "guarantee", Name: "East's guarantee of South",
			Parties:   []pact.Party{{Actor: "east", Roles: pact.Member}, {Actor: "south", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1980")}},
			Clauses: []pact.Clause{{ID: "art1", Obligation: pact.Defense,
				By: []relations.ActorID{"east"}, To: []relations.ActorID{"south"}}}},
		{ID: "mutual", Name: "South–West defense pact",
			Parties:   []pact.Party{{Actor: "south", Roles: pact.Member}, {Actor: "west", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1985-03-01")}},
			Clauses: []pact.Clause{{ID: "art2", Obligation: pact.Defense,
				Conditions: []pact.Condition{{Kind: pact.NonProvocation}}}}},
		{ID: "offensive", Name: "North–Upper offensive alliance",
			Parties:   []pact.Party{{Actor: "north", Roles: pact.Member}, {Actor: "upper", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1989-06-01")}},
			Clauses: []pact.Clause{{ID: "art3", Obligation: pact.Offense,
				By: []relations.ActorID{"upper"}, To: []relations.ActorID{"north"},
				Conditions: []pact.Condition{{Kind: pact.SpecificAdversary, Adversaries: []relations.ActorID{"south"}}}}}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := reliability.Judge(m, wars)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, j := range r.Judgements {
		fmt.Printf("%s toward %s: bound %s; %s %s: %s\n", j.Holder, j.Beneficiary, j.Bound, j.Conduct, j.Entered, j.Outcome)
		fmt.Printf("  %s", j.Reason)
		if j.ByRule {
			fmt.Print(" [by the provocation rule]")
		}
		fmt.Println()
	}
	// The judgements tally as package record's verdicts do.
	fmt.Println(record.Tally(r.Verdicts(m)))
	// Output:
	// east toward south: bound yes; joined-later 1992: honoured
	//   defense (guarantee, clause art1): unconditional
	// upper toward north: bound yes; joined-at-onset 1990: honoured
	//   offense (offensive, clause art3): specific-adversary: held (south is named)
	// west toward south: bound yes; stayed-out : unmet
	//   defense (mutual, clause art2): non-provocation: held (south did not provoke it) [by the provocation rule]
	// 2 honoured, 0 partly, 1 unmet, 0 cannot judge, 0 not owed: 67% settled, 67%–67%
}

func ExampleFromCOW() {
	for _, w := range war.All() {
		if w.Number != 106 {
			continue
		}
		rw := reliability.FromCOW(w)
		for _, p := range rw.Participants {
			if p.Initiator || p.Actor == "ITA" {
				fmt.Println(rw.ID, rw.Onset, p.Actor, p.Side, p.Initiator, p.Entered)
			}
		}
	}
	// Output:
	// 106 1914 ITA A false 1915
	// 106 1914 cow-auh B true 1914
}

func ExampleJudgement_Only() {
	// A small hand-built model: east guarantees south outright; west and
	// south defend each other unless the one attacked provoked it; upper
	// pledges to join north's offense against south.
	actors := []relations.Actor{
		{ID: "north", Kind: relations.StateActor, Name: "North"},
		{ID: "south", Kind: relations.StateActor, Name: "South"},
		{ID: "east", Kind: relations.StateActor, Name: "East"},
		{ID: "west", Kind: relations.StateActor, Name: "West"},
		{ID: "upper", Kind: relations.StateActor, Name: "Upper"},
	}
	m, err := pact.New(actors, []pact.Agreement{
		{ID: "guarantee", Name: "East's guarantee of South",
			Parties:   []pact.Party{{Actor: "east", Roles: pact.Member}, {Actor: "south", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1980")}},
			Clauses: []pact.Clause{{ID: "art1", Obligation: pact.Defense,
				By: []relations.ActorID{"east"}, To: []relations.ActorID{"south"}}}},
		{ID: "mutual", Name: "South–West defense pact",
			Parties:   []pact.Party{{Actor: "south", Roles: pact.Member}, {Actor: "west", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1985-03-01")}},
			Clauses: []pact.Clause{{ID: "art2", Obligation: pact.Defense,
				Conditions: []pact.Condition{{Kind: pact.NonProvocation}}}}},
		{ID: "offensive", Name: "North–Upper offensive alliance",
			Parties:   []pact.Party{{Actor: "north", Roles: pact.Member}, {Actor: "upper", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1989-06-01")}},
			Clauses: []pact.Clause{{ID: "art3", Obligation: pact.Offense,
				By: []relations.ActorID{"upper"}, To: []relations.ActorID{"north"},
				Conditions: []pact.Condition{{Kind: pact.SpecificAdversary, Adversaries: []relations.ActorID{"south"}}}}}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	y := relations.MustDate
	r, err := reliability.Judge(m, []reliability.War{{ID: "w", Onset: y("1990"), Participants: []reliability.Participant{
		{Actor: "north", Side: reliability.SideA, Initiator: true, Entered: y("1990")},
		{Actor: "south", Side: reliability.SideB, Entered: y("1990")},
	}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	// Tally the defense duties alone: a judgement with none is left out.
	var defense []record.Verdict
	for _, j := range r.Judgements {
		if d, ok := j.Only(pact.Defend); ok {
			defense = append(defense, d.Verdict(m))
		}
	}
	fmt.Println("defense:", record.Tally(defense))
	// Output:
	// defense: 0 honoured, 0 partly, 2 unmet, 0 cannot judge, 0 not owed: 0% settled, 0%–0%
}

func ExampleJudgement_Verdict() {
	// A small hand-built model: east guarantees south outright; west and
	// south defend each other unless the one attacked provoked it; upper
	// pledges to join north's offense against south.
	actors := []relations.Actor{
		{ID: "north", Kind: relations.StateActor, Name: "North"},
		{ID: "south", Kind: relations.StateActor, Name: "South"},
		{ID: "east", Kind: relations.StateActor, Name: "East"},
		{ID: "west", Kind: relations.StateActor, Name: "West"},
		{ID: "upper", Kind: relations.StateActor, Name: "Upper"},
	}
	m, err := pact.New(actors, []pact.Agreement{
		{ID: "guarantee", Name: "East's guarantee of South",
			Parties:   []pact.Party{{Actor: "east", Roles: pact.Member}, {Actor: "south", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1980")}},
			Clauses: []pact.Clause{{ID: "art1", Obligation: pact.Defense,
				By: []relations.ActorID{"east"}, To: []relations.ActorID{"south"}}}},
		{ID: "mutual", Name: "South–West defense pact",
			Parties:   []pact.Party{{Actor: "south", Roles: pact.Member}, {Actor: "west", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1985-03-01")}},
			Clauses: []pact.Clause{{ID: "art2", Obligation: pact.Defense,
				Conditions: []pact.Condition{{Kind: pact.NonProvocation}}}}},
		{ID: "offensive", Name: "North–Upper offensive alliance",
			Parties:   []pact.Party{{Actor: "north", Roles: pact.Member}, {Actor: "upper", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1989-06-01")}},
			Clauses: []pact.Clause{{ID: "art3", Obligation: pact.Offense,
				By: []relations.ActorID{"upper"}, To: []relations.ActorID{"north"},
				Conditions: []pact.Condition{{Kind: pact.SpecificAdversary, Adversaries: []relations.ActorID{"south"}}}}}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	y := relations.MustDate
	r, err := reliability.Judge(m, []reliability.War{{ID: "w", Onset: y("1990"), Participants: []reliability.Participant{
		{Actor: "north", Side: reliability.SideA, Initiator: true, Entered: y("1990")},
		{Actor: "south", Side: reliability.SideB, Entered: y("1990")},
		{Actor: "east", Side: reliability.SideB, Entered: y("1992")},
	}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, j := range r.Judgements {
		v := j.Verdict(m)
		fmt.Println(v)
		fmt.Println("  sources:", v.Sources())
	}
	// Output:
	// w 1990 east→south: owed defense, did war-entry: honoured
	//   sources: [war w agreement guarantee]
	// w 1990 upper→north: owed offense, did none: unmet
	//   sources: [war w agreement offensive]
	// w 1990 west→south: owed defense, did none: unmet
	//   sources: [war w agreement mutual]
}

func ExampleReport_Verdicts() {
	// A small hand-built model: east guarantees south outright; west and
	// south defend each other unless the one attacked provoked it; upper
	// pledges to join north's offense against south.
	actors := []relations.Actor{
		{ID: "north", Kind: relations.StateActor, Name: "North"},
		{ID: "south", Kind: relations.StateActor, Name: "South"},
		{ID: "east", Kind: relations.StateActor, Name: "East"},
		{ID: "west", Kind: relations.StateActor, Name: "West"},
		{ID: "upper", Kind: relations.StateActor, Name: "Upper"},
	}
	m, err := pact.New(actors, []pact.Agreement{
		{ID: "guarantee", Name: "East's guarantee of South",
			Parties:   []pact.Party{{Actor: "east", Roles: pact.Member}, {Actor: "south", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1980")}},
			Clauses: []pact.Clause{{ID: "art1", Obligation: pact.Defense,
				By: []relations.ActorID{"east"}, To: []relations.ActorID{"south"}}}},
		{ID: "mutual", Name: "South–West defense pact",
			Parties:   []pact.Party{{Actor: "south", Roles: pact.Member}, {Actor: "west", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1985-03-01")}},
			Clauses: []pact.Clause{{ID: "art2", Obligation: pact.Defense,
				Conditions: []pact.Condition{{Kind: pact.NonProvocation}}}}},
		{ID: "offensive", Name: "North–Upper offensive alliance",
			Parties:   []pact.Party{{Actor: "north", Roles: pact.Member}, {Actor: "upper", Roles: pact.Member}},
			Lifecycle: []pact.StatusChange{{Status: pact.InForce, Date: relations.MustDate("1989-06-01")}},
			Clauses: []pact.Clause{{ID: "art3", Obligation: pact.Offense,
				By: []relations.ActorID{"upper"}, To: []relations.ActorID{"north"},
				Conditions: []pact.Condition{{Kind: pact.SpecificAdversary, Adversaries: []relations.ActorID{"south"}}}}}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	y := relations.MustDate
	r, err := reliability.Judge(m, []reliability.War{{ID: "w", Onset: y("1990"), Source: "a war of 1990", Participants: []reliability.Participant{
		{Actor: "north", Side: reliability.SideA, Initiator: true, Entered: y("1990")},
		{Actor: "south", Side: reliability.SideB, Entered: y("1990")},
	}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	// A war's verdicts are written as any graded event's are.
	if err := record.WriteCSV(os.Stdout, r.Verdicts(m)); err != nil {
		fmt.Println(err)
	}
	// Output:
	// protector,protege,test,kind,date,owed,response,verdict,possible,lags,reasons,sources
	// east,south,w,attack,1990,defense,none,unmet,unmet,none@?,"defense (guarantee, clause art1): unconditional | never entered the war",a war of 1990 | agreement guarantee
	// upper,north,w,attack,1990,offense,none,unmet,unmet,none@?,"offense (offensive, clause art3): specific-adversary: held (south is named) | never entered the war",a war of 1990 | agreement offensive
	// west,south,w,attack,1990,defense,none,unmet,unmet,none@?,"defense (mutual, clause art2): non-provocation: held (south did not provoke it) | never entered the war | by the provocation rule: the states the initiators attacked did not provoke it",a war of 1990 | agreement mutual
}

func ExampleFromCOWAll() {
	wars := reliability.FromCOWAll(war.All())
	fmt.Println(len(wars), wars[0].ID, wars[0].Onset, wars[len(wars)-1].ID, wars[len(wars)-1].Onset)
	// Output: 95 1 1823 227 2003
}

func ExampleJudgement_BoundBy() {
	j := reliability.Judgement{Duties: []pact.Duty{
		{Kind: pact.Defend, Holds: relations.No}, {Kind: pact.Defend, Holds: relations.CannotTell},
		{Kind: pact.JoinOffense, Holds: relations.No}}}
	for _, kind := range []pact.DutyKind{pact.Defend, pact.JoinOffense, pact.StayNeutral} {
		bound, has := j.BoundBy(kind)
		fmt.Println(kind, bound, has)
	}
	// Output:
	// defend cannot tell true
	// join-offense no true
	// stay-neutral cannot tell false
}

func ExampleSide_String() {
	fmt.Println(reliability.SideA, reliability.SideB, reliability.UnknownSide)
	// Output: A B unknown
}

func ExampleConduct_String() {
	fmt.Println(reliability.JoinedAtOnset, reliability.JoinedLater, reliability.JoinedOtherSide, reliability.StayedOut)
	// Output: joined-at-onset joined-later joined-other-side stayed-out
}
