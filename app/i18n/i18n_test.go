package i18n

import (
	"math"
	"reachlab/app/text"
	"strings"
	"testing"
)

func TestEveryMessageHasBothLanguages(t *testing.T) {
	for _, k := range Keys() {
		for _, l := range text.Langs {
			if strings.TrimSpace(T(l, k)) == "" {
				t.Errorf("%s has no %s text", k, l)
			}
		}
		en, fr := T(text.EN, k), T(text.FR, k)
		if strings.Count(en, "%") != strings.Count(fr, "%") {
			t.Errorf("%s: English and French take different arguments:\n%s\n%s", k, en, fr)
		}
	}
}

func TestMissingKeyShowsItself(t *testing.T) {
	if got := T(text.FR, Key("no.such.key")); got != "no.such.key" {
		t.Errorf("T(missing) = %q", got)
	}
}

func TestNumber(t *testing.T) {
	cases := []struct {
		l        text.Lang
		v        float64
		decimals int
		want     string
	}{
		{text.EN, 1234.5, 1, "1,234.5"},
		{text.FR, 1234.5, 1, "1\u00a0234,5"},
		{text.EN, 5200000, 0, "5,200,000"},
		{text.FR, 5200000, 0, "5\u00a0200\u00a0000"},
		{text.EN, 999, 0, "999"},
		{text.EN, -1234.567, 2, "−1,234.57"},
		{text.EN, -0.001, 1, "0.0"},
		{text.FR, 0.002, 3, "0,002"},
		{text.EN, 1e15, 0, "1,000,000,000,000,000"},
		{text.EN, math.NaN(), 2, "–"},
		{text.FR, math.Inf(1), 0, "–"},
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
		{Auto(text.EN, 1787.4), "1,787"},
		{Auto(text.EN, 12.0), "12"},
		{Auto(text.FR, 2.567), "2,57"},
		{Auto(text.EN, 0.002), "0.002"},
		{Auto(text.EN, 0.00234), "0.00234"},
		{Auto(text.EN, 0), "0"},
		{Percent(text.FR, 25.8, 1), "25,8\u00a0%"},
		{Percent(text.EN, 25.8, 1), "25.8%"},
		{Percent(text.EN, math.NaN(), 1), "–"},
		{Compact(text.EN, 5_200_000), "5.2\u00a0M"},
		{Compact(text.FR, 5_200_000), "5,2\u00a0M"},
		{Compact(text.FR, 2_400_000_000), "2,4\u00a0Md"},
		{Compact(text.EN, 12_000), "12\u00a0k"},
		{Compact(text.EN, 9_999), "9,999"},
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
		for _, l := range text.Langs {
			s := Number(l, v, decimals)
			if s == "" || strings.Contains(s, "NaN") || strings.Contains(s, "Inf") {
				t.Fatalf("Number(%s, %v, %d) = %q", l, v, decimals, s)
			}
			_ = Auto(l, v)
			_ = Compact(l, v)
		}
	})
}
