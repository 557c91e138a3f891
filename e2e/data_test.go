package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
)

// fixture returns the absolute path of a test file of the data package.
func fixture(t *testing.T, rel string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("..", "app", "data", rel))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(p); err != nil {
		t.Fatal(err)
	}
	return p
}

// writeFile writes a temporary file for upload and returns its path.
func writeFile(t *testing.T, name string, content []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, content, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// upload gives files to the /data page's file input (the page must be open).
func upload(t *testing.T, ctx context.Context, paths ...string) {
	t.Helper()
	step, cancel := within(ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(step, chromedp.SetUploadFiles(chromedp.CSS("#file-input"), paths)); err != nil {
		t.Fatalf("uploading %v: %v", paths, err)
	}
}

// waitDataset waits until the dataset list shows a file and returns its id.
func waitDataset(t *testing.T, ctx context.Context, name string) string {
	t.Helper()
	sel := fmt.Sprintf(`#datasets [data-name=%q]`, name)
	poll(t, ctx, "dataset "+name+" in the list", fmt.Sprintf(`!!document.querySelector(%q)`, sel), 60*time.Second)
	return eval[string](t, ctx, fmt.Sprintf(`document.querySelector(%q).dataset.id`, sel))
}

// uploadDataset opens /data, uploads one file and returns the dataset id.
func uploadDataset(t *testing.T, ctx context.Context, hostURL, path string) string {
	t.Helper()
	open(t, ctx, hostURL+"/data")
	upload(t, ctx, path)
	return waitDataset(t, ctx, filepath.Base(path))
}

func TestDataLoadsSpreadsheetExports(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)
	ctx := newBrowser(t, browserOptions{lang: "en-US"})
	console := watchConsole(ctx)
	open(t, ctx, h.URL+"/data")

	// A French Excel CSV: Windows-1252, semicolons, decimal commas, spaces
	// between digit groups, percentages, a euro sign.
	upload(t, ctx, fixture(t, "testdata/audience_fr_cp1252.csv"))
	waitDataset(t, ctx, "audience_fr_cp1252.csv")
	poll(t, ctx, "the dataset view", `!!document.querySelector("#dataset-view #preview")`, 30*time.Second)
	if got := textOf(t, ctx, "#format-encoding"); !strings.Contains(strings.ToLower(got), "1252") {
		t.Errorf("encoding shown = %q, want Windows-1252", got)
	}
	if got := textOf(t, ctx, "#format-delimiter"); !strings.Contains(got, ";") {
		t.Errorf("delimiter shown = %q", got)
	}
	header := textOf(t, ctx, "#preview thead")
	for _, want := range []string{"Chaîne", "Téléspectateurs", "Coût €"} {
		if !strings.Contains(header, want) {
			t.Errorf("preview header %q lacks %q (accents decoded)", header, want)
		}
	}
	// The first row: TF1, 19,5 %, 5 234 567 viewers, 1 234,50 €; shown the
	// English way since the UI is English.
	row := textOf(t, ctx, `#preview tbody tr[data-row="0"]`)
	for _, want := range []string{"TF1", "19.5%", "5,234,567", "1,234.5"} {
		if !strings.Contains(row, want) {
			t.Errorf("first row %q lacks %q", row, want)
		}
	}
	// "n/a" in a numeric column is missing, counted, not a zero.
	if got := eval[string](t, ctx, `document.querySelector('#columns tr[data-column="Téléspectateurs"] td:nth-of-type(3)').innerText`); got == "0" {
		t.Errorf("missing cells of Téléspectateurs = %q, want at least 1", got)
	}
	// Roles from the headers: the audience share column.
	if got := eval[string](t, ctx, `document.querySelector('#columns tr[data-column="Part d\'audience"] select[id^="role-"]').value`); got != "share" {
		t.Errorf("role of Part d'audience = %q, want share", got)
	}

	// Several files at once: YouTube's Total row, LinkedIn's title lines,
	// JSON, a UTF-16 TSV.
	upload(t, ctx,
		fixture(t, "testdata/youtube_total.csv"),
		fixture(t, "testdata/linkedin_title.csv"),
		fixture(t, "testdata/posts.json"),
		fixture(t, "testdata/tiktok_utf16le.txt"),
	)
	for _, name := range []string{"youtube_total.csv", "linkedin_title.csv", "posts.json", "tiktok_utf16le.txt"} {
		waitDataset(t, ctx, name)
	}
	click(t, ctx, `#datasets [data-name="youtube_total.csv"] button.open`)
	poll(t, ctx, "YouTube's total row reported", `!!document.querySelector("#format-total") && document.querySelector("#dataset-heading").innerText === "youtube_total.csv"`, 20*time.Second)
	if got := textOf(t, ctx, `#preview tbody tr[data-row="0"]`); strings.Contains(got, "Total") {
		t.Errorf("the Total row is shown as data: %q", got)
	}
	click(t, ctx, `#datasets [data-name="linkedin_title.csv"] button.open`)
	poll(t, ctx, "LinkedIn's title lines skipped", `!!document.querySelector("#format-titles") && document.querySelector("#dataset-heading").innerText === "linkedin_title.csv"`, 20*time.Second)

	if p := console.problems(); len(p) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(p, "\n"))
	}

	// Everything is still there after a reload.
	if err := reload(ctx); err != nil {
		t.Fatal(err)
	}
	waitApp(t, ctx)
	for _, name := range []string{"audience_fr_cp1252.csv", "youtube_total.csv", "posts.json"} {
		waitDataset(t, ctx, name)
	}
}

