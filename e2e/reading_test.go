package e2e

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// firstRow is the text of the preview's first row.
const firstRow = `(document.querySelector('#preview tbody tr[data-row="0"]') || {}).innerText || ""`

// TestReaderGuessesAreShownAndReversible walks what the reader could only
// guess, on real files: a file of one number per line without a header
// (the paper's words.txt), then a TikTok Studio overview written in a
// Spanish interface, whose dates have no year ("8 de marzo"); and a date
// role given to a column of titles.
func TestReaderGuessesAreShownAndReversible(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)
	ctx := newBrowser(t, browserOptions{lang: "en-US"})
	console := watchConsole(ctx)

	// No header row: the first value, 14,086, is data.
	words := fixture(t, "testdata/powerlaw/words.txt")
	id := uploadDataset(t, ctx, h.URL, words)
	poll(t, ctx, "the dataset view", `!!document.querySelector("#dataset-view #preview tbody tr")`, 30*time.Second)
	if eval[bool](t, ctx, `document.querySelector("#header-switch").checked`) {
		t.Error("the header switch is on for a file without a header")
	}
	if got := textOf(t, ctx, "#header-why"); !strings.Contains(got, "Column 1") {
		t.Errorf("header verdict = %q, want the columns' names said", got)
	}
	if got := textOf(t, ctx, "#preview thead"); !strings.Contains(got, "Column 1") {
		t.Errorf("preview header = %q", got)
	}
	if got := eval[string](t, ctx, firstRow); !strings.Contains(got, "14,086") {
		t.Errorf("first row = %q, want 14,086 kept as data", got)
	}
	// The long tail, reached by the navigation, measures all 18,855 words.
	activate(t, ctx, `nav a[href^="/longtail"]`)
	poll(t, ctx, "the long tail of words.txt", fmt.Sprintf(`location.pathname === "/longtail" && !!document.querySelector("#dataset-select") && document.querySelector("#dataset-select").value === %q`, id), 30*time.Second)
	poll(t, ctx, "the fit", `!!document.querySelector("#fit-ntail") && document.querySelector("#fit-ntail").textContent !== ""`, 60*time.Second)
	if got := ltText(t, ctx, "#fit-ntail"); got != "2,958 of 18,855" {
		t.Errorf("n_tail = %q, want 2,958 of 18,855 (the paper's n)", got)
	}

	// The user says the first row is a header: it names the column, and
	// the answer survives a reload.
	activate(t, ctx, `nav a[href^="/data"]`)
	poll(t, ctx, "the data page on words.txt", `!!document.querySelector("#header-switch")`, 30*time.Second)
	activate(t, ctx, "#header-switch")
	poll(t, ctx, "the file read with a header", `document.querySelector("#preview thead") && document.querySelector("#preview thead").innerText.includes("14086")`, 30*time.Second)
	if got := textOf(t, ctx, "#header-why"); !strings.Contains(got, "as requested") {
		t.Errorf("header verdict = %q, want the user's choice said", got)
	}
	if err := reload(ctx); err != nil {
		t.Fatal(err)
	}
	waitApp(t, ctx)
	poll(t, ctx, "the header kept", `!!document.querySelector("#header-switch") && document.querySelector("#header-switch").checked && document.querySelector("#preview thead").innerText.includes("14086")`, 30*time.Second)
	// And back: no header again.
	activate(t, ctx, "#header-switch")
	poll(t, ctx, "no header again", `document.querySelector("#preview thead") && document.querySelector("#preview thead").innerText.includes("Column 1")`, 30*time.Second)

	// Dates without a year: assumed, said, and set by the user.
	overview := fixture(t, "load/testdata/exports/tiktok/es-franco/Overview.csv")
	upload(t, ctx, overview)
	waitDataset(t, ctx, filepath.Base(overview))
	poll(t, ctx, "the years explained", `!!document.querySelector("#years-why")`, 30*time.Second)
	why := textOf(t, ctx, "#years-why")
	for _, want := range []string{"“Date”", "7 dates written without a year", "assumed"} {
		if !strings.Contains(why, want) {
			t.Errorf("years = %q, want %q in it", why, want)
		}
	}
	choose(t, ctx, "#year-input", "2025")
	poll(t, ctx, "the dates in 2025", `(`+firstRow+`).includes("2025-03-08")`, 30*time.Second)
	if got := textOf(t, ctx, "#years-why"); !strings.Contains(got, "the year you set") {
		t.Errorf("years after the choice = %q", got)
	}
	if err := reload(ctx); err != nil {
		t.Fatal(err)
	}
	waitApp(t, ctx)
	poll(t, ctx, "the year kept", `!!document.querySelector("#year-input") && document.querySelector("#year-input").value === "2025" && (`+firstRow+`).includes("2025-03-08")`, 30*time.Second)
	// A year that is none is refused, and the dates stay.
	choose(t, ctx, "#year-input", "99999")
	poll(t, ctx, "the refusal", `[...document.querySelectorAll("[role=alert]")].some(e => e.innerText.includes("99999"))`, 10*time.Second)
	if got := eval[string](t, ctx, firstRow); !strings.Contains(got, "2025-03-08") {
		t.Errorf("after a refused year, first row = %q", got)
	}

	// A date role on a column of titles says how many cells fail.
	content := fixture(t, "load/testdata/exports/tiktok/haileytupy/Content.csv")
	upload(t, ctx, content)
	waitDataset(t, ctx, filepath.Base(content))
	poll(t, ctx, "the columns of Content.csv", `!!document.querySelector('#columns tr[data-column="Video title"] select[id^="role-"]')`, 30*time.Second)
	role := eval[string](t, ctx, `document.querySelector('#columns tr[data-column="Video title"] select[id^="role-"]').id`)
	choose(t, ctx, "#"+role, "date")
	check := "#" + strings.Replace(role, "role-", "role-check-", 1)
	poll(t, ctx, "the role check", fmt.Sprintf(`!!document.querySelector(%q)`, check), 30*time.Second)
	if got := textOf(t, ctx, check); !strings.Contains(got, "do not read as dates") || !strings.Contains(got, "@Unbrush") {
		t.Errorf("role check = %q, want the count and the first title", got)
	}
	if p := console.problems(); len(p) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(p, "\n"))
	}
}
