package data

// cellKind is what a cell reads as.
type cellKind uint8

const (
	kindBlank cellKind = iota
	kindMarker
	kindNumber
	kindDate
	kindText
)

// classify counts the vote of a cell and returns what it reads as: blank,
// missing marker, number (with "." or "," as decimal separator, whichever
// reads), date (in either order), or text.
func (b *builder) classify(s string) cellKind {
	t := trimSpace(s)
	if t == "" {
		b.votes.Blank++
		return kindBlank
	}
	if !mayBeTyped(t) {
		b.votes.Text++
		return kindText
	}
	if _, info := parseNumber(t, '.'); info.flags != 0 {
		b.countNumber(info, t)
		return kindNumber
	}
	if isMissingMarker(t) {
		b.votes.Marker++
		return kindMarker
	}
	if _, flags := parseDate(t, DMY); flags != 0 {
		b.countDate(flags, t)
		return kindDate
	}
	b.votes.Text++
	return kindText
}

// mayBeTyped reports whether a trimmed, non-empty cell may be a number, a
// date or a missing marker. It is false for most text at the cost of a few
// byte tests: longer than any number or date, starting with a character
// that starts none of them, or with three ASCII letters that begin no
// month or weekday name (and longer than a marker).
func mayBeTyped(s string) bool {
	if len(s) > maxDateLen {
		return false
	}
	c := s[0]
	switch {
	case len(s) <= 4:
		return true // a marker such as "n/a", or a short number
	case isDigit(c) || c == '-' || c == '+' || c == '(' || c == '.' || c == ',' || c == '$':
		return true
	case c >= 0x80:
		return c == 0xC2 || c == 0xE2 // "£", "¥", "€", "−"; no name starts with an accent
	case !isASCIILetter(c):
		return false // a quote, a hash tag, an at sign…
	case !isASCIILetter(s[1]) || !isASCIILetter(s[2]):
		// "déc.", "févr.", "août" have an accent in their first three bytes.
		c |= 0x20
		return c == 'd' || c == 'f' || c == 'a'
	}
	return namePrefixes[letterKey(c, s[1], s[2])]
}

// namePrefixes flags the first three letters (any case) of the ASCII month
// and weekday names.
var namePrefixes = func() (t [1 << 15]bool) {
	add := func(name string) {
		if len(name) >= 3 && isASCIILetter(name[0]) && isASCIILetter(name[1]) && isASCIILetter(name[2]) {
			t[letterKey(name[0], name[1], name[2])] = true
		}
	}
	for name := range months {
		add(name)
	}
	for name := range weekdays {
		add(name)
	}
	return t
}()

// letterKey packs three ASCII letters, ignoring case, into 15 bits.
func letterKey(a, b, c byte) int { return int(a&31)<<10 | int(b&31)<<5 | int(c&31) }

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool { return c|0x20-'a' < 26 }