func TestDataBadFilesAreExplained(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)
	ctx := newBrowser(t, browserOptions{lang: "en-US"})
	open(t, ctx, h.URL+"/data")

	empty := writeFile(t, "empty.csv", nil)
	binary := writeFile(t, "photo.csv", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 2000)...))
	headerOnly := writeFile(t, "header.csv", []byte("channel,reach\n"))
	cases := []struct {
		path, want string
	}{
		{empty, "empty.csv: the file is empty"},
		{binary, "photo.csv: this is not a text file"},
		{headerOnly, "header.csv: there is a header but no data rows"},
	}
	for _, c := range cases {
		upload(t, ctx, c.path)
		poll(t, ctx, "the error for "+filepath.Base(c.path), fmt.Sprintf(`document.querySelector("#data-alerts").innerText.includes(%q)`, c.want), 20*time.Second)
	}

	// A 2 GB file is refused before a byte is read (the file is sparse).
	huge := filepath.Join(t.TempDir(), "huge.csv")
	if err := os.WriteFile(huge, []byte("a,b\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(huge, 2<<30); err != nil {
		t.Fatal(err)
	}
	upload(t, ctx, huge)
	poll(t, ctx, "the size error", `document.querySelector("#data-alerts").innerText.includes("huge.csv: the file is too large (2.15\u00a0GB")`, 20*time.Second)

	// A ragged file and an unclosed quote are read, with the places of the
	// problems; the hostile cell stays text.
	upload(t, ctx, fixture(t, "testdata/ragged.csv"))
	waitDataset(t, ctx, "ragged.csv")
	poll(t, ctx, "ragged rows with their lines", `document.querySelector("#issues") && document.querySelector("#issues").innerText.includes("ragged.csv, line 3")`, 20*time.Second)
	issues := textOf(t, ctx, "#issues")
	if !strings.Contains(issues, "quoted field is never closed") || !strings.Contains(issues, "line 7") {
		t.Errorf("issues = %q, want the unclosed quote at line 7", issues)
	}

	upload(t, ctx, fixture(t, "testdata/excel_sep.csv"))
	waitDataset(t, ctx, "excel_sep.csv")
	poll(t, ctx, "the script cell shown as text", `document.querySelector("#preview") && document.querySelector("#preview").innerText.includes("<script>alert('x')</script>")`, 20*time.Second)
	if n := eval[int](t, ctx, `document.querySelectorAll("main script").length`); n != 0 {
		t.Errorf("a cell became %d script element(s)", n)
	}

	// No dataset was kept for the files that could not be read.
	if n := eval[int](t, ctx, `document.querySelectorAll('#datasets [data-name="empty.csv"], #datasets [data-name="photo.csv"], #datasets [data-name="huge.csv"]').length`); n != 0 {
		t.Errorf("%d unreadable files were kept", n)
	}
}

