package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// planSetValue sets a form control's value and fires the change event, as a
// user's edit does once the field loses focus.
func planSetValue(t *testing.T, ctx context.Context, sel, value string) {
	t.Helper()
	ok := eval[bool](t, ctx, fmt.Sprintf(`(() => {
		const el = document.querySelector(%q);
		if (!el) return false;
		el.value = %q;
		el.dispatchEvent(new Event("change", {bubbles: true}));
		return true;
	})()`, sel, value))
	if !ok {
		t.Fatalf("no control %s", sel)
	}
}

// planCreate opens /plan, creates a plan from a template and returns its id.
func planCreate(t *testing.T, ctx context.Context, hostURL, template string) string {
	t.Helper()
	open(t, ctx, hostURL+"/plan")
	activate(t, ctx, "#template-"+template)
	activate(t, ctx, "#plan-create")
	poll(t, ctx, "the new plan's editor", `location.search.startsWith("?plan=") && !!document.querySelector("#plan-editor")`, 30*time.Second)
	return eval[string](t, ctx, `new URLSearchParams(location.search).get("plan")`)
}

// planSaved waits until the page has saved the last edit. The pause first
// lets the page take the edit's change event, which marks a save pending.
func planSaved(t *testing.T, ctx context.Context) {
	t.Helper()
	time.Sleep(300 * time.Millisecond)
	poll(t, ctx, "the save", `(() => { const s = document.querySelector("#plan-status"); return s.dataset.saving === "false" && (s.innerText.includes("Saved") || s.innerText.includes("Enregistré")); })()`, 20*time.Second)
}

