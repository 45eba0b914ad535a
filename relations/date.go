package relations

import (
	"encoding"
	"fmt"
	"strconv"

	"github.com/entente-go/entente/internal/calendar"
	"github.com/entente-go/entente/internal/enum"
	"github.com/entente-go/entente/internal/errs"
)

// Precision says how much of a [Date] is known.
type Precision uint8

const (
	// UnknownPrecision is the precision of the zero Date, which is invalid.
	UnknownPrecision Precision = iota
	// YearPrecision: only the year is known ("1979").
	YearPrecision
	// MonthPrecision: the year and month are known ("2013-11").
	MonthPrecision
	// DayPrecision: the day is known ("2025-09-17").
	DayPrecision
)

var precisionNames = []string{"unknown", "year", "month", "day"}

// String returns "year", "month", "day", or "Precision(N)" for a bad value.
func (p Precision) String() string { return enum.Text("Precision", precisionNames, p) }

// The years a Date may hold. Historical alliance data begins in 1815 and
// scenarios look decades ahead; the bounds keep day arithmetic exact and
// reject typos such as year 0 or 20255.
const (
	MinYear = 1
	MaxYear = 9999
)

// Date is a calendar date that keeps its precision: a year, a year and month,
// or a full day. Historical facts are often known only to the month or year,
// and a Date never invents the missing part. Dates are comparable values,
// usable as map keys; the zero Date is invalid ([Date.IsValid] reports false).
//
// A partial date covers a span of days, from [Date.First] to [Date.Last].
// Questions that compare dates ([Date.OnOrBefore], [Date.Before]) answer with
// a [Truth], which is [CannotTell] when the spans overlap.
type Date struct {
	year  int16
	month uint8 // 1–12, or 0 below MonthPrecision
	day   uint8 // 1–31, or 0 below DayPrecision
}

// YearDate returns the date at year precision. It reports an error for a year
// outside [MinYear, MaxYear].
func YearDate(y int) (Date, error) { return makeDate(y, 0, 0) }

// MonthDate returns the date at month precision, or an error if the year or
// month is out of range.
func MonthDate(y, m int) (Date, error) {
	if m == 0 {
		return Date{}, dateError(fmt.Sprintf("%04d-%02d", y, m), "month 0 is not a month")
	}
	return makeDate(y, m, 0)
}

// DayDate returns the date at day precision, or an error for a day that does
// not exist, such as 2025-02-30.
func DayDate(y, m, d int) (Date, error) {
	if m == 0 || d == 0 {
		return Date{}, dateError(fmt.Sprintf("%04d-%02d-%02d", y, m, d), "month and day must be set")
	}
	return makeDate(y, m, d)
}

// MustDate parses s with [ParseDate] and panics on error. It is meant for
// package-level variables and tests whose input is a literal.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func makeDate(y, m, d int) (Date, error) {
	if msg := checkDate(y, m, d); msg != "" {
		in := fmt.Sprintf("%04d-%02d-%02d", y, m, d)
		switch {
		case m == 0:
			in = fmt.Sprintf("%04d", y)
		case d == 0:
			in = fmt.Sprintf("%04d-%02d", y, m)
		}
		return Date{}, dateError(in, msg)
	}
	return Date{year: int16(y), month: uint8(m), day: uint8(d)}, nil
}

// checkDate says what is wrong with the date y-m-d (m and d 0 when not
// known), or "" if nothing is.
func checkDate(y, m, d int) string {
	switch {
	case y < MinYear || y > MaxYear:
		return fmt.Sprintf("year %d is out of range; want %d–%d", y, MinYear, MaxYear)
	case m < 0 || m > 12:
		return fmt.Sprintf("month %d does not exist; want 01–12", m)
	case m == 0 && d != 0:
		return fmt.Sprintf("day %d is given without a month", d)
	case d < 0 || (m > 0 && d > calendar.DaysIn(y, m)):
		return fmt.Sprintf("day %d does not exist in %04d-%02d, which has %d days", d, y, m, calendar.DaysIn(y, m))
	}
	return ""
}

// dateError is the error of text, or numbers, that make no date.
func dateError(input, msg string) error {
	return &errs.Syntax{Scope: "relations", What: "date", Input: input, Msg: msg}
}

