package text

import "testing"

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

func TestOfAndOrDefault(t *testing.T) {
	for tag, want := range map[string]Lang{"fr": FR, "fr-FR": FR, " FR_ca ": FR, "en": EN, "de": Default, "": Default} {
		if got := Of(tag); got != want {
			t.Errorf("Of(%q) = %q, want %q", tag, got, want)
		}
	}
	if Lang("").OrDefault() != Default || FR.OrDefault() != FR || Lang("de").OrDefault() != Default {
		t.Error("OrDefault")
	}
}

func TestTextIn(t *testing.T) {
	x := Text{EN: "reach", FR: "couverture"}
	if x.In(FR) != "couverture" || x.In(EN) != "reach" || x.In("") != "reach" {
		t.Errorf("In: %q %q", x.In(FR), x.In(EN))
	}
}
