package data

import (
	"fmt"
	"time"
)

// Period is the span of time a file covers, as its name or title tells
// ("Jan-01-2024_Mar-31-2024_….csv", "account_analytics_content_2026-01-24_2026-04-23.csv").
// Dates written without a year get the years that put them no later than
// its end. The zero value means unknown.
type Period struct {
	Start, End time.Time // the first and the last day covered, UTC; Start may be zero
}

// IsZero reports whether the period is unknown (it has no end).
func (p Period) IsZero() bool { return p.End.IsZero() }

// YearSource says how the dates of a column written without a year got one.
type YearSource uint8

// The sources of the years of dates written without one.
const (
	YearWritten YearSource = iota // every date of the column has its year
	YearOption                    // Options.Year, the year of the most recent dates
	YearPeriod                    // Options.Period, the period the file covers
	YearAssumed                   // assumed: the most recent years that keep the dates in order, none after Options.Today
)

// String returns the source's lower-case name, e.g. "assumed".
func (s YearSource) String() string {
	switch s {
	case YearOption:
		return "option"
	case YearPeriod:
		return "period"
	case YearAssumed:
		return "assumed"
	}
	return "written"
}

// Years says how the cells of a Date column written without a year
// ("July 16", "8 de marzo", "9月13日") were given one.
//
// A date gets the latest year that does not put it after Latest. When the
// dates rise from row to row, as in a daily series (Order +1), the last one
// gets that year and each earlier one the same year, or the year before
// where the dates fall back (from December to January, a new year); when
// they fall row after row (Order −1, newest first), the same from the
// first row on. Otherwise (Order 0, rows sorted by views, say) each date
// gets the latest year not after Latest on its own. So a TikTok overview
// from "February 28" to "February 27" read on 1 March 2026 runs from 28
// February 2025 to 27 February 2026.
type Years struct {
	Cells  int        // cells written without a year; 0 when every date has its year
	Source YearSource // where Latest comes from
	// Latest is the latest moment a date may take: the end of Options.Year,
	// of Options.Period, or of Options.Today's day.
	Latest      time.Time
	Order       int // +1 the dates rise row after row, −1 they fall, 0 neither
	First, Last int // the earliest and the latest year given
	Invalid     int // February 29 in a year that is not a leap year: left missing, counted in Stats.Unparsed
}

// Assumed reports whether the years were assumed (no Options.Year and no
// Options.Period): the UI says so and offers to set Options.Year.
func (y Years) Assumed() bool { return y.Source == YearAssumed }

// Years returns how the column's dates written without a year got one;
// the zero value when every date has its year or the column is not a
// Date column.
func (c *Column) Years() Years { return c.years }

// yearRule is what decides the years of dates written without one, kept
// by the table for the columns re-typed later.
type yearRule struct {
	year   int
	period Period
	today  time.Time
}

// latest returns the latest moment a date may take, and its source.
func (r yearRule) latest() (time.Time, YearSource) {
	endOfDay := func(t time.Time) time.Time {
		y, m, d := t.UTC().Date()
		return time.Date(y, m, d, 23, 59, 59, 0, time.UTC)
	}
	switch {
	case r.year > 0:
		return time.Date(r.year, 12, 31, 23, 59, 59, 0, time.UTC), YearOption
	case !r.period.IsZero():
		return endOfDay(r.period.End), YearPeriod
	case !r.today.IsZero():
		return endOfDay(r.today), YearAssumed
	}
	return endOfDay(time.Now()), YearAssumed
}

// assignYears gives a year to the dates written without one in every Date
// column, by the rule of opts, and reports the assumed ones in log.
func (t *Table) assignYears(opts *Options, log *issueLog) {
	t.years = yearRule{year: opts.Year, period: opts.Period, today: opts.Today}
	for _, c := range t.columns {
		t.assignColumnYears(c)
		if y := c.years; y.Assumed() {
			log.add(ErrYearAssumed, t.Format.HeaderLine, c.field+1, detail(ErrYearAssumed,
				"%d dates without a year in %q: %s, none after %s", y.Cells, c.name, yearSpan(y), y.Latest.Format(time.DateOnly)))
		}
	}
}

// yearSpan writes the years given: "2025" or "2025–2026".
func yearSpan(y Years) string {
	if y.First == y.Last {
		return fmt.Sprint(y.First)
	}
	return fmt.Sprintf("%d–%d", y.First, y.Last)
}

