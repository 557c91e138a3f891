package i18n

import (
	"math"
	"reachlab/app/text"
	"strconv"
	"strings"
)

// nbsp is the no-break space French uses between digit groups and before %.
const nbsp = "\u00a0"

// separators returns the decimal mark and the digit-group separator of l.
func separators(l text.Lang) (decimal, group string) {
	if l == text.FR {
		return ",", nbsp
	}
	return ".", ","
}

// Number formats v with exactly decimals digits after the decimal mark and
// digit groups of three: Number(text.FR, 1234.5, 1) is "1 234,5" (with a no-break
// space), Number(text.EN, 1234.5, 1) is "1,234.5". NaN and ±Inf, which must never
// reach the screen as numbers, are written "–".
func Number(l text.Lang, v float64, decimals int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "–"
	}
	if decimals < 0 {
		decimals = 0
	}
	s := strconv.FormatFloat(math.Abs(v), 'f', decimals, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	dec, group := separators(l)

	var b strings.Builder
	if v < 0 && strings.Trim(s, "0.") != "" {
		b.WriteString("−") // U+2212 minus sign, as typographers write it
	}
	for i, d := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteString(group)
		}
		b.WriteRune(d)
	}
	if frac != "" {
		b.WriteString(dec)
		b.WriteString(frac)
	}
	return b.String()
}

// Auto formats v with as many decimals as its size deserves: none from 100
// up, one from 10, two below 10 (three significant digits for small values),
// trailing zeros removed. It suits figures computed from data, such as rates.
func Auto(l text.Lang, v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "–"
	}
	a := math.Abs(v)
	decimals := 0
	switch {
	case a == 0 || a >= 100:
		decimals = 0
	case a >= 10:
		decimals = 1
	case a >= 1:
		decimals = 2
	default:
		// Three significant digits: 0.00234 → 0.00234, 0.5 → 0.5.
		decimals = min(2-int(math.Floor(math.Log10(a))), 12)
	}
	s := Number(l, v, decimals)
	dec, _ := separators(l)
	if strings.Contains(s, dec) {
		s = strings.TrimRight(s, "0")
		s = strings.TrimSuffix(s, dec)
	}
	return s
}

// Percent formats v, already in percent units (25.8 means 25.8 %), with
// decimals digits: "25,8 %" in French, "25.8%" in English.
func Percent(l text.Lang, v float64, decimals int) string {
	n := Number(l, v, decimals)
	if n == "–" {
		return n
	}
	if l == text.FR {
		return n + nbsp + "%"
	}
	return n + "%"
}

// Compact writes large counts the short way people say them: 5.2 M (text.EN) or
// 5,2 M (text.FR) for 5,200,000, 12 k for 12,000; below 10,000 the full number.
func Compact(l text.Lang, v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "–"
	}
	a := math.Abs(v)
	type unit struct {
		size   float64
		en, fr string
	}
	for _, u := range []unit{{1e9, "B", "Md"}, {1e6, "M", "M"}, {1e3, "k", "k"}} {
		if a >= u.size && a >= 1e4 {
			suffix := u.en
			if l == text.FR {
				suffix = u.fr
			}
			return Auto(l, v/u.size) + nbsp + suffix
		}
	}
	return Number(l, v, 0)
}

// Bytes writes a size in bytes, kilobytes, megabytes or gigabytes (French
// writes octets: o, ko, Mo, Go): Bytes(FR, 1_500_000) is "1,5 Mo".
func Bytes(l text.Lang, n int64) string {
	units := [4]string{"B", "kB", "MB", "GB"}
	if l == text.FR {
		units = [4]string{"o", "ko", "Mo", "Go"}
	}
	switch {
	case n >= 1e9:
		return Auto(l, float64(n)/1e9) + nbsp + units[3]
	case n >= 1e6:
		return Auto(l, float64(n)/1e6) + nbsp + units[2]
	case n >= 1e3:
		return Auto(l, float64(n)/1e3) + nbsp + units[1]
	}
	return Number(l, float64(n), 0) + nbsp + units[0]
}
