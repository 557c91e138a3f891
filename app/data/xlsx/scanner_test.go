package xlsx

import (
	"encoding/xml"
	"errors"
	"io"
	"sort"
	"strings"
	"testing"
	"testing/iotest"
)

// tokens returns the scanner's tokens for r as a compact string: <name
// a="v"> for start tags (attributes sorted), </name>, and text in
// brackets, merging adjacent text.
func tokens(r io.Reader) (string, error) {
	s := newScanner(r)
	var b strings.Builder
	inText := false
	for {
		if err := s.next(); err != nil {
			return b.String(), err
		}
		if s.kind != tokenText && inText {
			b.WriteString("]")
			inText = false
		}
		switch s.kind {
		case tokenEOF:
			return b.String(), nil
		case tokenStart:
			attrs := make([]string, len(s.attrs))
			for i, a := range s.attrs {
				attrs[i] = " " + string(a.name) + "=" + strings.ReplaceAll(string(a.value), `"`, `\"`)
			}
			sort.Strings(attrs)
			b.WriteString("<" + string(s.name) + strings.Join(attrs, "") + ">")
		case tokenEnd:
			b.WriteString("</" + string(s.name) + ">")
		case tokenText:
			if !inText {
				b.WriteString("[")
				inText = true
			}
			b.Write(s.text)
		}
	}
}

func TestScannerTokens(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"declaration, BOM and comments skipped",
			"\xef\xbb\xbf<?xml version=\"1.0\"?>\n<!-- a -- comment -->\n<a><!--x--></a>\n", "<a></a>"},
		{"attributes with both quotes, spaces and '>' inside",
			`<a x = "1" y='two "2"' z="a>b" r:id="rId1"/>`, `<a id=rId1 x=1 y=two \"2\" z=a>b></a>`},
		{"entities in text and attributes",
			`<t a="&lt;&amp;&#65;">&lt;x&gt; &amp; &quot;&apos; &#233;&#x1F600;</t>`, `<t a=<&A>[<x> & "' é😀]</t>`},
		{"CDATA is text", `<t>a<![CDATA[<b>&amp;]]]]>c</t>`, `<t>[a<b>&amp;]]c]</t>`},
		{"line ends normalised in text", "<t>a\r\nb\rc\nd</t>", "<t>[a\nb\nc\nd]</t>"},
		{"line ends normalised in CDATA and attributes, not in references",
			"<t a=\"x\r\ny\"><![CDATA[1\r\n2\r]]>&#13;</t>", "<t a=x\ny>[1\n2\n\r]</t>"},
		{"prefixes stripped", `<x:a xmlns:x="u"><x:b/></x:a>`, `<a x=u><b></b></a>`},
		{"processing instruction inside", `<a><?pi data?>t</a>`, `<a>[t]</a>`},
		{"invalid UTF-8 replaced", "<t>a\xffb</t>", "<t>[a\uFFFDb]</t>"},
		{"end tag with space", "<a></a >", "<a></a>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tokens(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestScannerErrors(t *testing.T) {
	for _, in := range []string{
		``, `   `, `text`, `<a>`, `<a></b>`, `</a>`, `<a/><b/>`, `<a/>x`, `<a`, `<a x="1>`, `<a x=1/>`, `<a x/>`,
		`<1a/>`, `<a x="<"/>`, `<a><b</a>`, `<a>&amp</a>`, `<a>&bogus;</a>`, `<a>&#xD800;</a>`,
		`<a>&#;</a>`, `<a>&#x110000;</a>`, `<!DOCTYPE a><a/>`, `<a><!-- unterminated</a>`, `<a><![CDATA[x</a>`,
		`<a><?pi</a>`, `<![CDATA[x]]><a/>`, `<a>` + strings.Repeat("<b>", maxDepth) + `</a>`, `<a/` + `>` + `<`,
	} {
		_, err := tokens(strings.NewReader(in))
		if !errors.Is(err, ErrCorrupt) {
			t.Errorf("%q: got %v, want ErrCorrupt", in, err)
		}
	}
}

