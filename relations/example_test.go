package relations_test

import (
	"fmt"
	"log"
	"os"

	"github.com/entente-go/entente/relations"
)

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
	d := relations.MustDate
	actors := []relations.Actor{
		{ID: "EGY", Kind: relations.StateActor, Name: "Egypt"},
		{ID: "TUR", Kind: relations.StateActor, Name: "Turkey"},
	}
	events := []relations.Event{
		{ID: "eg-tr-2012", Kind: relations.Observation, Date: d("2012"), Actors: []relations.ActorID{"EGY", "TUR"},
			Level: relations.Ambassador, Stance: relations.Normal, Summary: "Ambassadors in place before the 2013 crisis"},
		{ID: "eg-tr-2013-expel", Kind: relations.WithdrawAmbassadors, Date: d("2013-11"), Actors: []relations.ActorID{"EGY", "TUR"},
			Summary: "Egypt expels Turkey's ambassador; both sides at chargé level"},
		{ID: "eg-tr-2023", Kind: relations.ExchangeAmbassadors, Date: d("2023-07-04"), Actors: []relations.ActorID{"EGY", "TUR"},
			Summary: "Ambassadors exchanged again"},
	}
	h, err := relations.NewHistory(actors, events)
	if err != nil {
		log.Fatal(err)
	}
	for _, day := range []string{"2013-06-01", "2020-01-01", "2023-07-04"} {
		s, err := h.Standing("EGY", "TUR", d(day))
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s: Egypt in Turkey %s, %s, alignment %s\n", day, s.AinB.Level, s.AinB.Cause, s.Alignment.Level)
	}
	// Output:
	// 2013-06-01: Egypt in Turkey ambassador, since 2012 (event "eg-tr-2012"), alignment normal
	// 2020-01-01: Egypt in Turkey charge-d-affaires, since 2013-11 (event "eg-tr-2013-expel"), alignment strained
	// 2023-07-04: Egypt in Turkey ambassador, since 2023-07-04 (event "eg-tr-2023"), alignment normal
}

