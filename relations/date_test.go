package relations

import (
	"testing"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		prec    Precision
		wantErr bool
	}{
		{in: "1979", want: "1979", prec: YearPrecision},
		{in: "2013-11", want: "2013-11", prec: MonthPrecision},
		{in: "2025-09-17", want: "2025-09-17", prec: DayPrecision},
		{in: "2024-02-29", want: "2024-02-29", prec: DayPrecision},
		{in: "2000-02-29", want: "2000-02-29", prec: DayPrecision},
		{in: "1900-02-29", wantErr: true},
		{in: "2025-02-29", wantErr: true},
		{in: "2025-02-30", wantErr: true},
		{in: "2025-04-31", wantErr: true},
		{in: "2025-13", wantErr: true},
		{in: "2025-00", wantErr: true},
		{in: "2025-01-00", wantErr: true},
		{in: "0000", wantErr: true},
		{in: "99999", wantErr: true},
		{in: "2025/01/01", wantErr: true},
		{in: "2025-1-01", wantErr: true},
		{in: "-202", wantErr: true},
		{in: "", wantErr: true},
		{in: "２０２５", wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			d, err := ParseDate(tc.in)
			if tc.wantErr {
				if err == nil {
					t.Fatalf("ParseDate(%q) = %v, want an error", tc.in, d)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseDate(%q): %v", tc.in, err)
			}
			if d.String() != tc.want || d.Precision() != tc.prec {
				t.Errorf("ParseDate(%q) = %v (%v), want %v (%v)", tc.in, d, d.Precision(), tc.want, tc.prec)
			}
		})
	}
}

func TestDateSpans(t *testing.T) {
	tests := []struct {
		in, first, last string
	}{
		{"2024", "2024-01-01", "2024-12-31"},
		{"2024-02", "2024-02-01", "2024-02-29"},
		{"2023-02", "2023-02-01", "2023-02-28"},
		{"2025-09-17", "2025-09-17", "2025-09-17"},
	}
	for _, tc := range tests {
		d := MustDate(tc.in)
		if got := d.First().String(); got != tc.first {
			t.Errorf("%s.First() = %s, want %s", tc.in, got, tc.first)
		}
		if got := d.Last().String(); got != tc.last {
			t.Errorf("%s.Last() = %s, want %s", tc.in, got, tc.last)
		}
	}
}

func TestDayNumberRoundTrip(t *testing.T) {
	// Every day from 1800 to 2100 maps to consecutive numbers and back.
	d := MustDate("1800-01-01")
	prev := d.firstDay() - 1
	for d.Year() < 2100 {
		n := d.firstDay()
		if n != prev+1 {
			t.Fatalf("DayNumber(%v) = %d, want %d", d, n, prev+1)
		}
		back, ok := dateOfDayNumber(int(n))
		if !ok || back != d {
			t.Fatalf("dateOfDayNumber(%d) = %v, want %v", n, back, d)
		}
		prev = n
		d, _ = d.AddDays(1)
	}
	if got := MustDate("0001-01-01").firstDay(); got != 1 {
		t.Errorf("DayNumber(0001-01-01) = %d, want 1", got)
	}
}

func TestDateOrderQuestions(t *testing.T) {
	tests := []struct {
		a, b               string
		before, onOrBefore Truth
		after, onOrAfter   Truth
	}{
		{"2025-09", "2025-09-17", CannotTell, CannotTell, CannotTell, CannotTell},
		{"2025-08", "2025-09-17", Yes, Yes, No, No},
		{"2025-09-17", "2025-09-17", No, Yes, No, Yes},
		{"2025-09-16", "2025-09-17", Yes, Yes, No, No},
		{"2025", "2026-01-01", Yes, Yes, No, No},
		{"2013", "2013-11", CannotTell, CannotTell, CannotTell, CannotTell},
		{"2026", "2025-12-31", No, No, Yes, Yes},
	}
	for _, tc := range tests {
		a, b := MustDate(tc.a), MustDate(tc.b)
		got := [4]Truth{a.Before(b), a.OnOrBefore(b), a.After(b), a.OnOrAfter(b)}
		want := [4]Truth{tc.before, tc.onOrBefore, tc.after, tc.onOrAfter}
		if got != want {
			t.Errorf("%s vs %s: Before, OnOrBefore, After, OnOrAfter = %v, want %v", tc.a, tc.b, got, want)
		}
	}
}

