package e2e

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// press sends one key to the page, as a keyboard does.
func press(t *testing.T, ctx context.Context, key string) {
	t.Helper()
	step, cancel := within(ctx, 10*time.Second)
	defer cancel()
	if err := chromedp.Do(step, chromedp.KeyEvent(key)); err != nil {
		t.Fatalf("pressing %q: %v", key, err)
	}
}

// tabTo presses Tab until the element with id has the focus.
func tabTo(t *testing.T, ctx context.Context, id string) {
	t.Helper()
	for range 60 {
		if eval[string](t, ctx, `document.activeElement ? document.activeElement.id : ""`) == id {
			return
		}
		press(t, ctx, kb.Tab)
	}
	t.Fatalf("Tab never reached #%s", id)
}

// setViewport makes the tab's viewport exactly width × height CSS pixels
// (headless Chromium's first tab ignores the window size flag).
func setViewport(t *testing.T, ctx context.Context, width, height int) {
	t.Helper()
	if _, err := chromedp.Call(ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{
		Width: int64(width), Height: int64(height), DeviceScaleFactor: 1,
	}); err != nil {
		t.Fatal(err)
	}
}

// counterIs waits until the lesson's step counter says "Step n of 5".
func counterIs(t *testing.T, ctx context.Context, n int) {
	t.Helper()
	poll(t, ctx, fmt.Sprintf("step %d", n), fmt.Sprintf(`!!document.querySelector("#lesson-counter") && document.querySelector("#lesson-counter").innerText === "Step %d of 5"`, n), 20*time.Second)
}

func TestLessonOneWithTheKeyboardOnly(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)
	ctx := newBrowser(t, browserOptions{lang: "en-US"})
	console := watchConsole(ctx)
	open(t, ctx, h.URL+"/lessons")
	if n := eval[int](t, ctx, `document.querySelectorAll("#lessons li").length`); n != 7 {
		t.Fatalf("%d lessons listed, want 7", n)
	}

	tabTo(t, ctx, "lesson-link-mass-vs-social")
	press(t, ctx, kb.Enter)
	counterIs(t, ctx, 1)
	tabTo(t, ctx, "lesson-next")
	for step := 2; step <= 5; step++ {
		press(t, ctx, kb.Enter)
		counterIs(t, ctx, step)
		if got := eval[string](t, ctx, `document.activeElement.id`); got != "lesson-next" {
			t.Fatalf("step %d: the focus moved to %q; the next button should keep it", step, got)
		}
	}
	// The chart step drew the signature chart of the built-in case, with its
	// reading computed from the data.
	poll(t, ctx, "the lesson's chart", chartDrawn("lesson-chart"), 30*time.Second)
	if r := textOf(t, ctx, "#lesson-chart-reading"); !strings.Contains(r, "TF1") {
		t.Errorf("chart reading = %q, want the TV channel named", r)
	}
	if got := textOf(t, ctx, "#lesson-next"); !strings.Contains(got, "Finish") {
		t.Errorf("last step's button = %q", got)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#lesson-sources li").length`); n == 0 {
		t.Error("the lesson names no source")
	}
	press(t, ctx, kb.Enter)
	poll(t, ctx, "the list with lesson 1 done and stored", `!!document.querySelector("#progress-mass-vs-social") && document.querySelector("#progress-mass-vs-social").dataset.done === "true" && document.querySelector("#lessons").dataset.saving === "false"`, 20*time.Second)

	// The progress is kept in the browser.
	if err := reload(ctx); err != nil {
		t.Fatal(err)
	}
	waitApp(t, ctx)
	poll(t, ctx, "lesson 1 still done", `!!document.querySelector("#progress-mass-vs-social") && document.querySelector("#progress-mass-vs-social").dataset.done === "true"`, 20*time.Second)
	if got := textOf(t, ctx, "#progress-engagement-rate"); !strings.Contains(got, "Not started") {
		t.Errorf("lesson 2 = %q, want not started", got)
	}
	if p := console.problems(); len(p) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(p, "\n"))
	}
}

