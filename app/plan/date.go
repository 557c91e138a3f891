package plan

import (
	"fmt"
	"time"
)

// Date is a calendar day, without time of day or time zone: plan horizons,
// phase and action spans, deadlines and KPI history points are days. The zero
// Date means "not set". Dates are compared field by field, so == works.
//
// Years are limited to 1…9999 (the ISO form "YYYY-MM-DD"); Validate reports
// other years and impossible days such as February 30.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// dateLayout is the ISO 8601 calendar date form used on screen and in files.
const dateLayout = "2006-01-02"

// NewDate returns the given day, normalising overflow the way time.Date does
// (NewDate(2025, 2, 30) is 2025-03-02).
func NewDate(year int, month time.Month, day int) Date {
	return DateOf(time.Date(year, month, day, 0, 0, 0, 0, time.UTC))
}

// DateOf returns the calendar day of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{Year: y, Month: m, Day: d}
}

// ParseDate reads "YYYY-MM-DD" (what an HTML date input gives). The empty
// string gives the zero Date and no error; anything else that is not a real
// day gives an error wrapping ErrBadDate.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	t, err := time.Parse(dateLayout, s)
	if err != nil {
		return Date{}, fmt.Errorf("%w: %q", ErrBadDate, s)
	}
	return DateOf(t), nil
}

// IsZero reports whether d is unset.
func (d Date) IsZero() bool { return d == Date{} }

// String returns "YYYY-MM-DD", or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// Time returns midnight UTC at the start of d.
func (d Date) Time() time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(int(d.Month), int(e.Month))
	default:
		return cmpInt(d.Day, e.Day)
	}
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

// Before reports whether d is strictly before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is strictly after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// AddDays returns d moved by n days (n may be negative).
func (d Date) AddDays(n int) Date { return DateOf(d.Time().AddDate(0, 0, n)) }

// AddMonths returns d moved by n months, normalised like time.AddDate
// (2025-01-31 plus one month is 2025-03-03).
func (d Date) AddMonths(n int) Date { return DateOf(d.Time().AddDate(0, n, 0)) }

// DaysBetween returns the number of days from a to b: positive when b is after
// a, 0 when they are the same day.
func DaysBetween(a, b Date) int {
	return int(b.Time().Sub(a.Time()).Hours() / 24)
}

// valid reports whether d is the zero Date or a real day in years 1…9999.
func (d Date) valid() bool {
	if d.IsZero() {
		return true
	}
	return d.Year >= 1 && d.Year <= 9999 && NewDate(d.Year, d.Month, d.Day) == d
}
