package plan

import "strings"

// mdAlwaysEscaped are the characters that can start Markdown markup anywhere
// in a line (CommonMark and GitHub Flavored Markdown): escapes, code,
// emphasis, links and images, raw HTML and autolinks, table cells,
// strikethrough, math, entities, headings.
const mdAlwaysEscaped = "\\`*_[]<>|~$&#"

// mdLineStartEscaped are characters that make markup only at the start of a
// line: list bullets and setext underlines.
const mdLineStartEscaped = "-+="

// mdAlways and mdLineStart index the two sets by ASCII code.
var mdAlways, mdLineStart = asciiSet(mdAlwaysEscaped), asciiSet(mdLineStartEscaped)

func asciiSet(chars string) (set [128]bool) {
	for i := 0; i < len(chars); i++ {
		set[chars[i]] = true
	}
	return set
}

// EscapeMarkdown returns s as Markdown inline text that renders as the text
// s, never as markup: it cannot open emphasis, links, images, code, raw HTML
// such as <script>, entities, headings, lists, block quotes or table cells,
// and it keeps a table row intact.
//
// It applies CleanText, turns newlines and tabs into spaces, trims spaces at
// both ends, and puts a backslash before every character of
// \ ` * _ [ ] < > | ~ $ & # anywhere, before - + = at the start, and before
// the "." or ")" of a leading number ("1." would start a list). Every
// escaped character is ASCII punctuation, which CommonMark renders literally
// after a backslash. Bare web addresses stay text, but a GitHub renderer may
// still turn them into links.
func EscapeMarkdown(s string) string { return escapeInline(s, true) }

// escapeInline is EscapeMarkdown; with lineStart false it skips the
// line-start escapes, for text placed after other text on its line (table
// cells, heading text, list item values), where "-" or "1." cannot start a
// block.
func escapeInline(s string, lineStart bool) string {
	s = strings.TrimSpace(strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return ' '
		}
		return r
	}, CleanText(s, 0)))
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	digits := -1 // leading digits seen so far; -1: past them or not at a line start
	if lineStart {
		digits = 0
	}
	for i, r := range s {
		ascii := r < 128
		switch {
		case ascii && mdAlways[r]:
			b.WriteByte('\\')
		case ascii && i == 0 && lineStart && mdLineStart[r]:
			b.WriteByte('\\')
		case digits > 0 && (r == '.' || r == ')'):
			b.WriteByte('\\')
		}
		if digits >= 0 && r >= '0' && r <= '9' {
			digits++
		} else {
			digits = -1
		}
		b.WriteRune(r)
	}
	return b.String()
}

// escapeMarkdownBlock escapes multi-line text for a Markdown paragraph: each
// line goes through EscapeMarkdown (so leading spaces that would make a code
// block are trimmed), lines of a paragraph are joined by hard line breaks
// (a backslash at the end of the line), and runs of blank lines become one
// paragraph break.
func escapeMarkdownBlock(s string) string {
	var b strings.Builder
	blank := false
	for _, line := range strings.Split(CleanText(s, 0), "\n") {
		e := EscapeMarkdown(line)
		switch {
		case e == "":
			blank = b.Len() > 0
		case b.Len() == 0:
			b.WriteString(e)
		case blank:
			b.WriteString("\n\n" + e)
			blank = false
		default:
			b.WriteString("\\\n" + e)
		}
	}
	return b.String()
}
