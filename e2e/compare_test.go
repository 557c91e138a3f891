package e2e

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// twoPagesCSV is a small export of two social pages. By hand:
//
//	Page A: interactions (40+5+5) + (50+10+0) + (60+15+15) = 200,
//	        reach 1,000 + 2,000 + 3,000 = 6,000, impressions 8,000.
//	Page B: interactions (5+1) + (10+2+2) = 20 (its blank comment is left
//	        out, not read as 0), reach 2,000, impressions 800 + 1,700 = 2,500.
//
//	engagement rate by reach:       A 200 ÷ 6,000 × 100 = 3.33 %   B 1 %
//	engagement rate by impressions: A 200 ÷ 8,000 × 100 = 2.5 %    B 0.8 %
const twoPagesCSV = `post,channel,date,reach,impressions,likes,comments,shares,followers
a1,Page A,2026-03-02,1000,1500,40,5,5,10000
a2,Page A,2026-03-09,2000,2600,50,10,0,10000
a3,Page A,2026-03-16,3000,3900,60,15,15,10000
b1,Page B,2026-03-03,500,800,5,,1,2000
b2,Page B,2026-03-10,1500,1700,10,2,2,2000
`

// twoPagesRoles are the roles the columns must have; the test sets on the
// data page any that reading the headers did not give.
var twoPagesRoles = map[string]string{
	"post": "message", "channel": "channel", "date": "date", "reach": "reach", "impressions": "impressions",
	"likes": "reactions", "comments": "comments", "shares": "shares", "followers": "followers",
}

// choose sets a <select> (or an <input>) to value and fires the change
// event, as a user picking an option does.
func choose(t *testing.T, ctx context.Context, sel, value string) {
	t.Helper()
	ok := eval[bool](t, ctx, fmt.Sprintf(`(() => {
		const el = document.querySelector(%q);
		if (!el) return false;
		el.value = %q;
		el.dispatchEvent(new Event("change", { bubbles: true }));
		return true;
	})()`, sel, value))
	if !ok {
		t.Fatalf("no %s to set to %q", sel, value)
	}
}

// cellSel selects the channel table's cell of a channel and a metric.
func cellSel(channel, metric string) string {
	return fmt.Sprintf(`#channels td[data-channel=%q][data-metric=%q]`, channel, metric)
}

// cell waits for a cell of the channel table and returns its text and its
// full-precision value.
func cell(t *testing.T, ctx context.Context, channel, metric string) (string, float64) {
	t.Helper()
	sel := cellSel(channel, metric)
	poll(t, ctx, channel+" "+metric, fmt.Sprintf(`!!document.querySelector(%q)`, sel), 60*time.Second)
	shown := textOf(t, ctx, sel)
	raw := eval[string](t, ctx, fmt.Sprintf(`document.querySelector(%q).dataset.value || ""`, sel))
	v, err := strconv.ParseFloat(raw, 64)
	if err != nil {
		t.Fatalf("%s %s: data-value %q (shown %q): %v", channel, metric, raw, shown, err)
	}
	return shown, v
}

// axisName is the name of a drawn chart's first value axis.
func axisName(t *testing.T, ctx context.Context, id string) string {
	t.Helper()
	return eval[string](t, ctx, fmt.Sprintf(`echarts.getInstanceByDom(document.getElementById(%q)).getOption().yAxis[0].name`, id))
}

// compareCharts are the charts a dated dataset shows.
var compareCharts = []string{"compare-signature", "compare-engagement-rate", "compare-interactions", "compare-timeline"}

