package e2e

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// importWorkspace gives a workspace file to the /data page's import (the
// page must be open).
func importWorkspace(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	step, cancel := within(ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(step, chromedp.SetUploadFiles(chromedp.CSS("#workspace-import"), []string{path})); err != nil {
		t.Fatalf("importing %s: %v", path, err)
	}
}

// previewShows waits for the import's preview and returns its text.
func previewShows(t *testing.T, ctx context.Context) string {
	t.Helper()
	poll(t, ctx, "the import's preview", `!!document.querySelector("#workspace-preview")`, 30*time.Second)
	return textOf(t, ctx, "#workspace-preview")
}

// roleOf is the role chosen for column col of the dataset shown on /data.
func roleOf(col string) string {
	return fmt.Sprintf(`(document.querySelector('#columns tr[data-column=%q] select[id^="role-"]') || {}).value`, col)
}

// withBadPlan adds a plan record whose data is not a plan to a workspace
// file.
func withBadPlan(t *testing.T, file []byte, title string) []byte {
	t.Helper()
	var ws map[string]any
	if err := json.Unmarshal(file, &ws); err != nil {
		t.Fatal(err)
	}
	recs, _ := ws["records"].([]any)
	ws["records"] = append(recs, map[string]any{
		"kind": "plan", "id": "broken", "title": title,
		"data": base64.StdEncoding.EncodeToString([]byte(`{"format":"reachlab-plan","version":3,"plan":{"horizon":{"start":"2026-02-30"}}}`)),
	})
	b, err := json.Marshal(ws)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestImportingAnOldBackupAsksBeforeReplacing: a workspace exported, then
// changed (a column's role, a plan's owner), then imported again. The
// preview names what is already here; keeping both reverts nothing and adds
// copies; replacing brings the file's versions back; a file with a bad
// record is refused with the record named and changes nothing; after a
// reload everything is there, and the comparison opens the current dataset.
func TestImportingAnOldBackupAsksBeforeReplacing(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)
	ctx := newBrowser(t, browserOptions{lang: "en-US"})
	console := watchConsole(ctx)
	dir := downloads(t, ctx)

	id := uploadDataset(t, ctx, h.URL, writeFile(t, "posts.csv", []byte("Channel,Date,Reach,Likes\nPage A,2026-07-14,1000,10\nPage B,2026-07-15,2000,30\n")))
	poll(t, ctx, "the column mapping", fmt.Sprintf(`!!%s`, roleOf("Likes")), 30*time.Second)
	oldRole := eval[string](t, ctx, roleOf("Likes"))
	plan := planCreate(t, ctx, h.URL, "grow")
	planSetValue(t, ctx, "#plan-title", "Budget plan")
	planSaved(t, ctx)
	planSetValue(t, ctx, "#plan-owner", "Old owner")
	planSaved(t, ctx)

	open(t, ctx, h.URL+"/data")
	activate(t, ctx, "#workspace-export")
	name, backup := waitDownload(t, dir, "reachlab-workspace-*.json")
	backupPath := filepath.Join(dir, name)

	// Newer work: the plan's owner, the role of a column.
	open(t, ctx, h.URL+"/plan?plan="+plan)
	poll(t, ctx, "the plan", `!!document.querySelector("#plan-owner")`, 30*time.Second)
	planSetValue(t, ctx, "#plan-owner", "New owner")
	planSaved(t, ctx)
	open(t, ctx, h.URL+"/data")
	poll(t, ctx, "the column mapping", fmt.Sprintf(`!!%s`, roleOf("Likes")), 30*time.Second)
	sel := `#columns tr[data-column="Likes"] select[id^="role-"]`
	newRole := eval[string](t, ctx, fmt.Sprintf(`[...document.querySelector(%q).options].map(o => o.value).find(v => v && v !== %q)`, sel, oldRole))
	choose(t, ctx, sel, newRole)
	poll(t, ctx, "the new role saved", fmt.Sprintf(`document.querySelector("#data-status").innerText.includes("Column settings saved") && %s === %q`, roleOf("Likes"), newRole), 20*time.Second)

	// The old backup: the preview says what it would replace.
	importWorkspace(t, ctx, backupPath)
	shown := previewShows(t, ctx)
	conflicts := textOf(t, ctx, "#ws-conflict")
	if !strings.Contains(conflicts, "Already here with other content (2)") || !strings.Contains(conflicts, "“posts.csv”") || !strings.Contains(conflicts, "“Budget plan”") {
		t.Errorf("the preview's conflicts: %q (preview %q)", conflicts, shown)
	}
	for _, b := range []string{"#workspace-import-keep", "#workspace-import-replace", "#workspace-import-cancel"} {
		if !eval[bool](t, ctx, fmt.Sprintf(`!!document.querySelector(%q)`, b)) {
			t.Errorf("the preview has no %s", b)
		}
	}
	// Cancelling changes nothing.
	activate(t, ctx, "#workspace-import-cancel")
	poll(t, ctx, "the import cancelled", `!document.querySelector("#workspace-preview") && document.querySelector("#data-status").innerText.includes("nothing was changed")`, 20*time.Second)

	// Keep both: nothing reverted, the file's versions are copies.
	importWorkspace(t, ctx, backupPath)
	previewShows(t, ctx)
	activate(t, ctx, "#workspace-import-keep")
	poll(t, ctx, "the import kept both", `document.querySelector("#data-status").innerText.includes("Workspace imported: 0 added, 0 replaced, 2 kept as a copy")`, 30*time.Second)
	copyID := waitDataset(t, ctx, "posts.csv (copy)")
	if copyID == id {
		t.Fatal("the copy has the dataset's ID")
	}
	poll(t, ctx, "the newer role kept", fmt.Sprintf(`document.querySelector("#dataset-heading") && document.querySelector("#dataset-heading").innerText === "posts.csv" && %s === %q`, roleOf("Likes"), newRole), 30*time.Second)
	open(t, ctx, h.URL+"/plan")
	poll(t, ctx, "the plan's copy listed", `!!document.querySelector("#plans") && document.querySelector("#plans").innerText.includes("Budget plan (copy)")`, 20*time.Second)
	open(t, ctx, h.URL+"/plan?plan="+plan)
	poll(t, ctx, "the newer owner kept", `(() => { const e = document.querySelector("#plan-owner"); return !!e && e.value === "New owner"; })()`, 30*time.Second)

	// Replace, chosen: the backup's versions come back.
	open(t, ctx, h.URL+"/data")
	importWorkspace(t, ctx, backupPath)
	previewShows(t, ctx)
	activate(t, ctx, "#workspace-import-replace")
	poll(t, ctx, "the import replaced", `document.querySelector("#data-status").innerText.includes("Workspace imported: 0 added, ") && !document.querySelector("#data-status").innerText.includes(" 0 replaced")`, 30*time.Second)
	poll(t, ctx, "the old role back", fmt.Sprintf(`%s === %q`, roleOf("Likes"), oldRole), 30*time.Second)
	open(t, ctx, h.URL+"/plan?plan="+plan)
	poll(t, ctx, "the old owner back", `(() => { const e = document.querySelector("#plan-owner"); return !!e && e.value === "Old owner"; })()`, 30*time.Second)

	// A file with a record that cannot be stored: refused, the record named.
	open(t, ctx, h.URL+"/data")
	poll(t, ctx, "the list", `!!document.querySelector("#datasets li")`, 20*time.Second)
	before := eval[int](t, ctx, `document.querySelectorAll("#datasets li").length`)
	importWorkspace(t, ctx, writeFile(t, "bad-workspace.json", withBadPlan(t, backup, "Broken plan")))
	poll(t, ctx, "the refusal", `document.querySelector("#data-alerts").innerText.includes("was not imported and nothing was changed") && document.querySelector("#data-alerts").innerText.includes("plan “Broken plan”: the plan cannot be read")`, 30*time.Second)
	if eval[bool](t, ctx, `!!document.querySelector("#workspace-preview")`) {
		t.Error("a refused file shows a preview")
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#datasets li").length`); n != before {
		t.Errorf("%d datasets after a refused import, want %d", n, before)
	}

	// The app opens again with everything there.
	if err := reload(ctx); err != nil {
		t.Fatal(err)
	}
	waitApp(t, ctx)
	waitDataset(t, ctx, "posts.csv")
	waitDataset(t, ctx, "posts.csv (copy)")
	poll(t, ctx, "the dataset after reload", fmt.Sprintf(`%s === %q`, roleOf("Likes"), oldRole), 30*time.Second)
	open(t, ctx, h.URL+"/plan")
	poll(t, ctx, "both plans after reload", `!!document.querySelector("#plans") && document.querySelector("#plans").innerText.includes("Budget plan (copy)") && document.querySelector("#plans").innerText.includes("Budget plan")`, 20*time.Second)
	if n := eval[int](t, ctx, `document.querySelectorAll("#plans [data-id]").length`); n != 2 {
		t.Errorf("%d plans after reload, want 2", n)
	}
	open(t, ctx, h.URL+"/data")
	waitDataset(t, ctx, "posts.csv")
	activate(t, ctx, `nav a[href^="/compare"]`)
	poll(t, ctx, "the comparison of the current dataset", fmt.Sprintf(`location.pathname === "/compare" && document.querySelector("#current-dataset") && document.querySelector("#current-dataset").value === %q`, id), 60*time.Second)
	if p := console.problems(); len(p) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(p, "\n"))
	}
}
