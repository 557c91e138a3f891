package xlsx

import (
	"bytes"
	"io"
	"unicode/utf8"
)

// scanner splits one XML part into start tags, end tags and text, reading
// it as a stream through a buffer that grows only to hold the largest
// single token.
//
// It covers the XML that spreadsheet parts use: elements, attributes,
// character and the five predefined entity references, CDATA, comments and
// processing instructions. It checks that tags nest and that the part ends
// with its root closed. A document type declaration is refused, so no
// entity expansion can blow up. Names are reported without their namespace
// prefix: SpreadsheetML uses one namespace per part, and writers differ in
// the prefixes they pick ("x:c" or "c").
//
// It is ours rather than encoding/xml because it is several times faster
// on worksheets and adds less to the WebAssembly binary; encoding/xml
// costs about 90 KB there.
//
// The slices of a token (name, attribute names and values, text) are valid
// until the next call to next.
type scanner struct {
	r    io.Reader
	buf  []byte
	pos  int   // start of unread data in buf
	end  int   // end of data in buf
	base int64 // offset in the part of buf[0]
	eof  bool  // r has no more data

	open      []byte // qualified names of the open elements, each followed by 0
	depth     int    // number of open elements
	rootSeen  bool
	selfClose bool // the current start tag was <x/>: its end comes next

	kind    tokenKind
	name    []byte // local name of a start or end tag
	attrs   []attr
	text    []byte
	scratch []byte // decoded text and attribute values
}

type tokenKind uint8

const (
	tokenEOF tokenKind = iota
	tokenStart
	tokenEnd
	tokenText
)

// attr is an attribute of the current start tag, by local name.
type attr struct {
	name, value []byte
}

const (
	scannerBufferSize = 64 << 10
	maxDepth          = 128 // deeper nesting than any spreadsheet part uses
)

func newScanner(r io.Reader) *scanner {
	return &scanner{r: r, buf: make([]byte, scannerBufferSize)}
}

// offset returns the position in the part of the unread data, for errors.
func (s *scanner) offset() int64 { return s.base + int64(s.pos) }

// fill reads more data into the buffer, moving unread data to its front.
// It returns io.EOF when the part has no more data, and the reader's
// errors (ErrCorrupt from the checksum, ErrTooLarge) as they are.
func (s *scanner) fill() error {
	if s.eof {
		return io.EOF
	}
	if s.pos > 0 {
		s.base += int64(s.pos)
		s.end = copy(s.buf, s.buf[s.pos:s.end])
		s.pos = 0
	}
	if s.end == len(s.buf) {
		grown := make([]byte, 2*len(s.buf))
		copy(grown, s.buf[:s.end])
		s.buf = grown
	}
	for {
		n, err := s.r.Read(s.buf[s.end:])
		s.end += n
		if err == io.EOF {
			s.eof = true
			if n == 0 {
				return io.EOF
			}
			return nil
		}
		if err != nil {
			return err
		}
		if n > 0 {
			return nil
		}
	}
}

// need makes at least n unread bytes available, or reports io.EOF.
func (s *scanner) need(n int) error {
	for s.end-s.pos < n {
		if err := s.fill(); err != nil {
			return err
		}
	}
	return nil
}

// next reads the next token into s.kind, s.name, s.attrs and s.text.
// At the end of a well-formed part it sets tokenEOF.
func (s *scanner) next() error {
	if s.selfClose {
		s.selfClose = false
		s.kind = tokenEnd
		s.pop()
		return nil
	}
	for {
		if err := s.need(1); err != nil {
			if err != io.EOF {
				return err
			}
			return s.finish()
		}
		if s.buf[s.pos] != '<' {
			done, err := s.scanText()
			if err != nil || done {
				return err
			}
			continue
		}
		if err := s.need(2); err != nil {
			return s.unexpectedEnd(err, "a tag")
		}
		switch s.buf[s.pos+1] {
		case '/':
			return s.scanEndTag()
		case '?':
			if err := s.skipPast("?>", len("<?")); err != nil {
				return s.unexpectedEnd(err, "a processing instruction")
			}
		case '!':
			done, err := s.scanMarkup()
			if err != nil || done {
				return err
			}
		default:
			return s.scanStartTag()
		}
	}
}

// finish ends the part: every element must be closed.
func (s *scanner) finish() error {
	if s.depth > 0 {
		return corrupt("part ends inside <%s>", s.innermost())
	}
	if !s.rootSeen {
		return corrupt("part holds no XML element")
	}
	s.kind = tokenEOF
	return nil
}

