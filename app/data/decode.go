package data

import (
	"bytes"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// maxSource is the largest decoded text the readers index: cell offsets are
// 31-bit (the top bit of a span flags escaped quotes).
const maxSource = 1<<31 - 1

// sniffLen is how much of the start of a file the detectors look at.
const sniffLen = 64 << 10

// decodedText is a file turned into UTF-8, with what was learned doing it.
type decodedText struct {
	text     string
	encoding Encoding
	bom      bool
}

// decode turns a file's bytes into UTF-8 text. It takes ownership of b: when
// b already is UTF-8 the text shares its memory (no copy), so b must not be
// modified afterwards. Detection, when forced is EncodingAuto:
//
//   - a byte order mark decides (UTF-8, UTF-16LE, UTF-16BE);
//   - without one, NUL bytes at every other position in the first 4 KiB mean
//     UTF-16 of that byte order (ASCII text saved as UTF-16 without BOM);
//   - otherwise NUL bytes, or more than 10 % of control bytes in the first
//     64 KiB, mean a binary file (ErrBinary);
//   - valid UTF-8 is UTF-8;
//   - invalid UTF-8 is Windows-1252 (French Excel's default), unless valid
//     multi-byte UTF-8 sequences outnumber the invalid bytes ten to one: then
//     it is UTF-8 with a few damaged bytes, replaced by U+FFFD and reported
//     as ErrEncoding.
func decode(b []byte, forced Encoding, log *issueLog) (decodedText, error) {
	if len(b) == 0 {
		return decodedText{}, &ParseError{File: log.file, Err: ErrEmpty}
	}
	enc, bomLen := forced, 0
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}) && (forced == EncodingAuto || forced == UTF8):
		enc, bomLen = UTF8, 3
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}) && (forced == EncodingAuto || forced == UTF16LE):
		enc, bomLen = UTF16LE, 2
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}) && (forced == EncodingAuto || forced == UTF16BE):
		enc, bomLen = UTF16BE, 2
	case forced == EncodingAuto:
		enc = sniffUTF16(b)
	}
	body := b[bomLen:]
	var out decodedText
	switch enc {
	case UTF16LE, UTF16BE:
		out = decodedText{text: decodeUTF16(body, enc == UTF16BE, log), encoding: enc}
	default:
		if isBinary(body) {
			return decodedText{}, &ParseError{File: log.file, Err: ErrBinary}
		}
		valid := enc != Windows1252 && validUTF8(body)
		if enc == EncodingAuto {
			enc = UTF8
			if !valid {
				enc = guessInvalidUTF8(body)
			}
		}
		out.encoding = enc
		switch {
		case enc == Windows1252:
			out.text = decodeCP1252(body)
		case valid:
			out.text = unsafeString(body)
		default:
			out.text = repairUTF8(body, log)
		}
	}
	out.bom = bomLen > 0
	if len(out.text) > maxSource {
		return decodedText{}, &ParseError{File: log.file, Err: &SizeError{Size: int64(len(out.text)), Limit: maxSource}}
	}
	if len(out.text) == 0 {
		return decodedText{}, &ParseError{File: log.file, Err: ErrEmpty}
	}
	if enc == UTF16LE || enc == UTF16BE {
		// The NUL test is only meaningful once the UTF-16 is decoded.
		if isBinary([]byte(out.text[:min(len(out.text), sniffLen)])) {
			return decodedText{}, &ParseError{File: log.file, Err: ErrBinary}
		}
	}
	return out, nil
}

// sniffUTF16 recognises UTF-16 without a byte order mark by its NUL bytes:
// mostly-ASCII text has a NUL high byte in nearly every code unit.
func sniffUTF16(b []byte) Encoding {
	n := min(len(b), 4096) &^ 1
	if n < 4 {
		return EncodingAuto
	}
	var evenNUL, oddNUL int
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			evenNUL++
		}
		if b[i+1] == 0 {
			oddNUL++
		}
	}
	units := n / 2
	switch {
	case oddNUL*10 >= units*9 && evenNUL == 0:
		return UTF16LE
	case evenNUL*10 >= units*9 && oddNUL == 0:
		return UTF16BE
	}
	return EncodingAuto
}

// isBinary reports whether the start of b looks like a binary file: a NUL
// byte, or more than one control byte in ten (tab, line feed, carriage
// return, form feed and the DOS end-of-file mark 0x1A excepted).
func isBinary(b []byte) bool {
	head := b[:min(len(b), sniffLen)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	controls := 0
	for _, c := range head {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A || c == 0x7F {
			controls++
		}
	}
	return controls*10 > len(head)
}

// guessInvalidUTF8 chooses between UTF-8 and Windows-1252 for a file that
// has no byte order mark and is not valid UTF-8 (see decode).
func guessInvalidUTF8(b []byte) Encoding {
	var valid, invalid int
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			valid++
		}
		i += size
	}
	if valid >= 10*invalid {
		return UTF8
	}
	return Windows1252
}

// decodeCP1252 converts Windows-1252 bytes to UTF-8 in one exactly sized
// allocation.
func decodeCP1252(b []byte) string {
	size := 0
	for _, c := range b {
		size += utf8.RuneLen(cp1252Rune(c))
	}
	out := make([]byte, 0, size)
	for _, c := range b {
		if c < utf8.RuneSelf {
			out = append(out, c)
		} else {
			out = utf8.AppendRune(out, cp1252Rune(c))
		}
	}
	return unsafeString(out)
}

// repairUTF8 replaces each invalid byte with U+FFFD and reports the first
// few as ErrEncoding issues.
func repairUTF8(b []byte, log *issueLog) string {
	out := make([]byte, 0, len(b)+len(b)/8)
	line := 1
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c == '\n' || c == '\r' && (i+1 == len(b) || b[i+1] != '\n') {
				line++
			}
			out = append(out, c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			log.add(ErrEncoding, line, 0, detail(ErrEncoding, "byte 0x%02X is not UTF-8", c))
		}
		out = utf8.AppendRune(out, r)
		i += size
	}
	return unsafeString(out)
}

// decodeUTF16 converts UTF-16 code units to UTF-8. Unpaired surrogates and
// a final odd byte become U+FFFD and are reported as ErrEncoding.
func decodeUTF16(b []byte, bigEndian bool, log *issueLog) string {
	unit := func(i int) rune {
		if bigEndian {
			return rune(b[i])<<8 | rune(b[i+1])
		}
		return rune(b[i+1])<<8 | rune(b[i])
	}
	out := make([]byte, 0, len(b)/2+len(b)/8)
	line := 1
	n := len(b) &^ 1
	for i := 0; i < n; i += 2 {
		r := unit(i)
		if utf16.IsSurrogate(r) {
			r2 := utf8.RuneError
			if r < 0xDC00 && i+3 < n {
				r2 = utf16.DecodeRune(r, unit(i+2))
			}
			if r2 == utf8.RuneError {
				log.add(ErrEncoding, line, 0, detail(ErrEncoding, "unpaired UTF-16 surrogate 0x%04X", r))
			} else {
				i += 2
			}
			r = r2
		}
		if r == '\n' || r == '\r' && (i+3 >= n || unit(i+2) != '\n') {
			line++
		}
		out = utf8.AppendRune(out, r)
	}
	if n < len(b) {
		log.add(ErrEncoding, line, 0, detail(ErrEncoding, "odd number of bytes in UTF-16 text"))
		out = utf8.AppendRune(out, utf8.RuneError)
	}
	return unsafeString(out)
}

// unsafeString returns b's bytes as a string without copying: b must not be
// modified afterwards.
func unsafeString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }
