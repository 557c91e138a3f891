package data

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

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
//	8 de marzo de 2024    Spanish, German, Portuguese, Italian, Dutch and
//	16. Juli 2024         Russian month names too ("1º de março", "16 luglio",
//	18 января 2026        "mié., 8 de mar."), with or without a weekday
//	2024年9月13日          Japanese, Chinese and Korean (9월 13일) dates
//	July 16               no year: see below
//	16-Jul-24             a two-digit year after a dashed month name
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
//
// Dates written with a month name but no year ("July 16", "8 de marzo",
// "9月13日", as TikTok Studio writes them) read in a placeholder year,
// yearlessYear, and are flagged dateNoYear; once the column is read, the
// table gives them a year (see Options.Year and Column.Years).

// MissingTime marks a missing or unreadable cell in a Date column.
const MissingTime int64 = math.MinInt64

// dateFlags say how a cell reads as a date.
type dateFlags uint8

const (
	dateDMY       dateFlags = 1 << iota // valid read day first (or not order dependent)
	dateMDY                             // valid read month first (or not order dependent)
	dateAmbiguous                       // valid both ways, with different dates (05/07/2026)
	dateTime                            // has a time of day
	dateNoYear                          // written without a year: stored in yearlessYear
)

// yearlessYear is the placeholder year of dates written without one: a
// leap year, so that February 29 reads, long before the years the reader
// accepts (1000 to 9999), so that a placeholder is never taken for a date.
// Table.assignYears replaces it.
const yearlessYear = 4

// yearlessBefore is the first second of year 1000: a time before it holds
// the placeholder year.
var yearlessBefore = daysFromCivil(1000, 1, 1) * 86400

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
	if len(s) < 5 || len(s) > maxDateLen {
		return MissingTime, 0
	}
	p := dateScan{s: s}
	var secs int64
	var hasTime bool
	y, m, d, flags, ok := p.numeric(order)
	if ok {
		if secs, hasTime, ok = p.clock(); !ok {
			return MissingTime, 0
		}
	} else {
		p.i = 0
		if y, m, d, secs, hasTime, ok = p.named(); !ok {
			return MissingTime, 0
		}
		flags = dateDMY | dateMDY
		if y == 0 {
			y, flags = yearlessYear, flags|dateNoYear
		}
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
// dot. Any character that is not a letter ends the word.
func (p *dateScan) word(buf []byte) (w []byte, ok bool) {
	w = buf[:0]
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case c-'A' < 26:
			c += 'a' - 'A'
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(p.s[p.i:])
			if !unicode.IsLetter(r) {
				return p.endWord(w), true
			}
			r = unicode.ToLower(r)
			if len(w)+utf8.RuneLen(r) > cap(w) {
				return nil, false
			}
			w = utf8.AppendRune(w, r)
			p.i += size
			continue
		case !isASCIILetter(c):
			return p.endWord(w), true
		}
		if len(w) == cap(w) {
			return nil, false
		}
		w = append(w, c)
		p.i++
	}
	return w, true
}

// endWord skips the abbreviation dot after a word and returns it.
func (p *dateScan) endWord(w []byte) []byte {
	if len(w) > 0 && p.i < len(p.s) && p.s[p.i] == '.' {
		p.i++
	}
	return w
}

// day reads a day of month with an optional ordinal suffix (1er, 4th,
// 1º) or a German dot (16.).
func (p *dateScan) day() (int, bool) {
	d, n := p.number()
	if n == 0 || n > 2 {
		return 0, false
	}
	return d, p.daySuffix()
}

// daySuffix skips the ordinal suffix or dot that may follow a day.
func (p *dateScan) daySuffix() bool {
	var buf [3]byte
	suffix, ok := p.word(buf[:0])
	if !ok {
		return false
	}
	switch string(suffix) {
	case "":
		p.sep('.')
		return true
	case "er", "st", "nd", "rd", "th", "e", "º", "ª", "o", "a":
		return true
	}
	return false
}

// of skips the word that joins day, month and year in Spanish and
// Portuguese dates: "8 de marzo de 2024".
func (p *dateScan) of() {
	rest := p.s[p.i:]
	for _, w := range [...]string{"de ", "De ", "del "} {
		if strings.HasPrefix(rest, w) {
			p.i += len(w)
			p.skipSpace(false)
			return
		}
	}
}

