package metrics

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestNeutralizeFormula(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"plain", "Page", "Page"},
		{"equals", "=1+1", "'=1+1"},
		{"plus", "+33 page", "'+33 page"},
		{"minus", "-10", "'-10"},
		{"at", "@SUM(A1)", "'@SUM(A1)"},
		{"tab", "\tTab", "'\tTab"},
		{"carriage return", "\rCR", "'\rCR"},
		{"behind a space", " =1+1", "' =1+1"},
		{"behind spaces and a tab", "  \t+1", "'  \t+1"},
		{"behind a no-break space", "\u00A0=1+1", "'\u00A0=1+1"},
		{"behind a narrow no-break space", "\u202F-1", "'\u202F-1"},
		{"behind an ideographic space", "\u3000@x", "'\u3000@x"},
		{"behind an em space", "\u2003=x", "'\u2003=x"},
		{"behind a line feed", "\n=x", "'\n=x"},
		{"behind a byte order mark", "\uFEFF=1+1", "'\uFEFF=1+1"},
		{"behind a zero-width space", "\u200B=1", "'\u200B=1"},
		{"behind a direction mark", "\u200E+1", "'\u200E+1"},
		{"full-width equals", "＝1+1", "'＝1+1"},
		{"full-width plus", "＋1", "'＋1"},
		{"full-width minus", "－1", "'－1"},
		{"full-width at", "＠x", "'＠x"},
		{"small equals", "\uFE66x", "'\uFE66x"},
		{"behind a space, full-width", " ＝x", "' ＝x"},
		{"formula char inside", "a=b", "a=b"},
		{"only spaces", "  \u00A0", "  \u00A0"},
		{"apostrophe already", "'=x", "'=x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := neutralizeFormula(tt.in); got != tt.want {
				t.Errorf("neutralizeFormula(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCSVNumbersStayNumbers(t *testing.T) {
	if got := formatCSVNumber(Value{V: -3.5, OK: true}, true); got != "-3,5" {
		t.Errorf("a negative number is written %q, want -3,5", got)
	}
}

func FuzzNeutralizeFormula(f *testing.F) {
	for _, s := range []string{"", "Page", "=1", " =1", "\u00A0+1", "\uFEFF-1", "＝1", "\u3000＠x", "\t", "\r\n=", "'=x", "\xff=1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := neutralizeFormula(s)
		if out != s && out != "'"+s {
			t.Fatalf("neutralizeFormula(%q) = %q: neither the cell nor the cell behind an apostrophe", s, out)
		}
		if strings.HasPrefix(out, "'") && out != s {
			if neutralizeFormula(out) != out {
				t.Fatalf("neutralizing %q twice adds a second apostrophe", s)
			}
			return
		}
		if out != "" && (out[0] == '\t' || out[0] == '\r') {
			t.Fatalf("neutralizeFormula(%q) = %q starts with a tab or a carriage return", s, out)
		}
		rest := strings.TrimLeftFunc(out, func(r rune) bool { return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) })
		r, _ := utf8.DecodeRuneInString(rest)
		if strings.ContainsRune("=+-@＝＋－＠﹦﹢﹣﹫", r) {
			t.Fatalf("neutralizeFormula(%q) = %q: a formula after its leading spaces, without an apostrophe", s, out)
		}
	})
}
