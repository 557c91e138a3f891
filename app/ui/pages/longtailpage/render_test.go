package longtailpage

import (
	"context"
	"regexp"
	"strings"
	"testing"

	ltan "reachlab/app/analysis/longtail"
	ltt "reachlab/app/analysis/longtail/longtailtest"
	"reachlab/app/i18n"
	"reachlab/app/longtail"
	"reachlab/app/text"
	"reachlab/app/ui/internal/uitest"
	"reachlab/app/ui/workspace"
)

// element returns the opening tag and the inner HTML of the first name
// element of html whose opening tag holds every attr (go-app writes
// attributes in no fixed order).
func element(html, name string, attrs ...string) (tag, inner string) {
	re := regexp.MustCompile(`<` + name + `\b[^>]*>`)
	for _, loc := range re.FindAllStringIndex(html, -1) {
		tag = html[loc[0]:loc[1]]
		ok := true
		for _, a := range attrs {
			ok = ok && strings.Contains(tag, a)
		}
		if !ok {
			continue
		}
		rest := html[loc[1]:]
		if end := strings.Index(rest, "</"+name+">"); end >= 0 {
			return tag, rest[:end]
		}
		return tag, rest
	}
	return "", ""
}

// textOf strips the tags of an HTML fragment, collapses white space and
// unescapes the entities the renderer writes.
func textOf(fragment string) string {
	s := regexp.MustCompile(`<[^>]*>`).ReplaceAllString(fragment, "")
	s = strings.NewReplacer("&#34;", `"`, "&#39;", "'", "&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(s)
	return strings.TrimSpace(regexp.MustCompile(`[ \t\r\n]+`).ReplaceAllString(s, " "))
}

// casePage is the page showing the brand page's posts of the built-in case,
// compared with the other laws, as it is once the background work is done.
func casePage(t *testing.T, l text.Lang) *longTailPage {
	t.Helper()
	res := analyze(ltt.ReadTable(t, ltt.CaseCSV(), ltt.CaseRoles), workspace.Meta{ID: "case:tv-vs-brand", Name: "TV vs brand"},
		ltan.Settings{Dataset: "case:tv-vs-brand", Channel: "Brand page", Resamples: 1000})
	comps, err := longtail.Compare(res.Sample, res.Fit)
	if err != nil {
		t.Fatal(err)
	}
	return &longTailPage{
		lang: l, ready: true,
		datasets: []workspace.Meta{{ID: "case:tv-vs-brand", Name: "TV vs brand"}, {ID: "u1", Name: "<b>my</b> export.csv"}},
		set:      res.Settings, res: res, comps: comps,
	}
}

func TestRenderResults(t *testing.T) {
	p := casePage(t, text.EN)
	html := uitest.Render(t, p)
	for _, want := range []string{
		`id="results"`, `data-chart="lt-rank-size"`, `data-chart="lt-ccdf"`, `data-chart="lt-lorenz"`, `id="lr-tests"`,
		`<label for="dataset-select">Dataset</label>`, `<label for="column-select">Numeric column</label>`, `<label for="channel-select">Rows</label>`,
		"The top 10% of posts (5 of 48) carry 29% of the total “Reach”.",
		"&lt;b&gt;my&lt;/b&gt; export.csv", // user text is text, never markup
		`href="/longtail?channel=Brand+page&column=Reach&dataset=case%3Atv-vs-brand"`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("the page lacks %s", want)
		}
	}
	if strings.Contains(html, "NaN") || strings.Contains(html, "<b>my</b>") {
		t.Error("the page shows NaN or user markup")
	}
	// The top 10 % share keeps its exact value for tests and copying.
	if tag, inner := element(html, "dd", `id="top-10"`); !strings.Contains(tag, `data-value="0.29333854923438`) || textOf(inner) != "29% (5 posts)" {
		t.Errorf("top-10: %s %q", tag, inner)
	}
	// Each chart is one image named by its text alternative.
	if tag := uitest.TagWith(html, `data-chart="lt-ccdf"`); !strings.Contains(tag, `role="img"`) || !strings.Contains(tag, "aria-label=\"Log–log chart of the share of values at least x") {
		t.Errorf("CCDF container %s", tag)
	}
	// The fit's numbers, one click away, with stable ids.
	_, details := element(html, "details", `id="fit-numbers"`)
	for _, id := range []string{"fit-kind", "fit-xmin", "fit-alpha", "fit-ntail", "fit-d", "fit-p"} {
		if !strings.Contains(details, `id="`+id+`"`) {
			t.Errorf("the numbers lack #%s", id)
		}
	}
	if _, inner := element(html, "dd", `id="fit-xmin"`); textOf(inner) != i18n.Auto(text.EN, p.res.Fit.XMin) {
		t.Errorf("x_min shown as %q, fit %v", textOf(inner), p.res.Fit.XMin)
	}
	if _, inner := element(html, "dd", `id="fit-p"`); textOf(inner) != "not available — run the goodness-of-fit test above" {
		t.Errorf("p before the test: %q", textOf(inner))
	}
	if tag := uitest.TagWith(html, `id="bootstrap-run"`); !strings.Contains(tag, `type="button"`) || strings.Contains(tag, "disabled") {
		t.Errorf("run button %s", tag)
	}
	if _, inner := element(html, "p", `id="bootstrap-status"`, `role="status"`); inner != "" {
		t.Errorf("status before the test: %q", inner)
	}
}