func TestDataMappingPasteDeleteUndo(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)
	ctx := newBrowser(t, browserOptions{lang: "fr-FR"})
	open(t, ctx, h.URL+"/data")

	// Paste cells from a spreadsheet onto the drop zone, as Ctrl+V does.
	const cells = "Réseau\tMentions\tVues\nLinkedIn\t12\t1 234,5\nX\t3\t99\n"
	eval[bool](t, ctx, fmt.Sprintf(`(() => {
		const dt = new DataTransfer();
		dt.setData("text/plain", %q);
		return document.querySelector("#drop-zone").dispatchEvent(new ClipboardEvent("paste", {clipboardData: dt, bubbles: true, cancelable: true}));
	})()`, cells))
	poll(t, ctx, "the pasted table", `document.querySelector("#dataset-view") && document.querySelector("#preview").innerText.includes("1\u00a0234,5")`, 20*time.Second)
	name := textOf(t, ctx, "#dataset-heading")
	id := waitDataset(t, ctx, name)

	// The paste box takes the same cells typed or pasted into it.
	step, cancel := within(ctx, 20*time.Second)
	err := chromedp.Do(step, chromedp.Click(chromedp.CSS("details.paste summary")))
	cancel()
	if err != nil {
		t.Fatal(err)
	}
	eval[bool](t, ctx, fmt.Sprintf(`(() => {
		const box = document.querySelector("#paste-input");
		box.value = %q;
		return box.dispatchEvent(new Event("input", {bubbles: true}));
	})()`, "Canal\tPortée\nTF1\t5 200 000\n"))
	click(t, ctx, "#paste-load")
	poll(t, ctx, "the second paste", `document.querySelector("#preview").innerText.includes("5\u00a0200\u00a0000")`, 20*time.Second)

	// Give "Mentions" the role of comments; it is remembered.
	open(t, ctx, h.URL+"/data?dataset="+id)
	poll(t, ctx, "the pasted dataset's columns", `!!document.querySelector('#columns tr[data-column="Mentions"]')`, 20*time.Second)
	eval[bool](t, ctx, `(() => {
		const s = document.querySelector('#columns tr[data-column="Mentions"] select[id^="role-"]');
		s.value = "comments";
		return s.dispatchEvent(new Event("change", {bubbles: true}));
	})()`)
	poll(t, ctx, "the saved mapping", `document.querySelector("#data-status").innerText.includes("Réglages des colonnes enregistrés")`, 20*time.Second)
	open(t, ctx, h.URL+"/data?dataset="+id)
	poll(t, ctx, "the role after reload", `(() => { const s = document.querySelector('#columns tr[data-column="Mentions"] select[id^="role-"]'); return !!s && s.value === "comments"; })()`, 20*time.Second)

	// Delete, then undo.
	click(t, ctx, fmt.Sprintf(`#datasets [data-id=%q] button.delete`, id))
	poll(t, ctx, "the deletion", fmt.Sprintf(`!document.querySelector('#datasets [data-id=%q]') && !!document.querySelector("#undo-delete")`, id), 20*time.Second)
	click(t, ctx, "#undo-delete")
	poll(t, ctx, "the dataset back", fmt.Sprintf(`!!document.querySelector('#datasets [data-id=%q]')`, id), 20*time.Second)
}

func TestDataWorksOffline(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)
	ctx := newBrowser(t, browserOptions{lang: "en-US"})
	id := uploadDataset(t, ctx, h.URL, fixture(t, "testdata/youtube_total.csv"))
	poll(t, ctx, "the service worker's cache", cachedEverything, 60*time.Second)
	h.stop()
	open(t, ctx, h.URL+"/data?dataset="+id)
	poll(t, ctx, "the dataset offline", `!!document.querySelector("#preview") && document.querySelector("#preview").innerText.includes("Nos coulisses")`, 30*time.Second)
}

func TestWorkspaceFileMovesToAnotherBrowser(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)
	teacher := newBrowser(t, browserOptions{lang: "en-US"})
	dir := downloads(t, teacher)
	uploadDataset(t, teacher, h.URL, fixture(t, "testdata/audience_fr_cp1252.csv"))
	activate(t, teacher, "#workspace-export")
	name, file := waitDownload(t, dir, "reachlab-workspace-*.json")
	if !strings.Contains(string(file), `"format":"reachlab-workspace"`) {
		t.Fatalf("%s is not a workspace file", name)
	}

	// A student imports it in another browser profile.
	student := newBrowser(t, browserOptions{lang: "en-US"})
	open(t, student, h.URL+"/data")
	step, cancel := within(student, 30*time.Second)
	err := chromedp.Do(step, chromedp.SetUploadFiles(chromedp.CSS("#workspace-import"), []string{filepath.Join(dir, name)}))
	cancel()
	if err != nil {
		t.Fatal(err)
	}
	// The preview says what the import adds; nothing conflicts here.
	poll(t, student, "the preview", `!!document.querySelector("#workspace-preview #workspace-import-confirm") && document.querySelector("#workspace-preview").innerText.includes("audience_fr_cp1252.csv")`, 20*time.Second)
	click(t, student, "#workspace-import-confirm")
	id := waitDataset(t, student, "audience_fr_cp1252.csv")
	open(t, student, h.URL+"/data?dataset="+id)
	poll(t, student, "the imported rows", `!!document.querySelector("#preview") && document.querySelector("#preview").innerText.includes("Chérie 25")`, 30*time.Second)

	// A damaged file is refused and changes nothing.
	bad := writeFile(t, "broken.json", []byte(`{"format":"reachlab-workspace","version":1,"records":[{"kind":"dataset","id":"`+id+`","data":"%%%"}]}`))
	step, cancel = within(student, 30*time.Second)
	err = chromedp.Do(step, chromedp.SetUploadFiles(chromedp.CSS("#workspace-import"), []string{bad}))
	cancel()
	if err != nil {
		t.Fatal(err)
	}
	poll(t, student, "the refusal", `document.querySelector("#data-alerts").innerText.includes("broken.json: the file is damaged; nothing was changed")`, 20*time.Second)
	open(t, student, h.URL+"/data?dataset="+id)
	poll(t, student, "the dataset untouched", `!!document.querySelector("#preview") && document.querySelector("#preview").innerText.includes("Chérie 25")`, 30*time.Second)
}

