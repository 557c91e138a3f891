package plan

import (
	"strings"
	"unicode/utf8"
)

// CleanText returns s as plain text ReachLab keeps: invalid UTF-8 becomes
// U+FFFD, control characters (Unicode category Cc: C0, DEL, C1) other than
// newline and tab are removed, and the result is cut to max characters when
// max > 0. Nothing else changes: markup such as "<b>" or "**" stays as typed,
// because the UI renders user text as text and the Markdown export escapes
// it. Import applies CleanText to every string; Export writes strings cleaned
// the same way, so a plan read back equals the plan written.
func CleanText(s string, max int) string {
	clean := true
	for _, r := range s {
		if r == utf8.RuneError || isStrippedControl(r) {
			clean = false
			break
		}
	}
	if clean && (max <= 0 || utf8.RuneCountInString(s) <= max) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	n := 0
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		if isStrippedControl(r) {
			continue
		}
		if max > 0 && n == max {
			break
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}

// isStrippedControl reports whether r is a control character CleanText drops.
func isStrippedControl(r rune) bool {
	if r == '\n' || r == '\t' {
		return false
	}
	return r < 0x20 || (r >= 0x7f && r <= 0x9f)
}