func ExampleHistory_Standing_partialDate() {
	d := relations.MustDate
	actors := []relations.Actor{
		{ID: "EGY", Kind: relations.StateActor, Name: "Egypt"},
		{ID: "TUR", Kind: relations.StateActor, Name: "Turkey"},
	}
	events := []relations.Event{
		{ID: "eg-tr-2012", Kind: relations.Observation, Date: d("2012"), Actors: []relations.ActorID{"EGY", "TUR"},
			Level: relations.Ambassador, Stance: relations.Normal},
		{ID: "eg-tr-2013-expel", Kind: relations.WithdrawAmbassadors, Date: d("2013-11"), Actors: []relations.ActorID{"EGY", "TUR"}},
	}
	h, err := relations.NewHistory(actors, events)
	if err != nil {
		log.Fatal(err)
	}
	// On a day inside November 2013 the data cannot tell whether the
	// expulsion had happened yet.
	s, err := h.Standing("EGY", "TUR", d("2013-11-15"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(s.AinB.Level, s.Uncertain)
	// Output:
	// ambassador [eg-tr-2013-expel]
}

func ExampleStanding_String() {
	d := relations.MustDate
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
	}
	events := []relations.Event{
		{ID: "sa-ir-2015", Kind: relations.Observation, Date: d("2015"), Actors: []relations.ActorID{"SAU", "IRN"},
			Level: relations.Ambassador, Stance: relations.Strained},
		{ID: "sa-ir-2016", Kind: relations.SeverTies, Date: d("2016-01-03"), Actors: []relations.ActorID{"SAU"},
			Toward: []relations.ActorID{"IRN"}},
	}
	h, err := relations.NewHistory(actors, events)
	if err != nil {
		log.Fatal(err)
	}
	s, err := h.Standing("SAU", "IRN", d("2019-09-14"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(s)
	// Output:
	// SAU–IRN on 2019-09-14: SAU in IRN none since 2016-01-03 (event "sa-ir-2016"); IRN in SAU none since 2016-01-03 (event "sa-ir-2016"); alignment hostile since 2016-01-03 (event "sa-ir-2016")
}

func ExampleHistory_Timeline() {
	d := relations.MustDate
	actors := []relations.Actor{
		{ID: "EGY", Kind: relations.StateActor, Name: "Egypt"},
		{ID: "TUR", Kind: relations.StateActor, Name: "Turkey"},
	}
	events := []relations.Event{
		{ID: "eg-tr-2012", Kind: relations.Observation, Date: d("2012"), Actors: []relations.ActorID{"EGY", "TUR"},
			Level: relations.Ambassador, Stance: relations.Normal},
		{ID: "eg-tr-2013-expel", Kind: relations.WithdrawAmbassadors, Date: d("2013-11"), Actors: []relations.ActorID{"EGY", "TUR"}},
		{ID: "eg-tr-2023", Kind: relations.ExchangeAmbassadors, Date: d("2023-07-04"), Actors: []relations.ActorID{"EGY", "TUR"}},
		{ID: "eg-tr-2025-drill", Kind: relations.JointExercise, Date: d("2025-09-22"), Actors: []relations.ActorID{"EGY", "TUR"},
			Summary: "Friendship Sea naval drills"},
	}
	h, err := relations.NewHistory(actors, events)
	if err != nil {
		log.Fatal(err)
	}
	steps, err := h.Timeline("EGY", "TUR")
	if err != nil {
		log.Fatal(err)
	}
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
	d := relations.MustDate
	actors := []relations.Actor{
		{ID: "EGY", Kind: relations.StateActor, Name: "Egypt"},
		{ID: "TUR", Kind: relations.StateActor, Name: "Turkey"},
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
		{ID: "CHN", Kind: relations.StateActor, Name: "China"},
	}
	events := []relations.Event{
		{ID: "eg-tr-2013-expel", Kind: relations.WithdrawAmbassadors, Date: d("2013-11"), Actors: []relations.ActorID{"EGY", "TUR"}},
		{ID: "eg-tr-2023", Kind: relations.ExchangeAmbassadors, Date: d("2023-07-04"), Actors: []relations.ActorID{"EGY", "TUR"}},
		{ID: "eg-tr-2025-drill", Kind: relations.JointExercise, Date: d("2025-09-22"), Actors: []relations.ActorID{"EGY", "TUR"}},
		{ID: "sa-ir-2016", Kind: relations.SeverTies, Date: d("2016-01-03"), Actors: []relations.ActorID{"SAU"},
			Toward: []relations.ActorID{"IRN"}},
		{ID: "sa-ir-2023", Kind: relations.RestoreTies, Date: d("2023-03-10"), Actors: []relations.ActorID{"SAU", "IRN"},
			Mediators: []relations.ActorID{"CHN"}},
	}
	h, err := relations.NewHistory(actors, events)
	if err != nil {
		log.Fatal(err)
	}
	changes, err := h.Changes(d("2019-01-01"), d("2025-12-31"))
	if err != nil {
		log.Fatal(err)
	}
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
	d := relations.MustDate
	actors := []relations.Actor{
		{ID: "EGY", Kind: relations.StateActor, Name: "Egypt"},
		{ID: "TUR", Kind: relations.StateActor, Name: "Turkey"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
	}
	events := []relations.Event{
		{ID: "eg-tr-2025-drill", Kind: relations.JointExercise, Date: d("2025-09-22"), Actors: []relations.ActorID{"EGY", "TUR"}},
		{ID: "ir-eg-1979", Kind: relations.SeverTies, Date: d("1979"), Actors: []relations.ActorID{"IRN"},
			Toward: []relations.ActorID{"EGY"}},
	}
	h, err := relations.NewHistory(actors, events)
	if err != nil {
		log.Fatal(err)
	}
	p, err := h.Partners("EGY", d("2025-12-31"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(p)
	// Output:
	// [TUR]
}

func ExampleHistory_Rivals() {
	d := relations.MustDate
	actors := []relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
	}
	events := []relations.Event{
		{ID: "sa-ir-2016", Kind: relations.SeverTies, Date: d("2016-01-03"), Actors: []relations.ActorID{"SAU"},
			Toward: []relations.ActorID{"IRN"}},
	}
	h, err := relations.NewHistory(actors, events)
	if err != nil {
		log.Fatal(err)
	}
	r, err := h.Rivals("IRN", d("2020-01-01"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(r)
	// Output:
	// [SAU]
}

func ExampleHistory_Network() {
	d := relations.MustDate
	actors := []relations.Actor{
		{ID: "EGY", Kind: relations.StateActor, Name: "Egypt"},
		{ID: "TUR", Kind: relations.StateActor, Name: "Turkey"},
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
	}
	events := []relations.Event{
		{ID: "eg-tr-2025-drill", Kind: relations.JointExercise, Date: d("2025-09-22"), Actors: []relations.ActorID{"EGY", "TUR"}},
		{ID: "sa-ir-2016", Kind: relations.SeverTies, Date: d("2016-01-03"), Actors: []relations.ActorID{"SAU"},
			Toward: []relations.ActorID{"IRN"}},
		{ID: "sa-ir-2023", Kind: relations.RestoreTies, Date: d("2023-03-10"), Actors: []relations.ActorID{"SAU", "IRN"}},
	}
	h, err := relations.NewHistory(actors, events)
	if err != nil {
		log.Fatal(err)
	}
	n, err := h.Network(d("2025-12-31"))
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range n.Edges.Certain {
		fmt.Println(e.A, e.B, e.Alignment)
	}
	// Output:
	// EGY TUR partner
	// IRN SAU normal
}

func ExampleNetwork_WriteMermaid() {
	d := relations.MustDate
	actors := []relations.Actor{
		{ID: "EGY", Kind: relations.StateActor, Name: "Egypt"},
		{ID: "TUR", Kind: relations.StateActor, Name: "Turkey"},
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
	}
	events := []relations.Event{
		{ID: "eg-tr-2013-expel", Kind: relations.WithdrawAmbassadors, Date: d("2013-11"), Actors: []relations.ActorID{"EGY", "TUR"}},
		{ID: "sa-ir-2016", Kind: relations.SeverTies, Date: d("2016-01-03"), Actors: []relations.ActorID{"SAU"},
			Toward: []relations.ActorID{"IRN"}},
	}
	h, err := relations.NewHistory(actors, events)
	if err != nil {
		log.Fatal(err)
	}
	n, err := h.Network(d("2020-01-01"))
	if err != nil {
		log.Fatal(err)
	}
	if err := n.WriteMermaid(os.Stdout); err != nil {
		log.Fatal(err)
	}
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
	d := relations.MustDate
	actors := []relations.Actor{
		{ID: "EGY", Kind: relations.StateActor, Name: "Egypt"},
		{ID: "TUR", Kind: relations.StateActor, Name: "Turkey"},
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "IRN", Kind: relations.StateActor, Name: "Iran"},
	}
	events := []relations.Event{
		{ID: "eg-tr-2025-drill", Kind: relations.JointExercise, Date: d("2025-09-22"), Actors: []relations.ActorID{"EGY", "TUR"}},
		{ID: "sa-ir-2023", Kind: relations.RestoreTies, Date: d("2023-03-10"), Actors: []relations.ActorID{"SAU", "IRN"}},
	}
	h, err := relations.NewHistory(actors, events)
	if err != nil {
		log.Fatal(err)
	}
	n, err := h.Network(d("2025-12-31"))
	if err != nil {
		log.Fatal(err)
	}
	if err := n.WriteDOT(os.Stdout); err != nil {
		log.Fatal(err)
	}
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
	  "version": 2,
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
	s, err := h.Standing("EGY", "IRN", relations.MustDate("2000-01-01"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(s.AinB.Level, s.Alignment.Level)

	_, err = relations.ParseHistoryJSON([]byte(`{"version": 2, "actors": [], "events": [{"id": "x", "kind": "strike", "date": "2025-02-30"}]}`))
	fmt.Println(err)
	// Output:
	// interests-section hostile
	// relations: JSON: 1:79: events[0].date: "2025-02-30" is not a date: day 30 does not exist in 2025-02, which has 28 days
}

func ExampleHistory_MarshalJSON() {
	h, err := relations.NewHistory([]relations.Actor{
		{ID: "PAK", Kind: relations.StateActor, Name: "Pakistan"},
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
	}, []relations.Event{{ID: "visit", Kind: relations.StateVisit, Date: relations.MustDate("2025-09-17"),
		Actors: []relations.ActorID{"PAK"}, Toward: []relations.ActorID{"SAU"}}})
	if err != nil {
		log.Fatal(err)
	}
	b, err := h.MarshalJSON()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(string(b))
	// Output:
	// {
	//   "version": 2,
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