func TestDateCompareIsTotal(t *testing.T) {
	ds := []Date{{}, MustDate("2025"), MustDate("2025-01"), MustDate("2025-01-01"), MustDate("2025-01-02"), MustDate("2025-02")}
	for i, a := range ds {
		for j, b := range ds {
			want := cmpInt(i, j)
			if got := a.Compare(b); got != want {
				t.Errorf("Compare(%q, %q) = %d, want %d", a, b, got, want)
			}
		}
	}
}

func TestTruthLogic(t *testing.T) {
	all := []Truth{CannotTell, No, Yes}
	for _, a := range all {
		for _, b := range all {
			// De Morgan holds in Kleene's three-valued logic.
			if a.And(b).Not() != a.Not().Or(b.Not()) {
				t.Errorf("not(%v and %v) != not %v or not %v", a, b, a, b)
			}
		}
	}
	if Yes.And(CannotTell) != CannotTell || No.And(CannotTell) != No || Yes.Or(CannotTell) != Yes {
		t.Error("three-valued tables are wrong")
	}
	if got := Truth(9).String(); got != "Truth(9)" {
		t.Errorf("Truth(9).String() = %q", got)
	}
}

func TestEnumStringsNeverPanic(t *testing.T) {
	for _, s := range []interface{ String() string }{ActorKind(200), EventKind(200), Representation(200), Alignment(200), Precision(200), Direction(200)} {
		if s.String() == "" {
			t.Errorf("%T(200).String() is empty", s)
		}
	}
}

func TestDateTextRoundTrip(t *testing.T) {
	for _, s := range []string{"1815", "1914-07", "1914-07-28", ""} {
		var d Date
		if err := d.UnmarshalText([]byte(s)); err != nil {
			t.Fatalf("UnmarshalText(%q): %v", s, err)
		}
		b, _ := d.MarshalText()
		if string(b) != s {
			t.Errorf("round trip of %q gave %q", s, b)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"1979", "2013-11", "2025-09-17", "2025-02-30", "0000", "9999-12-31", "2024-02-29", "20x5", "2025-1-1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		if !d.IsValid() {
			t.Fatalf("ParseDate(%q) returned an invalid date without error", s)
		}
		if d.String() != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, d.String())
		}
		if d.First().Compare(d.Last()) > 0 {
			t.Fatalf("%q: first day %v after last %v", s, d.First(), d.Last())
		}
		// Two facts dated to the same day are ordered; two dated to the
		// same month or year may fall either way.
		want := [2]Truth{No, Yes}
		if d.Precision() != DayPrecision {
			want = [2]Truth{CannotTell, CannotTell}
		}
		if got := [2]Truth{d.Before(d), d.OnOrBefore(d)}; got != want {
			t.Fatalf("%q against itself: Before, OnOrBefore = %v, want %v", s, got, want)
		}
	})
}

func FuzzParseActorID(f *testing.F) {
	for _, s := range []string{"SAU", "houthis", "arab-league", "a--b", "x", "Sau", "nato-", "cow-245"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := ParseActorID(s)
		if err != nil {
			if ActorID(s).IsValid() {
				t.Fatalf("%q rejected by ParseActorID but Valid", s)
			}
			return
		}
		if string(id) != s || !id.IsValid() {
			t.Fatalf("ParseActorID(%q) = %q", s, id)
		}
		if len(s) > MaxActorIDLen {
			t.Fatalf("ParseActorID accepted %d bytes", len(s))
		}
	})
}
