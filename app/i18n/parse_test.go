package i18n

import (
	"errors"
	"fmt"
	"math"
	"reachlab/app/text"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseNumber(t *testing.T) {
	const (
		nbsp  = "\u00a0"
		nnbsp = "\u202f"
	)
	tests := []struct {
		name string
		l    text.Lang
		in   string
		want float64
		err  error
		char string
	}{
		// Issue 15: "8,5" in "Reference CPM" gave 85.
		{"French decimal comma", text.FR, "8,5", 8.5, nil, ""},
		{"French decimal point", text.FR, "8.5", 8.5, nil, ""},
		{"English decimal comma refused", text.EN, "8,5", 0, ErrNumberAmbiguous, ","},
		{"English decimal point", text.EN, "8.5", 8.5, nil, ""},

		// French.
		{"French groups, space", text.FR, "1 234,5", 1234.5, nil, ""},
		{"French groups, no-break space", text.FR, "1" + nbsp + "234,5", 1234.5, nil, ""},
		{"French groups, narrow no-break space", text.FR, "1" + nnbsp + "234,5", 1234.5, nil, ""},
		{"French groups, thin space", text.FR, "1\u2009234\u2009567", 1234567, nil, ""},
		{"French groups, mixed spaces", text.FR, "1" + nbsp + "234 567,25", 1234567.25, nil, ""},
		{"as Number writes it", text.FR, Number(text.FR, -1234567.5, 1), -1234567.5, nil, ""},
		{"French comma with three decimals", text.FR, "1,234", 1.234, nil, ""},
		{"French point that may group", text.FR, "1.234", 0, ErrNumberAmbiguous, "."},
		{"French point that may group, two digits first", text.FR, "12.345", 0, ErrNumberAmbiguous, "."},
		{"French point after zero", text.FR, "0.234", 0.234, nil, ""},
		{"French point after four digits", text.FR, "1234.567", 1234.567, nil, ""},
		{"French point after space groups", text.FR, "1 234.567", 1234.567, nil, ""},
		{"French point with two decimals", text.FR, "1.23", 1.23, nil, ""},
		{"French point groups with comma decimals", text.FR, "1.234,5", 1234.5, nil, ""},
		{"French repeated point groups", text.FR, "1.234.567", 1234567, nil, ""},
		{"French repeated points badly placed", text.FR, "1.23.4", 0, ErrNumberGrouping, "."},
		{"French English style", text.FR, "1,234.5", 0, ErrNumberAmbiguous, "."},
		{"French two commas", text.FR, "1,234,567", 0, ErrNumberAmbiguous, ","},
		{"French points and spaces", text.FR, "1 234.567.8", 0, ErrNumberGrouping, "."},
		{"French comma groups with spaces", text.FR, "1.234 567,5", 0, ErrNumberGrouping, "."},
		{"French leading comma", text.FR, ",5", 0.5, nil, ""},
		{"French trailing comma", text.FR, "5,", 5, nil, ""},

		// English.
		{"English groups", text.EN, "1,234.5", 1234.5, nil, ""},
		{"English comma groups", text.EN, "1,234", 1234, nil, ""},
		{"English millions", text.EN, "12,345,678", 12345678, nil, ""},
		{"English space groups", text.EN, "1 234.5", 1234.5, nil, ""},
		{"English no-break space groups", text.EN, "1" + nbsp + "234" + nbsp + "567", 1234567, nil, ""},
		{"English one-digit decimal comma", text.EN, "1,5", 0, ErrNumberAmbiguous, ","},
		{"English zero decimal comma", text.EN, "0,250", 0, ErrNumberAmbiguous, ","},
		{"English French style", text.EN, "1 234,5", 0, ErrNumberAmbiguous, ","},
		{"English European style", text.EN, "1.234,5", 0, ErrNumberAmbiguous, ","},
		{"English repeated points", text.EN, "1.234.567", 0, ErrNumberAmbiguous, "."},
		{"English bad comma groups", text.EN, "1,23,456", 0, ErrNumberGrouping, ","},
		{"English comma groups and spaces", text.EN, "1 234,567.5", 0, ErrNumberGrouping, ","},
		{"English leading point", text.EN, ".5", 0.5, nil, ""},

		// Both.
		{"integer", text.EN, "42", 42, nil, ""},
		{"leading zeros", text.FR, "007", 7, nil, ""},
		{"spaces around", text.FR, "  8,5\u00a0 ", 8.5, nil, ""},
		{"bad groups", text.FR, "1 23 456", 0, ErrNumberGrouping, " "},
		{"group of four", text.EN, "1 2345", 0, ErrNumberGrouping, " "},
		{"first group of four", text.EN, "1234 567", 0, ErrNumberGrouping, " "},
		{"group after zero", text.FR, "0 123", 0, ErrNumberGrouping, " "},
		{"doubled space", text.FR, "1  234", 0, ErrNumberGrouping, " "},
		{"grouped decimals", text.FR, "3,141 592", 0, ErrNumberGrouping, " "},
		{"trailing group separator", text.EN, "1,234,", 0, ErrNumberGrouping, ","},

		// Signs.
		{"minus", text.EN, "-3.5", -3.5, nil, ""},
		{"minus sign", text.FR, "−3,5", -3.5, nil, ""},
		{"plus", text.FR, "+3,5", 3.5, nil, ""},
		{"minus and space", text.FR, "- 3,5", -3.5, nil, ""},
		{"negative zero is zero", text.EN, "-0", 0, nil, ""},
		{"two signs", text.EN, "--5", 0, ErrNumberSyntax, "-"},
		{"sign after", text.EN, "5-", 0, ErrNumberSyntax, "-"},

		// Symbols.
		{"percent", text.FR, "25 %", 25, nil, ""},
		{"percent, no-break space", text.FR, "4,28" + nbsp + "%", 4.28, nil, ""},
		{"percent, English", text.EN, "4.28%", 4.28, nil, ""},
		{"euro after", text.FR, "1 500,50 €", 1500.5, nil, ""},
		{"euro before", text.EN, "€1,500.50", 1500.5, nil, ""},
		{"dollar", text.EN, "$8.5", 8.5, nil, ""},
		{"pound", text.EN, "£8.5", 8.5, nil, ""},
		{"minus before symbol", text.EN, "-$5", -5, nil, ""},
		{"minus after symbol", text.EN, "$-5", -5, nil, ""},
		{"minus and euro after", text.FR, "−5 €", -5, nil, ""},
		{"two signs around a symbol", text.EN, "-$-5", 0, ErrNumberSyntax, "-"},
		{"two symbols", text.FR, "5 € %", 0, ErrNumberSyntax, "€"},
		{"symbols on both sides", text.EN, "$5%", 0, ErrNumberSyntax, "%"},
		{"percent before", text.EN, "%5", 0, ErrNumberSyntax, "%"},

		// Not numbers.
		{"empty", text.FR, "", 0, ErrNumberEmpty, ""},
		{"spaces", text.FR, " \u00a0", 0, ErrNumberEmpty, ""},
		{"sign alone", text.EN, "-", 0, ErrNumberEmpty, ""},
		{"symbol alone", text.EN, "€", 0, ErrNumberEmpty, ""},
		{"what Number writes for NaN", text.FR, Number(text.FR, math.NaN(), 0), 0, ErrNumberSyntax, "–"},
		{"mark alone", text.FR, ",", 0, ErrNumberSyntax, ","},
		{"exponent", text.EN, "1e6", 0, ErrNumberSyntax, "e"},
		{"letters", text.FR, "8,5x", 0, ErrNumberSyntax, "x"},
		{"apostrophe groups", text.EN, "1'234", 0, ErrNumberSyntax, "'"},
		{"NaN", text.EN, "NaN", 0, ErrNumberSyntax, "N"},
		{"Inf", text.EN, "Inf", 0, ErrNumberSyntax, "I"},
		{"hex", text.EN, "0x10", 0, ErrNumberSyntax, "x"},
		{"underscores", text.EN, "1_000", 0, ErrNumberSyntax, "_"},
		{"tab inside", text.EN, "1\t234", 0, ErrNumberSyntax, "\t"},
		{"too large", text.EN, "1" + strings.Repeat("0", 309), 0, ErrNumberRange, ""},
		{"largest", text.EN, "179769313486231570" + strings.Repeat("0", 291), math.MaxFloat64, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseNumber(tt.l, tt.in)
			if tt.err == nil {
				if err != nil || got != tt.want || math.Signbit(got) != math.Signbit(tt.want) {
					t.Fatalf("ParseNumber(%s, %q) = %v, %v; want %v", tt.l, tt.in, got, err, tt.want)
				}
				return
			}
			var ne *NumberError
			if !errors.Is(err, tt.err) || !errors.As(err, &ne) || ne.Char != tt.char || ne.Input != tt.in || got != 0 {
				t.Fatalf("ParseNumber(%s, %q) = %v, %v; want %v with %q", tt.l, tt.in, got, err, tt.err, tt.char)
			}
		})
	}
}