// TestScannerSmallReads checks that tokens cut by buffer refills come out
// whole: the same documents read one byte at a time, in halves, and with
// a text larger than the initial buffer.
func TestScannerSmallReads(t *testing.T) {
	docs := []string{
		`<?xml version="1.0"?><!-- c --><a x='1' y="&amp;2"><b>t&lt;x</b><![CDATA[c]]><c/></a>`,
		`<sst><si><t xml:space="preserve"> x </t></si><si><r><t>a</t></r><r><t>b</t></r></si></sst>`,
		`<a>` + strings.Repeat("long text &amp; more ", 20000) + `</a>`,
		`<a b="` + strings.Repeat("v", 100000) + `"/>`,
		`<a><!--` + strings.Repeat("-", 70000) + `--></a>`,
	}
	for i, doc := range docs {
		want, err := tokens(strings.NewReader(doc))
		if err != nil {
			t.Fatalf("doc %d: %v", i, err)
		}
		for name, r := range map[string]io.Reader{
			"one byte": iotest.OneByteReader(strings.NewReader(doc)),
			"halves":   iotest.HalfReader(strings.NewReader(doc)),
			"data+EOF": iotest.DataErrReader(strings.NewReader(doc)),
		} {
			got, err := tokens(r)
			if err != nil || got != want {
				t.Errorf("doc %d read %s: got %.80q, %v; want %.80q", i, name, got, err, want)
			}
		}
	}
}

// FuzzScanner compares the scanner with encoding/xml: whatever document
// encoding/xml accepts (as one root element without a DTD) the scanner
// must accept and split into the same tokens. It also checks that the
// scanner never panics and that it fails only with ErrCorrupt.
func FuzzScanner(f *testing.F) {
	for _, seed := range []string{
		`<a x="1"><b>text &amp; more</b><c/></a>`,
		`<?xml version="1.0"?><sst><si><t xml:space="preserve"> x </t></si></sst>`,
		"<t>a\r\nb<![CDATA[<]]>&#233;</t>",
		`<a b='"' c="'"><!-- c --></a>`,
		`<x:worksheet xmlns:x="u"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		got, err := tokens(strings.NewReader(doc))
		if err != nil && !errors.Is(err, ErrCorrupt) {
			t.Fatalf("error %v does not wrap ErrCorrupt", err)
		}
		want, ok := referenceTokens(doc)
		if !ok {
			return
		}
		if err != nil {
			t.Fatalf("encoding/xml accepts %q, the scanner says %v", doc, err)
		}
		if got != want {
			t.Fatalf("tokens of %q:\n got %s\nwant %s", doc, got, want)
		}
	})
}

// referenceTokens returns what tokens should return for doc, computed with
// encoding/xml, or false where the two are not comparable: documents
// encoding/xml refuses, and those outside what spreadsheets use (a DTD,
// several roots, text outside the root, names with several colons,
// invalid UTF-8).
func referenceTokens(doc string) (string, bool) {
	if strings.Contains(doc, "<!D") || !utf8ValidString(doc) {
		return "", false
	}
	d := xml.NewDecoder(strings.NewReader(doc))
	var b strings.Builder
	depth, roots, inText := 0, 0, false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", false
		}
		if _, isText := tok.(xml.CharData); !isText && inText {
			b.WriteString("]")
			inText = false
		}
		switch tok := tok.(type) {
		case xml.Directive:
			// <!DOCTYPE …> and other declarations: workbooks have none,
			// and the scanner refuses them on purpose.
			return "", false
		case xml.StartElement:
			if depth == 0 {
				roots++
			}
			depth++
			if strings.Contains(tok.Name.Local, ":") {
				return "", false
			}
			attrs := make([]string, len(tok.Attr))
			for i, a := range tok.Attr {
				if strings.Contains(a.Name.Local, ":") {
					return "", false
				}
				attrs[i] = " " + a.Name.Local + "=" + strings.ReplaceAll(a.Value, `"`, `\"`)
			}
			sort.Strings(attrs)
			b.WriteString("<" + tok.Name.Local + strings.Join(attrs, "") + ">")
		case xml.EndElement:
			depth--
			b.WriteString("</" + tok.Name.Local + ">")
		case xml.CharData:
			if depth == 0 {
				if strings.TrimLeft(string(tok), " \t\r\n") != "" {
					return "", false
				}
				continue
			}
			if len(tok) == 0 {
				continue
			}
			if !inText {
				b.WriteString("[")
				inText = true
			}
			b.Write(tok)
		}
	}
	if roots != 1 || depth != 0 || inText {
		return "", false
	}
	return b.String(), true
}

func utf8ValidString(s string) bool {
	return strings.ToValidUTF8(s, "\uFFFD") == s
}

func TestAttributesWithoutSpaceAreRead(t *testing.T) {
	// XML wants white space between attributes; encoding/xml reads on
	// without it, and so does the scanner.
	got, err := tokens(strings.NewReader(`<a x="1"y='2'/>`))
	want, _ := referenceTokens(`<a x="1"y='2'/>`)
	if err != nil || got != want {
		t.Errorf("got %q, %v; want %q", got, err, want)
	}
}
