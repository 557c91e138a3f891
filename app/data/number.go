package data

import (
	"math"
	"strconv"
)

// Numbers are read as people and spreadsheets write them. A cell is, in
// order, with spaces allowed between the parts:
//
//	[sign] [currency] [sign] mantissa [exponent] [magnitude] [%] [currency]
//
// possibly wrapped in parentheses, which make it negative (accounting
// style: "(1 234)" is -1234).
//
//   - sign: "-", "+" or the minus sign U+2212;
//   - currency: "€", "$", "£" or "¥", before or after, at most one;
//   - mantissa: ASCII digits, with group separators between groups of three
//     digits and one decimal separator. The group separator is a space,
//     U+00A0 no-break space, U+202F narrow no-break space, U+2009 thin space,
//     an apostrophe (' or ’, Swiss style), or the one of "," and "." that is
//     not the decimal separator. Groups are checked: the first has 1 to 3
//     digits and does not start with 0, the others exactly 3;
//   - exponent: "e" or "E", optional sign, 1 to 3 digits ("1,5E+06");
//   - magnitude: "k" or "K" (thousand, 10³); "M" (million, 10⁶); "B", "Bn",
//     "bn" (English billion, 10⁹); "Md", "Mds", "Mrd" (French milliard,
//     10⁹). A lone lower-case "m" is refused (metre or million?);
//   - "%": the cell is a percentage; its value stays in percent units
//     ("12,5 %" is 12.5). A percentage has no currency and no magnitude.
//
// The decimal separator is "." or ",", chosen per column (see Decision).
// Cells longer than maxNumberLen bytes are never numbers. Digits beyond the
// 19th significant one are ignored, far below float64 precision.
const maxNumberLen = 64

// numFlags say how one cell reads as a number.
type numFlags uint8

const (
	numPoint     numFlags = 1 << iota // valid with "." as the decimal separator
	numComma                          // valid with "," as the decimal separator
	numAmbiguous                      // valid both ways, with different values ("1,234")
	numPercent                        // ends with "%"
	numIdent                          // an integer that looks like an identifier: leading zero ("08123") or more than 15 digits
)

// sepKind identifies a separator inside a mantissa.
type sepKind uint8

const (
	sepNone sepKind = iota
	sepComma
	sepPoint
	sepSpace // U+0020
	sepNBSP  // U+00A0
	sepNNBSP // U+202F
	sepThin  // U+2009
	sepApos  // '
	sepRSQuo // ’ U+2019
	sepKinds // number of kinds
)

// sepRunes gives the character of each separator kind, for reports.
var sepRunes = [sepKinds]rune{0, ',', '.', ' ', '\u00A0', '\u202F', '\u2009', '\'', '\u2019'}

// numInfo is what parseNumber learned about a cell besides its value.
type numInfo struct {
	flags numFlags
	group sepKind // group separator used, sepNone if none
}

// numScan holds the shape of a mantissa while it is read.
type numScan struct {
	m         uint64 // significant digits, at most 19
	sig       int    // significant digits seen (leading zeros excluded)
	digits    int    // all mantissa digits
	dropped   int    // digits beyond the 19th significant one
	nsep      int
	first     sepKind
	prev      sepKind
	last      sepKind
	sameFirst bool // every separator but the last equals the first
	mid3      bool // every run of digits between two separators has 3 digits
	g0        int  // digits before the first separator
	run       int  // digits since the last separator
	lead0     bool // the first digit is 0
	lastPos   int  // digits before the last separator
}

// parseNumber reads s as a number with dec ('.' or ',') as the decimal
// separator. It returns NaN when s is not a number with that separator;
// info.flags then say whether it reads with the other one.
func parseNumber(s string, dec byte) (float64, numInfo) {
	if v, info, ok := fastNumber(s, 0, len(s), dec); ok {
		return v, info
	}
	return slowNumber(s, dec)
}