func TestPresenterModeAtWorkshopSizes(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)
	for _, size := range [][2]int{{1280, 720}, {1920, 1080}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			ctx := newBrowser(t, browserOptions{lang: "en-US", width: size[0], height: size[1]})
			setViewport(t, ctx, size[0], size[1])
			console := watchConsole(ctx)
			open(t, ctx, h.URL+"/lessons?lesson=long-tail&step=1")
			activate(t, ctx, "#lesson-present")
			poll(t, ctx, "the presenter", `location.search.includes("present=1") && !!document.querySelector(".presenter")`, 20*time.Second)
			counterIs(t, ctx, 1)
			eval[bool](t, ctx, `(document.activeElement && document.activeElement.blur(), true)`)

			press(t, ctx, kb.ArrowRight)
			counterIs(t, ctx, 2)
			poll(t, ctx, "the chart slide", chartDrawn("lesson-chart"), 30*time.Second)
			for step, key := range map[int]string{3: " "} {
				press(t, ctx, key)
				counterIs(t, ctx, step)
			}
			press(t, ctx, kb.ArrowLeft)
			counterIs(t, ctx, 2)
			poll(t, ctx, "the chart again", chartDrawn("lesson-chart"), 30*time.Second)

			// Nothing is clipped: no horizontal scroll, the chart inside the
			// window, the step counter and the next button on screen.
			fits := eval[string](t, ctx, `(() => {
				const w = window.innerWidth, h = window.innerHeight;
				const out = [];
				if (document.documentElement.scrollWidth > w) out.push("page scrolls sideways: " + document.documentElement.scrollWidth);
				const p = document.querySelector(".presenter");
				if (p.scrollWidth > p.clientWidth) out.push("slide scrolls sideways: " + p.scrollWidth);
				for (const sel of ["#lesson-counter", "#lesson-next", "#lesson-chart", "#lesson-title"]) {
					const r = document.querySelector(sel).getBoundingClientRect();
					if (r.left < 0 || r.right > w || r.top < 0 || r.bottom > h) out.push(sel + " clipped: " + JSON.stringify(r));
				}
				return out.join("; ");
			})()`)
			if fits != "" {
				t.Error(fits)
			}
			// The chart's text is sized for a room, not for a laptop.
			if px := eval[int](t, ctx, lessonChartLabelSize); px < 15 {
				t.Errorf("presenter chart's axis labels are %d px, want at least 15", px)
			}
			shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
			if err != nil {
				t.Fatal(err)
			}
			cfg, err := png.DecodeConfig(bytes.NewReader(shot))
			if err != nil {
				t.Fatal(err)
			}
			if cfg.Width != size[0] || cfg.Height != size[1] {
				t.Errorf("screenshot %d×%d, want %d×%d", cfg.Width, cfg.Height, size[0], size[1])
			}

			press(t, ctx, kb.Escape)
			poll(t, ctx, "the lesson page again", `!location.search.includes("present") && !document.querySelector(".presenter") && !!document.querySelector("#lesson-present")`, 20*time.Second)
			counterIs(t, ctx, 2)
			poll(t, ctx, "the chart on the lesson page", chartDrawn("lesson-chart"), 30*time.Second)
			if px := eval[int](t, ctx, lessonChartLabelSize); px != 12 {
				t.Errorf("lesson page chart's axis labels are %d px, want ECharts' 12", px)
			}
			if p := console.problems(); len(p) > 0 {
				t.Errorf("console errors:\n%s", strings.Join(p, "\n"))
			}
		})
	}
}

// lessonChartLabelSize reads the font size of the lesson chart's first y axis
// labels, ECharts' default (12) when the option leaves it unset.
const lessonChartLabelSize = `(() => {
	const chart = echarts.getInstanceByDom(document.querySelector("#lesson-chart"));
	const axis = chart.getOption().yAxis[0];
	return (axis.axisLabel && axis.axisLabel.fontSize) || 12;
})()`