func TestPlanFromTemplateWithKPIOnData(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)
	ctx := newBrowser(t, browserOptions{lang: "en-US"})
	console := watchConsole(ctx)
	dir := downloads(t, ctx)

	id := planCreate(t, ctx, h.URL, "three_phases")
	// The template's three phases are there.
	if n := eval[int](t, ctx, `document.querySelectorAll("details.phase").length`); n != 3 {
		t.Fatalf("%d phases, want 3", n)
	}
	planSetValue(t, ctx, "#plan-title", "Launch <img src=x onerror=alert(1)>")
	planSaved(t, ctx)
	if got := textOf(t, ctx, "#plan-heading"); got != "Launch <img src=x onerror=alert(1)>" {
		t.Errorf("title shown = %q, want the text as typed", got)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("main img[src='x']").length`); n != 0 {
		t.Error("the title became markup")
	}

	// A new objective in the first phase, with a KPI bound to the built-in
	// dataset: reach per message of the TV-vs-brand case.
	phase := eval[string](t, ctx, `document.querySelector("details.phase").id`)
	objectives := eval[int](t, ctx, `document.querySelectorAll("#`+phase+` .objective").length`)
	activate(t, ctx, "#"+phase+"-objective-add")
	poll(t, ctx, "the new objective", fmt.Sprintf(`document.querySelectorAll("#%s .objective").length === %d`, phase, objectives+1), 10*time.Second)
	obj := eval[string](t, ctx, `[...document.querySelectorAll("#`+phase+` .objective")].pop().id`)
	planSetValue(t, ctx, "#"+obj+"-what", "people reached per post")
	activate(t, ctx, "#"+obj+"-kpi-add")
	poll(t, ctx, "the new KPI", `document.querySelectorAll("#`+obj+` .kpi").length === 1`, 10*time.Second)
	kpi := eval[string](t, ctx, `document.querySelector("#`+obj+` .kpi").id`)
	planSetValue(t, ctx, "#"+kpi+"-name", "Audience per message")
	planSetValue(t, ctx, "#"+kpi+"-dataset", "case:tv-vs-brand")
	planSetValue(t, ctx, "#"+kpi+"-metric", "reach_per_message")
	planSetValue(t, ctx, "#"+kpi+"-baseline", "100000")
	planSetValue(t, ctx, "#"+kpi+"-target", "200000")
	// 49 messages reach 5,200,000 + 178,940 people: 109,774.3 per message.
	poll(t, ctx, "the KPI's live value", `document.querySelector("#`+kpi+`-current").dataset.value.startsWith("109774")`, 30*time.Second)
	planSaved(t, ctx)

	// A CSV uploaded through /data: a column total.
	csvID := uploadDataset(t, ctx, h.URL, writeFile(t, "mentions.csv", []byte("Day,Mentions\n2026-01-01,120\n2026-01-02,80\n")))
	open(t, ctx, h.URL+"/plan?plan="+id)
	poll(t, ctx, "the plan again", `!!document.querySelector("#`+kpi+`")`, 30*time.Second)
	activate(t, ctx, "#"+obj+"-kpi-add")
	poll(t, ctx, "a second KPI", `document.querySelectorAll("#`+obj+` .kpi").length === 2`, 10*time.Second)
	kpi2 := eval[string](t, ctx, `document.querySelectorAll("#`+obj+` .kpi")[1].id`)
	planSetValue(t, ctx, "#"+kpi2+"-metric", "column_total")
	planSetValue(t, ctx, "#"+kpi2+"-dataset", csvID)
	poll(t, ctx, "the column picker", `!!document.querySelector("#`+kpi2+`-column option[value='Mentions']")`, 30*time.Second)
	planSetValue(t, ctx, "#"+kpi2+"-column", "Mentions")
	poll(t, ctx, "the column total", `document.querySelector("#`+kpi2+`-current").dataset.value === "200"`, 30*time.Second)
	planSaved(t, ctx)

	// Everything is there after a reload.
	if err := reload(ctx); err != nil {
		t.Fatal(err)
	}
	waitApp(t, ctx)
	poll(t, ctx, "the KPIs after reload", `!!document.querySelector("#`+kpi2+`-current") && document.querySelector("#`+kpi2+`-current").dataset.value === "200" && document.querySelector("#`+kpi+`-current").dataset.value.startsWith("109774")`, 30*time.Second)
	if got := eval[string](t, ctx, `document.querySelector("#`+kpi+`-name").value`); got != "Audience per message" {
		t.Errorf("KPI name after reload = %q", got)
	}

	// The timeline and budget charts are drawn; the print view keeps the plan
	// and its charts and drops the navigation and the commands.
	poll(t, ctx, "the timeline", chartDrawn("plan-timeline"), 20*time.Second)
	poll(t, ctx, "the budget by phase", chartDrawn("plan-budget-phase"), 20*time.Second)
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	printed := eval[string](t, ctx, `[getComputedStyle(document.querySelector("header.top")).display, getComputedStyle(document.querySelector("#plan-print")).display, getComputedStyle(document.querySelector("#plan-timeline")).display].join(",")`)
	if printed != "none,none,block" {
		t.Errorf("print view: header, print button, timeline displays = %s, want none,none,block", printed)
	}
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{}); err != nil {
		t.Fatal(err)
	}

	// Markdown export.
	click(t, ctx, "#plan-export-md")
	name, md := waitDownload(t, dir, "reachlab-plan-*.md")
	for _, want := range []string{"Audience per message", "people reached per post", "Launch", `\<img`} {
		if !strings.Contains(string(md), want) {
			t.Errorf("%s lacks %q", name, want)
		}
	}
	if regexp.MustCompile(`(^|[^\\])<img`).Match(md) {
		t.Errorf("%s carries the title as markup", name)
	}
	if p := console.problems(); len(p) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(p, "\n"))
	}
}

func TestPlanDeleteUndoUndoRedoAndImport(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)
	ctx := newBrowser(t, browserOptions{lang: "en-US"})
	dir := downloads(t, ctx)
	id := planCreate(t, ctx, h.URL, "grow")
	planSetValue(t, ctx, "#plan-owner", "Ana")
	planSetValue(t, ctx, "#plan-owner", "Bruno")
	planSaved(t, ctx)

	// Undo and redo with the keyboard, outside text fields.
	eval[bool](t, ctx, `(document.activeElement && document.activeElement.blur(), true)`)
	kb := func(key string, shift bool) {
		eval[bool](t, ctx, fmt.Sprintf(`window.dispatchEvent(new KeyboardEvent("keydown", {key: %q, ctrlKey: true, shiftKey: %v, bubbles: true}))`, key, shift))
	}
	kb("z", false)
	poll(t, ctx, "the undo", `document.querySelector("#plan-owner").value === "Ana"`, 10*time.Second)
	kb("z", true)
	poll(t, ctx, "the redo", `document.querySelector("#plan-owner").value === "Bruno"`, 10*time.Second)
	planSaved(t, ctx)

	// Export the plan file, delete the plan, undo the deletion.
	click(t, ctx, "#plan-export-json")
	_, file := waitDownload(t, dir, "reachlab-plan-*.json")
	open(t, ctx, h.URL+"/plan")
	poll(t, ctx, "the list", fmt.Sprintf(`!!document.querySelector('#plans [data-id=%q]')`, id), 20*time.Second)
	click(t, ctx, fmt.Sprintf(`#plans [data-id=%q] button.delete`, id))
	poll(t, ctx, "the deletion", fmt.Sprintf(`!document.querySelector('#plans [data-id=%q]') && !!document.querySelector("#plan-undo-delete")`, id), 20*time.Second)
	click(t, ctx, "#plan-undo-delete")
	poll(t, ctx, "the plan back", fmt.Sprintf(`!!document.querySelector('#plans [data-id=%q]')`, id), 20*time.Second)

	// Importing the exported file gives a copy (the original is still
	// there); a corrupt file is refused and nothing changes.
	path := filepath.Join(t.TempDir(), "plan.json")
	if err := os.WriteFile(path, file, 0o644); err != nil {
		t.Fatal(err)
	}
	setFile := func(p string) {
		step, cancel := within(ctx, 20*time.Second)
		defer cancel()
		if err := chromedp.Do(step, chromedp.SetUploadFiles(chromedp.CSS("#plan-import"), []string{p})); err != nil {
			t.Fatal(err)
		}
	}
	setFile(path)
	poll(t, ctx, "the imported copy", `location.search.startsWith("?plan=") && document.querySelector("#plan-owner").value === "Bruno"`, 20*time.Second)
	open(t, ctx, h.URL+"/plan")
	poll(t, ctx, "two plans", `document.querySelectorAll("#plans li").length === 2`, 20*time.Second)
	setFile(writeFile(t, "broken.json", []byte(`{"format":"reachlab-plan","version":2,"plan":{"title":5}}`)))
	poll(t, ctx, "the refusal", `document.querySelector("#plan-alerts").innerText.includes("broken.json:") && document.querySelector("#plan-alerts").innerText.includes("Nothing saved was changed")`, 20*time.Second)
	if n := eval[int](t, ctx, `document.querySelectorAll("#plans li").length`); n != 2 {
		t.Errorf("%d plans after a refused import, want 2", n)
	}
}

