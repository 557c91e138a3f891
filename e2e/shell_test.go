package e2e

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// routes are the workbench's pages, as a user types them.
var routes = []string{"/", "/data", "/compare", "/longtail", "/plan", "/lessons"}

func TestHomeDrawsTheBuiltInCase(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)
	ctx := newBrowser(t, browserOptions{lang: "en-US"})
	console := watchConsole(ctx)

	open(t, ctx, h.URL+"/")
	poll(t, ctx, "the home chart", chartDrawn("home-chart"), 30*time.Second)
	if p := console.problems(); len(p) > 0 {
		t.Errorf("the page logged errors (a blocked resource or script breaks the app):\n%s", strings.Join(p, "\n"))
	}

	reading := textOf(t, ctx, "#home-chart-reading")
	// 5,200,000 viewers ÷ 2,910 (median of the 48 posts) = 1,787 posts.
	if !strings.Contains(reading, "1,787 posts") || !strings.Contains(reading, "2,910") {
		t.Errorf("reading = %q, want 1,787 posts at a median of 2,910", reading)
	}
	sources := textOf(t, ctx, ".sources")
	for _, want := range []string{"Médiamétrie", "25.8 %", "Gourvennec", "illustrative data"} {
		if !strings.Contains(sources, want) {
			t.Errorf("sources do not name %q: %q", want, sources)
		}
	}
	alt := eval[string](t, ctx, `document.querySelector("#home-chart").getAttribute("aria-label")`)
	if !strings.Contains(alt, "5,200,000") {
		t.Errorf("chart's text alternative = %q, want the TV audience in it", alt)
	}
}

func TestEveryRouteOpensByURLAndReload(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)
	ctx := newBrowser(t, browserOptions{lang: "en-US"})

	for _, r := range routes {
		resp, err := http.Get(h.URL + r)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s: status %d", r, resp.StatusCode)
		}

		open(t, ctx, h.URL+r)
		current := eval[string](t, ctx, `document.querySelector('nav a[aria-current="page"]').getAttribute("href")`)
		if current != r {
			t.Errorf("%s: navigation marks %q as the current page", r, current)
		}
		heading := textOf(t, ctx, "main h1")
		if heading == "" {
			t.Errorf("%s: empty heading", r)
		}
		if err := reload(ctx); err != nil {
			t.Fatalf("%s: reload: %v", r, err)
		}
		waitApp(t, ctx)
		if again := textOf(t, ctx, "main h1"); again != heading {
			t.Errorf("%s: heading after reload = %q, want %q", r, again, heading)
		}
	}
}

func TestNavigationBetweenRoutes(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)
	ctx := newBrowser(t, browserOptions{lang: "en-US"})

	open(t, ctx, h.URL+"/")
	click(t, ctx, `nav a[href^="/compare"]`)
	poll(t, ctx, "the compare page", `location.pathname === "/compare" && document.querySelector('nav a[aria-current="page"]').pathname === "/compare"`, 20*time.Second)
	click(t, ctx, `nav a[href="/"]`)
	poll(t, ctx, "the home chart after navigating back", chartDrawn("home-chart"), 20*time.Second)
}

func TestLanguageFollowsBrowserAndSwitchIsRemembered(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)

	t.Run("french browser", func(t *testing.T) {
		ctx := newBrowser(t, browserOptions{lang: "fr-FR"})
		open(t, ctx, h.URL+"/")
		poll(t, ctx, "French text", `document.documentElement.lang === "fr" && document.querySelector("main h1").innerText === "La portée n'est pas l'engagement"`, 20*time.Second)
		reading := textOf(t, ctx, "#home-chart-reading")
		// French writes digit groups with a no-break space.
		if !strings.Contains(reading, "1\u00a0787 publications") {
			t.Errorf("French reading = %q, want 1 787 publications", reading)
		}
	})

	t.Run("switch", func(t *testing.T) {
		ctx := newBrowser(t, browserOptions{lang: "en-US"})
		open(t, ctx, h.URL+"/compare")
		if got := textOf(t, ctx, "main h1"); got != "Mass reach against social engagement" {
			t.Fatalf("English heading = %q", got)
		}
		activate(t, ctx, "#lang-fr")
		poll(t, ctx, "the French heading", `document.querySelector("main h1").innerText === "Portée de masse contre engagement social" && document.documentElement.lang === "fr"`, 10*time.Second)
		if pressed := eval[string](t, ctx, `document.querySelector("#lang-fr").getAttribute("aria-pressed")`); pressed != "true" {
			t.Errorf("French button aria-pressed = %q", pressed)
		}
		// The choice survives a reload and applies to every page.
		open(t, ctx, h.URL+"/")
		poll(t, ctx, "French after reload", `document.querySelector("main h1").innerText === "La portée n'est pas l'engagement"`, 10*time.Second)
		activate(t, ctx, "#lang-en")
		poll(t, ctx, "English again", `document.querySelector("main h1").innerText === "Reach is not engagement" && document.documentElement.lang === "en"`, 10*time.Second)
	})
}

