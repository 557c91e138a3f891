package planpage

import (
	"strings"
	"unicode"

	"reachlab/app/i18n"
	"reachlab/app/plan"
	"reachlab/app/ui/shell"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// onExportJSON downloads the plan as its versioned JSON file, which Import
// reads back losslessly on any machine.
func (p *planPage) onExportJSON(ctx app.Context, e app.Event) {
	b, err := plan.Export(p.plan)
	if err != nil {
		p.alerts = []string{i18n.Tf(p.l(), i18n.PlanSaveError, err.Error())}
		return
	}
	shell.Download(fileName(p.plan.Title)+".json", "application/json", b)
}

// onExportMarkdown downloads the plan as a Markdown document in the UI
// language, with KPIs' current values from the data.
func (p *planPage) onExportMarkdown(ctx app.Context, e app.Event) {
	pl, lang := p.plan.Clone(), p.l()
	p.ui.Async(func() {
		md := plan.Markdown(pl, plan.MarkdownOptions{
			Lang:   lang,
			AsOf:   plan.DateOf(now()),
			Source: newDataSource(p.ui, p.workspace(), lang),
		})
		p.ui.Dispatch(func(ctx app.Context) {
			shell.Download(fileName(pl.Title)+".md", "text/markdown;charset=utf-8", []byte(md))
		})
	})
}

// fileName makes a file name from a plan's title: letters and digits kept,
// the rest folded into dashes.
func fileName(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(title) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
		if b.Len() > 60 {
			break
		}
	}
	name := strings.Trim(b.String(), "-")
	if name == "" {
		name = "plan"
	}
	return "reachlab-plan-" + name
}
