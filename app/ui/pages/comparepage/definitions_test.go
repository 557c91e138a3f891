package comparepage

import (
	"strings"
	"testing"

	"reachlab/app/metrics"
	"reachlab/app/text"
	"reachlab/app/ui/internal/uitest"
)

func TestDefinitionsListEveryMetric(t *testing.T) {
	for _, l := range text.Langs {
		html := uitest.Render(t, page(l, builtInCase(t, settings{}), settings{}))
		_, dl := element(html, "dl", `id="definitions"`)
		for _, m := range metrics.All() {
			tag, dt := element(dl, "dt", `id="def-`+m.ID+`"`)
			if tag == "" {
				t.Errorf("%s: no definition of %s", l, m.ID)
				continue
			}
			if got := plainText(dt); got != escape(m.Name.In(l)+" "+m.ID) {
				t.Errorf("%s: term %q, want the name and the id", l, got)
			}
			for _, want := range []string{m.Formula.In(l), m.Definition.In(l)} {
				if !strings.Contains(html, escape(want)) {
					t.Errorf("%s: %s lacks %q", l, m.ID, want)
				}
			}
		}
	}
	// Rates say what they divide by; the AVE carries its caveat.
	html := uitest.Render(t, page(text.EN, builtInCase(t, settings{}), settings{}))
	for _, want := range []string{
		"Divided by: </strong>",
		escape(metrics.EngagementRateFollowers.Denominator.EN),
		escape(metrics.AVE.Caveat.EN),
		"A vanity metric",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("definitions lack %q", want)
		}
	}
}

// escape writes text as go-app does in HTML.
func escape(s string) string {
	return strings.NewReplacer("&", "&amp;", "'", "&#39;", "<", "&lt;", ">", "&gt;", `"`, "&#34;").Replace(s)
}