func TestPlanTwoTabsNeverOverwrite(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)
	tabA := newBrowser(t, browserOptions{lang: "en-US"})
	id := planCreate(t, tabA, h.URL, "post")
	tabB, cancel := chromedp.NewContext(tabA)
	defer cancel()
	// The tab opens on a context without a deadline: the first action on a
	// chromedp context creates its tab, which closes when that context ends.
	if err := chromedp.Do(tabB); err != nil {
		t.Fatal(err)
	}
	open(t, tabB, h.URL+"/plan?plan="+id)
	poll(t, tabB, "the plan in tab B", `!!document.querySelector("#plan-owner")`, 30*time.Second)

	planSetValue(t, tabA, "#plan-owner", "Tab A")
	planSaved(t, tabA)
	planSetValue(t, tabB, "#plan-owner", "Tab B")
	poll(t, tabB, "the conflict notice", `!!document.querySelector("#plan-conflict")`, 20*time.Second)

	// Tab A's save stands.
	open(t, tabA, h.URL+"/plan?plan="+id)
	poll(t, tabA, "tab A's owner", `!!document.querySelector("#plan-owner") && document.querySelector("#plan-owner").value === "Tab A"`, 20*time.Second)

	// Tab B keeps its version as a copy.
	click(t, tabB, "#conflict-copy")
	poll(t, tabB, "the copy", fmt.Sprintf(`new URLSearchParams(location.search).get("plan") !== %q && document.querySelector("#plan-owner").value === "Tab B"`, id), 20*time.Second)
}

func TestPlanScoringAndMaturityInFrench(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)
	ctx := newBrowser(t, browserOptions{lang: "fr-FR"})
	planCreate(t, ctx, h.URL, "blank")
	// The first sample message scores 92 with the default weights.
	if got := textOf(t, ctx, "#score-outage-journalist"); got != "92" {
		t.Errorf("score of the outage message = %q, want 92", got)
	}
	planSetValue(t, ctx, "#rating-outage-journalist-urgency", "0")
	// 100 × (2·5 + 2·4 + 3·0 + 2·4 + 1·5) ÷ (5 × 10) = 62.
	poll(t, ctx, "the new score", `document.querySelector("#score-outage-journalist").innerText === "62"`, 10*time.Second)
	if n := eval[int](t, ctx, `document.querySelectorAll("fieldset.dimension").length`); n != 5 {
		t.Errorf("%d maturity dimensions, want 5", n)
	}
	// Answer every question 1: 25/100, the first phase.
	eval[bool](t, ctx, `(() => { document.querySelectorAll('fieldset.dimension input[type=radio][value="1"]').forEach(r => { r.checked = true; r.dispatchEvent(new Event("change", {bubbles: true})); }); return true; })()`)
	poll(t, ctx, "the suggested phase", `document.querySelector("#maturity-stage").innerText.includes("Phase conseillée") && document.querySelector("#maturity-stage").innerText.includes("25")`, 20*time.Second)
	poll(t, ctx, "the radar", chartDrawn("plan-maturity"), 20*time.Second)
}

