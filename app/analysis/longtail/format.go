package longtail

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"reachlab/app/i18n"
	"reachlab/app/text"
)

// SharePercent writes a fraction of a total (0.8212) as a percentage with as
// many decimals as its size deserves: none from 10 % to 99.5 % ("82 %"), one
// from 1 % and above 99.5 % ("2.4 %", "99.8 %"), two below 1 % ("0.35 %"),
// "< 0.01 %" below that, exactly "0 %" and "100 %" at the ends.
func SharePercent(l text.Lang, f float64) string {
	v := 100 * f
	switch {
	case math.IsNaN(v):
		return "–"
	case v == 0 || v == 100:
		return i18n.Percent(l, v, 0)
	case v < 0.01:
		return "< " + i18n.Percent(l, 0.01, 2)
	case v < 1:
		return i18n.Percent(l, v, 2)
	case v < 10 || v >= 99.5:
		return i18n.Percent(l, v, 1)
	}
	return i18n.Percent(l, v, 0)
}

// FractionLabel writes one of the round fractions of items the page
// reports (longtail.TopFractions: 1 %, 10 %, 20 %) as a whole percentage.
func FractionLabel(l text.Lang, f float64) string {
	return i18n.Percent(l, math.Round(100*f), 0)
}

// PValue writes a test's p-value as the paper does, with two decimals, and
// "< 0.001" for the tiny p-values of likelihood-ratio tests (0.004 keeps
// three decimals, so that it does not read as 0).
func PValue(l text.Lang, p float64) string {
	switch {
	case math.IsNaN(p):
		return "–"
	case p < 0.001:
		return "< " + i18n.Number(l, 0.001, 3)
	case p < 0.01:
		return i18n.Number(l, p, 3)
	}
	return i18n.Number(l, p, 2)
}

// BootstrapP writes the goodness-of-fit p-value found with resamples
// resamples, with two decimals: "0.41". When no resample was as far as the
// data, p is only known to be below 1/resamples, and "0.00" would overstate
// what the test knows: "< 0.01" for 100 resamples.
func BootstrapP(l text.Lang, p float64, resamples int) string {
	if p == 0 && resamples > 0 {
		return "< " + i18n.Auto(l, 1/float64(resamples))
	}
	return i18n.Number(l, p, 2)
}

// PEquals writes bootstrapP as an expression for a sentence: "p = 0.41",
// or "p < 0.01".
func PEquals(l text.Lang, p float64, resamples int) string {
	v := BootstrapP(l, p, resamples)
	if strings.HasPrefix(v, "<") {
		return "p " + v
	}
	return "p = " + v
}

// Count writes a whole number with digit groups: "1,000" or "1 000".
func Count(l text.Lang, n int) string { return i18n.Number(l, float64(n), 0) }

// capitalize upper-cases the first letter of s, for a list that starts a
// sentence.
func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// joinList joins items as a sentence lists them: "a", "a and b",
// "a, b and c" ("a, b et c" in French).
func joinList(l text.Lang, items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + i18n.T(l, i18n.LongTailAnd) + items[len(items)-1]
}

// NotAvailable formats v, or says it is not available (never NaN).
func NotAvailable(l text.Lang, v float64, decimals int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return i18n.T(l, i18n.LongTailNotAvailable)
	}
	return i18n.Number(l, v, decimals)
}
