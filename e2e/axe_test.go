package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// axeRun runs axe-core's WCAG 2.x A and AA rules on the page and returns
// its serious and critical violations, one line each.
const axeRun = `(async () => {
	const r = await axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}});
	return r.violations
		.filter(v => v.impact === "serious" || v.impact === "critical")
		.map(v => v.impact + " " + v.id + ": " + v.help + " — " + v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(", "))
		.join("\n");
})()`

// TestAccessibilityOfEveryRoute runs axe-core (from the npm lockfile) on
// every route, a lesson and the presenter mode, in both languages: no
// serious or critical violation.
func TestAccessibilityOfEveryRoute(t *testing.T) {
	skipUnlessE2E(t)
	axe, err := os.ReadFile(filepath.Join("..", "node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		t.Fatalf("axe-core is installed by make (npm ci): %v", err)
	}
	h := startHost(t)
	pages := append(append([]string{}, routes...),
		"/compare?dataset=case:tv-vs-brand",
		"/lessons?lesson=mass-vs-social&step=3",
		"/lessons?lesson=long-tail&step=2&present=1",
	)
	for _, lang := range []string{"en-US", "fr-FR"} {
		t.Run(lang, func(t *testing.T) {
			ctx := newBrowser(t, browserOptions{lang: lang})
			for _, pg := range pages {
				open(t, ctx, h.URL+pg)
				if want := lang[:2]; eval[string](t, ctx, `document.documentElement.lang`) != want {
					t.Errorf("%s: page language %q, want %q", pg, eval[string](t, ctx, `document.documentElement.lang`), want)
				}
				// Let the page's background work (charts, tables) settle.
				time.Sleep(1500 * time.Millisecond)
				eval[bool](t, ctx, string(axe)+";true")
				if pg == "/" {
					// The check itself works: an image without a text
					// alternative is a critical violation.
					eval[bool](t, ctx, `(() => { const i = document.createElement("img"); i.id = "axe-probe"; i.src = "/web/icon.svg"; document.querySelector("main").append(i); return true; })()`)
					if v := eval[string](t, ctx, axeRun); !strings.Contains(v, "image-alt") {
						t.Fatalf("axe did not report an image without alt: %q", v)
					}
					eval[bool](t, ctx, `(document.querySelector("#axe-probe").remove(), true)`)
				}
				if v := eval[string](t, ctx, axeRun); v != "" {
					t.Errorf("%s (%s):\n%s", pg, lang, strings.TrimSpace(v))
				}
			}
		})
	}
}