// fastNumber reads text[i:end] when it has the most common shape: an
// optional "-", digits, at most one separator ("," "." or space) followed
// by digits, at most 15 digits in all, an optional "%" (after an optional
// space). It reads the digits 8 at a time from text, which must hold the
// cell (the bytes after it are looked at, not used). It gives the same
// result as slowNumber; ok is false for any other shape, left to
// slowNumber.
func fastNumber(text string, i, end int, dec byte) (v float64, info numInfo, ok bool) {
	if i >= end || end-i > 24 {
		return 0, info, false
	}
	neg := text[i] == '-'
	if neg {
		i++
	}
	percent := text[end-1] == '%'
	if percent {
		end--
		if end > i && text[end-1] == ' ' {
			end--
		}
	}
	if i >= end || !isDigit(text[i]) {
		return 0, info, false
	}
	lead0 := text[i] == '0'
	// The integer part, then the part after a separator: 8 digits at
	// once (digits8 is inlined), the general loop only past 8 digits or at
	// the end of the text.
	var m uint64
	nd := 0
	if i+8 <= len(text) {
		m, nd = digits8(text, i, end-i)
		i += nd
	}
	if nd == 8 || i+8 > len(text) {
		v, c, j := digitsAt(text, i, end)
		if nd+c > 15 {
			return 0, info, false
		}
		m, nd, i = m*pow10u[c]+v, nd+c, j
	}
	var sep byte
	nf := 0
	if i < end {
		sep = text[i]
		if sep != ',' && sep != '.' && sep != ' ' {
			return 0, info, false
		}
		i++
		var f uint64
		if i+8 <= len(text) {
			f, nf = digits8(text, i, end-i)
			i += nf
		}
		if nf == 8 || i+8 > len(text) {
			v, c, j := digitsAt(text, i, end)
			if nf+c > 15 {
				return 0, info, false
			}
			f, nf, i = f*pow10u[c]+v, nf+c, j
		}
		if nf == 0 || i != end || nd+nf > 15 {
			return 0, info, false
		}
		m = m*pow10u[nf] + f
	}
	if percent {
		info.flags |= numPercent
	}
	var decimals int
	switch asGroup := nf == 3 && nd <= 3 && !lead0; {
	case sep == 0:
		info.flags |= numPoint | numComma
		if lead0 && nd > 1 && !percent {
			info.flags |= numIdent
		}
	case sep == ' ':
		if !asGroup {
			return math.NaN(), numInfo{}, true
		}
		info.flags |= numPoint | numComma
		info.group = sepSpace
	case asGroup: // "1,234": a group or a decimal separator
		info.flags |= numPoint | numComma | numAmbiguous
		if sep == dec {
			decimals = 3
		} else {
			info.group = sepKindOf(sep)
		}
	default: // "12,5": only a decimal separator
		if sep == '.' {
			info.flags |= numPoint
		} else {
			info.flags |= numComma
		}
		if sep != dec {
			return math.NaN(), info, true
		}
		decimals = nf
	}
	v = float64(m) // exact: m < 10¹⁵ < 2⁵³
	if decimals > 0 {
		v /= pow10[decimals] // one correctly rounded division
	}
	if neg {
		v = -v
	}
	return v, info, true
}

