// Package calendar is the day arithmetic that relations' partial dates and
// pact's indexes share: day numbers in the proleptic Gregorian calendar,
// counted from 0001-01-01 (day 1), and the span of days a partial date
// covers. It knows nothing of entente's types, so both packages can build
// on it without exporting their internals to each other.
package calendar

// IsLeap reports whether y is a leap year.
func IsLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// DaysIn returns the number of days in month m of year y.
func DaysIn(y, m int) int {
	switch m {
	case 2:
		if IsLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// DayNumber counts days from 0001-01-01 (day 1), using the days-from-civil
// algorithm of H. Hinnant.
func DayNumber(y, m, d int) int32 {
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int32(era*146097 + doe - 306 + 1)
}

// Civil returns the year, month and day of day number n: the inverse of
// [DayNumber].
func Civil(n int) (y, m, d int) {
	z := n - 1 + 306
	era := z / 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

// Span returns the first and last day numbers of a partial date: month 0
// means the whole year, day 0 the whole month. Year 0 (no date) gives 0, 0.
func Span(y, m, d int) (first, last int32) {
	switch {
	case y == 0:
		return 0, 0
	case m == 0:
		return DayNumber(y, 1, 1), DayNumber(y, 12, 31)
	case d == 0:
		return DayNumber(y, m, 1), DayNumber(y, m, DaysIn(y, m))
	}
	n := DayNumber(y, m, d)
	return n, n
}

// Year returns the year of day number n.
func Year(n int32) int {
	y, _, _ := Civil(int(n))
	return y
}
