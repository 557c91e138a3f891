package plan

import (
	"math"
	"reachlab/app/text"
	"strconv"
	"strings"
)

// finite reports whether x is a number other than NaN and ±Inf.
func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

// formatNumber writes x with at most two decimals, trailing zeros dropped,
// in lang's convention: "1 234,5" (no-break space, decimal comma) in French,
// "1,234.5" in English. NaN gives "—".
func formatNumber(x float64, lang text.Lang) string {
	s := formatFixed(x, 2, lang)
	if dec := decimalMark(lang); strings.Contains(s, dec) {
		s = strings.TrimSuffix(strings.TrimRight(s, "0"), dec)
	}
	return s
}

// formatAmount writes x with exactly two decimals in lang's convention.
func formatAmount(x float64, lang text.Lang) string { return formatFixed(x, 2, lang) }

func decimalMark(lang text.Lang) string {
	if lang == text.FR {
		return ","
	}
	return "."
}

// formatFixed writes x rounded to decimals places with lang's grouping.
func formatFixed(x float64, decimals int, lang text.Lang) string {
	if !finite(x) {
		return "—"
	}
	s := strconv.FormatFloat(math.Abs(x), 'f', decimals, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	group, dec := ",", "."
	if lang == text.FR {
		group, dec = "\u00a0", ","
	}
	var b strings.Builder
	if x < 0 && strings.ContainsAny(s, "123456789") {
		b.WriteString("-")
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteString(group)
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString(dec + frac)
	}
	return b.String()
}

// formatPercent writes the fraction f as a whole percentage: "45 %" (French,
// no-break space) or "45%".
func formatPercent(f float64, lang text.Lang) string {
	if !finite(f) {
		return "—"
	}
	s := formatFixed(f*100, 0, lang)
	if lang == text.FR {
		return s + "\u00a0%"
	}
	return s + "%"
}