// slowNumber reads any cell following the grammar above.
func slowNumber(s string, dec byte) (float64, numInfo) {
	s = trimSpace(s)
	n := len(s)
	nan := math.NaN()
	if n == 0 || n > maxNumberLen {
		return nan, numInfo{}
	}
	var (
		i                    int
		neg, paren, hasSign  bool
		hasCur, percent      bool
		closed, hasMagnitude bool
		magnitude, exp       int
		hasExp               bool
		sc                   = numScan{sameFirst: true, mid3: true}
	)
	// Prefix: signs, currency, opening parenthesis, spaces.
prefix:
	for i < n {
		c := s[i]
		switch {
		case c == '-' || c == '+':
			if hasSign {
				return nan, numInfo{}
			}
			hasSign, neg = true, c == '-'
			i++
		case c == '(':
			if paren || hasSign {
				return nan, numInfo{}
			}
			paren = true
			i++
		default:
			if w := spaceAt(s, i); w > 0 {
				i += w
			} else if w := currencyAt(s, i); w > 0 && !hasCur {
				hasCur = true
				i += w
			} else if w := minusAt(s, i); w > 0 && !hasSign {
				hasSign, neg = true, true
				i += w
			} else {
				break prefix
			}
		}
	}
	// Mantissa. It may start with a decimal separator (".5", ",5").
	if i+1 < n && (s[i] == '.' || s[i] == ',') && isDigit(s[i+1]) {
		sc.separator(sepKindOf(s[i]))
		i++
	}
	for i < n {
		c := s[i]
		if c-'0' <= 9 {
			sc.digit(c - '0')
			i++
			continue
		}
		k, w := sepAt(s, i)
		if k == sepNone || i+w >= n || !isDigit(s[i+w]) {
			break
		}
		sc.separator(k)
		i += w
	}
	if sc.digits == 0 {
		return nan, numInfo{}
	}
	// Exponent.
	if i < n && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		expNeg := j < n && s[j] == '-'
		if j < n && (s[j] == '+' || s[j] == '-') {
			j++
		}
		start := j
		for j < n && isDigit(s[j]) && j-start < 3 {
			exp = exp*10 + int(s[j]-'0')
			j++
		}
		if j == start || j < n && isDigit(s[j]) {
			return nan, numInfo{}
		}
		if expNeg {
			exp = -exp
		}
		hasExp = true
		i = j
	}
	// Suffixes, each at most once, spaces between.
	for i < n {
		c := s[i]
		switch {
		case c == '%' && !percent:
			percent = true
			i++
		case c == ')' && paren && !closed:
			closed = true
			i++
		default:
			if w := spaceAt(s, i); w > 0 {
				i += w
			} else if w := currencyAt(s, i); w > 0 && !hasCur {
				hasCur = true
				i += w
			} else if p, w := magnitudeAt(s, i); w > 0 && !hasMagnitude {
				hasMagnitude, magnitude = true, p
				i += w
			} else {
				return nan, numInfo{}
			}
		}
	}
	if paren != closed || percent && (hasCur || hasMagnitude) {
		return nan, numInfo{}
	}
	neg = neg || paren

	var info numInfo
	pointOK, pointDecimals := sc.valid('.', hasExp)
	commaOK, commaDecimals := sc.valid(',', hasExp)
	if pointOK {
		info.flags |= numPoint
	}
	if commaOK {
		info.flags |= numComma
	}
	if info.flags == 0 {
		return nan, numInfo{}
	}
	if pointOK && commaOK && pointDecimals != commaDecimals {
		info.flags |= numAmbiguous
	}
	if percent {
		info.flags |= numPercent
	}
	if sc.nsep == 0 && !hasExp && !hasMagnitude && !percent && !hasCur &&
		(sc.lead0 && sc.digits > 1 || sc.digits > 15) {
		info.flags |= numIdent
	}
	var decimals int
	switch {
	case dec == ',' && commaOK:
		decimals = commaDecimals
	case dec == '.' && pointOK:
		decimals = pointDecimals
	default:
		return nan, info
	}
	if sc.nsep > 1 || sc.nsep == 1 && decimals == 0 {
		info.group = sc.first
	}
	v := sc.value(exp + magnitude - decimals)
	if math.IsInf(v, 0) {
		return nan, numInfo{}
	}
	if neg {
		v = -v
	}
	return v, info
}

// digit adds one mantissa digit.
func (sc *numScan) digit(d byte) {
	if sc.digits == 0 && sc.nsep == 0 && d == 0 {
		sc.lead0 = true
	}
	sc.digits++
	sc.run++
	switch {
	case sc.sig < 19 && (d != 0 || sc.sig > 0):
		sc.m = sc.m*10 + uint64(d)
		sc.sig++
	case sc.sig >= 19:
		sc.dropped++
	}
}

