package relations_test

import (
	"encoding/json"
	"fmt"
	"log"
	"math"

	"github.com/entente-go/entente/relations"
)

// An answer is what every list query gives: certain items, and apart
// from them the items the data cannot settle, each with why.
func ExampleAnswer() {
	partners := relations.Answer[relations.ActorID]{
		Certain: []relations.ActorID{"PAK"},
		Uncertain: []relations.Doubtful[relations.ActorID]{{Item: "QAT", Doubt: relations.Doubt{
			Reason: relations.PastCoverage, Detail: `agreement "atop-4965" as last observed by ATOP 5.1 on 2018-12-31`}}},
	}
	for _, x := range partners.Certain {
		fmt.Println("certain:", x)
	}
	for _, u := range partners.Uncertain {
		fmt.Println("cannot tell:", u.Item, "—", u.Doubt)
	}
	// Output:
	// certain: PAK
	// cannot tell: QAT — past-coverage: agreement "atop-4965" as last observed by ATOP 5.1 on 2018-12-31
}

func ExampleAnswer_String() {
	partners := relations.Answer[relations.ActorID]{
		Certain: []relations.ActorID{"PAK"},
		Uncertain: []relations.Doubtful[relations.ActorID]{{Item: "QAT", Doubt: relations.Doubt{
			Reason: relations.PastCoverage, Detail: `agreement "atop-4965" as last observed by ATOP 5.1 on 2018-12-31`}}},
	}
	fmt.Println(partners)
	fmt.Println(relations.Answer[string]{Certain: []string{"smda"}})
	// Output:
	// [PAK]; cannot tell: QAT (past-coverage: agreement "atop-4965" as last observed by ATOP 5.1 on 2018-12-31)
	// [smda]
}

func ExampleAnswer_Format() {
	partners := relations.Answer[relations.ActorID]{
		Certain: []relations.ActorID{"PAK"},
		Uncertain: []relations.Doubtful[relations.ActorID]{{Item: "QAT", Doubt: relations.Doubt{
			Reason: relations.PastCoverage, Detail: `agreement "atop-4965" as last observed by ATOP 5.1 on 2018-12-31`}}},
	}
	names := map[relations.ActorID]string{"PAK": "Pakistan", "QAT": "Qatar"}
	fmt.Println(partners.Format(func(id relations.ActorID) string { return names[id] }))
	// Output: Pakistan; cannot tell: Qatar (past-coverage: agreement "atop-4965" as last observed by ATOP 5.1 on 2018-12-31)
}

func ExampleAnswer_Settled() {
	partners := relations.Answer[relations.ActorID]{
		Certain: []relations.ActorID{"PAK"},
		Uncertain: []relations.Doubtful[relations.ActorID]{{Item: "QAT", Doubt: relations.Doubt{
			Reason: relations.PastCoverage, Detail: `agreement "atop-4965" as last observed by ATOP 5.1 on 2018-12-31`}}},
	}
	fmt.Println(partners.Settled(), relations.Answer[string]{Certain: []string{"x"}}.Settled())
	// Output: false true
}

func ExampleAnswer_Len() {
	partners := relations.Answer[relations.ActorID]{
		Certain: []relations.ActorID{"PAK"},
		Uncertain: []relations.Doubtful[relations.ActorID]{{Item: "QAT", Doubt: relations.Doubt{
			Reason: relations.PastCoverage, Detail: `agreement "atop-4965" as last observed by ATOP 5.1 on 2018-12-31`}}},
	}
	fmt.Println(partners.Len())
	// Output: 2
}

func ExampleDoubt_String() {
	fmt.Println(relations.Doubt{Reason: relations.PartialDate, Detail: `the dates of agreement "smda" cannot settle 2025-09`})
	fmt.Println(relations.Doubt{Reason: relations.VariesByPartner})
	// Output:
	// partial-date: the dates of agreement "smda" cannot settle 2025-09
	// varies-by-partner
}

func ExampleReason_String() {
	fmt.Println(relations.PartialDate, relations.PastCoverage, relations.VariesByPartner, relations.Reason(9))
	// Output: partial-date past-coverage varies-by-partner Reason(9)
}

