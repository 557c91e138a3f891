package i18n

import (
	"math"
	"strings"
	"testing"
)

func TestEveryMessageHasBothLanguages(t *testing.T) {
	for _, k := range Keys() {
		for _, l := range Langs {
			if strings.TrimSpace(T(l, k)) == "" {
				t.Errorf("%s has no %s text", k, l)
			}
		}
		en, fr := T(EN, k), T(FR, k)
		if strings.Count(en, "%") != strings.Count(fr, "%") {
			t.Errorf("%s: English and French take different arguments:\n%s\n%s", k, en, fr)
		}
	}
}

func TestMissingKeyShowsItself(t *testing.T) {
	if got := T(FR, Key("no.such.key")); got != "no.such.key" {
		t.Errorf("T(missing) = %q", got)
	}
}

func TestNegotiate(t *testing.T) {
	cases := []struct {
		prefs []string
		want  Lang
	}{
		{[]string{"fr-FR", "en"}, FR},
		{[]string{"de-DE", "fr-CA"}, FR},
		{[]string{"en-GB"}, EN},
		{[]string{"de", "es"}, Default},
		{nil, Default},
		{[]string{"FR_be"}, FR},
	}
	for _, c := range cases {
		if got := Negotiate(c.prefs); got != c.want {
			t.Errorf("Negotiate(%v) = %s, want %s", c.prefs, got, c.want)
		}
	}
}

func TestNumber(t *testing.T) {
	cases := []struct {
		l        Lang
		v        float64
		decimals int
		want     string
	}{
		{EN, 1234.5, 1, "1,234.5"},
		{FR, 1234.5, 1, "1\u00a0234,5"},
		{EN, 5200000, 0, "5,200,000"},
		{FR, 5200000, 0, "5\u00a0200\u00a0000"},
		{EN, 999, 0, "999"},
		{EN, -1234.567, 2, "−1,234.57"},
		{EN, -0.001, 1, "0.0"},
		{FR, 0.002, 3, "0,002"},
		{EN, 1e15, 0, "1,000,000,000,000,000"},
		{EN, math.NaN(), 2, "–"},
		{FR, math.Inf(1), 0, "–"},
	}
	for _, c := range cases {
		if got := Number(c.l, c.v, c.decimals); got != c.want {
			t.Errorf("Number(%s, %v, %d) = %q, want %q", c.l, c.v, c.decimals, got, c.want)
		}
	}
}

func TestAutoPercentCompact(t *testing.T) {
	cases := []struct {
		got, want string
	}{
		{Auto(EN, 1787.4), "1,787"},
		{Auto(EN, 12.0), "12"},
		{Auto(FR, 2.567), "2,57"},
		{Auto(EN, 0.002), "0.002"},
		{Auto(EN, 0.00234), "0.00234"},
		{Auto(EN, 0), "0"},
		{Percent(FR, 25.8, 1), "25,8\u00a0%"},
		{Percent(EN, 25.8, 1), "25.8%"},
		{Percent(EN, math.NaN(), 1), "–"},
		{Compact(EN, 5_200_000), "5.2\u00a0M"},
		{Compact(FR, 5_200_000), "5,2\u00a0M"},
		{Compact(FR, 2_400_000_000), "2,4\u00a0Md"},
		{Compact(EN, 12_000), "12\u00a0k"},
		{Compact(EN, 9_999), "9,999"},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d: got %q, want %q", i, c.got, c.want)
		}
	}
}

func FuzzNumber(f *testing.F) {
	for _, v := range []float64{0, 1, -1, 1234.5, 1e300, -1e-300, math.MaxFloat64} {
		f.Add(v, 2)
	}
	f.Fuzz(func(t *testing.T, v float64, decimals int) {
		decimals = decimals % 20
		for _, l := range Langs {
			s := Number(l, v, decimals)
			if s == "" || strings.Contains(s, "NaN") || strings.Contains(s, "Inf") {
				t.Fatalf("Number(%s, %v, %d) = %q", l, v, decimals, s)
			}
			_ = Auto(l, v)
			_ = Compact(l, v)
		}
	})
}