func TestRenderBootstrapStates(t *testing.T) {
	_, cancel := context.WithCancel(context.Background())
	defer cancel()

	p := casePage(t, text.EN)
	p.boot = boot{run: &bootRun{done: 123, total: 1000, cancel: cancel}}
	html := uitest.Render(t, p)
	bar := uitest.TagWith(html, `id="bootstrap-bar"`)
	for _, want := range []string{`max="1000"`, `value="123"`, `aria-label="Goodness-of-fit test progress"`, `aria-valuetext="123 of 1,000"`} {
		if !strings.Contains(bar, want) {
			t.Errorf("progress bar %s lacks %s", bar, want)
		}
	}
	if _, inner := element(html, "p", `id="bootstrap-status"`, `role="status"`); textOf(inner) != "123 of 1,000" {
		t.Errorf("status while running: %q", textOf(inner))
	}
	if tag := uitest.TagWith(html, `id="bootstrap-cancel"`); tag == "" || strings.Contains(tag, "disabled") {
		t.Errorf("cancel button %q", tag)
	}
	if tag := uitest.TagWith(html, `id="resamples-select"`); !strings.Contains(tag, "disabled") {
		t.Errorf("the resamples can change while the test runs: %s", tag)
	}

	p = casePage(t, text.EN)
	p.boot = boot{stoppedAt: 37, stoppedOf: 100}
	html = uitest.Render(t, p)
	if _, inner := element(html, "p", `id="bootstrap-status"`); textOf(inner) != "Stopped after 37 of 100 resamples: no p-value." {
		t.Errorf("status after Cancel: %q", textOf(inner))
	}
	if strings.Contains(html, `id="bootstrap-bar"`) {
		t.Error("a stopped test still shows its progress bar")
	}

	p = casePage(t, text.EN)
	p.boot = boot{result: &longtail.GoodnessOfFit{P: 0.41, AtLeastAsFar: 410, Resamples: 1000, Plausible: true}}
	html = uitest.Render(t, p)
	if _, inner := element(html, "p", `id="bootstrap-status"`); textOf(inner) != "Done: p = 0.41 over 1,000 resamples (410 at least as far from their fit as the data)." {
		t.Errorf("status when done: %q", textOf(inner))
	}
	if tag, inner := element(html, "dd", `id="fit-p"`); textOf(inner) != "0.41" || !strings.Contains(tag, `data-value="0.41"`) {
		t.Errorf("p: %s %q", tag, inner)
	}
	if _, inner := element(html, "p", `id="fit-sentence"`); !strings.HasPrefix(textOf(inner), "A power law is plausible above") {
		t.Errorf("fit sentence after the test: %q", textOf(inner))
	}
}

