package plan

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestEscapeMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Plan 2025", "Plan 2025"},
		{"<script>alert(1)</script>", `\<script\>alert(1)\</script\>`},
		{"a | b", `a \| b`},
		{"*gras* _it_ `code` ~~barré~~", `\*gras\* \_it\_ \` + "`" + `code\` + "`" + ` \~\~barré\~\~`},
		{"[lien](javascript:alert(1))", `\[lien\](javascript:alert(1))`},
		{"![img](x.png)", `!\[img\](x.png)`},
		{"# titre", `\# titre`},
		{"C# & F#", `C\# \& F\#`},
		{"&lt;b&gt;", `\&lt;b\&gt;`},
		{"- item", `\- item`},
		{"+ item", `\+ item`},
		{"=====", `\=====`},
		{"a - b = c + d", "a - b = c + d"},
		{"1. premier", `1\. premier`},
		{"2025) fin", `2025\) fin`},
		{"v1.2 ok", "v1.2 ok"},
		{"12,5 % en 2025.", "12,5 % en 2025."},
		{"> citation", `\> citation`},
		{"$x^2$", `\$x^2\$`},
		{`C:\dossier\`, `C:\\dossier\\`},
		{"  indented\tcode  ", "indented code"},
		{"ligne 1\nligne 2", "ligne 1 ligne 2"},
		{"a\x00b\rc", "abc"},
		{"Été 🌞 日本", "Été 🌞 日本"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := EscapeMarkdown(tt.in); got != tt.want {
			t.Errorf("EscapeMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEscapeMarkdownBlock(t *testing.T) {
	tests := []struct{ in, want string }{
		{"une ligne", "une ligne"},
		{"ligne 1\nligne 2", "ligne 1\\\nligne 2"},
		{"para 1\n\n\n\npara 2", "para 1\n\npara 2"},
		{"\n\n  début\n", "début"},
		{"- a\n    code\n# h", "\\- a\\\ncode\\\n\\# h"},
		{`fin\`, `fin\\`},
	}
	for _, tt := range tests {
		if got := escapeMarkdownBlock(tt.in); got != tt.want {
			t.Errorf("escapeMarkdownBlock(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// unescapeMarkdown removes the backslash before escaped ASCII punctuation.
func unescapeMarkdown(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// unescapedMarkup returns the index of the first markup character of s that
// is not escaped, or -1.
func unescapedMarkup(s string) int {
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\':
			i++
		case strings.IndexByte(mdAlwaysEscaped, s[i]) >= 0:
			return i
		case i == 0 && strings.IndexByte(mdLineStartEscaped, s[i]) >= 0:
			return i
		}
	}
	return -1
}

func FuzzEscapeMarkdown(f *testing.F) {
	for _, s := range []string{
		"<script>alert(1)</script>", "a | b", "**x**", "[l](u)", "# h", "1. x", "- x", "&amp;",
		"`", "\\", "\\\\*", "  \t 12) x", "\x00\x7f\u0085", "\xff", "Été 🌞", "=\n=", "~~~", "$$",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e := EscapeMarkdown(s)
		if strings.ContainsAny(e, "\n\r") {
			t.Fatalf("escaped text spans lines: %q", e)
		}
		if !utf8.ValidString(e) {
			t.Fatalf("escaped text is not valid UTF-8: %q", e)
		}
		if i := unescapedMarkup(e); i >= 0 {
			t.Fatalf("unescaped %q at %d in %q", e[i], i, e)
		}
		want := strings.TrimSpace(strings.NewReplacer("\n", " ", "\t", " ").Replace(CleanText(s, 0)))
		if got := unescapeMarkdown(e); got != want {
			t.Fatalf("text changed: %q → %q → %q, want %q", s, e, got, want)
		}
		if e != "" && e[0] >= '0' && e[0] <= '9' {
			digits := strings.TrimLeft(e, "0123456789")
			if digits != "" && (digits[0] == '.' || digits[0] == ')') {
				t.Fatalf("leading number not escaped: %q", e)
			}
		}
		for _, line := range strings.Split(escapeMarkdownBlock(s), "\n") {
			trailing := len(line) - len(strings.TrimRight(line, `\`))
			if trailing%2 == 1 {
				line = line[:len(line)-1] // the hard line break
			}
			if i := unescapedMarkup(line); i >= 0 {
				t.Fatalf("block line %q has unescaped %q", line, line[i])
			}
		}
	})
}