// unexpectedEnd turns io.EOF while inside a construct into ErrCorrupt.
func (s *scanner) unexpectedEnd(err error, inside string) error {
	if err == io.EOF {
		return corrupt("part ends inside %s at byte %d", inside, s.offset())
	}
	return err
}

// scanText reads character data up to the next '<'. Outside the root
// element only white space may appear; it is skipped (done is false).
func (s *scanner) scanText() (done bool, err error) {
	i := 0
	for {
		if j := bytes.IndexByte(s.buf[s.pos+i:s.end], '<'); j >= 0 {
			i += j
			break
		}
		i = s.end - s.pos
		if err := s.fill(); err == io.EOF {
			break
		} else if err != nil {
			return false, err
		}
	}
	raw := s.buf[s.pos : s.pos+i]
	if s.depth == 0 {
		if len(bytes.TrimLeft(raw, " \t\r\n")) > 0 {
			if s.offset() == 0 && bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")) && len(bytes.TrimLeft(raw[3:], " \t\r\n")) == 0 {
				s.pos += i // a UTF-8 byte order mark
				return false, nil
			}
			return false, corrupt("text outside the root element at byte %d", s.offset())
		}
		s.pos += i
		return false, nil
	}
	text, err := s.decode(s.scratch[:0], raw)
	if err != nil {
		return false, err
	}
	s.scratch = text
	s.pos += i
	s.kind, s.text = tokenText, text
	return true, nil
}

// scanMarkup handles "<!": comments are skipped, CDATA sections are text,
// and anything else (a document type declaration) is refused.
func (s *scanner) scanMarkup() (done bool, err error) {
	const cdataOpen = "<![CDATA["
	if err := s.need(4); err != nil {
		return false, s.unexpectedEnd(err, "markup")
	}
	if string(s.buf[s.pos:s.pos+4]) == "<!--" {
		return false, s.unexpectedEnd(s.skipPast("-->", len("<!--")), "a comment")
	}
	if err := s.need(len(cdataOpen)); err != nil || string(s.buf[s.pos:s.pos+len(cdataOpen)]) != cdataOpen {
		if err != nil && err != io.EOF {
			return false, err
		}
		return false, corrupt("document type declarations are not allowed (byte %d)", s.offset())
	}
	if s.depth == 0 {
		return false, corrupt("CDATA outside the root element at byte %d", s.offset())
	}
	i, err := s.find("]]>", len(cdataOpen))
	if err != nil {
		return false, s.unexpectedEnd(err, "a CDATA section")
	}
	s.kind = tokenText
	s.text = appendLines(s.scratch[:0], s.buf[s.pos+len(cdataOpen):s.pos+i])
	s.scratch = s.text
	s.pos += i + len("]]>")
	return true, nil
}

// skipPast moves past the next occurrence of marker at or after from.
func (s *scanner) skipPast(marker string, from int) error {
	i, err := s.find(marker, from)
	if err != nil {
		return err
	}
	s.pos += i + len(marker)
	return nil
}

// find returns the index, relative to s.pos, of marker at or after from.
func (s *scanner) find(marker string, from int) (int, error) {
	for {
		if j := bytes.Index(s.buf[s.pos+min(from, s.end-s.pos):s.end], []byte(marker)); j >= 0 {
			return min(from, s.end-s.pos) + j, nil
		}
		from = max(0, s.end-s.pos-len(marker)+1)
		if err := s.fill(); err != nil {
			return 0, err
		}
	}
}

// tagEnd returns the index, relative to s.pos, of the '>' that closes the
// tag at s.pos, skipping quoted attribute values.
func (s *scanner) tagEnd() (int, error) {
	i := 1
	var quote byte
	for {
		for ; s.pos+i < s.end; i++ {
			c := s.buf[s.pos+i]
			switch {
			case quote != 0:
				if c == quote {
					quote = 0
				} else if c == '<' {
					return 0, corrupt("'<' in an attribute value at byte %d", s.offset()+int64(i))
				}
			case c == '"' || c == '\'':
				quote = c
			case c == '>':
				return i, nil
			case c == '<':
				return 0, corrupt("'<' inside a tag at byte %d", s.offset()+int64(i))
			}
		}
		if err := s.fill(); err != nil {
			return 0, s.unexpectedEnd(err, "a tag")
		}
	}
}