// TestPlanEditsSurviveLeavingAtOnce leaves the page inside the autosave's
// delay: with text typed in a field that still has focus, and with an edit
// committed but not saved yet. Neither is lost; a draft made on a revision
// another tab has saved over meanwhile comes back as a conflict.
func TestPlanEditsSurviveLeavingAtOnce(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)
	ctx := newBrowser(t, browserOptions{lang: "en-US"})
	id := planCreate(t, ctx, h.URL, "three_phases")
	fieldIs := func(sel, want string) string {
		return fmt.Sprintf(`(() => { const el = document.querySelector(%q); return !!el && el.value === %q; })()`, sel, want)
	}

	// Typed, never committed: the field has focus when the page reloads.
	eval[bool](t, ctx, `(() => { const el = document.querySelector("#plan-title"); el.value = ""; el.focus(); return true; })()`)
	step, cancel := within(ctx, 20*time.Second)
	err := chromedp.Do(step, chromedp.SendKeys(chromedp.CSS("#plan-title"), "Typed then reloaded"))
	cancel()
	if err != nil {
		t.Fatal(err)
	}
	if err := reload(ctx); err != nil {
		t.Fatal(err)
	}
	waitApp(t, ctx)
	poll(t, ctx, "the typed title after the reload", fieldIs("#plan-title", "Typed then reloaded"), 20*time.Second)
	planSaved(t, ctx)
	if n := eval[int](t, ctx, `Object.keys(localStorage).filter(k => k.startsWith("reachlab.plan.draft.")).length`); n != 0 {
		t.Errorf("%d drafts left once the plan is saved", n)
	}

	// Committed, not saved yet: the reload comes well within the delay.
	planSetValue(t, ctx, "#plan-owner", "Ana")
	if err := reload(ctx); err != nil {
		t.Fatal(err)
	}
	waitApp(t, ctx)
	poll(t, ctx, "the owner after the reload", fieldIs("#plan-owner", "Ana"), 20*time.Second)
	planSaved(t, ctx)
	// Both edits are in IndexedDB now, not only in the page.
	if err := reload(ctx); err != nil {
		t.Fatal(err)
	}
	waitApp(t, ctx)
	poll(t, ctx, "both edits saved", fieldIs("#plan-title", "Typed then reloaded")+" && "+fieldIs("#plan-owner", "Ana"), 20*time.Second)

	// An edit left as a draft, then saved over by another tab (the draft's
	// revision is made older): the page offers the conflict's choice.
	planSetValue(t, ctx, "#plan-sector", "Retail")
	step, cancel = within(ctx, 20*time.Second)
	err = chromedp.Do(step, chromedp.Navigate("about:blank"))
	cancel()
	if err != nil {
		t.Fatal(err)
	}
	open(t, ctx, h.URL+"/")
	if !eval[bool](t, ctx, fmt.Sprintf(`(() => {
		const key = "reachlab.plan.draft." + %q;
		const d = JSON.parse(localStorage.getItem(key) || "null");
		if (!d) return false;
		d.baseRev -= 1;
		localStorage.setItem(key, JSON.stringify(d));
		return true;
	})()`, id)) {
		t.Fatal("no draft kept when the page went to another site")
	}
	open(t, ctx, h.URL+"/plan?plan="+id)
	poll(t, ctx, "the conflict notice for the draft", `!!document.querySelector("#plan-conflict")`, 20*time.Second)
	activate(t, ctx, "#conflict-copy")
	poll(t, ctx, "the draft kept as a copy", fmt.Sprintf(`new URLSearchParams(location.search).get("plan") !== %q && %s`, id, fieldIs("#plan-sector", "Retail")), 20*time.Second)
	open(t, ctx, h.URL+"/plan?plan="+id)
	poll(t, ctx, "the stored plan, untouched", fieldIs("#plan-owner", "Ana")+" && "+fieldIs("#plan-sector", ""), 20*time.Second)
}
