package longtailpage

import (
	"math"
	"testing"

	"reachlab/app/i18n"
)

func TestSharePercent(t *testing.T) {
	cases := []struct {
		l    i18n.Lang
		f    float64
		want string
	}{
		{i18n.EN, 0.8212, "82%"},
		{i18n.FR, 0.8212, "82\u00a0%"},
		{i18n.EN, 0.024, "2.4%"},
		{i18n.FR, 0.024, "2,4\u00a0%"},
		{i18n.EN, 0.998, "99.8%"},
		{i18n.EN, 0.0035, "0.35%"},
		{i18n.EN, 0.00001, "< 0.01%"},
		{i18n.EN, 0, "0%"},
		{i18n.EN, 1, "100%"},
		{i18n.EN, math.NaN(), "–"},
	}
	for _, c := range cases {
		if got := sharePercent(c.l, c.f); got != c.want {
			t.Errorf("sharePercent(%s, %v) = %q, want %q", c.l, c.f, got, c.want)
		}
	}
}

func TestPValues(t *testing.T) {
	cases := []struct{ got, want string }{
		{pValue(i18n.EN, 0.4135), "0.41"},
		{pValue(i18n.FR, 0.4135), "0,41"},
		{pValue(i18n.EN, 0.004), "0.004"},
		{pValue(i18n.EN, 2.4e-8), "< 0.001"},
		{pValue(i18n.FR, 2.4e-8), "< 0,001"},
		{pValue(i18n.EN, math.NaN()), "–"},
		{bootstrapP(i18n.EN, 0.41, 1000), "0.41"},
		{bootstrapP(i18n.EN, 0, 100), "< 0.01"},
		{bootstrapP(i18n.FR, 0, 1000), "< 0,001"},
		{pEquals(i18n.EN, 0.06, 100), "p = 0.06"},
		{pEquals(i18n.EN, 0, 250), "p < 0.004"},
		{fractionLabel(i18n.EN, 0.01), "1%"},
		{fractionLabel(i18n.FR, 0.1), "10\u00a0%"},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d: got %q, want %q", i, c.got, c.want)
		}
	}
}

func TestJoinListAndCapitalize(t *testing.T) {
	cases := []struct{ got, want string }{
		{joinList(i18n.EN, nil), ""},
		{joinList(i18n.EN, []string{"a lognormal"}), "a lognormal"},
		{joinList(i18n.EN, []string{"a", "b"}), "a and b"},
		{joinList(i18n.FR, []string{"a", "b", "c"}), "a, b et c"},
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
