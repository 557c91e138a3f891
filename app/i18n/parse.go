package i18n

import (
	"errors"
	"math"
	"reachlab/app/text"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentinel errors of ParseNumber; each *NumberError wraps exactly one. Test
// them with errors.Is and show NumberErrorText to the user.
var (
	// ErrNumberEmpty: nothing but spaces, a sign or a symbol. A form field
	// should treat an empty field as "no value" before calling ParseNumber.
	ErrNumberEmpty = errors.New("i18n: no number")
	// ErrNumberSyntax: a character that has no place in a number ("8,5x",
	// "1e6", "1'234"), or two signs or two symbols.
	ErrNumberSyntax = errors.New("i18n: not a number")
	// ErrNumberAmbiguous: a separator that reads two ways in the user's
	// language ("1.234" in French: 1234 or 1.234?), or the decimal mark of
	// the other language ("8,5" in English).
	ErrNumberAmbiguous = errors.New("i18n: ambiguous decimal mark")
	// ErrNumberGrouping: digit-group separators out of place: groups after
	// the first not of three digits ("1 23 456"), separators of two kinds
	// ("1 234,567.5" in English), in the decimals, doubled or at an end.
	ErrNumberGrouping = errors.New("i18n: misplaced digit-group separator")
	// ErrNumberRange: the number is beyond the largest float64 (about
	// 1.8 × 10³⁰⁸).
	ErrNumberRange = errors.New("i18n: number too large")
)

// NumberError is ParseNumber's error: the text as typed, the problem (one of
// the sentinels above) and the character at fault.
type NumberError struct {
	Input string // the text given to ParseNumber
	Err   error  // ErrNumberEmpty, ErrNumberSyntax, ErrNumberAmbiguous, ErrNumberGrouping or ErrNumberRange
	// Char is the character at fault: the one that has no place in a
	// number (ErrNumberSyntax), the separator that reads two ways
	// (ErrNumberAmbiguous: "," or "."), the misplaced separator
	// (ErrNumberGrouping); "" otherwise.
	Char string
}

// Error returns, for instance, `i18n: ambiguous decimal mark: "1.234" (".")`.
func (e *NumberError) Error() string {
	s := e.Err.Error() + ": " + strconv.Quote(e.Input)
	if e.Char != "" {
		s += " (" + strconv.Quote(e.Char) + ")"
	}
	return s
}

// Unwrap returns the sentinel.
func (e *NumberError) Unwrap() error { return e.Err }

// ParseNumber reads a number typed in a form field by a user of language l
// ("Reference CPM", a KPI target, a budget), the way that user writes
// numbers. It never guesses: what reads two ways is refused with a
// *NumberError that says why.
//
// In French (text.FR) the comma is the decimal mark: "8,5" is 8.5 and "1,234" is
// 1.234. A point is read as the decimal mark too when it cannot be a
// digit-group separator: "8.5" and "1234.5" are 8.5 and 1234.5, but "1.234"
// (1234 or 1.234?) is refused as ErrNumberAmbiguous. Digit groups are
// separated by spaces ("1 234,5"), no-break spaces (U+00A0, as Number
// writes them), narrow no-break spaces (U+202F), thin or figure spaces; or
// by points when a comma marks the decimals or points repeat ("1.234,5",
// "1.234.567"). English-style "1,234.5" is refused as ambiguous.
//
// In English (text.EN) the point is the decimal mark: "8.5", "1,234.5". Commas
// separate digit groups ("1,234" is 1234), and so do the spaces above
// ("1 234.5"). A comma that cannot separate groups is a decimal comma, and
// refused as ErrNumberAmbiguous: "8,5", "1,5", "0,25", "1 234,5"; so is
// European-style "1.234,5" and repeated points "1.234.567".
//
// In both languages:
//   - groups after the first have three digits, the first one to three, not
//     starting with 0 ("1 23 456" and "0 123" are ErrNumberGrouping);
//     decimals are not grouped; one kind of group separator per number
//     (all the spaces count as one kind);
//   - spaces around the text are ignored;
//   - a sign may lead: "-", "+" or the minus sign "−" (U+2212, as Number
//     writes it), before or after a currency symbol ("-5 €", "−€5", "€-5");
//     negative zero is 0;
//   - one symbol may lead or follow, spaces between allowed, and is dropped:
//     "%" after the number, "€", "$" or "£" before or after it. The value is
//     not scaled: "25 %" is 25, in the percent units the field's label says;
//   - the integer part may be left out (",5" in French is 0.5), and the
//     decimal mark may end the number ("5," is 5);
//   - exponents ("1e6") are refused (ErrNumberSyntax): nobody types one in
//     a budget, and an "e" there is more likely a slip; so are letters,
//     apostrophes ("1'234") and any other character;
//   - a number beyond ±1.8 × 10³⁰⁸ is ErrNumberRange; a tiny one may round
//     to 0.
//
// The result is finite. InputNumber writes values back so that ParseNumber
// reads them exactly.
func ParseNumber(l text.Lang, s string) (float64, error) {
	fail := func(err error, char string) (float64, error) {
		return 0, &NumberError{Input: s, Err: err, Char: char}
	}
	t := strings.TrimFunc(s, unicode.IsSpace)

	// Sign, symbol, sign, number, symbol.
	neg, signs := false, 0
	sign := func() {
		for _, m := range []string{"-", "−", "+"} {
			if rest, ok := strings.CutPrefix(t, m); ok {
				neg, signs, t = m != "+", signs+1, strings.TrimLeftFunc(rest, unicode.IsSpace)
				return
			}
		}
	}
	sign()
	symbols := ""
	for _, c := range []string{"€", "$", "£"} {
		if rest, ok := strings.CutPrefix(t, c); ok {
			symbols, t = c, strings.TrimLeftFunc(rest, unicode.IsSpace)
			break
		}
	}
	if signs == 0 {
		sign()
	} else if r, _ := utf8.DecodeRuneInString(t); r == '-' || r == '−' || r == '+' {
		return fail(ErrNumberSyntax, string(r))
	}
	for _, c := range []string{"%", "€", "$", "£"} {
		if rest, ok := strings.CutSuffix(t, c); ok {
			if symbols != "" {
				return fail(ErrNumberSyntax, c)
			}
			symbols, t = c, strings.TrimRightFunc(rest, unicode.IsSpace)
			break
		}
	}
	if t == "" {
		return fail(ErrNumberEmpty, "")
	}

	// The body: digits and separators.
	nComma, nDot, nSpace := 0, 0, 0
	lastMark := rune(0) // the last ',' or '.'
	for _, r := range t {
		switch {
		case '0' <= r && r <= '9':
		case r == ',':
			nComma++
			lastMark = r
		case r == '.':
			nDot++
			lastMark = r
		case isGroupSpace(r):
			nSpace++
		default:
			return fail(ErrNumberSyntax, string(r))
		}
	}

	// Which mark is the decimal one, and which separates groups.
	var dec, group rune // 0: none
	switch {
	case nComma > 0 && nDot > 0:
		want := '.'
		if l == text.FR {
			want = ','
		}
		other := ','
		if want == ',' {
			other = '.'
		}
		switch {
		case lastMark != want:
			return fail(ErrNumberAmbiguous, string(lastMark))
		case strings.Count(t, string(want)) > 1:
			return fail(ErrNumberAmbiguous, string(want))
		case nSpace > 0:
			return fail(ErrNumberGrouping, string(other))
		}
		dec, group = want, other
	case nComma > 0 && l == text.FR:
		if nComma > 1 {
			return fail(ErrNumberAmbiguous, ",")
		}
		dec = ','
	case nComma > 0: // English
		if nSpace > 0 || !grouped(t, ',') {
			if nComma == 1 || nSpace > 0 {
				return fail(ErrNumberAmbiguous, ",")
			}
			return fail(ErrNumberGrouping, ",")
		}
		group = ','
	case nDot > 0 && l != text.FR:
		if nDot > 1 {
			return fail(ErrNumberAmbiguous, ".")
		}
		dec = '.'
	case nDot > 0: // French
		switch {
		case nDot == 1 && nSpace == 0 && grouped(t, '.'):
			return fail(ErrNumberAmbiguous, ".")
		case nDot == 1:
			dec = '.'
		case nSpace > 0 || !grouped(t, '.'):
			return fail(ErrNumberGrouping, ".")
		default:
			group = '.'
		}
	}

	intPart, frac := t, ""
	if dec != 0 {
		i := strings.IndexRune(t, dec)
		intPart, frac = t[:i], t[i+1:]
	}
	if strings.ContainsFunc(frac, func(r rune) bool { return r < '0' || r > '9' }) {
		return fail(ErrNumberGrouping, firstNonDigit(frac))
	}
	digits, bad := ungroup(intPart, group)
	if bad != "" {
		return fail(ErrNumberGrouping, bad)
	}
	if digits == "" && frac == "" {
		return fail(ErrNumberSyntax, string(dec))
	}
	if digits == "" {
		digits = "0"
	}
	num := digits
	if frac != "" {
		num += "." + frac
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil && math.IsInf(v, 0) {
		return fail(ErrNumberRange, "")
	}
	if err != nil { // cannot happen: num is digits with at most one point
		return fail(ErrNumberSyntax, "")
	}
	if neg && v != 0 {
		v = -v
	}
	return v, nil
}

// isGroupSpace reports whether r is a space that separates digit groups:
// space, no-break space, figure space, thin space, narrow no-break space.
func isGroupSpace(r rune) bool {
	return r == ' ' || r == '\u00a0' || r == '\u2007' || r == '\u2009' || r == '\u202f'
}

// grouped reports whether s, digits and sep only, reads as digit groups
// split by sep: at least one sep, a first group of 1–3 digits not starting
// with 0, further groups of exactly 3.
func grouped(s string, sep rune) bool {
	groups := strings.Split(s, string(sep))
	if len(groups) < 2 {
		return false
	}
	for i, g := range groups {
		if i == 0 && (g == "" || len(g) > 3 || g[0] == '0') || i > 0 && len(g) != 3 {
			return false
		}
	}
	return true
}

// ungroup checks the digit groups of an integer part, split by spaces or
// by group (0: spaces only), and returns its digits, or the misplaced
// separator.
func ungroup(s string, group rune) (digits, bad string) {
	var b strings.Builder
	run, seps := 0, 0
	kind := rune(0) // the separator kind seen: ' ' for any space, or group
	for _, r := range s {
		if '0' <= r && r <= '9' {
			b.WriteRune(r)
			run++
			continue
		}
		k := r
		if isGroupSpace(r) {
			k = ' '
		}
		if k != ' ' && k != group || kind != 0 && k != kind {
			return "", string(r)
		}
		kind = k
		// The run before this separator: the first group 1–3 digits not
		// starting with 0, the others 3.
		if run == 0 || seps == 0 && (run > 3 || b.String()[0] == '0') || seps > 0 && run != 3 {
			return "", string(r)
		}
		seps++
		run = 0
	}
	if seps > 0 && run != 3 {
		// The last group: too short, too long, or a separator at the end.
		last, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(s, func(r rune) bool { return '0' <= r && r <= '9' }))
		return "", string(last)
	}
	return b.String(), ""
}

// firstNonDigit returns the first character of s that is not a digit.
func firstNonDigit(s string) string {
	for _, r := range s {
		if r < '0' || r > '9' {
			return string(r)
		}
	}
	return ""
}

// InputNumber writes v for a form field of language l so that ParseNumber
// reads it back exactly: the shortest decimal form that gives v again, with
// the decimal mark of l, no digit groups and no exponent ("1234,5" in
// French, "1234.5" in English, "-0,001"). NaN and ±Inf, which a field shows
// as empty, give "".
func InputNumber(l text.Lang, v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return ""
	}
	if v == 0 {
		v = 0 // no "-0"
	}
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if l == text.FR {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// Messages for ParseNumber's errors. Each takes the text as typed, except
// NumberEmpty; NumberSyntax also takes the character at fault.
const (
	NumberEmpty     Key = "number.empty"
	NumberSyntax    Key = "number.syntax"
	NumberAmbiguous Key = "number.ambiguous"
	NumberGrouping  Key = "number.grouping"
	NumberRange     Key = "number.range"
	NumberNegative  Key = "number.negative"
	NumberNotWhole  Key = "number.whole"
)

func init() { register(numberMessages) }

var numberMessages = map[Key]message{
	NumberEmpty:    {"Type a number.", "Saisissez un nombre."},
	NumberNegative: {"Type a number above zero.", "Saisissez un nombre supérieur à zéro."},
	NumberNotWhole: {"Type a whole number.", "Saisissez un nombre entier."},
	NumberSyntax: {
		"“%s” is not a number: “%s” has no place in it.",
		"« %s » n'est pas un nombre : « %s » n'y a pas sa place.",
	},
	NumberAmbiguous: {
		"“%s” can be read two ways: in English, a point marks the decimals (8.5) and a comma separates thousands (1,234).",
		"« %s » peut se lire de deux façons : en français, la virgule marque les décimales (8,5) et une espace sépare les milliers (1\u00a0234).",
	},
	NumberGrouping: {
		"“%s”: digits are grouped in threes (1,234,567), with one kind of separator and none in the decimals.",
		"« %s » : les chiffres se groupent par trois (1\u00a0234\u00a0567), avec un seul séparateur et aucun dans les décimales.",
	},
	NumberRange: {"“%s” is too large.", "« %s » est trop grand."},
}

// NumberErrorText says a ParseNumber error in l, for the field's message:
// « 1.234 » peut se lire de deux façons : … It returns "" for nil, and for
// an error that is not a *NumberError its text (which should not happen).
func NumberErrorText(l text.Lang, err error) string {
	var e *NumberError
	switch {
	case err == nil:
		return ""
	case !errors.As(err, &e):
		return err.Error()
	}
	input := strings.TrimSpace(e.Input)
	switch {
	case errors.Is(e.Err, ErrNumberSyntax):
		return Tf(l, NumberSyntax, input, e.Char)
	case errors.Is(e.Err, ErrNumberAmbiguous):
		return Tf(l, NumberAmbiguous, input)
	case errors.Is(e.Err, ErrNumberGrouping):
		return Tf(l, NumberGrouping, input)
	case errors.Is(e.Err, ErrNumberRange):
		return Tf(l, NumberRange, input)
	}
	return T(l, NumberEmpty)
}
