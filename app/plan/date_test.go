package plan

import (
	"errors"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want Date
		err  bool
	}{
		{"2025-03-01", Date{2025, 3, 1}, false},
		{"0001-01-01", Date{1, 1, 1}, false},
		{"9999-12-31", Date{9999, 12, 31}, false},
		{"", Date{}, false},
		{"2025-02-29", Date{}, true},
		{"2024-02-29", Date{2024, 2, 29}, false},
		{"2025-3-1", Date{}, true},
		{"01/03/2025", Date{}, true},
		{"2025-03-01T00:00:00Z", Date{}, true},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if got != tt.want || (err != nil) != tt.err || (err != nil && !errors.Is(err, ErrBadDate)) {
			t.Errorf("ParseDate(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.err)
		}
		if err == nil && got.String() != tt.in {
			t.Errorf("String() = %q, want %q", got.String(), tt.in)
		}
	}
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
