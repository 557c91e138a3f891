package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"time"

	"reachlab/app/analysis/home"
	"reachlab/app/text"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// chartClock runs in every page before its own scripts: it notes the time,
// since navigation start, at which a chart's canvas first appears.
const chartClock = `new MutationObserver((_, obs) => {
	if (document.querySelector(".chart canvas, #ref-chart canvas")) {
		window.__chartAt = performance.now();
		obs.disconnect();
	}
}).observe(document, {subtree: true, childList: true});`

// referencePage draws the home chart with ECharts alone: the same option and
// the same ECharts file, no WebAssembly, served from the same process.
const referencePage = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>reference</title><script src="/echarts.min.js"></script><script src="/reachlab.js"></script></head>
<body><div id="ref-chart" style="width:1200px;height:416px"></div><script src="/draw.js"></script></body></html>`

func referenceServer() *httptest.Server {
	option := home.Chart(text.EN).Option
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, referencePage)
	})
	serveFile := func(path, file, encoding string) {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			b, err := os.ReadFile(file)
			if err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			w.Header().Set("Content-Type", "text/javascript")
			if encoding != "" {
				w.Header().Set("Content-Encoding", encoding)
			}
			w.Write(b)
		})
	}
	serveFile("/echarts.min.js", "web/echarts.min.js.br", "br")
	serveFile("/reachlab.js", "web/reachlab.js", "")
	mux.HandleFunc("/draw.js", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/javascript")
		fmt.Fprintf(w, "reachlab.mount(document.getElementById('ref-chart'), %q);", option)
	})
	return httptest.NewServer(mux)
}

// measureLoads times, in headless Chromium, how long after navigation start
// the first chart appears: on a cold first visit (fresh profile), on a warm
// visit served by the service worker, and for the reference page.
func measureLoads(runs int) error {
	h, err := startHost()
	if err != nil {
		return err
	}
	defer h.stop()
	ref := referenceServer()
	defer ref.Close()

	var cold, warm, refCold []time.Duration
	for i := 0; i < runs; i++ {
		c, w, err := coldAndWarm(h.URL + "/")
		if err != nil {
			return err
		}
		cold, warm = append(cold, c), append(warm, w)
		r, _, err := coldAndWarm(ref.URL + "/")
		if err != nil {
			return err
		}
		refCold = append(refCold, r)
	}
	table(fmt.Sprintf("Navigation start to first chart, headless Chromium on loopback (median of %d)", runs),
		[]string{"page", "cold (first visit)", "warm (second visit)", "runs"},
		[][]string{
			{"ReachLab home (Go/wasm + ECharts)", ms(median(cold)), ms(median(warm)) + " (service worker)", spread(cold)},
			{"reference: ECharts alone, same option", ms(median(refCold)), "–", spread(refCold)},
		})
	return nil
}

// coldAndWarm opens url in a fresh browser profile twice and returns the
// time to the first chart of each visit. The second visit waits until the
// service worker (if any) has cached everything.
func coldAndWarm(url string) (cold, warm time.Duration, err error) {
	dir, err := os.MkdirTemp("", "reachlab-bench-")
	if err != nil {
		return 0, 0, err
	}
	defer os.RemoveAll(dir)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath("/usr/bin/chromium"),
		chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.UserDataDir(dir),
		chromedp.WindowSize(1280, 900),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(allocCtx)
	defer cancel()
	if err := chromedp.Do(ctx); err != nil {
		return 0, 0, err
	}
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: chartClock}); err != nil {
		return 0, 0, err
	}
	visit := func() (time.Duration, error) {
		step, cancel := context.WithTimeout(ctx, 60*time.Second)
		defer cancel()
		if err := chromedp.Do(step, chromedp.Navigate(url)); err != nil {
			return 0, err
		}
		at, err := chromedp.Run(step, chromedp.Poll[float64](`window.__chartAt || 0`, chromedp.WithPollingInterval(20*time.Millisecond)))
		return time.Duration(at * float64(time.Millisecond)), err
	}
	if cold, err = visit(); err != nil {
		return 0, 0, err
	}
	step, cancelStep := context.WithTimeout(ctx, 60*time.Second)
	defer cancelStep()
	if _, err := chromedp.Run(step, chromedp.Poll[bool](`(async () => {
		if (!("serviceWorker" in navigator) || !navigator.serviceWorker.controller && !(await navigator.serviceWorker.getRegistration())) return true;
		const names = await caches.keys();
		for (const n of names) { const c = await caches.open(n); if ((await c.keys()).some(r => r.url.endsWith("app.wasm"))) return true; }
		return false;
	})()`, chromedp.WithPollingInterval(100*time.Millisecond))); err != nil {
		return 0, 0, err
	}
	warm, err = visit()
	return cold, warm, err
}

func median(d []time.Duration) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	return s[len(s)/2]
}

func spread(d []time.Duration) string {
	s := slices.Clone(d)
	slices.Sort(s)
	return fmt.Sprintf("%s – %s", ms(s[0]), ms(s[len(s)-1]))
}

func ms(d time.Duration) string { return fmt.Sprintf("%d ms", d.Milliseconds()) }
