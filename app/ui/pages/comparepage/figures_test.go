package comparepage

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"reachlab/app/data"
	"reachlab/app/data/load"
	"reachlab/app/metrics"
	"reachlab/app/store"
	"reachlab/app/text"
	"reachlab/app/ui/internal/uitest"
	"reachlab/app/ui/workspace"
)

func TestChartsOfTheBuiltInCase(t *testing.T) {
	r := builtInCase(t, settings{})
	html := uitest.Render(t, page(text.EN, r, settings{}))
	for _, id := range []string{chartSignature, chartRate, chartInteractions, chartTimeline} {
		for _, format := range []string{"png", "svg"} {
			if tag, _ := element(html, "button", `id="`+id+`-save-`+format+`"`); tag == "" {
				t.Errorf("%s has no %s export", id, format)
			}
		}
		if tag, _ := element(html, "div", `id="`+id+`"`); !strings.Contains(tag, `role="img"`) || !strings.Contains(tag, "aria-label=") {
			t.Errorf("%s = %s, want an image with a text alternative", id, tag)
		}
	}

	sig := signatureFigure(text.EN, &r.rep, fileBase(r.meta))
	if sig.option.FileName != "reachlab-compare-tv-vs-brand-signature" {
		t.Errorf("signature file = %q", sig.option.FileName)
	}
	// The brand page: 48 messages, 178,940 ÷ 48 = 3,727.9 people each,
	// 4,213 interactions; TF1: one message, 5,200,000 people.
	for _, want := range []string{
		"TF1 20h (Mass medium): messages 1, per message 5,200,000, interactions not available — no interaction values",
		"Brand page (Social medium): messages 48, per message 3,728, interactions 4,213",
	} {
		if !strings.Contains(sig.option.Alt, want) {
			t.Errorf("signature alt lacks %q:\n%s", want, sig.option.Alt)
		}
	}
	var opt struct {
		XAxis []struct{ Type, Name string } `json:"xAxis"`
		YAxis []struct{ Type, Name string } `json:"yAxis"`
	}
	if err := json.Unmarshal([]byte(sig.option.Option), &opt); err != nil {
		t.Fatal(err)
	}
	if opt.XAxis[0].Type != "log" || opt.YAxis[0].Type != "log" || opt.YAxis[0].Name != "Reach per message (log scale)" {
		t.Errorf("signature axes = %+v %+v", opt.XAxis, opt.YAxis)
	}

	ipm := interactionsFigure(text.EN, &r.rep, "x")
	// 4,213 interactions ÷ 48 messages = 87.77.
	if ipm.reading != "Interactions per message — Brand page: 87.8. Not available for TF1 20h (no interaction values)." {
		t.Errorf("interactions reading = %q", ipm.reading)
	}

	tl, ok := timelineFigure(text.EN, &r.rep, "x")
	if !ok {
		t.Fatal("no timeline for dated posts")
	}
	// Posts run from Monday 2 March to Friday 19 June 2026: weeks from
	// 2 March to 15 June. The week of 30 March (posts 13 to 15: 1,750 +
	// 5,000 + 15,800) has the most reach: 22,550. TF1's message has no
	// date.
	want := "Dated messages: 48, from 2026-03-02 to 2026-06-15. Largest in one week (reach): 2026-03-30, 22,550 (Brand page). Messages without a usable date, left out: 1."
	if tl.reading != want {
		t.Errorf("timeline reading:\n got %q\nwant %q", tl.reading, want)
	}
	if !strings.Contains(tl.option.Option, `"dataZoom"`) {
		t.Error("the timeline has no data zoom")
	}
	// TF1's message has no date: no line for it, in the chart or in words.
	if strings.Contains(tl.option.Option, "TF1 20h") || strings.Contains(tl.option.Alt, "TF1 20h") || !strings.HasSuffix(tl.option.Alt, "for Brand page.") {
		t.Errorf("the timeline draws a channel without dated messages:\n%s", tl.option.Alt)
	}
}