func TestEveryLessonDrawsItsChartAndOpensItsData(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)
	ctx := newBrowser(t, browserOptions{lang: "fr-FR"})
	console := watchConsole(ctx)
	for _, id := range []string{"mass-vs-social", "engagement-rate", "unanswered-conversation", "long-tail", "fragmentation", "advertising-value-equivalent", "findings-to-plan"} {
		open(t, ctx, h.URL+"/lessons?lesson="+id+"&step=2")
		poll(t, ctx, id+"'s chart", chartDrawn("lesson-chart"), 30*time.Second)
		if got := textOf(t, ctx, "#lesson-counter"); got != "Étape 2 sur 5" {
			t.Errorf("%s: counter %q", id, got)
		}
		if alt := eval[string](t, ctx, `document.querySelector("#lesson-chart").getAttribute("aria-label") || ""`); alt == "" {
			t.Errorf("%s: the chart has no text alternative", id)
		}
	}
	// "Open in" goes to the lesson's data in the workbench.
	open(t, ctx, h.URL+"/lessons?lesson=long-tail&step=5")
	activate(t, ctx, "#lesson-open")
	poll(t, ctx, "the long tail page on the video case", `location.pathname === "/longtail" && location.search.includes("viral-video") && !!document.querySelector("#dataset-select") && document.querySelector("#dataset-select").value === "case:viral-video"`, 30*time.Second)
	open(t, ctx, h.URL+"/lessons?lesson=findings-to-plan&step=5")
	activate(t, ctx, "#lesson-open")
	poll(t, ctx, "the plan page with the three-phase template", `location.pathname === "/plan" && !!document.querySelector("#template-three_phases") && document.querySelector("#template-three_phases").checked`, 30*time.Second)
	if p := console.problems(); len(p) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(p, "\n"))
	}
}

func TestLessonsAndPresenterOffline(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)
	ctx := newBrowser(t, browserOptions{lang: "en-US", width: 1280, height: 720})
	open(t, ctx, h.URL+"/")
	poll(t, ctx, "the service worker's cache", cachedEverything, 60*time.Second)
	h.stop()

	open(t, ctx, h.URL+"/lessons")
	poll(t, ctx, "the progress read offline", `document.querySelector("#lessons").dataset.ready === "true"`, 20*time.Second)
	if n := eval[int](t, ctx, `document.querySelectorAll("#lessons li").length`); n != 7 {
		t.Errorf("offline: %d lessons, want 7", n)
	}
	open(t, ctx, h.URL+"/lessons?lesson=fragmentation&step=2&present=1")
	poll(t, ctx, "the presenter offline", `!!document.querySelector(".presenter")`, 20*time.Second)
	poll(t, ctx, "the chart offline", chartDrawn("lesson-chart"), 30*time.Second)
	eval[bool](t, ctx, `(document.activeElement && document.activeElement.blur(), true)`)
	press(t, ctx, kb.PageDown)
	counterIs(t, ctx, 3)
}

