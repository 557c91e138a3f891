package data

// validUTF8 reports whether b is valid UTF-8, like utf8.Valid, but faster
// on accented text compiled to WebAssembly: it checks 8 bytes at a time
// when they are ASCII or ASCII with whole two-byte sequences (é, à, ç…),
// and other sequences one by one in straight-line code, with the same
// rules (no overlong forms, no surrogates, nothing above U+10FFFF).
func validUTF8(b []byte) bool {
	s := unsafeString(b)
	n := len(s)
	for i := 0; i < n; {
		if i+8 <= n {
			x := load64(s, i)
			m := x & highBits
			if m == 0 || twoByteWord(x, m) {
				i += 8
				continue
			}
			i += firstFlag(m) // straight to the first non-ASCII byte
		}
		c := s[i]
		switch {
		case c < 0x80:
			i++
		case c < 0xC2:
			return false
		case c < 0xE0:
			if i+1 >= n || s[i+1]&0xC0 != 0x80 {
				return false
			}
			i += 2
		case c < 0xF0:
			lo, hi := byte(0x80), byte(0xBF)
			switch c {
			case 0xE0:
				lo = 0xA0
			case 0xED:
				hi = 0x9F
			}
			if i+2 >= n || s[i+1] < lo || s[i+1] > hi || s[i+2]&0xC0 != 0x80 {
				return false
			}
			i += 3
		case c < 0xF5:
			lo, hi := byte(0x80), byte(0xBF)
			switch c {
			case 0xF0:
				lo = 0x90
			case 0xF4:
				hi = 0x8F
			}
			if i+3 >= n || s[i+1] < lo || s[i+1] > hi || s[i+2]&0xC0 != 0x80 || s[i+3]&0xC0 != 0x80 {
				return false
			}
			i += 4
		default:
			return false
		}
	}
	return true
}

// twoByteWord reports whether the non-ASCII bytes of x (flagged in hi) are
// whole two-byte sequences: a lead byte C2–DF followed by a continuation
// byte 80–BF, the pair inside the word. Per byte, x<<1 brings bit 6 under
// bit 7 and x<<2 bit 5: a lead has its top bits 110, a continuation 10.
func twoByteWord(x, hi uint64) bool {
	lead := hi & (x << 1)
	cont := hi &^ (x << 1)
	// C0 and C1 would be overlong: bits 1–4 all 0.
	overlong := ((x&(0x1E*lowBits))+0x7F*lowBits)&highBits ^ highBits
	noLongLead := lead&(x<<2) == 0 // no 3- or 4-byte lead (top bits 111)
	paired := lead<<8 == cont      // each lead followed by a continuation, each continuation after a lead
	inside := lead>>56 == 0        // the last byte is not a lead
	return noLongLead && paired && inside && lead&overlong == 0
}
