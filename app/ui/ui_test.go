package ui

import (
	"strings"
	"testing"

	"reachlab/app/cases"
	"reachlab/app/i18n"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// render loads c into go-app's test engine and returns its HTML.
func render(t *testing.T, c app.Composer) string {
	t.Helper()
	e := app.NewTestEngine()
	if err := e.Load(c); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	return app.HTMLString(c)
}

func TestEveryRouteRendersItsShell(t *testing.T) {
	for _, r := range routes {
		html := render(t, r.new())
		if !strings.Contains(html, "<h1") {
			t.Errorf("%s: no heading", r.Path)
		}
		for _, other := range routes {
			if !strings.Contains(html, `href="`+other.Path+`"`) {
				t.Errorf("%s: navigation lacks %s", r.Path, other.Path)
			}
		}
		if n := strings.Count(html, `aria-current="page"`); n != 1 {
			t.Errorf("%s: %d links marked current, want 1", r.Path, n)
		}
		if !strings.Contains(html, `id="lang-fr"`) || !strings.Contains(html, `id="lang-en"`) {
			t.Errorf("%s: no language switch", r.Path)
		}
		if !strings.HasPrefix(tagWith(html, `id="main"`), "<main") || !strings.Contains(html, `href="#main"`) {
			t.Errorf("%s: no skip link to the main content", r.Path)
		}
	}
}

func TestPathsAreTheRoutes(t *testing.T) {
	want := []string{"/", "/data", "/compare", "/longtail", "/plan", "/lessons"}
	got := Paths()
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Paths() = %v, want %v", got, want)
	}
}

func TestHomeShowsTheCaseWithItsSources(t *testing.T) {
	html := render(t, &homePage{})
	for _, want := range []string{
		`id="home-chart"`, `role="img"`,
		"1,787 posts", "2,910 people per post",
		"Médiamétrie", "illustrative data",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("home page lacks %q", want)
		}
	}
}

func TestHomeInFrench(t *testing.T) {
	html := render(t, &homePage{lang: i18n.FR})
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

func TestLangSwitchMarksTheCurrentLanguage(t *testing.T) {
	html := render(t, &langSwitch{Lang: i18n.FR})
	// go-app writes the value "true" as a bare attribute when it encodes
	// HTML (the browser DOM gets aria-pressed="true"; the e2e tests check it).
	fr := tagWith(html, `id="lang-fr"`)
	if !strings.Contains(fr, `aria-pressed`) || strings.Contains(fr, `aria-pressed="false"`) {
		t.Errorf("French button not pressed: %s", fr)
	}
	en := tagWith(html, `id="lang-en"`)
	if !strings.Contains(en, `aria-pressed="false"`) {
		t.Errorf("English button pressed: %s", en)
	}
}

func TestUpdateNoticeOnlyWhenReady(t *testing.T) {
	n := &updateNotice{Lang: i18n.EN}
	if html := render(t, n); strings.Contains(html, "update-notice") {
		t.Error("notice shown with no update")
	}
	ready := &updateNotice{Lang: i18n.EN, updateReady: true}
	html := render(t, ready)
	if !strings.Contains(html, "A new version of ReachLab is ready") || !strings.Contains(html, `id="update-reload"`) {
		t.Errorf("notice missing: %s", html)
	}
}

// tagWith returns the opening tag of html that holds attr.
func tagWith(html, attr string) string {
	i := strings.Index(html, attr)
	if i < 0 {
		return ""
	}
	start := strings.LastIndex(html[:i], "<")
	end := i + strings.Index(html[i:], ">")
	return html[start : end+1]
}
