package plan

import (
	"errors"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Date
		err  error
	}{
		{"a day", "2025-03-01", Date{2025, 3, 1}, nil},
		{"first year allowed", "1900-01-01", Date{1900, 1, 1}, nil},
		{"last year allowed", "2200-12-31", Date{2200, 12, 31}, nil},
		{"empty is unset", "", Date{}, nil},
		{"no such day", "2025-02-29", Date{}, ErrBadDate},
		{"leap day", "2024-02-29", Date{2024, 2, 29}, nil},
		{"unpadded", "2025-3-1", Date{}, ErrBadDate},
		{"French order", "01/03/2025", Date{}, ErrBadDate},
		{"with a time", "2025-03-01T00:00:00Z", Date{}, ErrBadDate},
		// What a date input gives when a slip puts digits too many in the
		// year (issue 15: 152027 and 275760, the largest year a browser
		// allows).
		{"six-digit year", "152027-03-01", Date{}, ErrBadDate},
		{"browser's largest year", "275760-09-13", Date{}, ErrBadDate},
		{"signed year", "+152027-03-01", Date{}, ErrBadDate},
		// What a date input gives while the year is being typed, digit by
		// digit: each is a real day, none is a plan date.
		{"year being typed, 1 digit", "0002-03-01", Date{}, ErrDateOutOfRange},
		{"year being typed, 3 digits", "0202-03-01", Date{}, ErrDateOutOfRange},
		{"year zero", "0000-01-01", Date{}, ErrDateOutOfRange},
		{"just before", "1899-12-31", Date{}, ErrDateOutOfRange},
		{"just after", "2201-01-01", Date{}, ErrDateOutOfRange},
		{"far future", "9999-12-31", Date{}, ErrDateOutOfRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			if got != tt.want || !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
				t.Fatalf("ParseDate(%q) = %v, %v; want %v, %v", tt.in, got, err, tt.want, tt.err)
			}
			if err == nil && got.String() != tt.in {
				t.Errorf("String() = %q, want %q", got.String(), tt.in)
			}
		})
	}
}

func TestDateCheck(t *testing.T) {
	tests := []struct {
		d    Date
		want error
	}{
		{Date{}, nil},
		{Date{2025, 6, 30}, nil},
		{Date{2025, 6, 31}, ErrBadDate},
		{Date{2025, 13, 1}, ErrBadDate},
		{Date{2025, 0, 0}, ErrBadDate},
		{Date{152027, 3, 1}, ErrDateOutOfRange},
		{Date{-1, 1, 1}, ErrDateOutOfRange},
		{Date{1336, 1, 1}, ErrDateOutOfRange},
		{Date{3237, 12, 31}, ErrDateOutOfRange},
	}
	for _, tt := range tests {
		if err := tt.d.Check(); !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
			t.Errorf("%+v.Check() = %v, want %v", tt.d, err, tt.want)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2025-03-01", "152027-03-01", "0002-03-01", "2024-02-29", "", "2200-12-31"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if !d.IsZero() {
				t.Fatalf("ParseDate(%q) = %v with error %v", s, d, err)
			}
			if !errors.Is(err, ErrBadDate) && !errors.Is(err, ErrDateOutOfRange) {
				t.Fatalf("ParseDate(%q): error %v wraps no sentinel", s, err)
			}
			return
		}
		if d.Check() != nil || d.String() != s {
			t.Fatalf("ParseDate(%q) = %v: not a plan date or not read back", s, d)
		}
	})
}

func TestDateArithmetic(t *testing.T) {
	d := NewDate(2025, 1, 31)
	if got := d.AddMonths(1); got != (Date{2025, 3, 3}) {
		t.Errorf("AddMonths = %v", got)
	}
	if got := d.AddDays(-31); got != (Date{2024, 12, 31}) {
		t.Errorf("AddDays = %v", got)
	}
	if got := NewDate(2025, 2, 30); got != (Date{2025, 3, 2}) {
		t.Errorf("NewDate normalises to %v", got)
	}
	if n := DaysBetween(NewDate(2024, 1, 1), NewDate(2025, 1, 1)); n != 366 {
		t.Errorf("DaysBetween over a leap year = %d, want 366", n)
	}
	if n := DaysBetween(NewDate(2025, 3, 31), NewDate(2025, 3, 30)); n != -1 {
		t.Errorf("DaysBetween backwards = %d, want -1", n)
	}
	late := time.Date(2025, 6, 30, 23, 30, 0, 0, time.FixedZone("", -5*3600)) // already 1 July in UTC
	if got := DateOf(late); got != (Date{2025, 6, 30}) {
		t.Errorf("DateOf uses the time's own zone: got %v", got)
	}
	a, b := NewDate(2025, 5, 1), NewDate(2025, 5, 2)
	if !a.Before(b) || a.After(b) || a.Compare(a) != 0 || b.Compare(a) != 1 || NewDate(2024, 12, 31).Compare(a) != -1 {
		t.Error("comparisons wrong")
	}
	if (Date{}).String() != "" || !(Date{}).IsZero() {
		t.Error("zero Date")
	}
}

func TestHorizonContains(t *testing.T) {
	h := Horizon{NewDate(2025, 1, 1), NewDate(2025, 12, 31)}
	for d, want := range map[Date]bool{
		NewDate(2025, 1, 1): true, NewDate(2025, 12, 31): true, NewDate(2024, 12, 31): false,
		NewDate(2026, 1, 1): false, {}: false,
	} {
		if h.Contains(d) != want {
			t.Errorf("Contains(%v) = %v", d, !want)
		}
	}
	if !(Horizon{}).Contains(NewDate(1990, 1, 1)) {
		t.Error("an open horizon contains every day")
	}
}