func TestCompareUploadedCSV(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)
	ctx := newBrowser(t, browserOptions{lang: "en-US"})
	console := watchConsole(ctx)
	dir := downloads(t, ctx)

	// Load the file through /data and make sure each column has its role.
	id := uploadDataset(t, ctx, h.URL, writeFile(t, "two pages.csv", []byte(twoPagesCSV)))
	poll(t, ctx, "the column mapping", `!!document.querySelector("#columns")`, 30*time.Second)
	for col, role := range twoPagesRoles {
		sel := fmt.Sprintf(`#columns tr[data-column=%q] select[id^="role-"]`, col)
		if got := eval[string](t, ctx, fmt.Sprintf(`document.querySelector(%q).value`, sel)); got != role {
			t.Logf("column %s read as %q: setting role %s", col, got, role)
			choose(t, ctx, sel, role)
			poll(t, ctx, "the mapping of "+col+" saved", fmt.Sprintf(`document.querySelector("#data-status").innerText.includes("Column settings saved") && document.querySelector(%q).value === %q`, sel, role), 20*time.Second)
		}
	}

	// Go to the comparison as a user does, by the navigation: it opens the
	// file just loaded, not a built-in case.
	activate(t, ctx, `nav a[href^="/compare"]`)
	poll(t, ctx, "the comparison of the file loaded", fmt.Sprintf(`location.pathname === "/compare" && new URLSearchParams(location.search).get("dataset") === %q && document.querySelector("#current-dataset").value === %q && !!document.querySelector("#kind-select")`, id, id), 60*time.Second)
	choose(t, ctx, "#kind-select", "social")

	// The engagement rate by reach, as the page shows it, against the hand
	// computation.
	shown, v := cell(t, ctx, "Page A", "engagement_rate_reach")
	if shown != "3.33%" || math.Abs(v-200.0/6000*100) > 1e-9 {
		t.Errorf("Page A engagement rate by reach = %q (%v), want 3.33%% (%v)", shown, v, 200.0/6000*100)
	}
	if shown, v := cell(t, ctx, "Page B", "engagement_rate_reach"); shown != "1%" || math.Abs(v-1) > 1e-9 {
		t.Errorf("Page B engagement rate by reach = %q (%v), want 1%%", shown, v)
	}
	if got := textOf(t, ctx, `#channels th[data-key^="engagement_rate"]`); !strings.HasPrefix(got, "Engagement rate (reach)") {
		t.Errorf("rate header = %q, want it to name reach", got)
	}
	for _, c := range compareCharts {
		poll(t, ctx, "chart "+c+" drawn", chartDrawn(c), 30*time.Second)
	}
	if got := axisName(t, ctx, "compare-engagement-rate"); !strings.Contains(got, "interactions ÷ reach × 100") {
		t.Errorf("rate axis = %q, want the reach denominator", got)
	}

	// Switch the denominator: header, axis and values follow.
	choose(t, ctx, "#denominator-select", "impressions")
	shown, v = cell(t, ctx, "Page A", "engagement_rate_impressions")
	if shown != "2.5%" || math.Abs(v-2.5) > 1e-9 {
		t.Errorf("Page A engagement rate by impressions = %q (%v), want 2.5%%", shown, v)
	}
	if shown, v := cell(t, ctx, "Page B", "engagement_rate_impressions"); shown != "0.8%" || math.Abs(v-0.8) > 1e-9 {
		t.Errorf("Page B engagement rate by impressions = %q (%v), want 0.8%%", shown, v)
	}
	if got := textOf(t, ctx, `#channels th[data-key^="engagement_rate"]`); !strings.HasPrefix(got, "Engagement rate (impressions)") {
		t.Errorf("rate header after the switch = %q", got)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('#channels [data-metric="engagement_rate_reach"]').length`); n != 0 {
		t.Errorf("%d cells still show the rate by reach", n)
	}
	poll(t, ctx, "the axis to name impressions", `echarts.getInstanceByDom(document.getElementById("compare-engagement-rate")).getOption().yAxis[0].name.includes("÷ impressions")`, 20*time.Second)
	if u := eval[string](t, ctx, `location.search`); !strings.Contains(u, "denominator=impressions") || !strings.Contains(u, "kind=social") {
		t.Errorf("the URL does not keep the settings: %s", u)
	}

	// Sorting: the rate's button sorts largest first, a second click
	// smallest first, and the header says which.
	rowOrder := `Array.from(document.querySelectorAll("#channels tbody tr")).map(r => r.dataset.channel).join(",")`
	click(t, ctx, "#sort-engagement_rate_impressions")
	poll(t, ctx, "rows by rate, largest first", `document.querySelector('#channels th[data-key="engagement_rate_impressions"]').getAttribute("aria-sort") === "descending"`, 10*time.Second)
	if got := eval[string](t, ctx, rowOrder); got != "Page A,Page B" {
		t.Errorf("descending order = %s", got)
	}
	click(t, ctx, "#sort-engagement_rate_impressions")
	poll(t, ctx, "rows by rate, smallest first", `document.querySelector('#channels th[data-key="engagement_rate_impressions"]').getAttribute("aria-sort") === "ascending"`, 10*time.Second)
	if got := eval[string](t, ctx, rowOrder); got != "Page B,Page A" {
		t.Errorf("ascending order = %s", got)
	}

	// The drill-down shows the messages of the channel picked.
	choose(t, ctx, "#message-channel", "Page B")
	poll(t, ctx, "Page B's messages", `Array.from(document.querySelectorAll("#messages-table tbody th")).map(th => th.innerText).join(",") === "b1,b2"`, 10*time.Second)

	// The signature chart saves as PNG.
	click(t, ctx, "#compare-signature-save-png")
	name, png := waitDownload(t, dir, "reachlab-compare-*-signature.png")
	if name != "reachlab-compare-two-pages-signature.png" || !bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")) || len(png) < 1000 {
		t.Errorf("PNG export %s: %d bytes starting %q", name, len(png), png[:min(len(png), 8)])
	}

	// The rate chart saves as SVG, its axis naming the denominator.
	click(t, ctx, "#compare-engagement-rate-save-svg")
	name, svg := waitDownload(t, dir, "reachlab-compare-*-engagement-rate.svg")
	if name != "reachlab-compare-two-pages-engagement-rate.svg" || !bytes.HasPrefix(svg, []byte("<svg")) || !bytes.Contains(svg, []byte("interactions ÷ impressions × 100")) {
		t.Errorf("SVG export %s: %.200s", name, svg)
	}

	// The table saves as CSV, with the figures of the page.
	click(t, ctx, "#export-csv")
	name, b := waitDownload(t, dir, "reachlab-compare-*-channels.csv")
	if name != "reachlab-compare-two-pages-channels.csv" {
		t.Errorf("CSV export named %s", name)
	}
	records, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatalf("the CSV export does not parse: %v\n%s", err, b)
	}
	header := records[0]
	col := func(name string) int {
		i := slices.Index(header, name)
		if i < 0 {
			t.Fatalf("CSV header %v lacks %q", header, name)
		}
		return i
	}
	rows := map[string][]string{}
	for _, r := range records[1:] {
		rows[r[0]] = r
	}
	for _, c := range []struct {
		channel, column string
		want            float64
	}{
		{"Page A", "Engagement rate (reach) (%)", 200.0 / 6000 * 100},
		{"Page A", "Engagement rate (impressions) (%)", 2.5},
		{"Page B", "Engagement rate (impressions) (%)", 0.8},
		{"Page B", "Interactions", 20},
		{"Total", "Cumulated reach", 8000},
	} {
		got, err := strconv.ParseFloat(rows[c.channel][col(c.column)], 64)
		if err != nil || math.Abs(got-c.want) > 1e-9 {
			t.Errorf("CSV %s %s = %q, want %v", c.channel, c.column, rows[c.channel][col(c.column)], c.want)
		}
	}

	// A reload keeps the dataset and the settings.
	if err := reload(ctx); err != nil {
		t.Fatal(err)
	}
	waitApp(t, ctx)
	if shown, _ := cell(t, ctx, "Page A", "engagement_rate_impressions"); shown != "2.5%" {
		t.Errorf("after a reload: %q", shown)
	}
	if p := console.problems(); len(p) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(p, "\n"))
	}
}

func TestCompareBuiltInCase(t *testing.T) {
	skipUnlessE2E(t)
	h := startHost(t)
	for _, c := range []struct {
		lang, posts string
	}{
		// 5,200,000 viewers ÷ the posts' median reach of 2,910 = 1,786.9:
		// 1,787 posts.
		{"en-US", "One TF1 20h message reached as many people as 1,787 posts"},
		{"fr-FR", "Un message de TF1 20h a touché autant de personnes que 1\u00a0787 publications"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			ctx := newBrowser(t, browserOptions{lang: c.lang})
			console := watchConsole(ctx)
			open(t, ctx, h.URL+"/compare?dataset=case%3Atv-vs-brand")
			poll(t, ctx, "the equivalence reading", fmt.Sprintf(`!!document.querySelector("#readings") && document.querySelector("#readings").innerText.includes(%q)`, c.posts), 60*time.Second)
			if got := textOf(t, ctx, "#compare-signature-reading"); !strings.Contains(got, c.posts) {
				t.Errorf("signature reading = %q", got)
			}
			for _, id := range compareCharts {
				poll(t, ctx, "chart "+id+" drawn", chartDrawn(id), 30*time.Second)
			}
			// The TV programme has no interactions: not available, with
			// the reason, never 0.
			// The cell shows a short mark; its title and the screen
			// reader's text give the reason.
			sel := cellSel("TF1 20h", "engagement_rate_reach")
			mark := eval[string](t, ctx, fmt.Sprintf(`document.querySelector(%q).querySelector("[aria-hidden]").innerText`, sel))
			title := eval[string](t, ctx, fmt.Sprintf(`document.querySelector(%q).title`, sel))
			spoken := eval[string](t, ctx, fmt.Sprintf(`document.querySelector(%q).querySelector(".sr-only").textContent`, sel))
			want := map[string][2]string{"en-US": {"n/a", "not available — no interaction values"}, "fr-FR": {"n.d.", "non disponible — aucune valeur d'interactions"}}[c.lang]
			if mark != want[0] || title != want[1] || spoken != want[1] {
				t.Errorf("TF1 engagement rate: mark %q, title %q, spoken %q; want %q and %q", mark, title, spoken, want[0], want[1])
			}
			if p := console.problems(); len(p) > 0 {
				t.Errorf("console errors:\n%s", strings.Join(p, "\n"))
			}
		})
	}
}
