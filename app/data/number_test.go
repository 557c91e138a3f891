package data

import (
	"math"
	"strconv"
	"testing"
)

func TestParseNumber(t *testing.T) {
	nan := math.NaN()
	const (
		P  = numPoint
		C  = numComma
		PC = numPoint | numComma
	)
	tests := []struct {
		name  string
		in    string
		dec   byte
		want  float64
		flags numFlags
		group sepKind
	}{
		{"integer", "1234", '.', 1234, PC, sepNone},
		{"french spaces", "1 234 567,89", ',', 1234567.89, C, sepSpace},
		{"no-break spaces", "1\u00a0234\u00a0567,89", ',', 1234567.89, C, sepNBSP},
		{"narrow no-break space", "1\u202f234,5", ',', 1234.5, C, sepNNBSP},
		{"thin space", "1\u2009234", '.', 1234, PC, sepThin},
		{"swiss apostrophe", "1'234.5", '.', 1234.5, P, sepApos},
		{"german points", "1.234.567,89", ',', 1234567.89, C, sepPoint},
		{"english commas", "1,234,567.89", '.', 1234567.89, P, sepComma},
		{"english read as french", "1,234,567.89", ',', nan, P, sepNone},
		{"percent comma", "12,5 %", ',', 12.5, C | numPercent, sepNone},
		{"percent point", "12.5%", '.', 12.5, P | numPercent, sepNone},
		{"percent integer", "12 %", '.', 12, PC | numPercent, sepNone},
		{"kilo", "1.2K", '.', 1200, P, sepNone},
		{"kilo lower", "15k", '.', 15000, PC, sepNone},
		{"mega french", "3,4 M", ',', 3400000, C, sepNone},
		{"milliard", "2 Md", '.', 2e9, PC, sepNone},
		{"milliards", "1,5 Mds", ',', 1.5e9, C, sepNone},
		{"billion", "1.5B", '.', 1.5e9, P, sepNone},
		{"billion bn", "2bn", '.', 2e9, PC, sepNone},
		{"euro before", "€12", '.', 12, PC, sepNone},
		{"euro after", "12 €", '.', 12, PC, sepNone},
		{"minus then euro after", "-12,50 €", ',', -12.5, C, sepNone},
		{"euro then minus", "€-12", '.', -12, PC, sepNone},
		{"dollar grouped", "$1,234.50", '.', 1234.5, P, sepComma},
		{"pound", "£3", '.', 3, PC, sepNone},
		{"yen", "¥100", '.', 100, PC, sepNone},
		{"magnitude and currency", "1,2 M€", ',', 1200000, C, sepNone},
		{"parentheses", "(1 234)", '.', -1234, PC, sepSpace},
		{"unicode minus", "\u22125", '.', -5, PC, sepNone},
		{"plus", "+7", '.', 7, PC, sepNone},
		{"spaces around", "  42\u00a0", '.', 42, PC, sepNone},
		{"ambiguous comma, point decimal", "1,234", '.', 1234, PC | numAmbiguous, sepComma},
		{"ambiguous comma, comma decimal", "1,234", ',', 1.234, PC | numAmbiguous, sepNone},
		{"ambiguous point, comma decimal", "1.234", ',', 1234, PC | numAmbiguous, sepPoint},
		{"leading zero is decimal", "0,123", '.', nan, C, sepNone},
		{"four digits before", "1234,567", ',', 1234.567, C, sepNone},
		{"half", "0.5", '.', 0.5, P, sepNone},
		{"no integer part point", ".5", '.', 0.5, P, sepNone},
		{"no integer part comma", ",5", ',', 0.5, C, sepNone},
		{"exponent", "1e3", '.', 1000, PC, sepNone},
		{"exponent french", "1,5E+06", ',', 1.5e6, C, sepNone},
		{"negative exponent", "25e-2", '.', 0.25, PC, sepNone},
		{"identifier zero", "08123", '.', 8123, PC | numIdent, sepNone},
		{"identifier long", "12345678901234567", '.', 12345678901234568, PC | numIdent, sepNone},
		{"many digits", "123456789012345678901234", '.', 1.2345678901234568e23, PC | numIdent, sepNone},
		{"long decimals", "3.14159265358979323846", '.', 3.141592653589793, P, sepNone},
		{"negative zero decimals", "-0.000", '.', 0, P, sepNone},
		{"empty", "", '.', nan, 0, sepNone},
		{"letters", "abc", '.', nan, 0, sepNone},
		{"trailing letters", "12abc", '.', nan, 0, sepNone},
		{"bad groups", "1 2", '.', nan, 0, sepNone},
		{"indian groups", "1,23,456", '.', nan, 0, sepNone},
		{"two decimals", "1.2.3", '.', nan, 0, sepNone},
		{"lower m refused", "12 m", '.', nan, 0, sepNone},
		{"double sign", "--5", '.', nan, 0, sepNone},
		{"double parentheses", "((5))", '.', nan, 0, sepNone},
		{"unclosed parenthesis", "(5", '.', nan, 0, sepNone},
		{"double percent", "5%%", '.', nan, 0, sepNone},
		{"percent and magnitude", "12 K%", '.', nan, 0, sepNone},
		{"percent and currency", "€12%", '.', nan, 0, sepNone},
		{"trailing separator", "12,", '.', nan, 0, sepNone},
		{"overflow", "1e400", '.', nan, 0, sepNone},
		{"dash alone", "-", '.', nan, 0, sepNone},
		{"date", "2026-07-14", '.', nan, 0, sepNone},
		{"too long", "1234567890123456789012345678901234567890123456789012345678901234567890", '.', nan, 0, sepNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, info := parseNumber(tt.in, tt.dec)
			if !sameFloat(got, tt.want) || info.flags != tt.flags || info.group != tt.group {
				t.Errorf("parseNumber(%q, %q) = %v, flags %05b, group %d; want %v, flags %05b, group %d",
					tt.in, tt.dec, got, info.flags, info.group, tt.want, tt.flags, tt.group)
			}
		})
	}
}

