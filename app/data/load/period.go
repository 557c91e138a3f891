package load

import (
	"path"
	"strings"
	"time"

	"reachlab/app/data"
)

// PeriodFromName returns the period a file name tells, as platforms name
// their exports: Meta Business Suite "Jan-01-2024_Mar-31-2024_1234.csv", X
// "account_analytics_content_2026-01-24_2026-04-23.csv" and
// "tweet_activity_metrics_name_20170101_20170201_en.csv", LinkedIn
// "page_content_1742193384396.xls" (the time of the export in
// milliseconds, the end of the period). The earliest date found starts
// the period, the latest ends it; a single date ends it. The zero Period
// when the name holds no date.
func PeriodFromName(name string) data.Period {
	base := path.Base(strings.ReplaceAll(name, `\`, "/"))
	var found []time.Time
	for i := 0; i < len(base); {
		if t, n := dateAt(base, i); n > 0 {
			found = append(found, t)
			i += n
			continue
		}
		i++
	}
	if len(found) == 0 {
		return data.Period{}
	}
	p := data.Period{End: found[0]}
	for _, t := range found {
		if t.After(p.End) {
			p.End = t
		}
	}
	if len(found) > 1 {
		p.Start = found[0]
		for _, t := range found {
			if t.Before(p.Start) {
				p.Start = t
			}
		}
	}
	return p
}

// dateAt reads a date of a file name starting at s[i], not inside a longer
// run of digits or letters, and returns it with its length, or length 0.
func dateAt(s string, i int) (time.Time, int) {
	if i > 0 && isAlnum(s[i-1]) {
		return time.Time{}, 0
	}
	digits := 0
	for i+digits < len(s) && isDigit(s[i+digits]) {
		digits++
	}
	end := func(n int) bool { return i+n == len(s) || !isAlnum(s[i+n]) }
	switch {
	case digits == 4 && i+10 <= len(s) && s[i+4] == '-' && s[i+7] == '-' && end(10): // 2026-01-24
		return civil(s[i:i+4], s[i+5:i+7], s[i+8:i+10]), 10
	case digits == 8 && end(8): // 20170101
		return civil(s[i:i+4], s[i+4:i+6], s[i+6:i+8]), 8
	case digits == 13 && end(13): // 1742193384396: milliseconds since 1970
		ms := int64(0)
		for _, c := range s[i : i+13] {
			ms = ms*10 + int64(c-'0')
		}
		t := time.UnixMilli(ms).UTC()
		if t.Year() < 2005 || t.Year() > 2100 {
			return time.Time{}, 0
		}
		y, m, d := t.Date()
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), 13
	case digits == 0 && i+11 <= len(s) && s[i+3] == '-' && s[i+6] == '-' && end(11): // Jan-01-2024
		m, ok := monthAbbr[strings.ToLower(s[i:i+3])]
		if !ok {
			return time.Time{}, 0
		}
		if t := civil(s[i+7:i+11], "", s[i+4:i+6]); !t.IsZero() {
			t = time.Date(t.Year(), m, t.Day(), 0, 0, 0, 0, time.UTC)
			if t.Day() == atoi(s[i+4:i+6]) {
				return t, 11
			}
		}
	}
	return time.Time{}, 0
}

// civil returns the day y-m-d (m "" for January, adjusted by the caller),
// or the zero time when it is not a day of the years 2000 to 2100.
func civil(ys, ms, ds string) time.Time {
	y, m, d := atoi(ys), 1, atoi(ds)
	if ms != "" {
		m = atoi(ms)
	}
	if y < 2000 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{} // 31 April
	}
	return t
}

// atoi reads ASCII digits, -1000 if s holds anything else.
func atoi(s string) int {
	n := 0
	for _, c := range []byte(s) {
		if !isDigit(c) {
			return -1000
		}
		n = n*10 + int(c-'0')
	}
	return n
}

var monthAbbr = map[string]time.Month{
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April, "may": time.May, "jun": time.June,
	"jul": time.July, "aug": time.August, "sep": time.September, "oct": time.October, "nov": time.November, "dec": time.December,
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isAlnum(c byte) bool { return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'z' }