func (s *scanner) scanEndTag() error {
	n, err := s.tagEnd()
	if err != nil {
		return err
	}
	qname := bytes.TrimRight(s.buf[s.pos+2:s.pos+n], " \t\r\n")
	if s.depth == 0 || !bytes.Equal(qname, s.innermost()) {
		if s.depth == 0 {
			return corrupt("closing tag </%s> with no element open at byte %d", qname, s.offset())
		}
		return corrupt("closing tag </%s> where </%s> was expected at byte %d", qname, s.innermost(), s.offset())
	}
	s.pop()
	s.kind, s.name = tokenEnd, localName(qname)
	s.pos += n + 1
	return nil
}

func (s *scanner) scanStartTag() error {
	n, err := s.tagEnd()
	if err != nil {
		return err
	}
	tag := s.buf[s.pos+1 : s.pos+n]
	s.selfClose = len(tag) > 0 && tag[len(tag)-1] == '/'
	if s.selfClose {
		tag = tag[:len(tag)-1]
	}
	nameLen := bytes.IndexAny(tag, " \t\r\n")
	if nameLen < 0 {
		nameLen = len(tag)
	}
	qname := tag[:nameLen]
	if !validName(qname) {
		return corrupt("bad element name %q at byte %d", qname, s.offset())
	}
	if s.depth == 0 && s.rootSeen {
		return corrupt("second root element <%s> at byte %d", qname, s.offset())
	}
	if err := s.parseAttrs(tag[nameLen:]); err != nil {
		return err
	}
	if s.depth == maxDepth {
		return corrupt("elements nested deeper than %d at byte %d", maxDepth, s.offset())
	}
	s.rootSeen = true
	s.open = append(append(s.open, qname...), 0)
	s.depth++
	s.kind, s.name = tokenStart, localName(qname)
	s.pos += n + 1
	return nil
}

// parseAttrs reads name="value" pairs. Values are decoded into scratch;
// the slices are cut only once all are decoded, since scratch may move.
func (s *scanner) parseAttrs(b []byte) error {
	s.attrs = s.attrs[:0]
	s.scratch = s.scratch[:0]
	type span struct {
		name       []byte
		start, end int
	}
	var spans [8]span
	found := spans[:0]
	for {
		b = bytes.TrimLeft(b, " \t\r\n")
		if len(b) == 0 {
			break
		}
		eq := bytes.IndexByte(b, '=')
		if eq < 0 {
			return corrupt("attribute without a value at byte %d", s.offset())
		}
		name := bytes.TrimRight(b[:eq], " \t\r\n")
		if !validName(name) {
			return corrupt("bad attribute name %q at byte %d", name, s.offset())
		}
		b = bytes.TrimLeft(b[eq+1:], " \t\r\n")
		if len(b) == 0 || (b[0] != '"' && b[0] != '\'') {
			return corrupt("unquoted value of attribute %s at byte %d", name, s.offset())
		}
		closing := bytes.IndexByte(b[1:], b[0])
		if closing < 0 {
			return corrupt("unterminated value of attribute %s at byte %d", name, s.offset())
		}
		start := len(s.scratch)
		decoded, err := s.decode(s.scratch, b[1:1+closing])
		if err != nil {
			return err
		}
		s.scratch = decoded
		found = append(found, span{localName(name), start, len(s.scratch)})
		// XML wants white space before the next attribute; like
		// encoding/xml, the scanner reads on without it.
		b = b[closing+2:]
	}
	for _, f := range found {
		s.attrs = append(s.attrs, attr{f.name, s.scratch[f.start:f.end]})
	}
	return nil
}

// attr returns the value of the current start tag's attribute with the
// given local name.
func (s *scanner) attr(local string) ([]byte, bool) {
	for _, a := range s.attrs {
		if string(a.name) == local {
			return a.value, true
		}
	}
	return nil, false
}

// skip moves past the end of the element whose start tag was just read.
func (s *scanner) skip() error {
	for depth := 1; depth > 0; {
		if err := s.next(); err != nil {
			return err
		}
		switch s.kind {
		case tokenStart:
			depth++
		case tokenEnd:
			depth--
		}
	}
	return nil
}

// appendText appends the text inside the element whose start tag was just
// read, including the text of nested elements, and moves past its end.
func (s *scanner) appendText(dst []byte) ([]byte, error) {
	for depth := 1; ; {
		if err := s.next(); err != nil {
			return dst, err
		}
		switch s.kind {
		case tokenText:
			dst = append(dst, s.text...)
		case tokenStart:
			depth++
		case tokenEnd:
			if depth--; depth == 0 {
				return dst, nil
			}
		}
	}
}

