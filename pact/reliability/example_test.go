package reliability_test

import (
	"fmt"

	"github.com/entente-go/entente/pact"
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
		fmt.Printf("%s toward %s: bound %s; %s %s: %s\n", j.Holder, j.Beneficiary, j.Bound, j.Conduct, j.Entered, j.Fate)
		fmt.Printf("  %s", j.Reason)
		if j.ByRule {
			fmt.Print(" [by the provocation rule]")
		}
		fmt.Println()
	}
	t := reliability.Count(r.Judgements)
	if rate, ok := t.Rate(); ok { // false when nothing could be judged
		fmt.Printf("honoured %d of %d (%.0f%%)\n", t.Honoured, t.Judged(), 100*rate)
	}
	// Output:
	// east toward south: bound yes; joined-later 1992: honoured
	//   defense (guarantee, clause art1): unconditional
	// upper toward north: bound yes; joined-at-onset 1990: honoured
	//   offense (offensive, clause art3): specific-adversary: held (south is named)
	// west toward south: bound yes; stayed-out : not-honoured
	//   defense (mutual, clause art2): non-provocation: held (south did not provoke it) [by the provocation rule]
	// honoured 2 of 3 (67%)
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

func ExampleCountDuty() {
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
		{Actor: "west", Side: reliability.SideB, Entered: y("1990")},
	}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("defense %+v\n", reliability.CountDuty(r.Judgements, pact.Defend))
	fmt.Printf("offense %+v\n", reliability.CountDuty(r.Judgements, pact.JoinOffense))
	// Output:
	// defense {Honoured:2 NotHonoured:1 CannotJudge:0 Released:0}
	// offense {Honoured:0 NotHonoured:1 CannotJudge:0 Released:0}
}

func ExampleJudgement_FateBy() {
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
	for _, j := range r.Judgements {
		def, hasDef := j.FateBy(pact.Defend)
		off, hasOff := j.FateBy(pact.JoinOffense)
		fmt.Println(j.Holder, "defense:", def, hasDef, "offense:", off, hasOff)
	}
	// Output:
	// east defense: not-honoured true offense: unknown false
	// upper defense: unknown false offense: not-honoured true
	// west defense: not-honoured true offense: unknown false
}

func ExampleTally_Rate() {
	t := reliability.Tally{Honoured: 3, NotHonoured: 1, CannotJudge: 5, Released: 2}
	r, ok := t.Rate()
	fmt.Println(t.Judged(), r, ok)
	// Output: 4 0.75 true
}

func ExampleFromCOWAll() {
	wars := reliability.FromCOWAll(war.All())
	fmt.Println(len(wars), wars[0].ID, wars[0].Onset, wars[len(wars)-1].ID, wars[len(wars)-1].Onset)
	// Output: 95 1 1823 227 2003
}

func ExampleCount() {
	js := []reliability.Judgement{{Fate: reliability.Honoured}, {Fate: reliability.NotHonoured},
		{Fate: reliability.Released}, {Fate: reliability.CannotJudge}, {Fate: reliability.Honoured}}
	fmt.Printf("%+v\n", reliability.Count(js))
	// Output: {Honoured:2 NotHonoured:1 CannotJudge:1 Released:1}
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

func ExampleTally_Add() {
	var t reliability.Tally
	t.Add(reliability.Honoured)
	t.Add(reliability.Released)
	fmt.Printf("%+v %d\n", t, t.Judged())
	// Output: {Honoured:1 NotHonoured:0 CannotJudge:0 Released:1} 1
}

func ExampleSide_String() {
	fmt.Println(reliability.SideA, reliability.SideB, reliability.UnknownSide)
	// Output: A B unknown
}

func ExampleConduct_String() {
	fmt.Println(reliability.JoinedAtOnset, reliability.JoinedLater, reliability.JoinedOtherSide, reliability.StayedOut)
	// Output: joined-at-onset joined-later joined-other-side stayed-out
}

func ExampleFate_String() {
	fmt.Println(reliability.Honoured, reliability.NotHonoured, reliability.CannotJudge, reliability.Released)
	// Output: honoured not-honoured cannot-judge released
}

func ExampleTally_Judged() {
	t := reliability.Tally{Honoured: 3, NotHonoured: 1, CannotJudge: 5, Released: 2}
	fmt.Println(t.Judged()) // honoured and not honoured: what the data could judge
	// Output: 4
}
