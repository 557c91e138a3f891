package e2e

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// setOverBudget walks a plan file's JSON and puts amount on every action's
// budget, returning how many it changed.
func setOverBudget(v any, amount float64) int {
	n := 0
	switch v := v.(type) {
	case map[string]any:
		if b, ok := v["budget"].(map[string]any); ok {
			b["amount"] = amount
			n++
		}
		for _, c := range v {
			n += setOverBudget(c, amount)
		}
	case []any:
		for _, c := range v {
			n += setOverBudget(c, amount)
		}
	}
	return n
}

// actionBudgets returns the ids of the open plan's action budget inputs,
// failing the test when the template has fewer than two.
func actionBudgets(t *testing.T, ctx context.Context) []string {
	t.Helper()
	ids := eval[[]string](t, ctx, `[...document.querySelectorAll('#plan-editor input[id$="-budget"]')].map(e => e.id)`)
	if len(ids) < 2 {
		t.Fatalf("the template has %d action budgets, want at least 2", len(ids))
	}
	return ids
}

// TestPlanBudgetsThatWouldSumToInfinityAreRefused types 1e308 in two action
// budgets and imports a plan file with 1.7e308 on every action: each is
// refused with a message that gives the limit, and the program keeps
// answering (the page edits and saves, other pages open, the plan reloads).
func TestPlanBudgetsThatWouldSumToInfinityAreRefused(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)
	ctx := newBrowser(t, browserOptions{lang: "en-US"})
	console := watchConsole(ctx)
	dir := downloads(t, ctx)

	id := planCreate(t, ctx, h.URL, "three_phases")
	budgets := actionBudgets(t, ctx)
	for _, b := range budgets[:2] {
		planSetValue(t, ctx, "#"+b, "1e308")
		poll(t, ctx, "the refusal of 1e308", `(() => { const a = document.querySelector("#plan-alerts"); return !!a && a.innerText.includes("is refused, a budget must be between 0 and 1,000,000,000,000"); })()`, 10*time.Second)
		if v := eval[string](t, ctx, fmt.Sprintf(`document.querySelector("#%s").value`, b)); v == "1e308" {
			t.Errorf("%s still shows the refused 1e308", b)
		}
	}
	// The page still edits and saves; the budget chart draws the accepted value.
	planSetValue(t, ctx, "#"+budgets[0], "25000")
	planSaved(t, ctx)
	poll(t, ctx, "the budget by phase", chartDrawn("plan-budget-phase"), 20*time.Second)

	// A plan file with 1.7e308 on every action is refused, naming an action.
	click(t, ctx, "#plan-export-json")
	_, file := waitDownload(t, dir, "reachlab-plan-*.json")
	var doc any
	if err := json.Unmarshal(file, &doc); err != nil {
		t.Fatal(err)
	}
	if n := setOverBudget(doc, 1.7e308); n < 2 {
		t.Fatalf("the exported plan has %d action budgets", n)
	}
	huge, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	open(t, ctx, h.URL+"/plan")
	poll(t, ctx, "the list", fmt.Sprintf(`!!document.querySelector('#plans [data-id=%q]')`, id), 20*time.Second)
	step, cancel := within(ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(step, chromedp.SetUploadFiles(chromedp.CSS("#plan-import"), []string{writeFile(t, "huge-budgets.json", huge)})); err != nil {
		t.Fatal(err)
	}
	poll(t, ctx, "the refused import", `(() => { const a = document.querySelector("#plan-alerts").innerText; return a.includes("huge-budgets.json:") && a.includes("but a budget must be between 0 and 1,000,000,000,000") && a.includes("Nothing saved was changed"); })()`, 20*time.Second)
	if n := eval[int](t, ctx, `document.querySelectorAll("#plans li").length`); n != 1 {
		t.Errorf("%d plans after the refused import, want 1", n)
	}

	// The program still runs: another page opens, the plan reopens after a
	// reload with the accepted budget.
	activate(t, ctx, `nav a[href^="/compare"]`)
	poll(t, ctx, "the compare page", `location.pathname === "/compare" && !!document.querySelector(".compare-page h1")`, 20*time.Second)
	open(t, ctx, h.URL+"/plan?plan="+id)
	if err := reload(ctx); err != nil {
		t.Fatal(err)
	}
	poll(t, ctx, "the plan after reload", fmt.Sprintf(`(() => { const e = document.querySelector("#%s"); return !!e && e.value === "25000"; })()`, budgets[0]), 30*time.Second)
	if n := eval[int](t, ctx, `document.querySelectorAll("#view-failed").length`); n != 0 {
		t.Error("the plan page shows the broken-view box")
	}
	if p := console.problems(); len(p) > 0 {
		t.Errorf("console errors: %v", p)
	}
}