// assignColumnYears gives a year to the dates of c written without one,
// which hold the placeholder yearlessYear (see Years for the rule).
func (t *Table) assignColumnYears(c *Column) {
	c.years = Years{}
	if c.typ != Date || c.stats.Yearless == 0 {
		return
	}
	var cells []int
	for i, v := range c.times {
		if v != MissingTime && v < yearlessBefore {
			cells = append(cells, i)
		}
	}
	if len(cells) == 0 {
		return
	}
	ph := make([]int64, len(cells)) // the placeholder dates, before any is moved
	for k, i := range cells {
		ph[k] = c.times[i]
	}
	latest, source := t.years.latest()
	y := Years{Cells: len(cells), Source: source, Latest: latest, Order: order(ph)}
	limit := latest.Unix()
	years := make([]int, len(ph))
	if y.Order == 0 {
		for k := range ph {
			years[k] = latestYear(ph[k], limit)
		}
	} else {
		a := anchorIndex(y.Order, len(ph))
		years = yearsOf(ph, y.Order, latestYear(ph[a], limit))
		// A series with a 29 February lies in a leap year: the most recent
		// years that keep it in order and valid, unless the years were given.
		for back := 1; source == YearAssumed && back < 8 && invalid(ph, years) > 0; back++ {
			if shifted := yearsOf(ph, y.Order, latestYear(ph[a], limit)-back); invalid(ph, shifted) == 0 {
				years = shifted
			}
		}
	}
	for k, year := range years {
		at, ok := withYear(ph[k], year)
		if !ok {
			c.times[cells[k]] = MissingTime
			c.stats.Unparsed++
			y.Invalid++
			continue
		}
		c.times[cells[k]] = at
		if y.First == 0 || year < y.First {
			y.First = year
		}
		y.Last = max(y.Last, year)
	}
	c.years = y
}

// anchorIndex returns the index of the date the others take their year
// from: the last of n rising dates, the first of falling ones.
func anchorIndex(order, n int) int {
	if order > 0 {
		return n - 1
	}
	return 0
}

// yearsOf returns the year of each placeholder date of an ordered column:
// for rising dates (order +1) the last gets year and each earlier one the
// same year or, where the dates went down, the year before; for falling
// dates (order −1) the same from the first on.
func yearsOf(ph []int64, order, year int) []int {
	years := make([]int, len(ph))
	if order > 0 {
		for k := len(ph) - 1; k >= 0; k-- {
			if k < len(ph)-1 && ph[k] > ph[k+1] {
				year--
			}
			years[k] = year
		}
		return years
	}
	for k := range ph {
		if k > 0 && ph[k] > ph[k-1] {
			year--
		}
		years[k] = year
	}
	return years
}

// invalid counts the 29 Februaries that years put in other years than leap
// years.
func invalid(ph []int64, years []int) int {
	n := 0
	for k, year := range years {
		if _, ok := withYear(ph[k], year); !ok {
			n++
		}
	}
	return n
}

// order tells whether the placeholder dates ph rise (+1) or fall (−1)
// row after row, or neither (0). Dates rise when they go down (a new year)
// at most once in ten steps, or once in a short column; fall likewise.
// When both readings fit (a few rows), the one that keeps consecutive
// dates closer wins: 31 December then 1 January rise, a day apart. A
// column of one date, or of equal dates, rises.
func order(ph []int64) int {
	up, down := 0, 0
	var rise, fall int64 // the days the dates span, read rising or falling
	const year = 366 * 86400
	for k := 1; k < len(ph); k++ {
		gap := ph[k] - ph[k-1]
		switch {
		case gap > 0:
			up++
			rise += gap
			fall += year - gap
		case gap < 0:
			down++
			rise += year + gap
			fall -= gap
		}
	}
	allowed := max(1, (up+down)/10)
	rises, falls := down <= allowed, up <= allowed
	switch {
	case rises && (!falls || rise <= fall):
		return 1
	case falls:
		return -1
	}
	return 0
}

// latestYear returns the latest year that puts the placeholder date v no
// later than limit (Unix seconds); for February 29, the latest leap year.
func latestYear(v, limit int64) int {
	year := time.Unix(limit, 0).UTC().Year()
	if at, ok := withYear(v, year); !ok || at > limit {
		year--
	}
	for {
		if _, ok := withYear(v, year); ok {
			return year
		}
		year--
	}
}

// withYear moves the placeholder date v to year; false for February 29 in
// a year that is not a leap year.
func withYear(v int64, year int) (int64, bool) {
	base := daysFromCivil(yearlessYear, 1, 1) * 86400
	offset := v - base // seconds since 1 January of the placeholder year
	day := offset / 86400
	if offset < 0 && offset%86400 != 0 {
		day-- // a time zone moved it before 1 January
	}
	if day >= 59 && !isLeap(year) { // 29 February of the placeholder year is day 59
		if day == 59 {
			return 0, false
		}
		offset -= 86400
	}
	return daysFromCivil(year, 1, 1)*86400 + offset, true
}

// isLeap reports whether y is a leap year (Gregorian).
func isLeap(y int) bool { return daysIn(y, 2) == 29 }
