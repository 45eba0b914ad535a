package relations_test

import (
	"errors"
	"fmt"
	"math"

	"github.com/entente-go/entente/relations"
)

// Exact is a measure the data settle: one value, no doubt.
func ExampleExact() {
	m := relations.Exact(0.25)
	fmt.Println(m, m.Settled())
	// Output: 0.250000 true
}

// Settled is true only for one value with no doubt; an undefined measure
// (NaN, nothing to compare) is settled too.
func ExampleMeasure_Settled() {
	past := relations.Doubt{Reason: relations.PastCoverage, Detail: "as last observed by ATOP 5.1 on 2018-12-31"}
	fmt.Println(relations.Exact(0.5).Settled())
	fmt.Println(relations.Exact(math.NaN()).Settled())
	fmt.Println(relations.Measure{Lo: 0.2, Hi: 0.6, Doubt: past}.Settled())
	// Output:
	// true
	// true
	// false
}

// Value gives the number only when the data settle it: a bounded measure
// is read through its bounds, never as one number.
func ExampleMeasure_Value() {
	past := relations.Doubt{Reason: relations.PastCoverage, Detail: "as last observed by ATOP 5.1 on 2018-12-31"}
	for _, m := range []relations.Measure{relations.Exact(0.5), {Lo: 0.2, Hi: 0.6, Doubt: past}} {
		if v, ok := m.Value(); ok {
			fmt.Println("settled:", v)
		} else {
			fmt.Printf("between %.1f and %.1f: %s\n", m.Lo, m.Hi, m.Doubt)
		}
	}
	// Output:
	// settled: 0.5
	// between 0.2 and 0.6: past-coverage: as last observed by ATOP 5.1 on 2018-12-31
}

// CannotTell is true when the data leave the measure wholly open, with no
// bounds at all.
func ExampleMeasure_CannotTell() {
	past := relations.Doubt{Reason: relations.PastCoverage, Detail: "as last observed by ATOP 5.1 on 2018-12-31"}
	fmt.Println(relations.Measure{Lo: math.NaN(), Hi: math.NaN(), Doubt: past}.CannotTell())
	fmt.Println(relations.Measure{Lo: 0.2, Hi: 0.6, Doubt: past}.CannotTell())
	// Output:
	// true
	// false
}

// ValidateActors reports every problem of a set of actors at once.
func ExampleValidateActors() {
	err := relations.ValidateActors([]relations.Actor{
		{ID: "SAU", Kind: relations.StateActor, Name: "Saudi Arabia"},
		{ID: "gcc", Kind: relations.Organisation, Name: "Gulf Cooperation Council",
			Members: []relations.Membership{{Member: "SAU", During: relations.Interval{From: relations.MustDate("1981-05-25")}},
				{Member: "QAT", During: relations.Interval{From: relations.MustDate("1981-05-25")}}}},
	})
	fmt.Println(err)
	fmt.Println(errors.Is(err, relations.ErrUnknownActor))
	// Output:
	// relations: actor "gcc": members[1].member: unknown actor "QAT"
	// true
}

// Validate checks a declared coverage: a source and a first day, and an
// end that does not come before it.
func ExampleCoverage_Validate() {
	atop := relations.Coverage{Source: "ATOP 5.1", Observed: relations.Interval{
		From: relations.MustDate("1815-01-01"), Until: relations.MustDate("2019-01-01")}}
	fmt.Println(atop.Validate())
	atop.Observed.Until = relations.MustDate("1800")
	fmt.Println(atop.Validate())
	fmt.Println(relations.Coverage{Observed: relations.Interval{From: relations.MustDate("2000")}}.Validate())
	// Output:
	// <nil>
	// the coverage of "ATOP 5.1" ends before it begins: [1815-01-01, 1800)
	// the source is empty; name it, as in "ATOP 5.1"
}

// WithMaxInputSize bounds what a reader reads; past it, the reader stops
// with an error wrapping ErrLimitExceeded.
func ExampleWithMaxInputSize() {
	doc := []byte(`{"version": 2, "actors": [{"id": "SAU", "kind": "state", "name": "Saudi Arabia"}]}`)
	if _, err := relations.ParseHistoryJSON(doc); err != nil {
		fmt.Println(err)
		return
	}
	_, err := relations.ParseHistoryJSON(doc, relations.WithMaxInputSize(16))
	fmt.Println(err)
	fmt.Println(errors.Is(err, relations.ErrLimitExceeded))
	// Output:
	// relations: JSON: 82 bytes is more than the limit of 16 bytes (relations.MaxJSONSize)
	// true
}
