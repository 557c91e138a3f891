package plan

import (
	"fmt"
	"time"
)

// Date is a calendar day, without time of day or time zone: plan horizons,
// phase and action spans, deadlines and KPI history points are days. The zero
// Date means "not set". Dates are compared field by field, so == works.
//
// A plan date is a real calendar day in years MinYear…MaxYear: ParseDate,
// Date.Check, Validate, Export and Import refuse impossible days such as
// February 30 (ErrBadDate) and years outside that range
// (ErrDateOutOfRange), such as the 152027 a slip in a date field gives.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// The years a plan date may fall in. A social media plan is about the
// present: 1900 leaves room for any historical baseline, 2200 for any
// horizon, and both stop the years a slip in a date field gives (0002 while
// the year is being typed, 152027 for one digit too many).
const (
	MinYear = 1900
	MaxYear = 2200
)

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
// string gives the zero Date and no error. Anything else that is not a real
// day gives an error wrapping ErrBadDate ("2025-02-30", "152027-03-01",
// "01/03/2025"); a real day outside years MinYear…MaxYear ("0002-03-01",
// "2520-03-01") gives an error wrapping ErrDateOutOfRange. The plan editor
// calls it for every date field, and Import for every date of a file, so
// neither can set an impossible date.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	t, err := time.Parse(dateLayout, s)
	if err != nil {
		return Date{}, fmt.Errorf("%w: %q", ErrBadDate, s)
	}
	d := DateOf(t)
	if err := d.Check(); err != nil {
		return Date{}, err
	}
	return d, nil
}

// Check returns nil when d is the zero Date or a real day in years
// MinYear…MaxYear; otherwise an error wrapping ErrBadDate (no such day,
// such as February 30) or ErrDateOutOfRange (a real day in another year).
// Use it for a Date built other than by ParseDate.
func (d Date) Check() error {
	switch {
	case d.IsZero():
		return nil
	case NewDate(d.Year, d.Month, d.Day) != d:
		return fmt.Errorf("%w: %04d-%02d-%02d", ErrBadDate, d.Year, int(d.Month), d.Day)
	case d.Year < MinYear || d.Year > MaxYear:
		return fmt.Errorf("%w: year %d (want %d…%d)", ErrDateOutOfRange, d.Year, MinYear, MaxYear)
	}
	return nil
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