// innermost returns the qualified name of the innermost open element.
func (s *scanner) innermost() []byte {
	if len(s.open) == 0 {
		return nil
	}
	start := bytes.LastIndexByte(s.open[:len(s.open)-1], 0) + 1
	return s.open[start : len(s.open)-1]
}

func (s *scanner) pop() {
	s.open = s.open[:len(s.open)-len(s.innermost())-1]
	s.depth--
}

// localName strips a namespace prefix: "x:row" becomes "row".
func localName(qname []byte) []byte {
	if i := bytes.LastIndexByte(qname, ':'); i >= 0 {
		return qname[i+1:]
	}
	return qname
}

// validName accepts what can be an XML name here: not empty, not starting
// with a digit, '-', '.' or ':', and free of markup characters.
func validName(b []byte) bool {
	if len(b) == 0 || (b[0] >= '0' && b[0] <= '9') || b[0] == '-' || b[0] == '.' || b[0] == ':' {
		return false
	}
	return bytes.IndexAny(b, "<>&\"'=/ \t\r\n") < 0
}

// appendLines appends src to dst with its line ends, "\r\n" and a lone
// "\r", normalised to "\n" as XML requires before parsing.
func appendLines(dst, src []byte) []byte {
	for {
		i := bytes.IndexByte(src, '\r')
		if i < 0 {
			return append(dst, src...)
		}
		dst = append(append(dst, src[:i]...), '\n')
		src = src[i+1:]
		if len(src) > 0 && src[0] == '\n' {
			src = src[1:]
		}
	}
}

// decode appends src to dst with entity and character references replaced
// and line ends normalised. A "\r" written as "&#13;" stays: references
// come after normalisation. Invalid UTF-8 becomes U+FFFD.
func (s *scanner) decode(dst, src []byte) ([]byte, error) {
	if bytes.IndexByte(src, '&') < 0 && bytes.IndexByte(src, '\r') < 0 {
		if utf8.Valid(src) {
			return append(dst, src...), nil
		}
		return append(dst, bytes.ToValidUTF8(src, []byte("\uFFFD"))...), nil
	}
	start := len(dst)
	for len(src) > 0 {
		c := src[0]
		switch {
		case c == '\r':
			dst = append(dst, '\n')
			src = src[1:]
			if len(src) > 0 && src[0] == '\n' {
				src = src[1:]
			}
		case c == '&':
			semi := bytes.IndexByte(src, ';')
			if semi < 0 {
				return dst, corrupt("unterminated entity reference near byte %d", s.offset())
			}
			r, ok := entity(src[1:semi])
			if !ok {
				return dst, corrupt("unknown entity reference %q near byte %d", src[:semi+1], s.offset())
			}
			dst = utf8.AppendRune(dst, r)
			src = src[semi+1:]
		default:
			dst = append(dst, c)
			src = src[1:]
		}
	}
	if !utf8.Valid(dst[start:]) {
		fixed := bytes.ToValidUTF8(dst[start:], []byte("\uFFFD"))
		dst = append(dst[:start], fixed...)
	}
	return dst, nil
}

// entity resolves the name between '&' and ';': one of the five predefined
// entities or a decimal or hexadecimal character reference to a character
// XML allows.
func entity(name []byte) (rune, bool) {
	switch string(name) {
	case "lt":
		return '<', true
	case "gt":
		return '>', true
	case "amp":
		return '&', true
	case "quot":
		return '"', true
	case "apos":
		return '\'', true
	}
	if len(name) < 2 || name[0] != '#' {
		return 0, false
	}
	digits, base := name[1:], rune(10)
	if digits[0] == 'x' {
		digits, base = digits[1:], 16
	}
	if len(digits) == 0 || len(digits) > 8 {
		return 0, false
	}
	var r rune
	for _, d := range digits {
		var v rune
		switch {
		case d >= '0' && d <= '9':
			v = rune(d - '0')
		case base == 16 && d >= 'a' && d <= 'f':
			v = rune(d-'a') + 10
		case base == 16 && d >= 'A' && d <= 'F':
			v = rune(d-'A') + 10
		default:
			return 0, false
		}
		r = r*base + v
	}
	allowed := r == '\t' || r == '\n' || r == '\r' || (r >= 0x20 && r <= 0xd7ff) ||
		(r >= 0xe000 && r <= 0xfffd) || (r >= 0x10000 && r <= utf8.MaxRune)
	return r, allowed
}
