package data

import "math"

// Dates are read in these forms, with an optional time of day:
//
//	2026-07-14            ISO 8601, also 2026/07/14 and 2026.07.14
//	2026-07-14T08:30:00Z  "T" or a space before the time
//	14/07/2026            day or month first (see DateOrder); "/", "-" or "."
//	14/07/26              two-digit years: 00–68 are 2000–2068, 69–99 are 1969–1999
//	Tue, Jul 14, 2026     English month (and optional weekday) names
//	July 14th, 2026
//	14 Jul 2026
//	14 juil. 2026         French month names, with or without accents or dot
//	mardi 14 juillet 2026
//	1er juillet 2026
//
// A time of day is H:MM, H:MM:SS or H:MM:SS.fff (the fraction is dropped),
// or the French 8h30, optionally followed by AM/PM (a.m./p.m.) and by a zone:
// Z, UTC, GMT, ±hh, ±hh:mm or ±hhmm. An English date may put "at" before
// the time, a French one "à".
//
// The result is Unix seconds. A date without a zone is read as if it were
// UTC, so the wall-clock time in the file is what is shown back; a date
// with a zone is converted to the UTC instant. Weekday names are accepted
// and not checked against the date.

// MissingTime marks a missing or unreadable cell in a Date column.
const MissingTime int64 = math.MinInt64

// dateFlags say how a cell reads as a date.
type dateFlags uint8

const (
	dateDMY       dateFlags = 1 << iota // valid read day first (or not order dependent)
	dateMDY                             // valid read month first (or not order dependent)
	dateAmbiguous                       // valid both ways, with different dates (05/07/2026)
	dateTime                            // has a time of day
)

// maxDateLen bounds the cells tried as dates.
const maxDateLen = 64

// parseDate reads s as a date, numeric day and month in the given order
// (DMY or MDY). It returns MissingTime when s is not a date in that order;
// the flags then say whether it reads in the other order.
func parseDate(s string, order DateOrder) (int64, dateFlags) {
	if t, flags, ok := fastDate(s, order); ok {
		return t, flags
	}
	return slowDate(s, order)
}

// slowDate reads any of the forms above.
func slowDate(s string, order DateOrder) (int64, dateFlags) {
	s = trimSpace(s)
	if len(s) < 6 || len(s) > maxDateLen {
		return MissingTime, 0
	}
	p := dateScan{s: s}
	y, m, d, flags, ok := p.numeric(order)
	if !ok {
		p.i = 0
		if y, m, d, ok = p.named(); !ok {
			return MissingTime, 0
		}
		flags = dateDMY | dateMDY
	}
	secs, hasTime, ok := p.clock()
	if !ok {
		return MissingTime, 0
	}
	if hasTime {
		flags |= dateTime
	}
	if order == MDY && flags&dateMDY == 0 || order != MDY && flags&dateDMY == 0 {
		return MissingTime, flags
	}
	return daysFromCivil(y, m, d)*86400 + secs, flags
}

// numeric reads the all-digit forms: year first (ISO), or day and month in
// either order then the year. When both orders are valid it returns the
// date in the given order; when only one is, that one.
func (p *dateScan) numeric(order DateOrder) (y, m, d int, flags dateFlags, ok bool) {
	s := p.s
	a, na := p.number()
	if na == 0 || !p.sepAny("-/.") {
		return 0, 0, 0, 0, false
	}
	sep := s[p.i-1]
	b, nb := p.number()
	if nb == 0 || nb > 2 || !p.sep(sep) {
		return 0, 0, 0, 0, false
	}
	c, nc := p.number()
	if na == 4 {
		if nc == 0 || nc > 2 || !validDay(a, b, c) {
			return 0, 0, 0, 0, false
		}
		if p.i < len(s) && s[p.i] == 'T' && sep == '-' {
			p.i++
			if !p.isTimeStart() {
				return 0, 0, 0, 0, false
			}
		}
		return a, b, c, dateDMY | dateMDY, true
	}
	switch {
	case na > 2:
		return 0, 0, 0, 0, false
	case nc == 4:
		y = c
	case nc == 2:
		y = 2000 + c
		if y > 2068 {
			y -= 100
		}
	default:
		return 0, 0, 0, 0, false
	}
	dayFirst, monthFirst := validDay(y, b, a), validDay(y, a, b)
	switch {
	case dayFirst && monthFirst && a != b:
		flags = dateDMY | dateMDY | dateAmbiguous
	case dayFirst && monthFirst:
		flags = dateDMY | dateMDY
	case dayFirst:
		flags = dateDMY
	case monthFirst:
		flags = dateMDY
	default:
		return 0, 0, 0, 0, false
	}
	if monthFirst && (order == MDY || !dayFirst) {
		return y, a, b, flags, true
	}
	return y, b, a, flags, true
}