func TestInputNumber(t *testing.T) {
	tests := []struct {
		l    text.Lang
		v    float64
		want string
	}{
		{text.FR, 1234.5, "1234,5"},
		{text.EN, 1234.5, "1234.5"},
		{text.FR, 1.234, "1,234"},
		{text.EN, 1.234, "1.234"},
		{text.FR, -0.001, "-0,001"},
		{text.EN, math.Copysign(0, -1), "0"},
		{text.EN, 1e21, "1000000000000000000000"},
		{text.FR, math.NaN(), ""},
		{text.EN, math.Inf(-1), ""},
	}
	for _, tt := range tests {
		got := InputNumber(tt.l, tt.v)
		if got != tt.want {
			t.Errorf("InputNumber(%s, %v) = %q, want %q", tt.l, tt.v, got, tt.want)
		}
		if got == "" {
			continue
		}
		if back, err := ParseNumber(tt.l, got); err != nil || back != tt.v {
			t.Errorf("ParseNumber(%s, %q) = %v, %v; want %v", tt.l, got, back, err, tt.v)
		}
	}
}

func TestNumberErrorText(t *testing.T) {
	tests := []struct {
		l    text.Lang
		in   string
		want string
	}{
		{text.FR, "1.234", "« 1.234 » peut se lire de deux façons : en français, la virgule marque les décimales (8,5) et une espace sépare les milliers (1\u00a0234)."},
		{text.EN, "8,5", "“8,5” can be read two ways: in English, a point marks the decimals (8.5) and a comma separates thousands (1,234)."},
		{text.FR, " 8,5x ", "« 8,5x » n'est pas un nombre : « x » n'y a pas sa place."},
		{text.EN, "1 23", "“1 23”: digits are grouped in threes (1,234,567), with one kind of separator and none in the decimals."},
		{text.FR, "", "Saisissez un nombre."},
		{text.EN, "1" + strings.Repeat("0", 400), "“1" + strings.Repeat("0", 400) + "” is too large."},
	}
	for _, tt := range tests {
		_, err := ParseNumber(tt.l, tt.in)
		if got := NumberErrorText(tt.l, err); got != tt.want {
			t.Errorf("NumberErrorText(%s, %q) = %q, want %q", tt.l, tt.in, got, tt.want)
		}
	}
	if NumberErrorText(text.FR, nil) != "" {
		t.Error("nil error has a text")
	}
}