func TestTrainerHandsLessonProgressAndPlansToAStudent(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)
	trainer := newBrowser(t, browserOptions{lang: "en-US"})
	dir := downloads(t, trainer)
	planCreate(t, trainer, h.URL, "three_phases")
	planSetValue(t, trainer, "#plan-title", "Workshop plan")
	planSaved(t, trainer)
	// The trainer walks lesson 2 to its end.
	open(t, trainer, h.URL+"/lessons?lesson=engagement-rate&step=5")
	poll(t, trainer, "the last step", `document.querySelector("#lesson-counter").innerText === "Step 5 of 5"`, 20*time.Second)
	activate(t, trainer, "#lesson-next")
	poll(t, trainer, "lesson 2 done and stored", `!!document.querySelector("#progress-engagement-rate") && document.querySelector("#progress-engagement-rate").dataset.done === "true" && document.querySelector("#lessons").dataset.saving === "false"`, 20*time.Second)
	// Read back from the store, not from the page's memory.
	if err := reload(trainer); err != nil {
		t.Fatal(err)
	}
	waitApp(t, trainer)
	poll(t, trainer, "lesson 2 saved", `document.querySelector("#lessons").dataset.ready === "true" && document.querySelector("#progress-engagement-rate").dataset.done === "true"`, 20*time.Second)
	open(t, trainer, h.URL+"/data")
	activate(t, trainer, "#workspace-export")
	name, _ := waitDownload(t, dir, "reachlab-workspace-*.json")

	student := newBrowser(t, browserOptions{lang: "en-US"})
	open(t, student, h.URL+"/data")
	importWorkspace(t, student, filepath.Join(dir, name))
	// A fresh browser has none of it: the preview only adds.
	if shown := previewShows(t, student); !strings.Contains(shown, "“Workshop plan”") || strings.Contains(shown, "Already here") {
		t.Errorf("the preview: %q", shown)
	}
	activate(t, student, "#workspace-import-confirm")
	poll(t, student, "the import", `document.querySelector("#data-status").innerText.includes("Workspace imported: ")`, 30*time.Second)
	open(t, student, h.URL+"/lessons")
	poll(t, student, "lesson 2's progress", `!!document.querySelector("#progress-engagement-rate") && document.querySelector("#progress-engagement-rate").dataset.done === "true"`, 20*time.Second)
	open(t, student, h.URL+"/plan")
	poll(t, student, "the trainer's plan", `document.querySelector("#plans") && document.querySelector("#plans").innerText.includes("Workshop plan")`, 20*time.Second)
}

// TestEverySlideFitsTheSmallWorkshopScreen opens every step of every lesson
// as a slide at 1280×720, in French (the longer texts): nothing scrolls,
// nothing is cut, and a chart keeps room to be read.
func TestEverySlideFitsTheSmallWorkshopScreen(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)
	ctx := newBrowser(t, browserOptions{lang: "fr-FR", width: 1280, height: 720})
	setViewport(t, ctx, 1280, 720)
	const fits = `(() => {
		const w = window.innerWidth, h = window.innerHeight, out = [];
		const p = document.querySelector(".presenter");
		if (p.scrollHeight > p.clientHeight + 1) out.push("the slide scrolls down to " + p.scrollHeight + " px");
		if (p.scrollWidth > p.clientWidth) out.push("the slide scrolls sideways to " + p.scrollWidth + " px");
		for (const sel of ["#lesson-counter", "#lesson-next", "#lesson-title", ".step-text", "#lesson-chart"]) {
			const e = document.querySelector(sel);
			if (!e) continue;
			const r = e.getBoundingClientRect();
			if (r.bottom > h + 1 || r.right > w + 1) out.push(sel + " cut at " + Math.round(r.bottom) + " px");
			if (sel === "#lesson-chart" && r.height < 200) out.push("the chart is only " + Math.round(r.height) + " px high");
		}
		return out.join("; ");
	})()`
	for _, ls := range []string{"mass-vs-social", "engagement-rate", "unanswered-conversation", "long-tail", "fragmentation", "advertising-value-equivalent", "findings-to-plan"} {
		for step := 1; step <= 5; step++ {
			open(t, ctx, h.URL+fmt.Sprintf("/lessons?lesson=%s&step=%d&present=1", ls, step))
			poll(t, ctx, "the slide", fmt.Sprintf(`!!document.querySelector(".presenter") && document.querySelector("#lesson-counter").innerText === "Étape %d sur 5"`, step), 20*time.Second)
			if got := eval[string](t, ctx, fits); got != "" {
				t.Errorf("%s, step %d: %s", ls, step, got)
			}
		}
	}
}