func TestRenderInFrench(t *testing.T) {
	html := uitest.Render(t, casePage(t, text.FR))
	for _, want := range []string{
		"Les 10\u00a0% de publications en tête (5 sur 48) portent 29\u00a0% du total de «\u00a0Reach\u00a0».",
		"Est-ce une loi de puissance\u00a0?",
		"Lancer le test",
		"la TNT",
	} {
		if !strings.Contains(textOf(html), want) {
			t.Errorf("the French page lacks %q", want)
		}
	}
}

func TestRenderProblemsAsAlerts(t *testing.T) {
	res := analyze(ltt.ReadTable(t, ltt.WithValues("views", 1, 2, 3), nil), meta, ltan.Settings{Dataset: "test"})
	p := &longTailPage{lang: text.EN, ready: true, datasets: []workspace.Meta{meta}, set: res.Settings, res: res}
	html := uitest.Render(t, p)
	if _, inner := element(html, "div", `id="lt-alerts"`, `role="alert"`); !strings.Contains(textOf(inner), "Only 3 positive values in “views”") {
		t.Errorf("alerts: %q", textOf(inner))
	}
	if strings.Contains(html, `id="results"`) {
		t.Error("results are shown for 3 values")
	}

	p = &longTailPage{lang: text.EN, ready: true, loadErr: "“x” could not be read: gone"}
	if _, inner := element(uitest.Render(t, p), "div", `id="lt-alerts"`); textOf(inner) != "“x” could not be read: gone" {
		t.Errorf("load error: %q", textOf(inner))
	}
	p = &longTailPage{lang: text.EN, ready: true}
	if html := uitest.Render(t, p); !strings.Contains(html, "No dataset yet.") {
		t.Error("an empty workspace is not explained")
	}
}

func TestRenderTimeAndFragmentation(t *testing.T) {
	daily := "post,date,likes\na,2026-03-01,10\na,2026-03-02,6\na,2026-03-03,4\nb,2026-03-01,8\nb,2026-03-02,2\n"
	res := analyze(ltt.ReadTable(t, daily, ltt.AttentionRoles), meta, ltan.Settings{Dataset: "test", Column: "likes"})
	html := uitest.Render(t, &longTailPage{lang: text.EN, ready: true, set: res.Settings, res: res})
	_, table := element(html, "table", `id="attention"`)
	if row := textOf(table); !strings.Contains(row, "1 40% 2") || !strings.Contains(row, "7 not available — no post was observed that long 0") {
		t.Errorf("attention table %q", row)
	}
	if _, inner := element(html, "p", `id="attention-half-life"`); !strings.Contains(textOf(inner), "0.812 days") {
		t.Errorf("half-life %q", textOf(inner))
	}

	res = analyze(ltt.ReadTable(t, ltt.TwoMonths, ltt.ShareRoles), meta, ltan.Settings{Dataset: "test", Column: "share"})
	html = uitest.Render(t, &longTailPage{lang: text.EN, ready: true, set: res.Settings, res: res})
	_, table = element(html, "table", `id="fragmentation"`)
	if row := textOf(table); !strings.Contains(row, "2015-01-01 6 65% 2,156 4.6 55% 10% (2 channels)") {
		t.Errorf("fragmentation table %q", row)
	}
	if !strings.Contains(html, `data-chart="lt-shares"`) {
		t.Error("no shares chart for two periods")
	}
	if _, inner := element(html, "div", `id="dtt"`); !strings.Contains(textOf(inner), "each would hold 1.3% of it; among themselves their HHI would be 526 points, as concentrated as 19 equal channels") {
		t.Errorf("DTT illustration %q", textOf(inner))
	}
}