func ExampleCoverage_LastObserved() {
	atop51 := relations.Coverage{Source: "ATOP 5.1",
		Observed: relations.Interval{From: relations.MustDate("1815-01-01"), Until: relations.MustDate("2019-01-01")}}
	last, ok := atop51.LastObserved()
	fmt.Println(last, ok)
	last, ok = relations.Coverage{Source: "open", Observed: relations.Interval{From: relations.MustDate("2000")}}.LastObserved()
	fmt.Println(last.IsValid(), ok)
	// Output:
	// 2018-12-31 true
	// false false
}

func ExampleCoverage_IsZero() {
	atop51 := relations.Coverage{Source: "ATOP 5.1",
		Observed: relations.Interval{From: relations.MustDate("1815-01-01"), Until: relations.MustDate("2019-01-01")}}
	fmt.Println(relations.Coverage{}.IsZero(), atop51.IsZero())
	// Output: true false
}

func ExampleCoverage_String() {
	atop51 := relations.Coverage{Source: "ATOP 5.1",
		Observed: relations.Interval{From: relations.MustDate("1815-01-01"), Until: relations.MustDate("2019-01-01")}}
	fmt.Println(atop51)
	// Output: ATOP 5.1 [1815-01-01, 2019-01-01)
}

func ExampleWithCoverage() {
	actors := []relations.Actor{{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"}}
	events := []relations.Event{{ID: "td-1", Kind: relations.DeclaredRivalry, Date: relations.MustDate("1979"),
		Actors: []relations.ActorID{"IRN"}, Toward: []relations.ActorID{"SAU"}, Dataset: "rivalries"}}
	h, err := relations.NewHistory(actors, events, relations.WithCoverage(relations.Coverage{Source: "rivalries",
		Observed: relations.Interval{From: relations.MustDate("1494-01-01"), Until: relations.MustDate("2011-01-01")}}))
	if err != nil {
		log.Fatal(err)
	}
	for _, day := range []string{"2005-01-01", "2020-01-01"} {
		r, err := h.Rivals("SAU", relations.MustDate(day))
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(r)
	}
	// Output:
	// [IRN]
	// []; cannot tell: IRN (past-coverage: event "td-1" as last observed by rivalries on 2010-12-31)
}

func ExampleActor_Validate() {
	fmt.Println(relations.Actor{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"}.Validate())
	fmt.Println(relations.Actor{ID: "Saudi", ISO3: "sa"}.Validate())
	// Output:
	// <nil>
	// relations: actor "Saudi": id: "Saudi" is not an actor ID: a slug starts with a lowercase letter; want an ISO 3166-1 alpha-3 code (SAU) or a lowercase slug (houthis, arab-league)
	// relations: actor "Saudi": kind: kind unknown is not one of state, organisation, armed-group, other
	// relations: actor "Saudi": name: is empty; give the actor a name reports can print
	// relations: actor "Saudi": iso3: "sa" is not three uppercase letters
}

func ExampleHistory_UnmarshalJSON() {
	doc := []byte(`{"version": 1,
	  "actors": [{"id": "EGY", "kind": "state", "name": "Egypt"}, {"id": "TUR", "kind": "state", "name": "Turkey"}],
	  "events": [{"id": "eg-tr-2025-drill", "kind": "joint-exercise", "date": "2025-09-22", "actors": ["EGY", "TUR"]}]}`)
	var h relations.History
	if err := json.Unmarshal(doc, &h); err != nil {
		log.Fatal(err)
	}
	p, err := h.Partners("EGY", relations.MustDate("2025-12-31"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(h.Events()), p)
	// Output: 1 [TUR]
}

func ExampleMeasure() {
	past := relations.Doubt{Reason: relations.PastCoverage, Detail: "as last observed by ATOP 5.1 on 2018-12-31"}
	for _, m := range []relations.Measure{
		relations.Exact(0.553229),
		{Lo: -0.25, Hi: 0.75, Doubt: past},
		{Lo: math.NaN(), Hi: math.NaN(), Doubt: past},
	} {
		v, ok := m.Value()
		fmt.Println(m, "|", v, ok, m.CannotTell())
	}
	// Output:
	// 0.553229 | 0.553229 true false
	// between -0.250000 and 0.750000 (past-coverage: as last observed by ATOP 5.1 on 2018-12-31) | NaN false false
	// cannot tell (past-coverage: as last observed by ATOP 5.1 on 2018-12-31) | NaN false true
}
