package relations_test

import (
	"fmt"

	"github.com/entente-go/entente/relations"
)

func ExampleHas() {
	partners := relations.Answer[relations.ActorID]{
		Certain: []relations.ActorID{"PAK"},
		Uncertain: []relations.Doubtful[relations.ActorID]{{Item: "QAT", Doubt: relations.Doubt{
			Reason: relations.PastCoverage, Detail: "as last observed by ATOP 5.1 on 2018-12-31"}}},
	}
	for _, x := range []relations.ActorID{"PAK", "QAT", "IRN"} {
		fmt.Println(x, relations.Has(partners, x))
	}
	// Output:
	// PAK yes
	// QAT cannot tell
	// IRN no
}

func ExampleDoubtOf() {
	partners := relations.Answer[relations.ActorID]{
		Certain: []relations.ActorID{"PAK"},
		Uncertain: []relations.Doubtful[relations.ActorID]{{Item: "QAT", Doubt: relations.Doubt{
			Reason: relations.PastCoverage, Detail: "as last observed by ATOP 5.1 on 2018-12-31"}}},
	}
	if why, ok := relations.DoubtOf(partners, "QAT"); ok {
		fmt.Println("QAT: cannot tell:", why)
	}
	if why, ok := relations.DoubtOf(partners, "PAK"); !ok && why == (relations.Doubt{}) {
		fmt.Println("PAK: no doubt")
	}
	// Output:
	// QAT: cannot tell: past-coverage: as last observed by ATOP 5.1 on 2018-12-31
	// PAK: no doubt
}

func ExampleAnswer_HasFunc() {
	changes := relations.Answer[relations.Change]{
		Certain: []relations.Change{{A: "EGY", B: "TUR", Direction: relations.Thawed}},
		Uncertain: []relations.Doubtful[relations.Change]{{Item: relations.Change{A: "QAT", B: "SAU", Direction: relations.Deteriorated},
			Doubt: relations.Doubt{Reason: relations.PartialDate, Detail: "an event of 2017-06"}}},
	}
	worse := func(c relations.Change) bool { return c.Direction == relations.Deteriorated }
	better := func(c relations.Change) bool { return c.Direction == relations.Thawed }
	fmt.Println("a pair thawed:", changes.HasFunc(better))
	fmt.Println("a pair deteriorated:", changes.HasFunc(worse))
	// Output:
	// a pair thawed: yes
	// a pair deteriorated: cannot tell
}
