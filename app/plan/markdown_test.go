package plan

import (
	"errors"
	"math"
	"strings"
	"testing"
)

// goldenPlan is the three-phase template with owner, context, values and
// answers filled in, so that every part of the Markdown export shows.
func goldenPlan(lang string) *Plan {
	p := NewFromTemplate(TemplateThreePhases, lang, testNow)
	p.Owner = "Élodie Marchand"
	p.Context = Context{Market: MarketB2C, Sector: Text{FR: "télécoms", EN: "telecoms"}.In(lang)}
	p.Revision = 7
	p.UpdatedAt = testNow
	ph := &p.Phases[0]
	k := &ph.Objectives[0].KPIs[0]
	k.History = []Point{{NewDate(2025, 2, 1), 90}, {NewDate(2025, 3, 1), 150}}
	vanity := NewKPI(Text{FR: "Abonnés", EN: "Followers"}.In(lang), "followers")
	vanity.Baseline, vanity.Target = 1000, 5000
	ph.Objectives[0].KPIs = append(ph.Objectives[0].KPIs, vanity)
	ph.Actions[1].Status = StatusDone
	extra := NewAction(Text{FR: "Jeu-concours abandonné", EN: "Dropped contest"}.In(lang))
	extra.Channel, extra.Budget, extra.Status = "Twitter", Money{2500, "EUR"}, StatusDropped
	extra.Start, extra.End = ph.Start, ph.Start.AddDays(13)
	ph.Actions = append(ph.Actions, extra)
	p.Phases[1].Objectives[0].BusinessGoal = "" // shows a SMART issue
	p.Phases[2].Objectives[0].KPIs[0].ManualCurrent = 10
	answerAll(&p.Maturity, 2, "strategy", "governance", "people")
	answerAll(&p.Maturity, 1, "process", "tools")
	return p
}

// goldenSource gives engagement_rate a value and fails for other metrics.
var goldenSource = MetricSourceFunc(func(metric, _, _ string) (float64, error) {
	if metric == "engagement_rate" {
		return 1.6, nil
	}
	return math.NaN(), errors.New("no data loaded")
})

func TestMarkdownGolden(t *testing.T) {
	for _, lang := range []string{"fr", "en"} {
		t.Run(lang, func(t *testing.T) {
			md := Markdown(goldenPlan(lang), MarkdownOptions{AsOf: NewDate(2025, 3, 6), Source: goldenSource})
			golden(t, "testdata/markdown_"+lang+".golden", []byte(md))
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
		"| !\\[img\\](http://evil/x.png) (vanity metric) | likes |",
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
