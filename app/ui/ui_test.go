package ui

import (
	"strings"
	"testing"

	"reachlab/app/ui/internal/uitest"
	"reachlab/app/ui/shell"
)

func TestEveryPageHasAComponent(t *testing.T) {
	if len(pageComponents) != len(shell.Pages) {
		t.Errorf("%d components for %d pages", len(pageComponents), len(shell.Pages))
	}
	for _, p := range shell.Pages {
		if pageComponents[p.Path] == nil {
			t.Errorf("no component for %s", p.Path)
		}
	}
}

func TestEveryRouteRendersItsShell(t *testing.T) {
	for _, p := range shell.Pages {
		html := uitest.Render(t, pageComponents[p.Path]())
		if !strings.Contains(html, "<h1") {
			t.Errorf("%s: no heading", p.Path)
		}
		for _, other := range shell.Pages {
			if !strings.Contains(html, `href="`+other.Path+`"`) {
				t.Errorf("%s: navigation lacks %s", p.Path, other.Path)
			}
		}
		if n := strings.Count(html, `aria-current="page"`); n != 1 {
			t.Errorf("%s: %d links marked current, want 1", p.Path, n)
		}
		if cur := uitest.TagWith(html, `aria-current="page"`); !strings.Contains(cur, `href="`+p.Path+`"`) {
			t.Errorf("%s: the current link is %s", p.Path, cur)
		}
	}
}

func TestPathsAreTheRoutes(t *testing.T) {
	want := []string{"/", "/data", "/compare", "/longtail", "/plan", "/lessons"}
	if got := Paths(); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Paths() = %v, want %v", got, want)
	}
}