// named reads the date forms with month names, from the start of the cell:
// an optional weekday, then "month day, year" or "day month year" (the
// year is optional: y is 0 without it), then the optional time of day.
func (p *dateScan) named() (y, m, d int, secs int64, hasTime, ok bool) {
	start := p.i
	var buf [24]byte
	// Try without, then with, a leading weekday: "mar" is both March and
	// mardi (Tuesday), and only the rest of the cell tells.
	for attempt := 0; attempt < 2; attempt++ {
		p.i = start
		if attempt == 1 {
			w, _ := p.word(buf[:0])
			if _, isDay := weekdays[string(w)]; !isDay {
				return 0, 0, 0, 0, false, false
			}
			p.skipWeekdayTail()
			p.skipSpace(true)
		}
		if p.i < len(p.s) && isDigit(p.s[p.i]) {
			y, m, d, ok = p.dayMonth(buf[:0])
		} else {
			y, m, d, ok = p.monthDay(buf[:0])
		}
		if !ok {
			continue
		}
		if secs, hasTime, ok = p.clock(); ok {
			return y, m, d, secs, hasTime, true
		}
	}
	return 0, 0, 0, 0, false, false
}

// skipWeekdayTail skips the "-feira" of Portuguese weekdays and a comma.
func (p *dateScan) skipWeekdayTail() {
	if strings.HasPrefix(p.s[p.i:], "-feira") {
		p.i += len("-feira")
		p.endWord([]byte{'x'})
	}
}

// validNamed reports whether m and d are a real day in year y, or in any
// year when y is 0 (February 29 included).
func validNamed(y, m, d int) bool {
	if y == 0 {
		return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(yearlessYear, m)
	}
	return validDay(y, m, d)
}

// dayMonth reads "day month [year]": 16 July 2026, 14-Jul-26, 8 de marzo,
// 8 de marzo de 2024, 16. Juli, 1er juillet, 1º de março; and the
// Japanese, Chinese and Korean forms 2024年9月13日, 9月13日, 9월 13일.
func (p *dateScan) dayMonth(buf []byte) (y, m, d int, ok bool) {
	n, nd := p.number()
	if nd == 0 {
		return 0, 0, 0, false
	}
	if k := p.cjkMark(); k != 0 {
		return p.cjk(n, nd, k)
	}
	if nd > 2 {
		return 0, 0, 0, false
	}
	d = n
	if !p.daySuffix() {
		return 0, 0, 0, false
	}
	p.skipSpace(false)
	dashed := p.sep('-')
	if !dashed {
		p.of()
	}
	w, _ := p.word(buf)
	if m = months[string(w)]; m == 0 {
		return 0, 0, 0, false
	}
	y, ok = p.year(dashed)
	return y, m, d, ok && validNamed(y, m, d)
}

// monthDay reads "month day[,] [year]": July 16, Jul 14, 2026, July 14th.
func (p *dateScan) monthDay(buf []byte) (y, m, d int, ok bool) {
	w, _ := p.word(buf)
	if m = months[string(w)]; m == 0 {
		return 0, 0, 0, false
	}
	p.skipSpace(false)
	if d, ok = p.day(); !ok {
		return 0, 0, 0, false
	}
	save := p.i
	p.skipSpace(true)
	if p.isTimeStart() {
		p.i = save
		return 0, m, d, validNamed(0, m, d)
	}
	switch yy, ny := p.number(); ny {
	case 4:
		y = yy
	case 0:
		p.i = save
	default:
		return 0, 0, 0, false
	}
	return y, m, d, validNamed(y, m, d)
}

// year reads the optional year after a day and month: four digits, or two
// after a dash (14-Jul-26, as spreadsheets write dd-mmm-yy). It returns 0
// and leaves the position unchanged when no year follows.
func (p *dateScan) year(dashed bool) (int, bool) {
	save := p.i
	if dashed {
		if !p.sep('-') {
			return 0, true
		}
	} else {
		p.skipSpace(true)
		p.of()
		if p.isTimeStart() {
			p.i = save
			return 0, true
		}
	}
	switch yy, ny := p.number(); {
	case ny == 4:
		return yy, true
	case ny == 2 && dashed:
		return twoDigitYear(yy), true
	case ny == 0 && !dashed:
		p.i = save
		return 0, true
	}
	return 0, false
}

// twoDigitYear reads a two-digit year: 00–68 are 2000–2068, 69–99 are
// 1969–1999.
func twoDigitYear(yy int) int {
	y := 2000 + yy
	if y > 2068 {
		y -= 100
	}
	return y
}

// The marks of Japanese, Chinese and Korean dates, as cjkMark returns them.
const (
	markYear  = 1 // 年, 년
	markMonth = 2 // 月, 월
	markDay   = 3 // 日, 일
)

