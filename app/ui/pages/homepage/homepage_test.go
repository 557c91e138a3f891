package homepage

import (
	"strings"
	"testing"

	"reachlab/app/analysis/home"
	"reachlab/app/text"
	"reachlab/app/ui/internal/uitest"
)

func TestHomeShowsTheCaseWithItsSources(t *testing.T) {
	p := &homePage{}
	p.OnInit() // on the host, as it prerenders the page
	html := uitest.Render(t, p)
	for _, want := range []string{
		`data-chart="home-chart"`, `role="img"`, `class="chart-option" hidden>{`, `id="home-view"`,
		"1,787 posts", "2,910 people per post",
		"Médiamétrie", "illustrative data", `id="home-chart-save-png"`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("home page lacks %q", want)
		}
	}
}

func TestHomeInFrench(t *testing.T) {
	p := &homePage{lang: text.FR}
	p.view = home.View(text.FR)
	html := uitest.Render(t, p)
	for _, want := range []string{"La portée n&#39;est pas l&#39;engagement", "1\u00a0787 publications", "données illustratives"} {
		if !strings.Contains(html, want) {
			t.Errorf("French home page lacks %q", want)
		}
	}
}
