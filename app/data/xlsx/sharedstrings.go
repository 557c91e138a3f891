package xlsx

import (
	"io"
	"strconv"
	"unicode/utf8"
)

// parseSharedStrings reads the shared string table: the text of each
// <si>, either one <t> or the concatenated <t> of its rich text runs <r>.
// Phonetic guides (<rPh>) are left out, as Excel shows them only on demand.
// Text without xml:space="preserve" loses its leading and trailing white
// space, as in Excel. OOXML escapes _xHHHH_ are decoded.
func parseSharedStrings(r io.Reader, sizeHint int64) ([]string, error) {
	s := newScanner(r)
	var table []string
	for {
		if err := s.next(); err != nil {
			return nil, err
		}
		switch {
		case s.kind == tokenEOF:
			return table, nil
		case s.kind == tokenStart && string(s.name) == "sst":
			// Trust the declared count only as far as the part's size allows:
			// each <si></si> takes at least 9 bytes.
			if v, ok := s.attr("uniqueCount"); ok {
				if n, err := strconv.ParseInt(string(v), 10, 64); err == nil && n > 0 {
					table = make([]string, 0, min(n, sizeHint/9))
				}
			}
		case s.kind == tokenStart && string(s.name) == "si":
			text, err := richText(s, nil)
			if err != nil {
				return nil, err
			}
			table = append(table, string(text))
		}
	}
}

// richText appends the text of the element just opened (an <si> or an
// inline <is>) to dst: its <t> elements, whether direct children or inside
// rich text runs, but not those of phonetic guides.
func richText(s *scanner, dst []byte) ([]byte, error) {
	for depth := 1; ; {
		if err := s.next(); err != nil {
			return dst, err
		}
		switch s.kind {
		case tokenStart:
			switch string(s.name) {
			case "rPh", "phoneticPr":
				if err := s.skip(); err != nil {
					return dst, err
				}
			case "t":
				space, _ := s.attr("space")
				preserve := string(space) == "preserve"
				start := len(dst)
				var err error
				if dst, err = s.appendText(dst); err != nil {
					return dst, err
				}
				dst = append(dst[:start], unescapeOOXML(dst[start:], preserve)...)
			default:
				depth++
			}
		case tokenEnd:
			if depth--; depth == 0 {
				return dst, nil
			}
		}
	}
}

// unescapeOOXML decodes the _xHHHH_ escapes OOXML uses for characters XML
// cannot carry (such as _x000D_ for a carriage return; _x005F_ is a literal
// underscore), after trimming white space at both ends unless preserve.
// It works in place and returns the shortened slice.
func unescapeOOXML(b []byte, preserve bool) []byte {
	if !preserve {
		b = trimXMLSpace(b)
	}
	out := b[:0]
	for i := 0; i < len(b); i++ {
		if b[i] == '_' && i+6 < len(b) && b[i+1] == 'x' && b[i+6] == '_' {
			if v, err := strconv.ParseUint(string(b[i+2:i+6]), 16, 16); err == nil {
				out = utf8.AppendRune(out, rune(v)) // at most 3 bytes for the 7 read: safe in place
				i += 6
				continue
			}
		}
		out = append(out, b[i])
	}
	return out
}

func trimXMLSpace(b []byte) []byte {
	isSpace := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
	for len(b) > 0 && isSpace(b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && isSpace(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b
}