// cjkMark consumes a year, month or day mark at the position and returns
// it, or 0.
func (p *dateScan) cjkMark() int {
	rest := p.s[p.i:]
	for _, mk := range [...]struct {
		s    string
		kind int
	}{{"年", markYear}, {"년", markYear}, {"月", markMonth}, {"월", markMonth}, {"日", markDay}, {"일", markDay}} {
		if strings.HasPrefix(rest, mk.s) {
			p.i += len(mk.s)
			return mk.kind
		}
	}
	return 0
}

// cjk reads the rest of a date whose first number n (of nd digits) was
// followed by mark k: [year年]month月day日, spaces allowed after each mark,
// then an optional weekday in parentheses, (金) or （金）.
func (p *dateScan) cjk(n, nd, k int) (y, m, d int, ok bool) {
	if k == markYear {
		if nd != 4 {
			return 0, 0, 0, false
		}
		y = n
		p.skipSpace(false)
		var nm int
		if m, nm = p.number(); nm == 0 || nm > 2 || p.cjkMark() != markMonth {
			return 0, 0, 0, false
		}
	} else if k == markMonth && nd <= 2 {
		m = n
	} else {
		return 0, 0, 0, false
	}
	p.skipSpace(false)
	var ndd int
	if d, ndd = p.number(); ndd == 0 || ndd > 2 || p.cjkMark() != markDay {
		return 0, 0, 0, false
	}
	p.skipSpace(false)
	for _, open := range [...]string{"(", "（"} {
		if rest := p.s[p.i:]; strings.HasPrefix(rest, open) {
			closeAt := strings.IndexAny(rest, ")）")
			if closeAt < 0 || closeAt > 12 {
				return 0, 0, 0, false
			}
			_, w := utf8.DecodeRuneInString(rest[closeAt:])
			p.i += closeAt + w
		}
	}
	return y, m, d, validNamed(y, m, d)
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
		case "at", "à", "às", "um":
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

// months maps lower-case month names and abbreviations (with and without
// accents, without the abbreviation dot) to 1–12: English, French,
// Spanish, German, Portuguese, Italian, Dutch and Russian (the genitive
// of "18 января" and the nominative). No name means two months.
var months = func() map[string]int {
	m := map[string]int{}
	for i, names := range [12]string{
		"jan january janv janvier ene enero januar jän jänner janeiro gen gennaio januari янв январь января",
		"feb february fév fev févr fevr février fevrier febrero februar fevereiro febbraio februari фев февраль февраля",
		"mar march mars marzo mär märz mrz março marco maart mrt март марта",
		"apr april avr avril abr abril aprile апр апрель апреля",
		"may mai mayo maio mag maggio mei май мая",
		"jun june juin junio juni junho giu giugno июн июнь июня",
		"jul july juil juillet julio juli julho lug luglio июл июль июля",
		"aug august aoû aou août aout ago agosto augustus авг август августа",
		"sep sept september septembre set septiembre setiembre setembro settembre сен сент сентябрь сентября",
		"oct october octobre octubre okt oktober out outubro ott ottobre окт октябрь октября",
		"nov november novembre noviembre novembro ноя ноябрь ноября",
		"dec december déc décembre decembre dic diciembre dez dezember dezembro dicembre дек декабрь декабря",
	} {
		for _, name := range strings.Fields(names) {
			if prev, dup := m[name]; dup && prev != i+1 {
				panic("date: month name " + name + " means two months")
			}
			m[name] = i + 1
		}
	}
	return m
}()

// weekdays holds lower-case weekday names and abbreviations in the
// languages of months.
var weekdays = func() map[string]struct{} {
	w := map[string]struct{}{}
	for _, name := range strings.Fields(`
		mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday
		lun lundi mar mardi mer mercredi jeu jeudi ven vendredi sam samedi dim dimanche
		lunes martes mié mie miércoles miercoles jue jueves vie viernes sáb sab sábado sabado dom domingo
		mo montag di dienstag mi mittwoch do donnerstag fr freitag sa samstag sonnabend so sonntag
		seg segunda ter terça terca qua quarta qui quinta sex sexta
		lunedì lunedi martedì martedi mercoledì mercoledi gio giovedì giovedi venerdì venerdi sabato domenica
		ma maandag dinsdag wo woensdag donderdag vr vrijdag za zaterdag zo zondag
		пн вт ср чт пт сб вс понедельник вторник среда четверг пятница суббота воскресенье`) {
		w[name] = struct{}{}
	}
	return w
}()