func TestFullStorageIsReported(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)
	ctx := newBrowser(t, browserOptions{lang: "en-US"})
	open(t, ctx, h.URL+"/data")
	// Give the site a quota smaller than the file; the app must say so.
	quota := float64(200_000)
	if _, err := chromedp.Call(ctx, storage.OverrideQuotaForOrigin, storage.OverrideQuotaForOriginParams{Origin: h.URL, QuotaSize: &quota}); err != nil {
		t.Fatal(err)
	}
	// Random digits: the browser compresses what it stores (Chromium's
	// IndexedDB uses Snappy), and a repetitive file would fit the quota.
	var b strings.Builder
	b.WriteString("channel,reach\n")
	x := uint64(1)
	for b.Len() < 2_000_000 {
		x = x*6364136223846793005 + 1442695040888963407
		fmt.Fprintf(&b, "LinkedIn,%d\n", x>>20)
	}
	upload(t, ctx, writeFile(t, "big.csv", []byte(b.String())))
	poll(t, ctx, "the quota error", `document.querySelector("#data-alerts").innerText.includes("big.csv: the browser's storage is full")`, 30*time.Second)
	if n := eval[int](t, ctx, `document.querySelectorAll('#datasets [data-name="big.csv"]').length`); n != 0 {
		t.Error("a dataset that could not be stored is listed")
	}
}

func TestDataReadsExcelWorkbooks(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)
	ctx := newBrowser(t, browserOptions{lang: "fr-FR"})
	path, err := filepath.Abs(filepath.Join("..", "app", "data", "xlsx", "testdata", "posts.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	id := uploadDataset(t, ctx, h.URL, path)
	open(t, ctx, h.URL+"/data?dataset="+id)
	poll(t, ctx, "the workbook's first sheet", `!!document.querySelector("#preview") && document.querySelector("#preview").innerText.includes("Lancement de l’été & soldes")`, 30*time.Second)
	row := textOf(t, ctx, `#preview tbody tr[data-row="0"]`)
	// Dates from Excel serial numbers, numbers and percentages the French way.
	for _, want := range []string{"2026-07-14", "15\u00a0230", "2,70518713"} {
		if !strings.Contains(row, want) {
			t.Errorf("first row %q lacks %q", row, want)
		}
	}
	// Two sheets: the picker offers the second, a header without rows,
	// which is explained with its sheet and line; the first stays shown.
	eval[bool](t, ctx, `(() => { const s = document.querySelector("#sheet-select"); s.value = "1"; return s.dispatchEvent(new Event("change", {bubbles: true})); })()`)
	poll(t, ctx, "the second sheet's problem", `document.querySelector("#data-alerts").innerText.includes("posts.xlsx — Notes, ligne 1 : il y a un en-tête mais aucune ligne de données")`, 30*time.Second)
	if err := reload(ctx); err != nil {
		t.Fatal(err)
	}
	waitApp(t, ctx)
	poll(t, ctx, "the first sheet after reload", `!!document.querySelector("#preview") && document.querySelector("#preview").innerText.includes("Live Q&A") && document.querySelector("#sheet-select").value === "0"`, 30*time.Second)
}

func TestDataRecognisesPlatformExports(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)
	ctx := newBrowser(t, browserOptions{lang: "fr-FR"})
	cases := []struct {
		file, platform string
		roles          map[string]string // column → role
	}{
		{"meta_facebook_publications_fr_cp1252.csv", "Facebook", map[string]string{"Couverture": "reach", "Vues": "impressions", "Réactions": "reactions", "Réactions, commentaires et partages": "none"}},
		{"linkedin_page_all_posts_en.csv", "LinkedIn", map[string]string{"Impressions": "impressions", "Likes": "reactions", "Reposts": "shares", "Created date": "date"}},
		{"youtube_table_data_fr.csv", "YouTube", map[string]string{"Vues": "impressions", "J'aime": "reactions", "Commentaires ajoutés": "comments"}},
		{"tv_audiences_fr.csv", "audience télévisée", map[string]string{"Chaîne": "channel", "PDA 4+ (%)": "share"}},
	}
	open(t, ctx, h.URL+"/data")
	for _, c := range cases {
		upload(t, ctx, fixture(t, filepath.Join("platform", "testdata", c.file)))
		id := waitDataset(t, ctx, c.file)
		open(t, ctx, h.URL+"/data?dataset="+id)
		poll(t, ctx, c.file+" recognised", fmt.Sprintf(`!!document.querySelector("#platform") && document.querySelector("#dataset-heading").innerText === %q`, c.file), 30*time.Second)
		if got := textOf(t, ctx, "#platform"); !strings.Contains(got, c.platform) {
			t.Errorf("%s recognised as %q, want %s", c.file, got, c.platform)
		}
		for col, role := range c.roles {
			got := eval[string](t, ctx, fmt.Sprintf(`(() => {
				const row = [...document.querySelectorAll("#columns tbody tr")].find(r => r.dataset.column === %q);
				return row ? row.querySelector('select[id^="role-"]').value : "absent";
			})()`, col))
			if got != role {
				t.Errorf("%s: column %q has role %q, want %q", c.file, col, got, role)
			}
		}
	}
}

