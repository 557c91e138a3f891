package plan

import (
	"errors"
	"math"
	"slices"
	"strings"
	"testing"

	"reachlab/app/metrics"
	"reachlab/app/text"
)

// goldenPlan is the three-phase template with owner, context, values and
// answers filled in, so that every part of the Markdown export shows.
func goldenPlan(lang text.Lang) *Plan {
	p := NewFromTemplate(TemplateThreePhases, lang, testNow)
	p.Owner = "Élodie Marchand"
	p.Context = Context{Market: MarketB2C, Sector: text.Text{FR: "télécoms", EN: "telecoms"}.In(lang)}
	p.Revision = 7
	p.UpdatedAt = testNow
	ph := &p.Phases[0]
	k := &ph.Objectives[0].KPIs[0]
	k.History = []Point{{NewDate(2025, 2, 1), 90}, {NewDate(2025, 3, 1), 150}}
	vanity := NewKPI(text.Text{FR: "Abonnés", EN: "Followers"}.In(lang), "followers")
	vanity.Baseline, vanity.Target = 1000, 5000
	ph.Objectives[0].KPIs = append(ph.Objectives[0].KPIs, vanity)
	ph.Actions[1].Status = StatusDone
	extra := NewAction(text.Text{FR: "Jeu-concours abandonné", EN: "Dropped contest"}.In(lang))
	extra.Channel, extra.Budget, extra.Status = "Twitter", Money{2500, "EUR"}, StatusDropped
	extra.Start, extra.End = ph.Start, ph.Start.AddDays(13)
	ph.Actions = append(ph.Actions, extra)
	p.Phases[0].Objectives[0].KPIs[1].DatasetID = "00000000-0000-4000-8000-0000000000d1"
	er := &p.Phases[1].Objectives[0].KPIs[0]
	er.DatasetID = "case:tv-vs-brand"
	er.Filter = Filter{Kind: "social", From: NewDate(2025, 1, 6)}.WithChannels("Brand page")
	p.Phases[1].Objectives[0].BusinessGoal = "" // shows a SMART issue
	p.Phases[2].Objectives[0].KPIs[0].ManualCurrent = 10
	answerAll(&p.Maturity, 2, "strategy", "governance", "people")
	answerAll(&p.Maturity, 1, "process", "tools")
	return p
}

// goldenSource gives the Brand page's engagement rate a value, says the
// reach per message has no dataset, and fails for other metrics.
var goldenSource = MetricQueryFunc(func(q MetricQuery) (float64, error) {
	switch {
	case q.MetricID == "engagement_rate_reach" && slices.Equal(q.Filter.Channels, []string{"Brand page"}):
		return 1.6, nil
	case q.DatasetID == "":
		return math.NaN(), ErrNoDataset
	}
	return math.NaN(), errors.New("no data loaded")
})

// metricName names metrics from the metrics catalog, as the plan page does.
func metricName(id string, lang text.Lang) string {
	if m, ok := metrics.ByID(id); ok {
		return m.Name.In(lang)
	}
	return ""
}

// datasetName names the golden plan's datasets.
func datasetName(id string, lang text.Lang) string {
	switch id {
	case "case:tv-vs-brand":
		return text.Text{FR: "Un journal télévisé face à 48 publications", EN: "One TV news against 48 posts"}.In(lang)
	case "00000000-0000-4000-8000-0000000000d1":
		return "Export Twitter"
	}
	return ""
}

func TestMarkdownGolden(t *testing.T) {
	for _, lang := range []text.Lang{text.FR, text.EN} {
		t.Run(string(lang), func(t *testing.T) {
			md := Markdown(goldenPlan(lang), MarkdownOptions{AsOf: NewDate(2025, 3, 6), Source: goldenSource, MetricName: metricName, DatasetName: datasetName})
			golden(t, "testdata/markdown_"+string(lang)+".golden", []byte(md))
			checkTables(t, md)
		})
	}
}

func TestMarkdownLangOption(t *testing.T) {
	p := goldenPlan("fr")
	md := Markdown(p, MarkdownOptions{Lang: "en"})
	if !strings.Contains(md, "## Response priority") || !strings.Contains(md, "Déclenchement") {
		t.Error("labels should follow the option, user text the plan")
	}
	if Markdown(p, MarkdownOptions{}) != Markdown(p, MarkdownOptions{Lang: "fr"}) {
		t.Error("empty Lang should use the plan's language")
	}
}

