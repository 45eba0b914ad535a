package relations_test

import (
	"fmt"
	"os"

	"github.com/entente-go/entente/relations"
)

// gulf builds the small history the examples share: Egypt–Turkey and
// Saudi–Iran, with the events that moved them.
func gulf() *relations.History {
	d := relations.MustDate
	actors := []relations.Actor{
		{ID: "EGY", Kind: relations.StateActor, Name: "Egypt", ISO3: "EGY", COW: 651},
		{ID: "TUR", Kind: relations.StateActor, Name: "Turkey", ISO3: "TUR", COW: 640},
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia", ISO3: "SAU", COW: 670},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran", ISO3: "IRN", COW: 630},
		{ID: "CHN", Kind: relations.StateActor, Name: "China", ISO3: "CHN", COW: 710},
	}
	events := []relations.Event{
		{ID: "eg-tr-2012", Kind: relations.Observation, Date: d("2012"), Actors: []relations.ActorID{"EGY", "TUR"},
			Level: relations.Ambassador, Stance: relations.Normal, Summary: "Ambassadors in place before the 2013 crisis"},
		{ID: "eg-tr-2013-expel", Kind: relations.WithdrawAmbassadors, Date: d("2013-11"), Actors: []relations.ActorID{"EGY", "TUR"},
			Summary: "Egypt expels Turkey's ambassador; both sides at chargé level"},
		{ID: "eg-tr-2023", Kind: relations.ExchangeAmbassadors, Date: d("2023-07-04"), Actors: []relations.ActorID{"EGY", "TUR"},
			Summary: "Ambassadors exchanged again"},
		{ID: "eg-tr-2025-drill", Kind: relations.JointExercise, Date: d("2025-09-22"), Actors: []relations.ActorID{"EGY", "TUR"},
			Summary: "Friendship Sea naval drills"},
		{ID: "sa-ir-2015", Kind: relations.Observation, Date: d("2015"), Actors: []relations.ActorID{"SAU", "IRN"},
			Level: relations.Ambassador, Stance: relations.Strained, Summary: "Rivals with embassies open"},
		{ID: "sa-ir-2016", Kind: relations.SeverTies, Date: d("2016-01-03"), Actors: []relations.ActorID{"SAU"},
			Toward: []relations.ActorID{"IRN"}, Summary: "Saudi Arabia severs relations after attacks on its missions"},
		{ID: "sa-ir-2023", Kind: relations.RestoreTies, Date: d("2023-03-10"), Actors: []relations.ActorID{"SAU", "IRN"},
			Mediators: []relations.ActorID{"CHN"}, Summary: "Beijing agreement, brokered by China"},
	}
	h, err := relations.NewHistory(actors, events)
	if err != nil {
		panic(err)
	}
	return h
}

func ExampleNewHistory() {
	_, err := relations.NewHistory(
		[]relations.Actor{{ID: "EGY", Kind: relations.StateActor, Name: "Egypt"}},
		[]relations.Event{{ID: "e1", Kind: relations.SeverTies, Date: relations.MustDate("1979"),
			Actors: []relations.ActorID{"IRN", "EGY"}}},
	)
	fmt.Println(err)
	// Output:
	// relations: event "e1": actors[0]: unknown actor "IRN"
}

func ExampleHistory_Standing() {
	h := gulf()
	for _, day := range []string{"2013-06-01", "2020-01-01", "2023-07-04"} {
		s, _ := h.Standing("EGY", "TUR", relations.MustDate(day))
		fmt.Printf("%s: Egypt in Turkey %s, %s\n", day, s.AinB.Level, s.AinB.Cause)
	}
	s, _ := h.Standing("SAU", "IRN", relations.MustDate("2023-03-10"))
	fmt.Println(s.Alignment.Level, s.AinB.Level, s.AinB.Cause)
	// Output:
	// 2013-06-01: Egypt in Turkey ambassador, since 2012 (event "eg-tr-2012")
	// 2020-01-01: Egypt in Turkey charge-d-affaires, since 2013-11 (event "eg-tr-2013-expel")
	// 2023-07-04: Egypt in Turkey ambassador, since 2023-07-04 (event "eg-tr-2023")
	// normal ambassador since 2023-03-10 (event "sa-ir-2023")
}