// fastDate reads the most common shapes in straight-line code:
// yyyy-mm-dd and dd/mm/yyyy (or mm/dd/yyyy; "/", "-" or "."), each
// optionally followed by " hh:mm" or " hh:mm:ss" ("T" instead of the space
// and a final "Z" for ISO). It gives the same result as the general path;
// ok is false for any other shape.
func fastDate(s string, order DateOrder) (t int64, flags dateFlags, ok bool) {
	n := len(s)
	if n != 10 && n != 16 && n != 17 && n != 19 && n != 20 {
		return 0, 0, false
	}
	var y, m, d int
	iso := s[4] == '-' && s[7] == '-'
	switch sep := s[2]; {
	case iso:
		y, m, d = four(s, 0), two(s, 5), two(s, 8)
		if !validDay(y, m, d) {
			return 0, 0, false
		}
		flags = dateDMY | dateMDY
	case (sep == '/' || sep == '-' || sep == '.') && s[5] == sep:
		a, b := two(s, 0), two(s, 3)
		y = four(s, 6)
		dayFirst, monthFirst := validDay(y, b, a), validDay(y, a, b)
		switch {
		case dayFirst && monthFirst && a != b:
			flags = dateDMY | dateMDY | dateAmbiguous
		case dayFirst && monthFirst:
			flags = dateDMY | dateMDY
		case dayFirst:
			flags = dateDMY
		case monthFirst:
			flags = dateMDY
		default:
			return 0, 0, false
		}
		if monthFirst && (order == MDY || !dayFirst) {
			m, d = a, b
		} else {
			m, d = b, a
		}
	default:
		return 0, 0, false
	}
	var secs int64
	if n > 10 {
		if !(s[10] == ' ' || iso && s[10] == 'T') || s[13] != ':' {
			return 0, 0, false
		}
		h, mi, sec := two(s, 11), two(s, 14), 0
		rest := s[16:]
		if len(rest) >= 3 && rest[0] == ':' {
			sec = two(rest, 1)
			rest = rest[3:]
		}
		if iso && rest == "Z" {
			rest = ""
		}
		if rest != "" || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59 {
			return 0, 0, false
		}
		secs = int64(h*3600 + mi*60 + sec)
		flags |= dateTime
	}
	if order == MDY && flags&dateMDY == 0 || order != MDY && flags&dateDMY == 0 {
		return MissingTime, flags, true
	}
	return daysFromCivil(y, m, d)*86400 + secs, flags, true
}

// two returns the value of the two ASCII digits at s[i], or -1.
func two(s string, i int) int {
	a, b := s[i]-'0', s[i+1]-'0'
	if a > 9 || b > 9 {
		return -1
	}
	return int(a)*10 + int(b)
}

// four returns the value of the four ASCII digits at s[i], or -1.
func four(s string, i int) int {
	hi, lo := two(s, i), two(s, i+2)
	if hi < 0 || lo < 0 {
		return -1
	}
	return hi*100 + lo
}

// dateScan walks through a date cell.
type dateScan struct {
	s string
	i int
}

// number reads up to 4 digits and returns their value and count.
func (p *dateScan) number() (v, n int) {
	for p.i < len(p.s) && isDigit(p.s[p.i]) && n < 4 {
		v = v*10 + int(p.s[p.i]-'0')
		p.i++
		n++
	}
	if p.i < len(p.s) && isDigit(p.s[p.i]) {
		return 0, 0
	}
	return v, n
}

// sep consumes byte c.
func (p *dateScan) sep(c byte) bool {
	if p.i < len(p.s) && p.s[p.i] == c {
		p.i++
		return true
	}
	return false
}

// sepAny consumes one of the bytes in set.
func (p *dateScan) sepAny(set string) bool {
	for j := 0; j < len(set); j++ {
		if p.sep(set[j]) {
			return true
		}
	}
	return false
}

// skipSpace skips spaces and, when commas is set, commas.
func (p *dateScan) skipSpace(commas bool) {
	for p.i < len(p.s) {
		if w := spaceAt(p.s, p.i); w > 0 {
			p.i += w
		} else if commas && p.s[p.i] == ',' {
			p.i++
		} else {
			return
		}
	}
}

