package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
)

// fillStorage gives the site a quota smaller than what it already uses
// (the service worker's cache holds the app), so that the browser refuses
// every write from now on, and returns the bytes used and the quota set.
// Chromium's navigator.storage.estimate() does not report an overridden
// quota, so a write is tried to see it refused.
func fillStorage(t *testing.T, ctx context.Context, origin string) (used, quota float64) {
	t.Helper()
	used = eval[float64](t, ctx, `navigator.storage.estimate().then(e => e.usage)`)
	quota = used / 2
	if _, err := chromedp.Call(ctx, storage.OverrideQuotaForOrigin, storage.OverrideQuotaForOriginParams{Origin: origin, QuotaSize: &quota}); err != nil {
		t.Fatal(err)
	}
	// Chromium's IndexedDB keeps the free space it last read for a while
	// (about 25 s here) before it asks again and sees the new quota.
	var got string
	for deadline := time.Now().Add(90 * time.Second); time.Now().Before(deadline); time.Sleep(time.Second) {
		if got = tryWrite(t, ctx); got == "QuotaExceededError" {
			return used, quota
		}
	}
	t.Fatalf("a 10-byte write with the storage full: %q, want QuotaExceededError", got)
	return used, quota
}

// tryWrite writes 10 bytes into a database of its own and returns "ok" or
// the name of the error that refused it.
func tryWrite(t *testing.T, ctx context.Context) string {
	t.Helper()
	return eval[string](t, ctx, `new Promise(done => {
		const open = indexedDB.open("reachlab-e2e-probe", 1);
		open.onupgradeneeded = () => open.result.createObjectStore("probe");
		open.onerror = () => done(open.error.name);
		open.onsuccess = () => {
			const tx = open.result.transaction("probe", "readwrite");
			tx.objectStore("probe").put(new Uint8Array(10), "k" + Math.random());
			tx.oncomplete = () => done("ok");
			tx.onabort = () => done(tx.error ? tx.error.name : "aborted");
		};
	})`)
}

func TestUndoDeleteWithStorageFull(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)
	ctx := newBrowser(t, browserOptions{lang: "en-US"})
	console := watchConsole(ctx)

	kept := uploadDataset(t, ctx, h.URL, fixture(t, "testdata/linkedin_title.csv"))
	gone := uploadDataset(t, ctx, h.URL, fixture(t, "testdata/youtube_total.csv"))
	plan := planCreate(t, ctx, h.URL, "three_phases")
	open(t, ctx, h.URL+"/data")
	listed := func(id string) string { return fmt.Sprintf(`!!document.querySelector('#datasets [data-id=%q]')`, id) }
	poll(t, ctx, "both datasets", listed(kept)+" && "+listed(gone), 20*time.Second)
	used, quota := fillStorage(t, ctx, h.URL)
	t.Logf("storage: %.0f bytes used, quota set to %.0f", used, quota)

	// Delete the current dataset: the storage cannot even take the
	// tombstone, so the page says the deletion holds in this tab only.
	click(t, ctx, fmt.Sprintf(`#datasets [data-id=%q] button.delete`, gone))
	poll(t, ctx, "the deletion", `!`+listed(gone)+` && !!document.querySelector("#undo-delete") && !!document.querySelector("#confirm-delete")`, 20*time.Second)
	msg := textOf(t, ctx, "#deletion")
	for _, want := range []string{"youtube_total.csv deleted.", "Its space is freed when undo ends, in 30 seconds.", "The storage is full: until then it is hidden in this tab only"} {
		if !strings.Contains(msg, want) {
			t.Errorf("deletion message %q lacks %q", msg, want)
		}
	}
	poll(t, ctx, "the other dataset current", fmt.Sprintf(`document.querySelector("#current-dataset").value === %q`, kept), 20*time.Second)

	// Undo, with the storage still full: the dataset is back and opens.
	click(t, ctx, "#undo-delete")
	poll(t, ctx, "the dataset back", listed(gone)+` && !document.querySelector("#undo-delete")`, 20*time.Second)
	poll(t, ctx, "its rows", `!!document.querySelector("#preview") && document.querySelector("#preview").innerText.includes("Nos coulisses")`, 30*time.Second)
	if alerts := textOf(t, ctx, "#data-alerts"); alerts != "" {
		t.Errorf("alerts after the undo: %q", alerts)
	}

	// Delete it again, and free the space at once.
	click(t, ctx, fmt.Sprintf(`#datasets [data-id=%q] button.delete`, gone))
	poll(t, ctx, "the second deletion", `!`+listed(gone)+` && !!document.querySelector("#confirm-delete")`, 20*time.Second)
	click(t, ctx, "#confirm-delete")
	poll(t, ctx, "the space freed", `document.querySelector("#data-status").innerText.includes("youtube_total.csv deleted; its space is freed.") && !document.querySelector("#undo-delete")`, 20*time.Second)

	// The other dataset is current and shows; its read is over before the
	// reload (a read cut short by closing the page counts as one that
	// stopped it).
	poll(t, ctx, "the other dataset shown", fmt.Sprintf(`document.querySelector("#current-dataset").value === %q && !!document.querySelector("#preview") && document.querySelector("#preview").innerText.includes("Engagement rate")`, kept), 30*time.Second)
	time.Sleep(time.Second)

	// Reload, the storage still full: the app opens, the other dataset and
	// the plan are intact, the deleted one is gone.
	if err := reload(ctx); err != nil {
		t.Fatal(err)
	}
	waitApp(t, ctx)
	if got := tryWrite(t, ctx); got != "QuotaExceededError" {
		t.Fatalf("after reload the storage takes writes again (%q): the test no longer tests a full storage", got)
	}
	poll(t, ctx, "the list after reload", listed(kept)+` && !`+listed(gone), 30*time.Second)
	click(t, ctx, fmt.Sprintf(`#datasets [data-id=%q] button.open`, kept))
	poll(t, ctx, "the kept dataset's rows", `!!document.querySelector("#preview") && document.querySelector("#preview").innerText.includes("Engagement rate")`, 30*time.Second)
	open(t, ctx, h.URL+"/plan")
	poll(t, ctx, "the plan", fmt.Sprintf(`!!document.querySelector('#plans [data-id=%q]')`, plan), 30*time.Second)
	click(t, ctx, `nav a[href^="/compare"]`)
	poll(t, ctx, "the comparison of the current dataset", fmt.Sprintf(`location.pathname === "/compare" && document.querySelector("#current-dataset").value === %q && !!document.querySelector("#kind-select")`, kept), 60*time.Second)
	if p := console.problems(); len(p) > 0 {
		t.Errorf("console: %v", p)
	}
}
