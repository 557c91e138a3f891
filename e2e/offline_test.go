package e2e

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// cachedEverything is true once the service worker's cache holds the wasm,
// ECharts and every route (go-app's install step does not wait for its
// cache, so tests poll it).
const cachedEverything = `(async () => {
	const want = ["app.wasm", "echarts.min.js", "reachlab.js", "styles.css", "/data", "/compare", "/longtail", "/plan", "/lessons"];
	const urls = [];
	for (const name of await caches.keys()) {
		const cache = await caches.open(name);
		for (const req of await cache.keys()) urls.push(new URL(req.url).pathname);
	}
	return want.every(w => urls.some(u => u.endsWith(w)));
})()`

func TestEveryRouteWorksOffline(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)
	ctx := newBrowser(t, browserOptions{lang: "en-US"})

	open(t, ctx, h.URL+"/")
	poll(t, ctx, "the service worker's cache", cachedEverything, 60*time.Second)
	h.stop()

	for _, r := range routes {
		open(t, ctx, h.URL+r)
		if textOf(t, ctx, "main h1") == "" {
			t.Errorf("%s offline: empty heading", r)
		}
		if err := reload(ctx); err != nil {
			t.Fatalf("%s offline: reload: %v", r, err)
		}
		waitApp(t, ctx)
	}
	open(t, ctx, h.URL+"/")
	poll(t, ctx, "the home chart offline", chartDrawn("home-chart"), 30*time.Second)
}

func TestNewVersionIsAnnounced(t *testing.T) {
	skipUnlessE2E(t)
	// Serve a copy of the built assets from a directory, so the test can
	// change a file and restart the host as a new version.
	web := copyWeb(t)
	h := startHost(t, "-web", web)
	ctx := newBrowser(t, browserOptions{lang: "en-US"})

	open(t, ctx, h.URL+"/")
	poll(t, ctx, "the service worker's cache", cachedEverything, 60*time.Second)
	oldVersion := eval[string](t, ctx, `goappGetenv("GOAPP_VERSION")`)
	if eval[bool](t, ctx, `!!document.querySelector("#update-notice")`) {
		t.Fatal("update notice shown before any update")
	}

	styles := filepath.Join(web, "styles.css")
	b, err := os.ReadFile(styles)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(styles, append(b, []byte("\n/* next version */\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	// The build's compressed variants are of the old file.
	os.Remove(styles + ".br")
	os.Remove(styles + ".gz")
	h.restart("-web", web)

	// The page checks for a new service worker when it loads.
	open(t, ctx, h.URL+"/")
	poll(t, ctx, "the update notice", `!!document.querySelector("#update-notice")`, 60*time.Second)
	// Mark this document so the test can tell when the reload has replaced it:
	// until then the old page still answers every query.
	eval[bool](t, ctx, `window.reachlabOldPage = true`)
	click(t, ctx, "#update-reload")
	if err := pollAcrossNavigation(ctx, `!window.reachlabOldPage && typeof goappGetenv === "function"`, 60*time.Second); err != nil {
		t.Fatalf("the page did not reload into the new version: %v", err)
	}
	waitApp(t, ctx)
	if v := eval[string](t, ctx, `goappGetenv("GOAPP_VERSION")`); v == oldVersion {
		t.Errorf("after reloading, the page still runs version %s", v)
	}
	if eval[bool](t, ctx, `!!document.querySelector("#update-notice")`) {
		t.Error("update notice still shown after reloading into the new version")
	}
}

// copyWeb copies ../web into a temporary directory.
func copyWeb(t *testing.T) string {
	t.Helper()
	dst := t.TempDir()
	entries, err := os.ReadDir(filepath.Join("..", "web"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		b, err := os.ReadFile(filepath.Join("..", "web", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

// reload reloads the tab and waits for the load event.
func reload(ctx context.Context) error {
	step, cancel := within(ctx, 60*time.Second)
	defer cancel()
	return chromedp.Do(step, chromedp.Reload())
}