func TestMarkdownMeasure(t *testing.T) {
	const ds = "00000000-0000-4000-8000-0000000000d1"
	kpi := func(metric, dataset, column string, f Filter) KPI {
		k := NewKPI("K", metric)
		k.DatasetID, k.Column, k.Filter = dataset, column, f
		return k
	}
	instagram := Filter{}.WithChannels("Instagram")
	tests := []struct {
		name  string
		kpi   KPI
		names bool
		lang  text.Lang
		want  string
	}{
		{"manual", kpi(MetricManual, ds, "", instagram), true, "fr", "saisie manuelle"},
		{"names", kpi("engagement_rate_reach", ds, "", Filter{}), true, "fr", "Taux d'engagement (portée) · Export Twitter"},
		{"names in English", kpi("engagement_rate_reach", ds, "", Filter{}), true, "en", "Engagement rate (reach) · Export Twitter"},
		{"no names: ids, as before", kpi("engagement_rate_reach", ds, "", Filter{}), false, "en", "engagement_rate_reach · " + ds},
		{"unknown ids", kpi("nope", "gone", "", Filter{}), true, "en", "nope · gone"},
		{"no dataset", kpi("reach_per_message", "", "", Filter{}), true, "fr", "Portée par message · aucun jeu de données"},
		{"column", kpi("column_total", ds, "Réactions", Filter{}), true, "en", "column_total · Export Twitter / Réactions"},
		{"filter", kpi("engagement_rate_reach", ds, "", instagram), true, "fr", "Taux d'engagement (portée) · Export Twitter · canal Instagram"},
		{"whole filter", kpi("engagement_rate_reach", ds, "", Filter{Kind: "social", From: NewDate(2025, 1, 1), To: NewDate(2025, 3, 31)}.WithChannels("Instagram", "Facebook")), true, "en",
			"Engagement rate (reach) · Export Twitter · channels Instagram and Facebook · social media · 2025-01-01 to 2025-03-31"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := MarkdownOptions{Lang: tt.lang}
			if tt.names {
				opt.MetricName, opt.DatasetName = metricName, datasetName
			}
			m := &mdWriter{lang: tt.lang}
			if got := m.measure(&tt.kpi, opt); got != tt.want {
				t.Errorf("measure = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestMarkdownShowsNoInternalIDs(t *testing.T) {
	for _, lang := range []text.Lang{text.FR, text.EN} {
		p := goldenPlan(lang)
		md := Markdown(p, MarkdownOptions{AsOf: NewDate(2025, 3, 6), Source: goldenSource, MetricName: metricName, DatasetName: datasetName})
		for _, id := range []string{"engagement_rate_reach", "conversation_rate", "reach_per_message", "00000000-0000-4000-8000-0000000000d1", "case:tv-vs-brand"} {
			if strings.Contains(md, id) {
				t.Errorf("%s: the export shows the internal id %q", lang, id)
			}
		}
		for _, want := range []string{
			text.Text{FR: "aucun jeu de données choisi", EN: "no dataset chosen"}.In(lang),
			text.Text{FR: "canal Brand page · médias sociaux · depuis le 2025-01-06", EN: "channel Brand page · social media · from 2025-01-06"}.In(lang),
		} {
			if !strings.Contains(md, want) {
				t.Errorf("%s: the export lacks %q", lang, want)
			}
		}
	}
}

func hostilePlan() *Plan {
	p := NewFromTemplate(TemplateBlank, "en", testNow)
	p.Title = `<script>alert("x")</script> # | *bold* [x](javascript:alert(1))`
	p.Owner = "**Mallory** <img src=x onerror=alert(1)>"
	p.Context.Sector = "&lt;b&gt; | ~~x~~"
	ph := NewPhase("## Fake heading\n- list")
	ph.Description = "- item\n1. one\n    indented code\n> quote\n<iframe src=//evil></iframe>\n```\nfence\n```\n---\n\n\n[ref]: http://evil"
	ph.People = "| a | b |\n|---|---|"
	o := NewObjective()
	o.Statement = "# heading\n===\n$x$"
	o.Who = "`code` & <b>"
	k := NewKPI("![img](http://evil/x.png)", "likes")
	k.Baseline, k.Target, k.ManualCurrent = 1, 2, 1.5
	o.KPIs = []KPI{k}
	ph.Objectives = []Objective{o}
	a := NewAction("a | b | c")
	a.Owner, a.Channel, a.Budget = "[click](http://evil)", "<b>Twitter</b>", Money{10, "EUR"}
	ph.Actions = []Action{a}
	r := NewRisk("`rm -rf` \\| escaped pipe")
	r.Mitigation = "line 1\nline 2 | with pipe"
	ph.Risks = []Risk{r}
	p.Phases = []Phase{ph}
	p.Scoring.Criteria[0].Name = "Influence | <u>"
	return p
}

func TestMarkdownHostileText(t *testing.T) {
	md := Markdown(hostilePlan(), MarkdownOptions{})
	golden(t, "testdata/markdown_hostile.golden", []byte(md))
	checkTables(t, md)
	for i, line := range strings.Split(md, "\n") {
		for j := 0; j < len(line); j++ {
			if line[j] == '\\' {
				j++
				continue
			}
			if strings.IndexByte("<>[]`&$~_", line[j]) >= 0 {
				t.Errorf("line %d: unescaped %q in %q", i+1, line[j], line)
			}
		}
		if strings.HasPrefix(line, "    ") || strings.HasPrefix(line, ">") || strings.HasPrefix(line, "```") || strings.HasPrefix(line, "---") {
			t.Errorf("line %d starts a block from user text: %q", i+1, line)
		}
	}
	for _, want := range []string{
		`# \<script\>alert("x")\</script\> \# \| \*bold\* \[x\](javascript:alert(1))` + "\n",
		"## Phase 1: \\#\\# Fake heading - list\n",
		"| a \\| b \\| c |",
		"\\- item\\\n1\\. one\\\nindented code\\\n\\> quote\\\n\\<iframe src=//evil\\>\\</iframe\\>",
		"| !\\[img\\](http://evil/x.png) (vanity metric) | likes · no dataset |",
		"| \\`rm -rf\\` \\\\\\| escaped pipe | not assessed | not assessed | line 1 line 2 \\| with pipe |",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("output lacks %s", want)
		}
	}
}

// checkTables checks that every row of every table has as many unescaped
// cell separators as its header.
func checkTables(t *testing.T, md string) {
	t.Helper()
	cols := -1
	for i, line := range strings.Split(md, "\n") {
		if !strings.HasPrefix(line, "|") {
			cols = -1
			continue
		}
		n := 0
		for j := 0; j < len(line); j++ {
			if line[j] == '\\' {
				j++
			} else if line[j] == '|' {
				n++
			}
		}
		if cols < 0 {
			cols = n
		} else if n != cols {
			t.Errorf("line %d has %d separators, its table %d: %q", i+1, n, cols, line)
		}
	}
}