// FuzzParseNumber checks, for any text: ParseNumber never panics, returns a
// finite number or a *NumberError wrapping one sentinel (and 0); what it
// reads, InputNumber writes back to the same number; and a text reads as
// two different numbers in French and English only when it is "1,234"
// shaped: one comma, no point (the decimal comma of French, the group
// comma of English).
func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{
		"8,5", "8.5", "1 234,5", "1\u00a0234,5", "1\u202f234,5", "1,234.5", "1.234", "1,234", "-€5",
		"25 %", "−3,5", ",5", "5,", "1.234.567", "1e6", "", "-", "0,250", "1 23 456", "12,345,678.9",
	} {
		f.Add(s)
	}
	sentinels := []error{ErrNumberEmpty, ErrNumberSyntax, ErrNumberAmbiguous, ErrNumberGrouping, ErrNumberRange}
	f.Fuzz(func(t *testing.T, s string) {
		for _, l := range text.Langs {
			v, err := ParseNumber(l, s)
			if err != nil {
				var ne *NumberError
				n := 0
				for _, e := range sentinels {
					if errors.Is(err, e) {
						n++
					}
				}
				if !errors.As(err, &ne) || n != 1 || v != 0 || ne.Input != s {
					t.Fatalf("ParseNumber(%s, %q) = %v, %v", l, s, v, err)
				}
				if NumberErrorText(l, err) == "" {
					t.Fatalf("no text for %v", err)
				}
				continue
			}
			if math.IsNaN(v) || math.IsInf(v, 0) || math.Signbit(v) && v == 0 {
				t.Fatalf("ParseNumber(%s, %q) = %v", l, s, v)
			}
			if !utf8.ValidString(s) {
				t.Fatalf("ParseNumber(%s, %q) read invalid UTF-8 as %v", l, s, v)
			}
			in := InputNumber(l, v)
			if back, err := ParseNumber(l, in); err != nil || back != v {
				t.Fatalf("ParseNumber(%s, InputNumber(%v) = %q) = %v, %v", l, v, in, back, err)
			}
		}
		fr, errFR := ParseNumber(text.FR, s)
		en, errEN := ParseNumber(text.EN, s)
		if errFR == nil && errEN == nil && fr != en && (strings.Count(s, ",") != 1 || strings.Contains(s, ".")) {
			t.Fatalf("%q reads %v in French and %v in English", s, fr, en)
		}
	})
}

func ExampleParseNumber() {
	for _, in := range []string{"8,5", "1 234,5 €", "1,234", "1.234"} {
		v, err := ParseNumber(text.FR, in)
		if err != nil {
			fmt.Println(NumberErrorText(text.FR, err))
			continue
		}
		fmt.Println(v)
	}
	_, err := ParseNumber(text.EN, "8,5")
	fmt.Println(errors.Is(err, ErrNumberAmbiguous))
	// Output:
	// 8.5
	// 1234.5
	// 1.234
	// « 1.234 » peut se lire de deux façons : en français, la virgule marque les décimales (8,5) et une espace sépare les milliers (1 234).
	// true
}
