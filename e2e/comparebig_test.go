package e2e

import (
	"os"
	"strconv"
	"testing"
	"time"

	"reachlab/app/i18n"
	"reachlab/app/text"
)

// bigRows is the size of the large dataset the compare test measures:
// REACHLAB_BIG_ROWS when set (12000000 for the README's figure), else five
// million rows (150 MB).
func bigRows(t *testing.T) int {
	if s := os.Getenv("REACHLAB_BIG_ROWS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			t.Fatalf("REACHLAB_BIG_ROWS=%q", s)
		}
		return n
	}
	return 5_000_000
}

// gapWatch notes, in the page, the longest wait between two ticks of a
// 50 ms timer: how long the page stopped answering.
const gapWatch = `(() => {
	window.__gap = 0;
	let last = performance.now();
	clearInterval(window.__gapTimer);
	window.__gapTimer = setInterval(() => { const n = performance.now(); window.__gap = Math.max(window.__gap, n - last); last = n; }, 50);
	return true;
})()`

// TestCompareOnMillionsOfRowsShowsProgressAndCancels loads a large CSV on
// /data, reloads (so that the engines read it back from storage), follows
// the navigation link to /compare: the page shows the progress of reading
// and measuring, stays responsive, cancels when asked, and measures again
// to the end.
func TestCompareOnMillionsOfRowsShowsProgressAndCancels(t *testing.T) {
	skipUnlessE2E(t)
	rows := bigRows(t)
	h := startHost(t)
	ctx := newBrowser(t, browserOptions{lang: "en-US"})
	open(t, ctx, h.URL+"/data")
	upload(t, ctx, bigCSV(t, "big.csv", rows))
	poll(t, ctx, "dataset big.csv in the list", `!!document.querySelector('#datasets [data-name="big.csv"]')`, 5*time.Minute)
	if err := reload(ctx); err != nil {
		t.Fatal(err)
	}
	waitApp(t, ctx)

	// The first measure shows its progress and stops when asked.
	eval[bool](t, ctx, gapWatch)
	activate(t, ctx, `nav a[href^="/compare"]`)
	poll(t, ctx, "the progress", `!!document.querySelector("#compare-progress #compare-bar")`, 60*time.Second)
	click(t, ctx, "#compare-cancel")
	poll(t, ctx, "the cancellation", `document.querySelector("#compare-status").innerText.includes("Measuring big.csv was cancelled")`, 20*time.Second)
	if n := eval[int](t, ctx, `document.querySelectorAll("#compare-progress, #results").length`); n != 0 {
		t.Error("a cancelled measure still shows its progress or a result")
	}

	// Measured again, to the end: the bar moves, the page keeps answering.
	eval[bool](t, ctx, gapWatch)
	start := time.Now()
	click(t, ctx, "#compare-retry")
	poll(t, ctx, "a progress past a quarter", `(() => { const b = document.querySelector("#compare-bar"); return !!b && b.value / b.max > 0.25; })()`, 3*time.Minute)
	want := i18n.Number(text.EN, float64(rows), 0)
	poll(t, ctx, "the result", `document.querySelector("#compare-status").innerText.includes("messages: `+want+`, channels: 7")`, 5*time.Minute)
	took := time.Since(start)
	gap := eval[float64](t, ctx, `window.__gap`)
	t.Logf("%d rows: read back and measured in %.1f s; the page's longest pause %.0f ms", rows, took.Seconds(), gap)
	if gap > 1000 {
		t.Errorf("the page stopped answering for %.0f ms while measuring", gap)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#channels tbody tr").length`); n < 7 {
		t.Errorf("%d channel rows, want 7", n)
	}
}