// bigCSV writes a CSV of n rows of posts.
func bigCSV(t *testing.T, name string, n int) string {
	t.Helper()
	var b strings.Builder
	b.Grow(n * 40)
	b.WriteString("Post ID,Channel,Reach,Likes\n")
	for i := range n {
		fmt.Fprintf(&b, "p%d,\"Page, %d\",%d,%d\n", i, i%7, 1000+i%5000, i%97)
	}
	return writeFile(t, name, []byte(b.String()))
}

func TestDataMillionRowsScrollAndLongReadsCancel(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)
	ctx := newBrowser(t, browserOptions{lang: "en-US"})
	open(t, ctx, h.URL+"/data")

	// A long read shows its progress and stops when asked; nothing is kept.
	upload(t, ctx, bigCSV(t, "long.csv", 3_000_000))
	poll(t, ctx, "the progress of the long read", `!!document.querySelector("#load-progress") && document.querySelector("#load-progress").innerText.includes("long.csv")`, 30*time.Second)
	click(t, ctx, "#load-cancel")
	poll(t, ctx, "the cancellation", `document.querySelector("#data-alerts").innerText.includes("long.csv: loading cancelled")`, 30*time.Second)
	if n := eval[int](t, ctx, `document.querySelectorAll('#datasets [data-name="long.csv"]').length`); n != 0 {
		t.Error("a cancelled read was kept")
	}

	// A million rows: read, then the preview scrolls to the last row, which
	// is drawn, with only a screenful of rows in the page.
	upload(t, ctx, bigCSV(t, "million.csv", 1_000_000))
	waitDataset(t, ctx, "million.csv")
	poll(t, ctx, "the preview", `!!document.querySelector("#preview-scroll")`, 60*time.Second)
	eval[bool](t, ctx, `(() => { const s = document.querySelector("#preview-scroll"); s.scrollTop = s.scrollHeight; s.dispatchEvent(new Event("scroll")); return true; })()`)
	poll(t, ctx, "the last row", `!!document.querySelector('#preview tbody tr[data-row="999999"]')`, 30*time.Second)
	if got := textOf(t, ctx, `#preview tbody tr[data-row="999999"]`); !strings.Contains(got, "p999999") {
		t.Errorf("last row shows %q", got)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#preview tbody tr").length`); n > 40 {
		t.Errorf("%d rows in the page for a view of 15", n)
	}
	// Scrolling through the middle keeps every frame quick: measure the
	// time the page takes to answer 20 scroll steps.
	ms := eval[float64](t, ctx, `(async () => {
		const s = document.querySelector("#preview-scroll");
		const start = performance.now();
		for (let i = 0; i < 20; i++) {
			s.scrollTop = s.scrollHeight * i / 20;
			s.dispatchEvent(new Event("scroll"));
			await new Promise(r => requestAnimationFrame(() => r()));
		}
		return (performance.now() - start) / 20;
	})()`)
	t.Logf("mean time per scroll step over a million rows: %.1f ms", ms)
	if ms > 200 {
		t.Errorf("scrolling a million rows takes %.0f ms a step", ms)
	}
}