// TestAPlanStoredWithHugeBudgetsOpensAsRefusedAndCanBeDeleted: a workspace
// file carrying a plan whose budgets sum past float64 is refused at the
// import, the plan and the limit named, and changes nothing. Such a plan
// stored all the same (by a ReachLab that did not check, written here
// straight into IndexedDB) says what is wrong when opened instead of
// stopping the program, can be deleted, and the other plan is intact after
// a reload.
func TestAPlanStoredWithHugeBudgetsOpensAsRefusedAndCanBeDeleted(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)
	ctx := newBrowser(t, browserOptions{lang: "en-US"})
	dir := downloads(t, ctx)

	keep := planCreate(t, ctx, h.URL, "grow")
	planSetValue(t, ctx, "#plan-owner", "Keep me")
	planSaved(t, ctx)
	bad := planCreate(t, ctx, h.URL, "three_phases")
	budgets := actionBudgets(t, ctx)
	for _, b := range budgets[:2] {
		planSetValue(t, ctx, "#"+b, "1000")
		planSaved(t, ctx)
	}

	// The workspace file, with every budget of that plan at 1.7e308.
	open(t, ctx, h.URL+"/data")
	activate(t, ctx, "#workspace-export")
	_, file := waitDownload(t, dir, "reachlab-workspace-*.json")
	var ws struct {
		Format   string `json:"format"`
		Version  int    `json:"version"`
		Exported string `json:"exported"`
		Records  []struct {
			Kind  string `json:"kind"`
			ID    string `json:"id"`
			Title string `json:"title"`
			Data  []byte `json:"data"`
		} `json:"records"`
	}
	if err := json.Unmarshal(file, &ws); err != nil {
		t.Fatal(err)
	}
	changed := 0
	var hugePlan []byte
	for i, r := range ws.Records {
		if r.Kind != "plan" || r.ID != bad {
			continue
		}
		var doc any
		if err := json.Unmarshal(r.Data, &doc); err != nil {
			t.Fatalf("plan record: %v", err)
		}
		changed = setOverBudget(doc, 1.7e308)
		b, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		ws.Records[i].Data, hugePlan = b, b
	}
	if changed < 2 {
		t.Fatalf("the stored plan has %d budgets", changed)
	}
	huge, err := json.Marshal(ws)
	if err != nil {
		t.Fatal(err)
	}
	importWorkspace(t, ctx, writeFile(t, "huge-workspace.json", huge))
	poll(t, ctx, "the import refused", `(() => { const a = document.querySelector("#data-alerts").innerText; return a.includes("huge-workspace.json was not imported and nothing was changed") && a.includes("plan “") && a.includes("but a budget must be between 0 and 1,000,000,000,000"); })()`, 20*time.Second)
	if eval[bool](t, ctx, `!!document.querySelector("#workspace-preview")`) {
		t.Error("a refused file shows a preview")
	}
	storePlan(t, ctx, bad, hugePlan)

	// Opening it says what is wrong; the program keeps running.
	open(t, ctx, h.URL+"/plan?plan="+bad)
	poll(t, ctx, "the plan refused on opening", `(() => { const a = document.querySelector("#plan-alerts"); return !!a && a.innerText.includes("but a budget must be between 0 and 1,000,000,000,000"); })()`, 30*time.Second)
	activate(t, ctx, `nav a[href^="/plan"]`)
	poll(t, ctx, "the list", fmt.Sprintf(`!!document.querySelector('#plans [data-id=%q]')`, bad), 20*time.Second)
	click(t, ctx, fmt.Sprintf(`#plans [data-id=%q] button.delete`, bad))
	poll(t, ctx, "the deletion", fmt.Sprintf(`!document.querySelector('#plans [data-id=%q]')`, bad), 20*time.Second)
	time.Sleep(500 * time.Millisecond) // the deletion is stored
	if err := reload(ctx); err != nil {
		t.Fatal(err)
	}
	waitApp(t, ctx)
	open(t, ctx, h.URL+"/plan?plan="+keep)
	poll(t, ctx, "the other plan intact", `(() => { const e = document.querySelector("#plan-owner"); return !!e && e.value === "Keep me"; })()`, 30*time.Second)
}

// storePlan writes data as the stored plan id, straight into the browser's
// IndexedDB as the store lays it out (app/store), as an older ReachLab that
// did not check plans may have stored it.
func storePlan(t *testing.T, ctx context.Context, id string, data []byte) {
	t.Helper()
	ok := eval[bool](t, ctx, fmt.Sprintf(`new Promise((resolve, reject) => {
		const req = indexedDB.open("reachlab");
		req.onerror = () => reject(req.error);
		req.onsuccess = () => {
			const db = req.result, key = "plan/" + %q;
			const tx = db.transaction(["records", "blobs"], "readwrite");
			const records = tx.objectStore("records"), blobs = tx.objectStore("blobs");
			const get = records.get(key);
			get.onsuccess = () => {
				const r = get.result, data = Uint8Array.from(atob(%q), c => c.charCodeAt(0));
				r.rev += 1; r.updated = Date.now(); r.size = data.length;
				records.put(r);
				blobs.put(data, key);
			};
			tx.oncomplete = () => { db.close(); resolve(true); };
			tx.onerror = () => reject(tx.error);
		};
	})`, id, base64.StdEncoding.EncodeToString(data)))
	if !ok {
		t.Fatal("the plan was not stored")
	}
}