// sameFloat reports whether a and b are the same value, NaN equal to NaN.
func sameFloat(a, b float64) bool { return a == b || math.IsNaN(a) && math.IsNaN(b) }

// TestParseNumberRounding checks that plain decimals are correctly rounded,
// exactly as strconv.ParseFloat reads them, on both paths.
func TestParseNumberRounding(t *testing.T) {
	tests := []string{"0.1", "0.2", "0.3", "1.1", "2.675", "123456.789", "999999999.999999",
		"0.000001", "4.35", "1.005", "9007199254740.993", "0.1234567890123", "98765.4321"}
	for _, s := range tests {
		want, _ := strconv.ParseFloat(s, 64)
		if got, _ := parseNumber(s, '.'); got != want {
			t.Errorf("parseNumber(%q) = %v, want %v", s, got, want)
		}
		if got, _ := slowNumber(s, '.'); got != want {
			t.Errorf("slowNumber(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestMissingMarker(t *testing.T) {
	for _, s := range []string{"-", "--", "–", "—", "n/a", "N/A", "NA", "#N/A", "n/d", "N.D.", "nd", "null", "NULL", "None", "nan", "NaN"} {
		if !isMissingMarker(s) {
			t.Errorf("isMissingMarker(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"", "0", "n", "nul", "nulls", "N/A!", "a/n", "---", "@"} {
		if isMissingMarker(s) {
			t.Errorf("isMissingMarker(%q) = true, want false", s)
		}
	}
}

func TestEightDigits(t *testing.T) {
	tests := []struct {
		in   string
		want uint64
	}{
		{"12345678", 12345678}, {"00000000", 0}, {"99999999", 99999999}, {"01020304", 1020304},
	}
	for _, tt := range tests {
		if got := eightDigits(load64(tt.in, 0) - 0x30*lowBits); got != tt.want {
			t.Errorf("eightDigits(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestDigitsAt(t *testing.T) {
	tests := []struct {
		text       string
		i, end     int
		value      uint64
		count, pos int
	}{
		{"123", 0, 3, 123, 3, 3},
		{"123;456", 0, 7, 123, 3, 3},
		{"12345678901234567890;x", 0, 22, 12345678901234567890, 20, 20},
		{"x;1234567890123;y", 2, 15, 1234567890123, 13, 15},
		{"99999999", 0, 4, 9999, 4, 4},                // stops at end
		{"1234567\xff99999999", 0, 16, 1234567, 7, 7}, // a byte above 0x80
		{"1234/678", 0, 8, 1234, 4, 4},                // '/' is just below '0'
		{"1234:678", 0, 8, 1234, 4, 4},                // ':' is just above '9'
	}
	for _, tt := range tests {
		value, count, pos := digitsAt(tt.text, tt.i, tt.end)
		if count != tt.count || pos != tt.pos || count <= 19 && value != tt.value {
			t.Errorf("digitsAt(%q, %d, %d) = %d, %d, %d; want %d, %d, %d", tt.text, tt.i, tt.end, value, count, pos, tt.value, tt.count, tt.pos)
		}
	}
}

func BenchmarkParseNumber(b *testing.B) {
	cells := []string{"1234", "1 234 567,89", "12,5 %", "1,234", "-0.75", "3,4 M", "n/a", "Facebook"}
	for _, c := range cells {
		b.Run(c, func(b *testing.B) {
			for b.Loop() {
				parseNumber(c, ',')
			}
		})
	}
}