// separator records a separator between two runs of digits.
func (sc *numScan) separator(k sepKind) {
	sc.nsep++
	switch sc.nsep {
	case 1:
		sc.first = k
		sc.g0 = sc.run
	default:
		if sc.prev != sc.first {
			sc.sameFirst = false
		}
		if sc.run != 3 {
			sc.mid3 = false
		}
	}
	sc.prev, sc.last = k, k
	sc.lastPos = sc.digits
	sc.run = 0
}

// groupOK reports whether a separator of kind k can group thousands when
// dec is the decimal separator.
func groupOK(k sepKind, dec byte) bool {
	switch k {
	case sepComma:
		return dec == '.'
	case sepPoint:
		return dec == ','
	}
	return true
}

// valid reports whether the mantissa reads with dec as decimal separator,
// and how many decimal digits it then has. See the grammar above.
func (sc *numScan) valid(dec byte, hasExp bool) (ok bool, decimals int) {
	if sc.nsep == 0 {
		return true, 0
	}
	decKind := sepKindOf(dec)
	groupsOK := func(groups int) bool {
		// groups separators, all the first's kind, grouping 1–3 digits then 3s.
		if groups == 0 {
			return true
		}
		return sc.first != decKind && groupOK(sc.first, dec) &&
			sc.g0 >= 1 && sc.g0 <= 3 && !sc.lead0 && (groups == 1 || sc.sameFirst && sc.mid3)
	}
	if sc.last == decKind {
		if sc.run == 0 {
			return false, 0
		}
		if sc.nsep == 1 {
			return true, sc.run
		}
		// The middle runs must all be 3 digits: mid3 covers the runs
		// between consecutive separators, which here are all groups.
		return groupsOK(sc.nsep-1) && sc.mid3, sc.run
	}
	if hasExp {
		return false, 0
	}
	return sc.last == sc.first && groupsOK(sc.nsep) && sc.run == 3, 0
}

// pow10 holds the powers of ten a float64 represents exactly.
var pow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// value returns m × 10^(e + dropped), correctly rounded: exactly when m
// fits in 53 bits and the power of ten is exact (one multiplication or
// division of exact operands is correctly rounded by IEEE 754), through
// strconv otherwise.
func (sc *numScan) value(e int) float64 {
	e += sc.dropped
	if sc.m < 1<<53 {
		switch {
		case sc.m == 0:
			return 0
		case e >= 0 && e < len(pow10):
			return float64(sc.m) * pow10[e]
		case e < 0 && -e < len(pow10):
			return float64(sc.m) / pow10[-e]
		}
	}
	var buf [32]byte
	b := strconv.AppendUint(buf[:0], sc.m, 10)
	b = append(b, 'e')
	b = strconv.AppendInt(b, int64(e), 10)
	v, _ := strconv.ParseFloat(string(b), 64) // ±Inf on overflow, refused by the caller
	return v
}

// sepKindOf returns the kind of an ASCII separator byte.
func sepKindOf(c byte) sepKind {
	switch c {
	case ',':
		return sepComma
	case '.':
		return sepPoint
	case ' ':
		return sepSpace
	case '\'':
		return sepApos
	}
	return sepNone
}

// sepAt returns the separator starting at s[i] and its width in bytes.
func sepAt(s string, i int) (sepKind, int) {
	c := s[i]
	if k := sepKindOf(c); k != sepNone {
		return k, 1
	}
	switch {
	case c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0:
		return sepNBSP, 2
	case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80:
		switch s[i+2] {
		case 0xAF:
			return sepNNBSP, 3
		case 0x89:
			return sepThin, 3
		case 0x99:
			return sepRSQuo, 3
		}
	}
	return sepNone, 0
}

