package longtail

import (
	"math"
	"reachlab/app/text"
	"testing"
)

func TestSharePercent(t *testing.T) {
	cases := []struct {
		l    text.Lang
		f    float64
		want string
	}{
		{text.EN, 0.8212, "82%"},
		{text.FR, 0.8212, "82\u00a0%"},
		{text.EN, 0.024, "2.4%"},
		{text.FR, 0.024, "2,4\u00a0%"},
		{text.EN, 0.998, "99.8%"},
		{text.EN, 0.0035, "0.35%"},
		{text.EN, 0.00001, "< 0.01%"},
		{text.EN, 0, "0%"},
		{text.EN, 1, "100%"},
		{text.EN, math.NaN(), "–"},
	}
	for _, c := range cases {
		if got := SharePercent(c.l, c.f); got != c.want {
			t.Errorf("sharePercent(%s, %v) = %q, want %q", c.l, c.f, got, c.want)
		}
	}
}

func TestPValues(t *testing.T) {
	cases := []struct{ got, want string }{
		{PValue(text.EN, 0.4135), "0.41"},
		{PValue(text.FR, 0.4135), "0,41"},
		{PValue(text.EN, 0.004), "0.004"},
		{PValue(text.EN, 2.4e-8), "< 0.001"},
		{PValue(text.FR, 2.4e-8), "< 0,001"},
		{PValue(text.EN, math.NaN()), "–"},
		{BootstrapP(text.EN, 0.41, 1000), "0.41"},
		{BootstrapP(text.EN, 0, 100), "< 0.01"},
		{BootstrapP(text.FR, 0, 1000), "< 0,001"},
		{PEquals(text.EN, 0.06, 100), "p = 0.06"},
		{PEquals(text.EN, 0, 250), "p < 0.004"},
		{FractionLabel(text.EN, 0.01), "1%"},
		{FractionLabel(text.FR, 0.1), "10\u00a0%"},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d: got %q, want %q", i, c.got, c.want)
		}
	}
}

func TestJoinListAndCapitalize(t *testing.T) {
	cases := []struct{ got, want string }{
		{joinList(text.EN, nil), ""},
		{joinList(text.EN, []string{"a lognormal"}), "a lognormal"},
		{joinList(text.EN, []string{"a", "b"}), "a and b"},
		{joinList(text.FR, []string{"a", "b", "c"}), "a, b et c"},
		{capitalize("une loi"), "Une loi"},
		{capitalize("égalité"), "Égalité"},
		{capitalize(""), ""},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d: got %q, want %q", i, c.got, c.want)
		}
	}
}