// ParseDate parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (four-digit years,
// two-digit months and days), keeping the precision of the input.
func ParseDate(s string) (Date, error) {
	bad := func(msg string) (Date, error) { return Date{}, dateError(s, msg) }
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return bad("want YYYY, YYYY-MM or YYYY-MM-DD")
	}
	num := func(part string) (int, bool) {
		n := 0
		for i := 0; i < len(part); i++ {
			c := part[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	y, ok := num(s[:4])
	if !ok {
		return bad("year is not four digits")
	}
	m, d := 0, 0
	if len(s) >= 7 {
		if s[4] != '-' {
			return bad("want '-' after the year")
		}
		if m, ok = num(s[5:7]); !ok {
			return bad("month is not two digits")
		}
		if m == 0 {
			return bad("month 00 does not exist")
		}
	}
	if len(s) == 10 {
		if s[7] != '-' {
			return bad("want '-' after the month")
		}
		if d, ok = num(s[8:10]); !ok {
			return bad("day is not two digits")
		}
		if d == 0 {
			return bad("day 00 does not exist")
		}
	}
	if msg := checkDate(y, m, d); msg != "" {
		return bad(msg)
	}
	return Date{year: int16(y), month: uint8(m), day: uint8(d)}, nil
}

// IsValid reports whether d is a date, as opposed to the zero Date.
func (d Date) IsValid() bool { return d.year != 0 }

// Precision returns how much of d is known.
func (d Date) Precision() Precision {
	switch {
	case d.year == 0:
		return UnknownPrecision
	case d.month == 0:
		return YearPrecision
	case d.day == 0:
		return MonthPrecision
	}
	return DayPrecision
}

// Year returns the date's year, or 0 for the zero Date.
func (d Date) Year() int { return int(d.year) }

// Month returns the date's month (1–12), or 0 if it is not known.
func (d Date) Month() int { return int(d.month) }

// Day returns the date's day of the month, or 0 if it is not known.
func (d Date) Day() int { return int(d.day) }

// A Date writes its text form into a buffer the caller owns.
var _ encoding.TextAppender = Date{}

// String formats d as "YYYY", "YYYY-MM" or "YYYY-MM-DD" following its
// precision, and the zero Date as "".
func (d Date) String() string { return string(d.appendText(nil)) }

// AppendText implements [encoding.TextAppender]: it appends the text form
// of d (see [Date.String]) to b. It never fails.
func (d Date) AppendText(b []byte) ([]byte, error) { return d.appendText(b), nil }

func (d Date) appendText(b []byte) []byte {
	if d.year == 0 {
		return b
	}
	b = appendPadded(b, int(d.year), 4)
	if d.month != 0 {
		b = appendPadded(append(b, '-'), int(d.month), 2)
	}
	if d.day != 0 {
		b = appendPadded(append(b, '-'), int(d.day), 2)
	}
	return b
}

func appendPadded(b []byte, n, width int) []byte {
	s := strconv.Itoa(n)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// MarshalText implements [encoding.TextMarshaler]; the zero Date encodes as
// the empty text.
func (d Date) MarshalText() ([]byte, error) { return d.appendText(nil), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseDate]; the
// empty text decodes to the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	p, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = p
	return nil
}

// First returns the first day of the span d covers, as a day-precision
// Date. For the zero Date it returns the zero Date.
func (d Date) First() Date {
	if d.year == 0 || d.day != 0 {
		return d
	}
	m := d.month
	if m == 0 {
		m = 1
	}
	return Date{year: d.year, month: m, day: 1}
}

// Last returns the last day of the span d covers, as a day-precision Date.
func (d Date) Last() Date {
	if d.year == 0 || d.day != 0 {
		return d
	}
	m := d.month
	if m == 0 {
		m = 12
	}
	return Date{year: d.year, month: m, day: uint8(calendar.DaysIn(int(d.year), int(m)))}
}

// Compare orders dates by the first day of their spans, and dates that start
// on the same day by precision, coarsest first ("2025" < "2025-01" <
// "2025-01-01"); the zero Date sorts first. It returns -1, 0 or +1. Compare
// is a total order for sorting; to ask whether one date falls before
// another, use [Date.Before], which can answer [CannotTell].
func (d Date) Compare(e Date) int {
	a, b := d.firstDay(), e.firstDay()
	switch {
	case d.year == 0 || e.year == 0:
		return cmpInt(int(min(d.year, 1)), int(min(e.year, 1)))
	case a != b:
		return cmpInt(int(a), int(b))
	}
	return cmpInt(int(d.Precision()), int(e.Precision()))
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Before reports whether every day of d falls before every day of e: Yes if
// d ends before e starts, No if d starts on or after the end of e,
// CannotTell otherwise ("2025-09" before "2025-09-17").
func (d Date) Before(e Date) Truth {
	switch {
	case d.lastDay() < e.firstDay():
		return Yes
	case d.firstDay() >= e.lastDay():
		return No
	}
	return CannotTell
}

// OnOrBefore reports whether d falls on or before e: Yes if d ends on or
// before the day e starts, No if d starts after e ends, CannotTell
// otherwise. Asking whether "2025-09" is on or after "2025-09-17" is
// e.OnOrBefore(d), and it answers CannotTell.
func (d Date) OnOrBefore(e Date) Truth {
	switch {
	case d.lastDay() <= e.firstDay():
		return Yes
	case d.firstDay() > e.lastDay():
		return No
	}
	return CannotTell
}

// After reports whether every day of d falls after every day of e.
func (d Date) After(e Date) Truth { return e.Before(d) }

// OnOrAfter reports whether d falls on or after e.
func (d Date) OnOrAfter(e Date) Truth { return e.OnOrBefore(d) }

// Contains reports whether the span of d includes every day of e (the year
// 2025 contains 2025-09-17; 2025-09-17 does not contain 2025).
func (d Date) Contains(e Date) bool {
	return d.IsValid() && e.IsValid() && d.firstDay() <= e.firstDay() && e.lastDay() <= d.lastDay()
}

// firstDay and lastDay are the days since 0001-01-01 of the span's ends,
// the form the indexes compare.
func (d Date) firstDay() int32 {
	f, _ := calendar.Span(int(d.year), int(d.month), int(d.day))
	return f
}
func (d Date) lastDay() int32 {
	_, l := calendar.Span(int(d.year), int(d.month), int(d.day))
	return l
}

// AddDays returns the day-precision date n days after the first day of d.
// It reports false if the result falls outside [MinYear, MaxYear].
func (d Date) AddDays(n int) (Date, bool) {
	return dateOfDayNumber(int(d.firstDay()) + n)
}

func dateOfDayNumber(n int) (Date, bool) {
	y, m, d := calendar.Civil(n)
	if y < MinYear || y > MaxYear {
		return Date{}, false
	}
	return Date{year: int16(y), month: uint8(m), day: uint8(d)}, true
}