// TestChartTextIsDrawnInThePageFont checks what the canvas really uses: a
// font family it cannot parse ("inherit") would leave every chart's text at
// 10px whatever the option says.
func TestChartTextIsDrawnInThePageFont(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)
	ctx := newBrowser(t, browserOptions{lang: "en-US"})
	open(t, ctx, h.URL+"/")
	poll(t, ctx, "the home chart", chartDrawn("home-chart"), 30*time.Second)
	if got := eval[string](t, ctx, `(() => {
		const o = echarts.getInstanceByDom(document.querySelector("#home-chart")).getOption();
		const family = (Array.isArray(o.textStyle) ? o.textStyle[0] : o.textStyle).fontFamily;
		if (family !== getComputedStyle(document.body).fontFamily) return "chart font " + family;
		const c = document.createElement("canvas").getContext("2d");
		c.font = "12px " + family;
		return c.font.startsWith("12px") ? "" : "the canvas refuses the font: " + c.font;
	})()`); got != "" {
		t.Error(got)
	}
}

// TestAChartEChartsFailsOnStopsNothing draws an option ECharts throws on:
// that chart stays blank, the error is logged, and the Go program (every
// page) keeps running.
func TestAChartEChartsFailsOnStopsNothing(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)
	ctx := newBrowser(t, browserOptions{lang: "en-US"})
	console := watchConsole(ctx)
	open(t, ctx, h.URL+"/")
	const broken = `{"aria":{"enabled":true,"decal":{"show":true}},"xAxis":{},"yAxis":{"type":"category","data":["a"]},"series":[{"type":"bar","data":[1],"itemStyle":{"decal":"none"}}]}`
	if !eval[bool](t, ctx, `(() => {
		const host = document.createElement("div");
		host.style.cssText = "width:300px;height:200px";
		document.body.appendChild(host);
		return !!window.reachlab.mount(host, "broken-chart", `+"`"+broken+"`"+`);
	})()`) {
		t.Fatal("mount returned no chart")
	}
	// go-app turns the link into an in-page navigation; had the Go program
	// stopped, the browser would load a fresh page, without the marker.
	eval[bool](t, ctx, `window.reachlabSamePage = true`)
	activate(t, ctx, `a[href="/data"]`)
	poll(t, ctx, "the data page, drawn by the Go program", `location.pathname === "/data" && !!document.querySelector("#file-input") && window.reachlabSamePage === true`, 20*time.Second)
	logged := strings.Join(console.problems(), "\n")
	if !strings.Contains(logged, "could not draw the chart in #broken-chart") {
		t.Errorf("the failure was not logged; console:\n%s", logged)
	}
}

// TestHomeChartIsDrawnBeforeTheWasmStarts keeps the WebAssembly from ever
// starting: the home chart, its reading and its text alternative must come
// from the page the host prerendered, drawn by the page's script alone.
// Then, with the WebAssembly running, the app takes that chart over without
// drawing it again.
func TestHomeChartIsDrawnBeforeTheWasmStarts(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)

	t.Run("without the wasm", func(t *testing.T) {
		ctx := newBrowser(t, browserOptions{lang: "en-US"})
		if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
			Source: `WebAssembly.instantiateStreaming = WebAssembly.instantiate = () => new Promise(() => {});`,
		}); err != nil {
			t.Fatal(err)
		}
		step, cancel := within(ctx, 30*time.Second)
		defer cancel()
		if err := chromedp.Do(step, chromedp.Navigate(h.URL+"/")); err != nil {
			t.Fatal(err)
		}
		poll(t, ctx, "the prerendered home chart drawn", chartDrawn("home-chart"), 20*time.Second)
		if started := eval[bool](t, ctx, `!document.getElementById("app-wasm-loader")`); started {
			t.Error("the wasm started: the test does not show the chart came first")
		}
		if reading := textOf(t, ctx, "#home-chart-reading"); !strings.Contains(reading, "1,787 posts") {
			t.Errorf("reading = %q", reading)
		}
		if alt := eval[string](t, ctx, `document.querySelector(".chart-host[data-chart=home-chart]").getAttribute("aria-label")`); !strings.Contains(alt, "5,200,000") {
			t.Errorf("text alternative = %q", alt)
		}
	})

	t.Run("taken over", func(t *testing.T) {
		ctx := newBrowser(t, browserOptions{lang: "en-US"})
		// Count the charts the page creates: the early one only.
		if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
			Source: `window.reachlabInits = 0;
			let real, wrapped = false;
			Object.defineProperty(window, "echarts", { configurable: true,
				set(v) { real = v; },
				get() {
					if (real && real.init && !wrapped) {
						const init = real.init;
						real.init = (...a) => { window.reachlabInits++; return init(...a); };
						wrapped = true;
					}
					return real;
				},
			});`,
		}); err != nil {
			t.Fatal(err)
		}
		open(t, ctx, h.URL+"/")
		poll(t, ctx, "the home chart", chartDrawn("home-chart"), 30*time.Second)
		time.Sleep(time.Second) // let the app mount and settle
		if n := eval[int](t, ctx, `window.reachlabInits`); n != 1 {
			t.Errorf("%d charts created on the home page, want 1: the app drew the prerendered chart again", n)
		}
		if n := eval[int](t, ctx, `document.querySelectorAll("#home-chart canvas").length`); n != 1 {
			t.Errorf("%d canvases in the home chart", n)
		}
	})
}
