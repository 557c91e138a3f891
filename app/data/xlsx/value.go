package xlsx

import (
	"math"
	"strconv"
	"strings"
)

// numberText returns the text of a number cell stored as raw, whose value
// is v, shown with format f (FormatGeneral or FormatPercent; dates go
// through dateText).
//
// An integer written without a point or exponent keeps its digits as
// written, so an identifier longer than float64's 15–17 digits survives.
// Other numbers are written in plain decimal notation with the fewest
// digits that identify the float64: the "4.5999999999999996" that Excel
// writes for 4.6 becomes "4.6", and "1.5E-3" becomes "0.0015".
// A percentage is the same digits shifted two places, exactly: 0.07 is
// "7%", not "7.000000000000001%". The format's own decimals are not
// applied: 0.1256 under "0%" is "12.56%", not the "13%" Excel shows.
func numberText(raw string, v float64, f Format) string {
	if f == FormatPercent {
		return decimalText(v, 2) + "%"
	}
	if plainInteger(raw) {
		return raw
	}
	return decimalText(v, 0)
}

// plainInteger reports whether s is an optional '-' and decimal digits.
func plainInteger(s string) bool {
	s = strings.TrimPrefix(s, "-")
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// decimalText writes v × 10^shift in plain decimal notation, using the
// shortest digits that identify v (strconv's 'e' format with precision
// -1) and moving the decimal point rather than multiplying, so no
// rounding error is added. Magnitudes beyond 10^±21 keep an exponent.
func decimalText(v float64, shift int) string {
	if v == 0 {
		return "0"
	}
	s := strconv.FormatFloat(v, 'e', -1, 64) // "-1.25e-01"
	sign := ""
	if s[0] == '-' {
		sign, s = "-", s[1:]
	}
	mark := strings.IndexByte(s, 'e')
	digits := strings.Replace(s[:mark], ".", "", 1)
	exp, _ := strconv.Atoi(s[mark+1:])
	exp += shift // value = d.ddd × 10^exp
	switch {
	case exp > 21 || exp < -21:
		return sign + digits[:1] + strings.TrimSuffix("."+digits[1:], ".") + "e" + strconv.Itoa(exp)
	case exp < 0:
		return sign + "0." + strings.Repeat("0", -exp-1) + digits
	case exp+1 >= len(digits):
		return sign + digits + strings.Repeat("0", exp+1-len(digits))
	}
	return sign + digits[:exp+1] + "." + digits[exp+1:]
}

// parseNumber parses the <v> of a number cell: a decimal number, possibly
// with an exponent. Unlike strconv.ParseFloat it refuses "NaN", "Inf",
// hexadecimal and underscores, which no spreadsheet stores.
func parseNumber(raw string) (float64, bool) {
	if raw == "" {
		return 0, false
	}
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if (c < '0' || c > '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E' {
			return 0, false
		}
	}
	v, err := strconv.ParseFloat(raw, 64)
	return v, err == nil
}

// Day numbers, counted from 1970-01-01, of the date-system epochs.
const (
	epoch1900 = -25569 // 1899-12-30: serial 61 is 1900-03-01 once the phantom 1900-02-29 is skipped
	epoch1904 = -24107 // 1904-01-01 is serial 0
	// serial60 is the day Excel's 1900 system counts between 1900-02-28
	// (59) and 1900-03-01 (61), carried over from Lotus 1-2-3, which took
	// 1900 for a leap year.
	serial60       = 60
	secondsPerDay  = 86400
	maxYear        = 9999
	dateTextLength = len("2026-07-14")
)

// dateText writes a serial number under a date or time format f:
// "2026-07-14" for FormatDate, "2026-07-14 08:30:00" for FormatDateTime,
// "08:30:00" for FormatTime (the fraction of the serial) and "30:15:00"
// for FormatDuration (all of it, in hours).
//
// The serial counts days: in the 1900 system 1 is 1900-01-01 and 60 is
// the non-existent 1900-02-29, which is written as such, as Excel shows
// it; in the 1904 system 0 is 1904-01-01. The fraction is the time of day,
// rounded to the second. It reports false, and the caller writes the plain
// number, where Excel shows "#####" or a day 0: dates before serial 1
// (1900) or 0 (1904) or after 9999-12-31, negative times and durations.
func dateText(serial float64, f Format, date1904 bool) (string, bool) {
	if math.IsNaN(serial) || serial < 0 || serial > 3e6 {
		return "", false
	}
	seconds := int64(math.Round(serial * secondsPerDay))
	days, second := seconds/secondsPerDay, seconds%secondsPerDay
	switch f {
	case FormatTime:
		return clockText(second/3600, second), true
	case FormatDuration:
		return clockText(seconds/3600, seconds), true
	}
	var y, m, d int64
	switch {
	case date1904:
		y, m, d = civil(days + epoch1904)
	case days < 1:
		return "", false
	case days == serial60:
		y, m, d = 1900, 2, 29
	case days < serial60:
		y, m, d = civil(days + epoch1900 + 1)
	default:
		y, m, d = civil(days + epoch1900)
	}
	if y > maxYear {
		return "", false
	}
	b := make([]byte, 0, len("2026-07-14 08:30:00"))
	b = appendPadded(b, y, 4)
	b = append(b, '-')
	b = appendPadded(b, m, 2)
	b = append(b, '-')
	b = appendPadded(b, d, 2)
	if f == FormatDateTime {
		b = append(b, ' ')
		b = append(b, clockText(second/3600, second)...)
	}
	return string(b), true
}

// clockText writes hours and the minutes and seconds of seconds as
// "HH:MM:SS"; hours may exceed 24 and use more digits.
func clockText(hours, seconds int64) string {
	b := make([]byte, 0, len("08:30:00"))
	b = appendPadded(b, hours, 2)
	b = append(b, ':')
	b = appendPadded(b, seconds/60%60, 2)
	b = append(b, ':')
	b = appendPadded(b, seconds%60, 2)
	return string(b)
}

func appendPadded(b []byte, v int64, width int) []byte {
	s := strconv.FormatInt(v, 10)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// civil returns the proleptic Gregorian year, month and day of a day
// number counted from 1970-01-01 (the inverse of daysFromCivil; Howard
// Hinnant's algorithm, exact for all int64 days in range).
func civil(days int64) (y, m, d int64) {
	days += 719468 // from 0000-03-01
	era := days / 146097
	if days < 0 && days%146097 != 0 {
		era--
	}
	doe := days - era*146097                               // day of the 400-year era, [0, 146096]
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // year of the era, [0, 399]
	doy := doe - (365*yoe + yoe/4 - yoe/100)               // day of the year from March 1st, [0, 365]
	mp := (5*doy + 2) / 153                                // month from March, [0, 11]
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if mp >= 10 {
		m = mp - 9
	}
	y = yoe + era*400
	if m <= 2 {
		y++
	}
	return y, m, d
}

// daysFromCivil returns the day number, counted from 1970-01-01, of a
// proleptic Gregorian date.
func daysFromCivil(y, m, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// isoDate parses the value of a t="d" cell, an ISO 8601 date and
// optional time ("2026-07-14", "2026-07-14T08:30:00Z", with optional
// fractional seconds and zone, which are dropped), into its serial number
// in the workbook's date system, its text and its format.
func isoDate(s string, date1904 bool) (serial float64, text string, f Format, ok bool) {
	num := func(part string) (int64, bool) {
		if part == "" || !plainInteger(part) || part[0] == '-' {
			return 0, false
		}
		v, err := strconv.ParseInt(part, 10, 64)
		return v, err == nil
	}
	if len(s) < dateTextLength || s[4] != '-' || s[7] != '-' {
		return 0, "", 0, false
	}
	y, okY := num(s[:4])
	m, okM := num(s[5:7])
	d, okD := num(s[8:10])
	if !okY || !okM || !okD || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, "", 0, false
	}
	days := daysFromCivil(y, m, d)
	if cy, cm, cd := civil(days); cy != y || cm != m || cd != d {
		return 0, "", 0, false // such as 2026-02-30
	}
	var second int64
	f = FormatDate
	if rest := s[dateTextLength:]; rest != "" {
		if len(rest) < len("T08:30") || (rest[0] != 'T' && rest[0] != ' ') || rest[3] != ':' {
			return 0, "", 0, false
		}
		h, okH := num(rest[1:3])
		mi, okMi := num(rest[4:6])
		sec, okS := int64(0), true
		if len(rest) >= len("T08:30:00") && rest[6] == ':' {
			sec, okS = num(rest[7:9])
		}
		if !okH || !okMi || !okS || h > 23 || mi > 59 || sec > 59 {
			return 0, "", 0, false
		}
		second, f = h*3600+mi*60+sec, FormatDateTime
	}
	serialDays := days - epoch1900
	if date1904 {
		serialDays = days - epoch1904
	} else if serialDays <= serial60 {
		serialDays-- // before the phantom 1900-02-29
	}
	serial = float64(serialDays) + float64(second)/secondsPerDay
	text, ok = dateText(serial, f, date1904)
	return serial, text, f, ok
}
