package plan

import "testing"

func TestCleanText(t *testing.T) {
	tests := []struct {
		name, in string
		max      int
		want     string
	}{
		{"clean text unchanged", "Été — <b>ok</b>", 0, "Été — <b>ok</b>"},
		{"C0 controls", "a\x00b\x01c\x1fd", 0, "abcd"},
		{"newline and tab kept, CR dropped", "a\r\nb\tc", 0, "a\nb\tc"},
		{"DEL and C1", "a\x7fb\u0080c\u009fd", 0, "abcd"},
		{"invalid UTF-8", "a\xffb", 0, "a\uFFFDb"},
		{"format characters kept", "a\u200db\u202ec", 0, "a\u200db\u202ec"},
		{"cut to max characters", "ééééé", 3, "ééé"},
		{"cut after stripping", "a\x00bcd", 2, "ab"},
		{"max not reached", "abc", 5, "abc"},
	}
	for _, tt := range tests {
		if got := CleanText(tt.in, tt.max); got != tt.want {
			t.Errorf("%s: CleanText(%q, %d) = %q, want %q", tt.name, tt.in, tt.max, got, tt.want)
		}
	}
}

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		x      float64
		fr, en string
	}{
		{1234.5, "1\u00a0234,5", "1,234.5"},
		{1234567.891, "1\u00a0234\u00a0567,89", "1,234,567.89"},
		{300, "300", "300"},
		{0.5, "0,5", "0.5"},
		{-2.25, "-2,25", "-2.25"},
		{-0.001, "0", "0"},
		{1e-9, "0", "0"},
	}
	for _, tt := range tests {
		if got := formatNumber(tt.x, "fr"); got != tt.fr {
			t.Errorf("formatNumber(%v, fr) = %q, want %q", tt.x, got, tt.fr)
		}
		if got := formatNumber(tt.x, "en"); got != tt.en {
			t.Errorf("formatNumber(%v, en) = %q, want %q", tt.x, got, tt.en)
		}
	}
	if got := formatAmount(2000.5, "fr"); got != "2\u00a0000,50" {
		t.Errorf("formatAmount = %q", got)
	}
	if got := formatPercent(0.255, "fr"); got != "26\u00a0%" {
		t.Errorf("formatPercent fr = %q", got)
	}
	if got := formatPercent(-0.05, "en"); got != "-5%" {
		t.Errorf("formatPercent en = %q", got)
	}
}
