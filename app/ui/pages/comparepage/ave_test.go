package comparepage

import (
	"strings"
	"testing"

	"reachlab/app/metrics"
	"reachlab/app/text"
	"reachlab/app/ui/internal/uitest"
)

func TestKodakImpliedCPM(t *testing.T) {
	// $2,400,000 ÷ 300,000 mentions × 1,000 = $8,000 per 1,000 mentions.
	if v := kodakCPM(); !v.OK || v.V != 8000 {
		t.Fatalf("Kodak's implied CPM = %v, want 8000", v)
	}
	en := uitest.Render(t, page(text.EN, builtInCase(t, settings{}), settings{}))
	if _, p := element(en, "p", `id="kodak"`); !strings.Contains(plainText(p), "= $8,000 per 1,000 mentions, or $8 a mention.") {
		t.Errorf("Kodak case = %q", plainText(p))
	}
	fr := uitest.Render(t, page(text.FR, builtInCase(t, settings{}), settings{}))
	if _, p := element(fr, "p", `id="kodak"`); !strings.Contains(plainText(p), "= 8\u00a0000 $ pour 1\u00a0000 mentions, soit 8 $ la mention.") {
		t.Errorf("French Kodak case = %q", plainText(p))
	}
}

func TestAVEIsATranslation(t *testing.T) {
	cases := []struct {
		name string
		s    settings
		want string
	}{
		{"no CPM", settings{}, "No equivalent: reference CPM not given."},
		// The two pages have 8,000 + 2,500 = 10,500 impressions:
		// 10,500 ÷ 1,000 × 12 = 126.
		{"by impressions", settings{CPM: 12}, "At a CPM of 12, the 10,500 impressions of all channels translate into 126 of bought space: 10,500 ÷ 1,000 × 12."},
		// Five messages, five mentions at Kodak's CPM: 5 ÷ 1,000 × 8,000 = 40.
		{"by mentions", settings{CPM: 8000, AVEBasis: metrics.AVEByMentions}, "At a CPM of 8,000, the 5 mentions of all channels translate into 40 of bought space: 5 ÷ 1,000 × 8,000."},
	}
	for _, c := range cases {
		html := uitest.Render(t, page(text.EN, twoPages(t, c.s), c.s))
		if _, p := element(html, "p", `id="ave-result"`); plainText(p) != c.want {
			t.Errorf("%s: %q, want %q", c.name, plainText(p), c.want)
		}
		// The caveat is always there, whatever the CPM.
		if _, p := element(html, "p", `id="ave-caveat"`); !strings.Contains(plainText(p), "AMEC Barcelona Principles 3.0, principle 5") {
			t.Errorf("%s: caveat = %q", c.name, plainText(p))
		}
	}
}
