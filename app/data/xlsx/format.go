package xlsx

import "strings"

// Format is the class of number format a cell's style gives it. It decides
// how a number cell's Text is written; the other kinds of cell ignore it.
type Format uint8

// The number format classes.
const (
	FormatGeneral  Format = iota // a plain number: "1234.5"
	FormatPercent                // a fraction shown in percent: 0.125 is "12.5%"
	FormatDate                   // a date serial number: "2026-07-14"
	FormatDateTime               // a date and time serial number: "2026-07-14 08:30:00"
	FormatTime                   // a time of day, the fraction of a serial: "08:30:00"
	FormatDuration               // elapsed time, [h]:mm:ss: "30:15:00"
)

// String returns the lower-case name of the class, e.g. "datetime".
func (f Format) String() string {
	switch f {
	case FormatPercent:
		return "percent"
	case FormatDate:
		return "date"
	case FormatDateTime:
		return "datetime"
	case FormatTime:
		return "time"
	case FormatDuration:
		return "duration"
	}
	return "general"
}

// builtinFormat classifies the number formats Excel knows by id without
// writing their code in styles.xml (ECMA-376 part 1, 18.8.30):
// 9 and 10 are percentages, 14–17 dates, 18–21 and 45 and 47 times,
// 22 a date and time, 46 [h]:mm:ss an elapsed time. Ids 27–36 and 50–58
// are dates in East Asian locales.
func builtinFormat(id int) Format {
	switch {
	case id == 9 || id == 10:
		return FormatPercent
	case id >= 14 && id <= 17, id >= 27 && id <= 36, id >= 50 && id <= 58:
		return FormatDate
	case id >= 18 && id <= 21, id == 45, id == 47:
		return FormatTime
	case id == 22:
		return FormatDateTime
	case id == 46:
		return FormatDuration
	}
	return FormatGeneral
}

// classifyFormat classifies a custom format code such as "dd/mm/yyyy hh:mm"
// or "0.0%". Only the first section (before ';', the one for positive
// numbers) counts. Quoted text, backslash escapes, the padding and fill
// directives "_x" and "*x", and bracketed colours, conditions and locales
// are ignored; [h], [m] and [s] mark elapsed time.
//
// A code with y, d, e (era year) or a month m (an m with no h or s in the
// code) is a date; h, s or AM/PM make it carry a time; m next to h or s is
// minutes. A '%' makes a non-date code a percentage.
func classifyFormat(code string) Format {
	var year, day, month, hour, second, ampm, elapsed, percent bool
	for i := 0; i < len(code); i++ {
		c := code[i]
		switch c {
		case ';':
			i = len(code)
		case '"':
			if j := strings.IndexByte(code[i+1:], '"'); j >= 0 {
				i += j + 1
			} else {
				i = len(code)
			}
		case '\\', '_', '*':
			i++
		case '[':
			j := strings.IndexByte(code[i:], ']')
			if j < 0 {
				i = len(code)
				break
			}
			inside := strings.ToLower(code[i+1 : i+j])
			if inside != "" && strings.Trim(inside, "hms") == "" {
				elapsed, hour = true, true // [h], [mm], [ss]: elapsed time, so an m after it is minutes
			}
			i += j
		case '%':
			percent = true
		case 'e':
			// "e+" and "e-" are exponents; a lone e is the era year.
			year = year || i+1 == len(code) || (code[i+1] != '+' && code[i+1] != '-')
		case 'y', 'Y':
			year = true
		case 'd', 'D':
			day = true
		case 'm', 'M':
			month = true
		case 'h', 'H':
			hour = true
		case 's', 'S':
			second = true
		case 'a', 'A':
			if rest := strings.ToLower(code[i:]); strings.HasPrefix(rest, "am/pm") || strings.HasPrefix(rest, "a/p") {
				ampm = true
			}
		case 'g', 'G':
			if strings.HasPrefix(strings.ToLower(code[i:]), "general") {
				i += len("general") - 1
			}
		}
	}
	clock := hour || second || ampm
	date := year || day || (month && !clock)
	switch {
	case elapsed && !date:
		return FormatDuration
	case date && clock:
		return FormatDateTime
	case date:
		return FormatDate
	case clock:
		return FormatTime
	case percent:
		return FormatPercent
	}
	return FormatGeneral
}
