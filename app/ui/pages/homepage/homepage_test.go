package homepage

import (
	"regexp"
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
		`data-chart="home-chart"`, `role="img"`, `id="home-view"`,
		"1,787 posts", "2,910 people per post",
		"Médiamétrie", "illustrative data", `id="home-chart-save-png"`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("home page lacks %q", want)
		}
	}
	// The option travels as the text of a hidden element (go-app writes
	// attributes in no fixed order).
	if !hiddenOption.MatchString(html) {
		t.Error("home page lacks the chart's option in a hidden element")
	}
}

// hiddenOption matches the hidden element holding a chart's option.
var hiddenOption = regexp.MustCompile(`<div (class="chart-option" hidden|hidden class="chart-option")>\{`)

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