// currencyAt returns the width of the currency sign at s[i], or 0.
func currencyAt(s string, i int) int {
	switch c := s[i]; {
	case c == '$':
		return 1
	case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x82 && s[i+2] == 0xAC: // €
		return 3
	case c == 0xC2 && i+1 < len(s) && (s[i+1] == 0xA3 || s[i+1] == 0xA5): // £ ¥
		return 2
	}
	return 0
}

// minusAt returns the width of U+2212 MINUS SIGN at s[i], or 0.
func minusAt(s string, i int) int {
	if i+2 < len(s) && s[i] == 0xE2 && s[i+1] == 0x88 && s[i+2] == 0x92 {
		return 3
	}
	return 0
}

// spaceAt returns the width of the space at s[i] (U+0020, tab, U+00A0,
// U+202F, U+2009), or 0.
func spaceAt(s string, i int) int {
	if c := s[i]; c == ' ' || c == '\t' {
		return 1
	}
	switch k, w := sepAt(s, i); k {
	case sepNBSP, sepNNBSP, sepThin:
		return w
	}
	return 0
}

// magnitudeAt returns the power of ten of a magnitude suffix at s[i] and
// its width, or width 0. The suffix must end the word.
func magnitudeAt(s string, i int) (power, width int) {
	rest := s[i:]
	for _, m := range magnitudes {
		if len(rest) >= len(m.word) && rest[:len(m.word)] == m.word &&
			(len(rest) == len(m.word) || !isASCIILetter(rest[len(m.word)])) {
			return m.power, len(m.word)
		}
	}
	return 0, 0
}

// magnitudes lists the suffixes, longer words first so that "Mds" is not
// read as "M" followed by junk.
var magnitudes = []struct {
	word  string
	power int
}{
	{"Mds", 9}, {"Mrd", 9}, {"Md", 9}, {"Bn", 9}, {"bn", 9},
	{"k", 3}, {"K", 3}, {"M", 6}, {"B", 9},
}

func isDigit(c byte) bool  { return c-'0' <= 9 }
func isLetter(c byte) bool { return c|0x20-'a' < 26 || c >= 0x80 }

// trimSpace removes spaces, tabs, U+00A0, U+202F and U+2009 at both ends.
func trimSpace(s string) string {
	if len(s) == 0 || s[0] > ' ' && s[0] < 0x80 && s[len(s)-1] > ' ' && s[len(s)-1] < 0x80 {
		return s // the usual case, decided at once
	}
	for len(s) > 0 {
		w := spaceAt(s, 0)
		if w == 0 {
			break
		}
		s = s[w:]
	}
	for len(s) > 0 {
		c := s[len(s)-1]
		if c == ' ' || c == '\t' {
			s = s[:len(s)-1]
			continue
		}
		if len(s) >= 2 && s[len(s)-2] == 0xC2 && c == 0xA0 {
			s = s[:len(s)-2]
			continue
		}
		if len(s) >= 3 && s[len(s)-3] == 0xE2 && s[len(s)-2] == 0x80 && (c == 0xAF || c == 0x89) {
			s = s[:len(s)-3]
			continue
		}
		break
	}
	return s
}

// missingMarkers are what exports write for "no value". In a Number,
// Percent or Date column they count as missing, not as unreadable; in a
// Text column they are kept as written. Compared without case.
var missingMarkers = []string{"-", "--", "–", "—", "n/a", "na", "#n/a", "n/d", "n.d.", "nd", "null", "none", "nan"}

// isMissingMarker reports whether s (trimmed) is a missing marker.
func isMissingMarker(s string) bool {
	if len(s) > 4 {
		return false
	}
	for _, m := range missingMarkers {
		if len(m) == len(s) && equalFoldASCII(m, s) {
			return true
		}
	}
	return false
}

// equalFoldASCII compares two strings ignoring ASCII case.
func equalFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if x|0x20 != y|0x20 || (x|0x20)-'a' >= 26 && x != y {
			return false
		}
	}
	return true
}