// isTimeStart reports whether a time of day starts here (digits then ":"
// or "h").
func (p *dateScan) isTimeStart() bool {
	j := p.i
	for j < len(p.s) && isDigit(p.s[j]) {
		j++
	}
	return j > p.i && j-p.i <= 2 && j < len(p.s) && (p.s[j] == ':' || p.s[j] == 'h' || p.s[j] == 'H')
}

// word reads a run of letters (ASCII or not) lower-cased into buf (at most
// cap(buf) bytes, ok false if longer), and skips a following abbreviation
// dot.
func (p *dateScan) word(buf []byte) (w []byte, ok bool) {
	w = buf[:0]
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case c-'A' < 26:
			c += 'a' - 'A'
		case c == 0xC3 && p.i+1 < len(p.s) && (p.s[p.i+1] == 0x89 || p.s[p.i+1] == 0x9B):
			// É and Û, the only capitals with accents in month names, become é and û.
			if len(w)+2 > cap(w) {
				return nil, false
			}
			w = append(w, c, p.s[p.i+1]+0x20)
			p.i += 2
			continue
		case !isLetter(c):
			if len(w) > 0 && c == '.' {
				p.i++
			}
			return w, true
		}
		if len(w) == cap(w) {
			return nil, false
		}
		w = append(w, c)
		p.i++
	}
	return w, true
}

// day reads a day of month with an optional ordinal suffix (1er, 4th).
func (p *dateScan) day() (int, bool) {
	d, n := p.number()
	if n == 0 || n > 2 {
		return 0, false
	}
	var buf [2]byte
	suffix, ok := p.word(buf[:0])
	if !ok {
		return 0, false
	}
	switch string(suffix) {
	case "", "er", "st", "nd", "rd", "th", "e":
		return d, true
	}
	return 0, false
}

// named reads the date forms with month names, from the start of the cell:
// an optional weekday, then "month day, year" or "day month year".
func (p *dateScan) named() (y, m, d int, ok bool) {
	start := p.i
	var buf [12]byte
	// Try without, then with, a leading weekday: "mar" is both March and
	// mardi (Tuesday), and only the rest of the cell tells.
	for attempt := 0; attempt < 2; attempt++ {
		p.i = start
		if attempt == 1 {
			w, _ := p.word(buf[:0])
			if _, isDay := weekdays[string(w)]; !isDay {
				return 0, 0, 0, false
			}
			p.skipSpace(true)
		}
		if p.i < len(p.s) && isDigit(p.s[p.i]) {
			// day month year
			dd, okDay := p.day()
			p.skipSpace(false)
			p.sep('-')
			w, _ := p.word(buf[:0])
			mm := months[string(w)]
			p.skipSpace(false)
			p.sep('-')
			yy, ny := p.number()
			if okDay && mm > 0 && ny == 4 && validDay(yy, mm, dd) {
				return yy, mm, dd, true
			}
			continue
		}
		// month day, year
		w, _ := p.word(buf[:0])
		mm := months[string(w)]
		p.skipSpace(false)
		dd, okDay := p.day()
		p.skipSpace(true)
		yy, ny := p.number()
		if okDay && mm > 0 && ny == 4 && validDay(yy, mm, dd) {
			return yy, mm, dd, true
		}
	}
	return 0, 0, 0, false
}

// clock reads the optional time of day and zone that end a date, and
// returns the seconds to add to midnight UTC.
func (p *dateScan) clock() (secs int64, hasTime, ok bool) {
	p.skipSpace(true)
	if p.i == len(p.s) {
		return 0, false, true
	}
	var buf [4]byte
	if !p.isTimeStart() {
		w, _ := p.word(buf[:0])
		switch string(w) {
		case "at", "à":
			p.skipSpace(false)
		default:
			return 0, false, false
		}
	}
	h, nh := p.number()
	if nh == 0 || nh > 2 {
		return 0, false, false
	}
	french := p.sepAny("hH")
	if !french && !p.sep(':') {
		return 0, false, false
	}
	mi, nmi := p.number()
	if nmi != 2 && !(french && nmi == 0) {
		return 0, false, false
	}
	var sec int
	if !french && p.sep(':') {
		var ns int
		if sec, ns = p.number(); ns != 2 {
			return 0, false, false
		}
		if p.sepAny(".,") {
			for p.i < len(p.s) && isDigit(p.s[p.i]) {
				p.i++
			}
		}
	}
	p.skipSpace(false)
	// AM / PM
	if p.i < len(p.s) && (p.s[p.i]|0x20 == 'a' || p.s[p.i]|0x20 == 'p') {
		pm := p.s[p.i]|0x20 == 'p'
		save := p.i
		w, _ := p.word(buf[:0])
		switch string(w) {
		case "am", "pm":
		case "a", "p":
			if !p.sep('m') && !p.sep('M') {
				p.i = save
				return 0, false, false
			}
			p.sep('.')
		default:
			p.i = save
			return 0, false, false
		}
		if h < 1 || h > 12 {
			return 0, false, false
		}
		h %= 12
		if pm {
			h += 12
		}
		p.skipSpace(false)
	}
	if h > 23 || mi > 59 || sec > 59 {
		return 0, false, false
	}
	offset, ok := p.zone()
	if !ok || p.i != len(p.s) {
		return 0, false, false
	}
	return int64(h*3600+mi*60+sec) - offset, true, true
}

