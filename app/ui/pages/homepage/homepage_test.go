package homepage

import (
	"strings"
	"testing"

	"reachlab/app/cases"
	"reachlab/app/text"
	"reachlab/app/ui/internal/uitest"
)

func TestHomeShowsTheCaseWithItsSources(t *testing.T) {
	html := uitest.Render(t, &homePage{})
	for _, want := range []string{
		`id="home-chart"`, `role="img"`,
		"1,787 posts", "2,910 people per post",
		"Médiamétrie", "illustrative data", `id="home-chart-save-png"`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("home page lacks %q", want)
		}
	}
}

func TestHomeInFrench(t *testing.T) {
	html := uitest.Render(t, &homePage{lang: text.FR})
	for _, want := range []string{"La portée n&#39;est pas l&#39;engagement", "1\u00a0787 publications", "données illustratives"} {
		if !strings.Contains(html, want) {
			t.Errorf("French home page lacks %q", want)
		}
	}
}

func TestReachFigures(t *testing.T) {
	f := reachFigures(cases.TVvsBrand())
	// Sorted, the 24th and 25th of the 48 posts reach 2,740 and 3,080
	// people: the median is (2,740 + 3,080) / 2 = 2,910.
	if f.massReach != 5_200_000 || f.posts != 48 || f.medianPost != 2910 || f.minPost != 510 || f.maxPost != 15800 {
		t.Errorf("figures = %+v", f)
	}
}
