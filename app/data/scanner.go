package data

import "strings"

// span locates one cell in a text: text[start&^escaped : end]. When the
// escaped bit is set in start, the bytes hold doubled quotes ("") that
// each stand for one quote; the cell must be unescaped before use.
type span struct{ start, end uint32 }

// escaped flags a span whose bytes hold doubled quotes. Texts are shorter
// than 2 GiB (maxSource), so the top bit of an offset is free.
const escaped = 1 << 31

// raw returns the bytes of sp in text, still escaped.
func (sp span) raw(text string) string { return text[sp.start&^escaped : sp.end] }

// isEmpty reports whether the cell has no bytes at all.
func (sp span) isEmpty() bool { return sp.start == sp.end }

// unescape replaces each doubled quote with one quote.
func unescape(s string) string { return strings.ReplaceAll(s, `""`, `"`) }

// cellString returns the unescaped text of a cell.
func cellString(text string, sp span) string {
	if sp.start&escaped != 0 {
		return unescapeSpan(text, sp)
	}
	return text[sp.start:sp.end]
}

// unescapeSpan returns the text of an escaped span, doubled quotes made
// single.
func unescapeSpan(text string, sp span) string { return unescape(sp.raw(text)) }

// allBlank reports whether every field is empty or spaces only.
func allBlank(text string, fields []span) bool {
	for _, sp := range fields {
		if !sp.isEmpty() && trimSpace(sp.raw(text)) != "" {
			return false
		}
	}
	return true
}

// csvScanner splits CSV text into records and fields, in the way
// spreadsheets write and read them:
//
//   - records end with LF, CRLF or a lone CR; a final line ending is optional;
//   - a field that starts with a double quote is quoted: it runs to the next
//     quote not doubled, and may hold delimiters, line endings (kept as they
//     are, CRLF included) and doubled quotes standing for one quote;
//   - a quote elsewhere in a field is an ordinary character (12" pizza);
//   - text after a closing quote is kept, with the closing quote, and
//     reported as ErrQuote;
//   - a quote never closed is read as an ordinary character (the field then
//     ends at the next delimiter or line ending, so the rest of the file is
//     not swallowed into one cell) and reported as ErrUnclosedQuote at the
//     line where it opened.
//
// The scanner never allocates: fields are spans of the text. Every byte is
// looked at a bounded number of times, so any input is scanned in linear
// time.
type csvScanner struct {
	text    string
	pos     int
	line    int // line of the next record, 1-based
	special *[256]bool
	delim   byte
	delims  uint64    // the delimiter in every byte, for the SWAR search
	extra   bool      // the last record had non-empty fields beyond the kept ones
	log     *issueLog // nil to ignore problems (sniffing, second passes)
}

// specials caches the tables that mark the bytes ending an unquoted field.
var specials = func() (t [256][256]bool) {
	for d := range t {
		t[d][d] = true
		t[d]['\n'] = true
		t[d]['\r'] = true
	}
	return t
}()

// newScanner scans text from offset pos, which is the start of line line.
func newScanner(text string, delim byte, pos, line int, log *issueLog) *csvScanner {
	return &csvScanner{text: text, pos: pos, line: line, delim: delim, delims: uint64(delim) * lowBits,
		special: &specials[delim], log: log}
}

// next reads one record, storing its first len(dst) fields in dst. It
// returns the number of fields in the record, and false at the end of the
// text. Fields beyond len(dst) are not stored; s.extra tells whether any of
// them held something.
func (s *csvScanner) next(dst []span) (fields int, ok bool) {
	text, pos := s.text, s.pos
	n := len(text)
	if pos >= n {
		return 0, false
	}
	s.extra = false
	k := 0
	for {
		var sp span
		if pos < n && text[pos] == '"' {
			sp, pos = s.quoted(pos, k)
		} else {
			start := pos
			// The first 8 bytes inline: most fields end there.
			if pos+8 <= n {
				x := load64(text, pos)
				if m := zeroBytes(x^s.delims) | zeroBytes(x^('\n'*lowBits)) | zeroBytes(x^('\r'*lowBits)); m != 0 {
					pos += firstFlag(m)
				} else {
					pos = s.fieldEnd(pos + 8)
				}
			} else {
				pos = s.fieldEnd(pos)
			}
			sp = span{uint32(start), uint32(pos)}
		}
		if k < len(dst) {
			dst[k] = sp
		} else if !sp.isEmpty() {
			s.extra = true
		}
		k++
		if pos >= n {
			break
		}
		c := text[pos]
		pos++
		if c == s.delim {
			continue
		}
		if c == '\r' && pos < n && text[pos] == '\n' {
			pos++
		}
		s.line++
		break
	}
	s.pos = pos
	return k, true
}

// fieldEnd returns the offset of the first delimiter, LF or CR at or after
// pos, or the text's length: 8 bytes at a time, then byte by byte near the
// end of the text.
func (s *csvScanner) fieldEnd(pos int) int {
	text := s.text
	for pos+8 <= len(text) {
		x := load64(text, pos)
		if m := zeroBytes(x^s.delims) | zeroBytes(x^('\n'*lowBits)) | zeroBytes(x^('\r'*lowBits)); m != 0 {
			return pos + firstFlag(m)
		}
		pos += 8
	}
	for pos < len(text) && !s.special[text[pos]] {
		pos++
	}
	return pos
}

// quoted reads the quoted field whose opening quote is at open, the field
// numbered field (0-based) of its record, and returns its span and the
// offset after it.
func (s *csvScanner) quoted(open, field int) (span, int) {
	text := s.text
	n := len(text)
	start := open + 1
	pos := start
	var esc bool
	for {
		i := strings.IndexByte(text[pos:], '"')
		if i < 0 {
			// No quote left in the whole text: read this one as a plain
			// character. Since none follows, this happens once per text.
			s.log.add(ErrUnclosedQuote, s.line, field+1, nil)
			pos = s.fieldEnd(open)
			return span{uint32(open), uint32(pos)}, pos
		}
		pos += i
		if pos+1 < n && text[pos+1] == '"' {
			esc = true
			pos += 2
			continue
		}
		break
	}
	end := pos
	pos++
	s.line += countLines(text[start:end])
	if pos < n && !s.special[text[pos]] {
		s.log.add(ErrQuote, s.line, field+1, nil)
		pos = s.fieldEnd(pos)
		end, esc = pos, true
	}
	sp := span{uint32(start), uint32(end)}
	if esc {
		sp.start |= escaped
	}
	return sp, pos
}

// countLines counts the line endings in s: LF, CRLF and lone CR. It jumps
// from one to the next with IndexByte, fast when there are few.
func countLines(s string) int {
	n := 0
	for i := strings.IndexByte(s, '\n'); i >= 0; {
		n++
		j := strings.IndexByte(s[i+1:], '\n')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	for i := strings.IndexByte(s, '\r'); i >= 0; {
		if i+1 == len(s) || s[i+1] != '\n' {
			n++
		}
		j := strings.IndexByte(s[i+1:], '\r')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return n
}