func ExampleHistory_Standing_partialDate() {
	// On a day inside November 2013 the data cannot tell whether the
	// expulsion had happened yet.
	s, _ := gulf().Standing("EGY", "TUR", relations.MustDate("2013-11-15"))
	fmt.Println(s.AinB.Level, s.Uncertain)
	// Output:
	// ambassador [eg-tr-2013-expel]
}

func ExampleStanding_String() {
	s, _ := gulf().Standing("SAU", "IRN", relations.MustDate("2019-09-14"))
	fmt.Println(s)
	// Output:
	// SAU–IRN on 2019-09-14: SAU in IRN none since 2016-01-03 (event "sa-ir-2016"); IRN in SAU none since 2016-01-03 (event "sa-ir-2016"); alignment hostile since 2016-01-03 (event "sa-ir-2016")
}

func ExampleHistory_Timeline() {
	steps, _ := gulf().Timeline("EGY", "TUR")
	for _, s := range steps {
		fmt.Println(s)
	}
	// Output:
	// 2012 observation ("eg-tr-2012"): ambassador / ambassador, normal
	// 2013-11 withdraw-ambassadors ("eg-tr-2013-expel"): charge-d-affaires / charge-d-affaires, strained
	// 2023-07-04 exchange-ambassadors ("eg-tr-2023"): ambassador / ambassador, normal
	// 2025-09-22 joint-exercise ("eg-tr-2025-drill"): ambassador / ambassador, partner
}

func ExampleHistory_Changes() {
	changes, _ := gulf().Changes(relations.MustDate("2019-01-01"), relations.MustDate("2025-12-31"))
	for _, c := range changes.Certain {
		fmt.Println(c)
	}
	for _, c := range changes.Uncertain {
		fmt.Println("cannot tell:", c.Item, "—", c.Doubt)
	}
	// Output:
	// EGY–TUR thawed: strained → partner; EGY in TUR charge-d-affaires → ambassador; TUR in EGY charge-d-affaires → ambassador
	// IRN–SAU thawed: hostile → normal; IRN in SAU none → ambassador; SAU in IRN none → ambassador
}

func ExampleHistory_Partners() {
	p, _ := gulf().Partners("EGY", relations.MustDate("2025-12-31"))
	fmt.Println(p)
	// Output:
	// [TUR]
}

func ExampleHistory_Rivals() {
	r, _ := gulf().Rivals("IRN", relations.MustDate("2020-01-01"))
	fmt.Println(r)
	// Output:
	// [SAU]
}

func ExampleHistory_Network() {
	n, _ := gulf().Network(relations.MustDate("2025-12-31"))
	for _, e := range n.Edges {
		fmt.Println(e.A, e.B, e.Alignment)
	}
	// Output:
	// EGY TUR partner
	// IRN SAU normal
}

func ExampleNetwork_WriteMermaid() {
	n, _ := gulf().Network(relations.MustDate("2020-01-01"))
	n.WriteMermaid(os.Stdout)
	// Output:
	// graph LR
	//   EGY["Egypt"]
	//   IRN["Iran"]
	//   SAU["Saudi Arabia"]
	//   TUR["Turkey"]
	//   EGY -.-|strained| TUR
	//   IRN -.-|hostile| SAU
}

func ExampleNetwork_WriteDOT() {
	n, _ := gulf().Network(relations.MustDate("2025-12-31"))
	n.WriteDOT(os.Stdout)
	// Output:
	// graph entente {
	//   label="Relations on 2025-12-31";
	//   node [shape=box, style=rounded, fontname="Helvetica"];
	//   edge [fontname="Helvetica", fontsize=10];
	//   "EGY" [label="Egypt"];
	//   "IRN" [label="Iran"];
	//   "SAU" [label="Saudi Arabia"];
	//   "TUR" [label="Turkey"];
	//   "EGY" -- "TUR" [label="partner", color="#2e86c1", style=solid];
	//   "IRN" -- "SAU" [label="normal", color="#7f8c8d", style=solid];
	// }
}

func ExampleParseDate() {
	for _, s := range []string{"1979", "2013-11", "2025-09-17", "2025-02-30", "2025-13"} {
		d, err := relations.ParseDate(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(d, d.Precision())
	}
	// Output:
	// 1979 year
	// 2013-11 month
	// 2025-09-17 day
	// relations: "2025-02-30" is not a date: day 30 does not exist in 2025-02, which has 28 days
	// relations: "2025-13" is not a date: month 13 does not exist; want 01–12
}

func ExampleDate_OnOrAfter() {
	sept := relations.MustDate("2025-09")
	fmt.Println(sept.OnOrAfter(relations.MustDate("2025-09-17")))
	fmt.Println(sept.OnOrAfter(relations.MustDate("2025-08-31")))
	fmt.Println(sept.OnOrAfter(relations.MustDate("2025-10-01")))
	// Output:
	// cannot tell
	// yes
	// no
}

func ExampleDate_Before() {
	fmt.Println(relations.MustDate("2013-11").Before(relations.MustDate("2013-12-01")))
	fmt.Println(relations.MustDate("2013").Before(relations.MustDate("2013-11")))
	// Output:
	// yes
	// cannot tell
}

func ExampleInterval_Contains() {
	smda := relations.Interval{From: relations.MustDate("2025-09-17")}
	fmt.Println(smda.Contains(relations.MustDate("2025-12-31")), smda.Contains(relations.MustDate("2025-09")))
	// Output:
	// yes cannot tell
}

func ExampleParseActorID() {
	for _, s := range []string{"SAU", "houthis", "arab-league", "Sau", "x"} {
		_, err := relations.ParseActorID(s)
		fmt.Println(s, err == nil)
	}
	// Output:
	// SAU true
	// houthis true
	// arab-league true
	// Sau false
	// x false
}

func ExampleParseHistoryJSON() {
	h, err := relations.ParseHistoryJSON([]byte(`{
	  "version": 1,
	  "actors": [
	    {"id": "IRN", "kind": "state", "name": "Iran"},
	    {"id": "EGY", "kind": "state", "name": "Egypt"}
	  ],
	  "events": [
	    {"id": "ir-eg-1979", "kind": "sever-ties", "date": "1979", "actors": ["IRN"], "toward": ["EGY"],
	     "level": "interests-section", "source": "fact sheet"}
	  ]
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	s, _ := h.Standing("EGY", "IRN", relations.MustDate("2000-01-01"))
	fmt.Println(s.AinB.Level, s.Alignment.Level)

	_, err = relations.ParseHistoryJSON([]byte(`{"version": 1, "actors": [], "events": [{"id": "x", "kind": "strike", "date": "2025-02-30"}]}`))
	fmt.Println(err)
	// Output:
	// interests-section hostile
	// relations: JSON: 1:79: events[0].date: "2025-02-30" is not a date: day 30 does not exist in 2025-02, which has 28 days
}

func ExampleHistory_MarshalJSON() {
	h, _ := relations.NewHistory([]relations.Actor{
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
	}, []relations.Event{{ID: "visit", Kind: relations.StateVisit, Date: relations.MustDate("2025-09-17"),
		Actors: []relations.ActorID{"PAK"}, Toward: []relations.ActorID{"SAU"}}})
	b, _ := h.MarshalJSON()
	fmt.Print(string(b))
	// Output:
	// {
	//   "version": 1,
	//   "actors": [
	//     {
	//       "id": "PAK",
	//       "kind": "state",
	//       "name": "Pakistan"
	//     },
	//     {
	//       "id": "SAU",
	//       "kind": "state",
	//       "name": "Saudi Arabia"
	//     }
	//   ],
	//   "events": [
	//     {
	//       "id": "visit",
	//       "kind": "state-visit",
	//       "date": "2025-09-17",
	//       "actors": [
	//         "PAK"
	//       ],
	//       "toward": [
	//         "SAU"
	//       ]
	//     }
	//   ]
	// }
}

func ExampleActor_MemberOn() {
	gcc := relations.Actor{ID: "gcc", Kind: relations.Organisation, Name: "Gulf Cooperation Council",
		Members: []relations.Membership{{Member: "QAT", During: relations.Interval{From: relations.MustDate("1981-05-25")}}}}
	fmt.Println(gcc.MemberOn("QAT", relations.MustDate("2017-06-05")), gcc.MemberOn("QAT", relations.MustDate("1981")))
	// Output:
	// yes cannot tell
}
