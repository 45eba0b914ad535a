package relations_test

import (
	"fmt"
	"log"

	"github.com/entente-go/entente/relations"
)

func ExampleYearDate() {
	d, err := relations.YearDate(1979)
	fmt.Println(d, d.Precision(), err)
	_, err = relations.YearDate(0)
	fmt.Println(err)
	// Output:
	// 1979 year <nil>
	// relations: "0000" is not a date: year 0 is out of range; want 1–9999
}

func ExampleMonthDate() {
	d, err := relations.MonthDate(2013, 11)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(d, d.Precision())
	// Output: 2013-11 month
}

func ExampleDayDate() {
	_, err := relations.DayDate(2025, 2, 30)
	fmt.Println(err)
	// Output: relations: "2025-02-30" is not a date: day 30 does not exist in 2025-02, which has 28 days
}

func ExampleMustDate() {
	fmt.Println(relations.MustDate("2025-09-17"))
	// Output: 2025-09-17
}

func ExampleDate_IsValid() {
	var zero relations.Date
	fmt.Println(zero.IsValid(), relations.MustDate("1914").IsValid())
	// Output: false true
}

func ExampleDate_Precision() {
	fmt.Println(relations.MustDate("2013-11").Precision())
	// Output: month
}

func ExampleDate_Year() {
	fmt.Println(relations.MustDate("2013-11").Year())
	// Output: 2013
}

func ExampleDate_Month() {
	fmt.Println(relations.MustDate("2013-11").Month(), relations.MustDate("2013").Month())
	// Output: 11 0
}

func ExampleDate_Day() {
	fmt.Println(relations.MustDate("2025-09-17").Day(), relations.MustDate("2025-09").Day())
	// Output: 17 0
}

func ExampleDate_First() {
	fmt.Println(relations.MustDate("2024-02").First())
	// Output: 2024-02-01
}

func ExampleDate_Last() {
	fmt.Println(relations.MustDate("2024-02").Last())
	// Output: 2024-02-29
}

func ExampleDate_Compare() {
	a, b := relations.MustDate("2025"), relations.MustDate("2025-01-01")
	fmt.Println(a.Compare(b), b.Compare(a), a.Compare(a))
	// Output: -1 1 0
}

func ExampleDate_OnOrBefore() {
	fmt.Println(relations.MustDate("2025-09-17").OnOrBefore(relations.MustDate("2025-09")))
	// Output: cannot tell
}

func ExampleDate_After() {
	fmt.Println(relations.MustDate("2023-07-04").After(relations.MustDate("2013-11")))
	// Output: yes
}

func ExampleDate_Contains() {
	fmt.Println(relations.MustDate("2025").Contains(relations.MustDate("2025-09-17")))
	// Output: true
}

func ExampleDate_AddDays() {
	d, ok := relations.MustDate("2024-02-28").AddDays(1)
	fmt.Println(d, ok)
	// Output: 2024-02-29 true
}

func ExampleInterval_IsOpen() {
	iv := relations.Interval{From: relations.MustDate("2025-09-17")}
	fmt.Println(iv.IsOpen(), iv)
	// Output: true [2025-09-17, …)
}

func ExampleInterval_IsValid() {
	bad := relations.Interval{From: relations.MustDate("1990"), Until: relations.MustDate("1979")}
	fmt.Println(bad.IsValid())
	// Output: false
}

func ExampleTruthOf() {
	fmt.Println(relations.TruthOf(true), relations.TruthOf(false))
	// Output: yes no
}

func ExampleTruth_And() {
	fmt.Println(relations.Yes.And(relations.CannotTell), relations.No.And(relations.CannotTell))
	// Output: cannot tell no
}

func ExampleTruth_Or() {
	fmt.Println(relations.Yes.Or(relations.CannotTell), relations.No.Or(relations.CannotTell))
	// Output: yes cannot tell
}

func ExampleTruth_Not() {
	fmt.Println(relations.Yes.Not(), relations.CannotTell.Not())
	// Output: no cannot tell
}

func ExampleActorID_IsValid() {
	fmt.Println(relations.ActorID("SAU").IsValid(), relations.ActorID("Saudi").IsValid())
	// Output: true false
}

func ExampleDate_AppendText() {
	b := []byte("in force from ")
	b, err := relations.MustDate("2025-09").AppendText(b)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(b))
	// Output: in force from 2025-09
}