func TestSignatureReadingWithoutMassMedia(t *testing.T) {
	r := twoPages(t, settings{})
	// Page A: 6,000 ÷ 3 = 2,000 people per message over 3 messages; Page
	// B: 2,000 ÷ 2 = 1,000 over 2.
	got := signatureFigure(text.EN, &r.rep, "x").reading
	want := "Largest audience per message: Page A (2,000 per message; messages: 3). Most messages: Page A (messages: 3; 2,000 per message)."
	if got != want {
		t.Errorf("reading:\n got %q\nwant %q", got, want)
	}
	html := uitest.Render(t, page(text.EN, r, settings{}))
	if _, p := element(html, "p", `id="equivalences-none"`); !strings.Contains(plainText(p), "No equivalence: no mass-medium channel.") {
		t.Errorf("equivalences = %q", plainText(p))
	}
}

func TestNoTimelineSaysWhy(t *testing.T) {
	r := manyPosts(t, 3) // no date column
	if _, ok := timelineFigure(text.EN, &r.rep, "x"); ok {
		t.Fatal("a timeline without dates")
	}
	html := uitest.Render(t, page(text.EN, r, settings{}))
	if _, p := element(html, "p", `id="timeline-none"`); plainText(p) != "No chart over time: no date column." {
		t.Errorf("timeline note = %q", plainText(p))
	}
	if strings.Contains(html, `id="`+chartTimeline+`"`) {
		t.Error("an empty timeline chart is drawn")
	}
}

func TestNoRolesPointsToTheDataPage(t *testing.T) {
	r := twoPages(t, settings{})
	r.noRoles = true
	html := uitest.Render(t, page(text.EN, r, settings{}))
	_, alerts := element(html, "div", `id="compare-alerts"`)
	if !strings.Contains(alerts, "No column of two pages.csv has a role yet") || !strings.Contains(alerts, `href="/data?dataset=upload-1"`) {
		t.Errorf("alerts = %s", alerts)
	}
}

func TestMeasureNotesTablesWithoutRoles(t *testing.T) {
	if r := twoPages(t, settings{}); r.noRoles || len(r.byChannel["Page A"]) != 3 || len(r.byChannel["Page B"]) != 2 {
		t.Errorf("noRoles %v, channels %v", r.noRoles, r.byChannel)
	}
	tb, err := data.ReadCSV(context.Background(), []byte(twoPagesCSV), data.Options{Name: "bare.csv"})
	if err != nil {
		t.Fatal(err)
	}
	setRoles(t, tb, nil)
	// Without roles the rows are one channel named after the dataset, of
	// the kind the user chose, with nothing but a count of messages.
	r := measure(tb, workspace.Meta{ID: "bare", Name: "bare.csv"}, settings{Kind: metrics.KindSocial})
	if !r.noRoles || len(r.rep.Channels) != 1 || r.rep.Channels[0].Channel != "bare.csv" || r.rep.Channels[0].Messages != 5 ||
		r.rep.Channels[0].Kind != metrics.KindSocial || r.rep.Channels[0].Reach.Reason != metrics.NoReachColumn {
		t.Errorf("noRoles %v, channels %+v", r.noRoles, r.rep.Channels)
	}
}

// TestConversationFigure draws lesson 3's figure on the sponsored-post case:
// 22 comments on the sponsored post, none answered; 20 comments on 8 organic
// posts (2.5 each), 16 answered (80 %).
func TestConversationFigure(t *testing.T) {
	w := workspace.New(store.NewMemory(), workspace.BuiltInCases()...)
	tb, meta, err := w.Table(context.Background(), "case:linkedin-sponsored", load.Options{Locale: "en"})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		l                  text.Lang
		reading, sponsored string
	}{
		{text.EN, "Conversation rate — highest: LinkedIn sponsored (22); lowest: LinkedIn organic (2.5). Response rate (brand replies ÷ comments × 100): LinkedIn sponsored 0%; LinkedIn organic 80%.", "Response rate: 0%"},
		{text.FR, "LinkedIn organic 80\u00a0%", "Taux de réponse : 0\u00a0%"},
	} {
		opt, reading := Draw(tc.l, tb, meta, nil, FigureConversation)
		if !strings.Contains(reading, tc.reading) {
			t.Errorf("%s reading = %q, want %q in it", tc.l, reading, tc.reading)
		}
		if !strings.Contains(opt.Option, `"formatter":"`+tc.sponsored+`"`) {
			t.Errorf("%s: no note %q above the sponsored bar:\n%s", tc.l, tc.sponsored, opt.Option)
		}
	}
}