// zone reads an optional time zone and returns its offset east of UTC in
// seconds.
func (p *dateScan) zone() (int64, bool) {
	if p.i == len(p.s) {
		return 0, true
	}
	switch c := p.s[p.i]; {
	case c == 'Z':
		p.i++
		return 0, true
	case c == '+' || c == '-':
		p.i++
		h, nh := p.number()
		var mi, nmi int
		switch nh {
		case 4:
			h, mi, nmi = h/100, h%100, 2
		case 2:
			if p.sep(':') {
				mi, nmi = p.number()
			} else {
				nmi = 2
			}
		default:
			return 0, false
		}
		if nmi != 2 || h > 14 || mi > 59 {
			return 0, false
		}
		off := int64(h*3600 + mi*60)
		if c == '-' {
			off = -off
		}
		return off, true
	}
	rest := p.s[p.i:]
	if rest == "UTC" || rest == "GMT" {
		p.i = len(p.s)
		return 0, true
	}
	return 0, false
}

// validDay reports whether y-m-d is a real calendar day, years 1000 to 9999.
func validDay(y, m, d int) bool {
	return y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

// daysIn returns the number of days of month m of year y (Gregorian).
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// daysFromCivil returns the number of days from 1970-01-01 to y-m-d in the
// proleptic Gregorian calendar, for y ≥ 0. It counts in 400-year eras of
// 146 097 days, with years starting in March so that the leap day ends the
// year: day of year = (153·(m+9 mod 12)+2)/5 + d − 1.
func daysFromCivil(y, m, d int) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	yearOfEra := y - era*400
	dayOfYear := (153*((m+9)%12)+2)/5 + d - 1
	dayOfEra := yearOfEra*365 + yearOfEra/4 - yearOfEra/100 + dayOfYear
	return int64(era)*146097 + int64(dayOfEra) - 719468
}

// months maps lower-case English and French month names and abbreviations
// (with and without accents, without the abbreviation dot) to 1–12.
var months = map[string]int{
	"jan": 1, "january": 1, "janv": 1, "janvier": 1,
	"feb": 2, "february": 2, "fév": 2, "fev": 2, "févr": 2, "fevr": 2, "février": 2, "fevrier": 2,
	"mar": 3, "march": 3, "mars": 3,
	"apr": 4, "april": 4, "avr": 4, "avril": 4,
	"may": 5, "mai": 5,
	"jun": 6, "june": 6, "juin": 6,
	"jul": 7, "july": 7, "juil": 7, "juillet": 7,
	"aug": 8, "august": 8, "aoû": 8, "août": 8, "aout": 8,
	"sep": 9, "sept": 9, "september": 9, "septembre": 9,
	"oct": 10, "october": 10, "octobre": 10,
	"nov": 11, "november": 11, "novembre": 11,
	"dec": 12, "december": 12, "déc": 12, "décembre": 12, "decembre": 12,
}

// weekdays holds lower-case English and French weekday names and
// abbreviations.
var weekdays = map[string]struct{}{
	"mon": {}, "monday": {}, "tue": {}, "tues": {}, "tuesday": {}, "wed": {}, "wednesday": {},
	"thu": {}, "thur": {}, "thurs": {}, "thursday": {}, "fri": {}, "friday": {},
	"sat": {}, "saturday": {}, "sun": {}, "sunday": {},
	"lun": {}, "lundi": {}, "mar": {}, "mardi": {}, "mer": {}, "mercredi": {},
	"jeu": {}, "jeudi": {}, "ven": {}, "vendredi": {}, "sam": {}, "samedi": {}, "dim": {}, "dimanche": {},
}
