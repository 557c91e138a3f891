package planpage

import (
	"reachlab/app/i18n"
	"reachlab/app/plan"
	"reachlab/app/store"
	"reachlab/app/text"
	"reachlab/app/ui/shell"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderList shows the saved plans and the ways to start one: from a
// template, or from a plan file.
func (p *planPage) renderList(l text.Lang) app.UI {
	lang := l
	templates := plan.Templates()
	return app.Div().Body(
		app.Section().Aria("labelledby", "plans-heading").Body(
			app.H2().ID("plans-heading").Text(i18n.T(l, i18n.PlanList)),
			app.If(p.ready && len(p.plans) == 0, func() app.UI { return app.P().Text(i18n.T(l, i18n.PlanNone)) }),
			app.Ul().ID("plans").Class("datasets").Body(
				app.Range(p.plans).Slice(func(i int) app.UI {
					r := p.plans[i]
					return app.Li().Class("dataset").DataSet("id", r.ID).DataSet("title", r.Title).Body(
						app.A().Class("dataset-name").Href("/plan?plan="+r.ID).Text(titleOr(l, r.Title)),
						app.Span().Class("muted").Text(" — "+i18n.Tf(l, i18n.PlanUpdated, r.Updated.Local().Format("2006-01-02 15:04"))+" "),
						app.Span().Class("dataset-actions").Body(
							app.Button().Type("button").Class("duplicate").
								Aria("label", i18n.T(l, i18n.PlanDuplicate)+" "+r.Title).
								Text(i18n.T(l, i18n.PlanDuplicate)).
								OnClick(func(ctx app.Context, e app.Event) { p.duplicate(r.ID) }, app.EventScope(r.ID)),
							app.Button().Type("button").Class("delete").
								Aria("label", i18n.T(l, i18n.PlanDelete)+" "+r.Title).
								Text(i18n.T(l, i18n.PlanDelete)).
								OnClick(func(ctx app.Context, e app.Event) { p.remove(r) }, app.EventScope(r.ID)),
						),
					)
				}),
			),
		),
		app.Section().Class("card").Aria("labelledby", "new-plan-heading").Body(
			app.H2().ID("new-plan-heading").Text(i18n.T(l, i18n.PlanNew)),
			app.Div().Attr("role", "radiogroup").Aria("labelledby", "new-plan-heading").Class("templates").Body(
				app.Range(templates).Slice(func(i int) app.UI {
					t := templates[i]
					id := "template-" + string(t.ID)
					return app.Div().Class("template").Body(
						app.Input().Type("radio").Name("template").ID(id).Value(string(t.ID)).
							Checked(t.ID == p.template).
							OnChange(func(ctx app.Context, e app.Event) { p.template = t.ID }, app.EventScope(t.ID)),
						app.Label().For(id).Body(
							app.Strong().Text(t.Name.In(lang)),
							app.Span().Text(" — "+t.Summary.In(lang)),
						),
						app.If(t.Source.In(lang) != "", func() app.UI {
							return app.P().Class("muted source").Text(t.Source.In(lang))
						}),
					)
				}),
			),
			app.Button().Type("button").ID("plan-create").Class("primary").Text(i18n.T(l, i18n.PlanCreate)).OnClick(p.onCreate),
		),
		app.Section().Class("workspace-file").Body(
			app.Input().ID("plan-import").Type("file").Class("sr-only").Accept(".json,application/json").OnChange(p.onImport),
			app.Label().For("plan-import").Class("button").Text(i18n.T(l, i18n.PlanImport)),
		),
	)
}

func titleOr(l text.Lang, title string) string {
	if title == "" {
		return i18n.T(l, i18n.PlanUntitled)
	}
	return title
}

// onCreate makes a plan from the chosen template and opens it.
func (p *planPage) onCreate(ctx app.Context, e app.Event) {
	pl := plan.NewFromTemplate(p.template, p.l(), now())
	if pl == nil {
		return
	}
	p.insert(pl, "")
}

// insert saves a new plan and opens it; status says so when not empty.
func (p *planPage) insert(pl *plan.Plan, status string) {
	l := p.l()
	p.ui.Async(func() {
		b, err := plan.Export(pl)
		var rec store.Record
		if err == nil {
			rec, err = p.workspace().Store().Put(p.ui, store.Record{Kind: store.Plans, ID: pl.ID, Title: pl.Title, Data: b})
		}
		p.ui.Dispatch(func(ctx app.Context) {
			if err != nil {
				p.alerts = []string{i18n.Tf(l, i18n.PlanSaveError, err.Error())}
				return
			}
			p.alerts, p.status = nil, status
			p.id = pl.ID
			p.open(pl, rec.Rev)
			p.navigate(ctx, pl.ID)
			p.refresh()
		})
	})
}

// duplicate copies a saved plan (fresh IDs, "(copy)" title).
func (p *planPage) duplicate(id string) {
	l := p.l()
	p.ui.Async(func() {
		pl, rec, err := p.readPlan(id)
		p.ui.Dispatch(func(ctx app.Context) {
			if err != nil {
				p.alerts = []string{i18n.Tf(l, i18n.PlanImportError, rec.Title, problemText(l, err))}
				return
			}
			p.insert(pl.Duplicate(now()), "")
		})
	})
}

// remove deletes a saved plan, keeping it for an undo.
func (p *planPage) remove(r store.Record) {
	l := p.l()
	p.ui.Async(func() {
		s := p.workspace().Store()
		full, err := s.Get(p.ui, store.Plans, r.ID)
		if err == nil {
			err = s.Delete(p.ui, store.Plans, r.ID)
		}
		p.ui.Dispatch(func(ctx app.Context) {
			if err != nil {
				p.alerts = []string{i18n.Tf(l, i18n.PlanSaveError, err.Error())}
				return
			}
			dropDraft(ctx, r.ID)
			full.Rev = 0
			p.removed, p.status, p.alerts = &full, "", nil
			p.refresh()
		})
	})
}

func (p *planPage) onUndoDelete(ctx app.Context, e app.Event) {
	r, l := p.removed, p.l()
	if r == nil {
		return
	}
	p.ui.Async(func() {
		_, err := p.workspace().Store().Put(p.ui, *r)
		p.ui.Dispatch(func(ctx app.Context) {
			p.removed = nil
			if err != nil {
				p.alerts = []string{i18n.Tf(l, i18n.PlanSaveError, err.Error())}
				return
			}
			p.refresh()
		})
	})
}

// onImport reads a plan file, migrating older versions; a refused file
// changes nothing. An imported plan whose ID is taken gets fresh IDs.
func (p *planPage) onImport(ctx app.Context, e app.Event) {
	files := shell.TakeFiles(ctx.JSSrc())
	if len(files) == 0 {
		return
	}
	f, l := files[0], p.l()
	p.ui.Async(func() {
		b, err := f.Read(p.ui, nil)
		var pl *plan.Plan
		if err == nil {
			pl, err = plan.Import(b)
		}
		if err == nil {
			if _, taken := p.workspace().Store().Get(p.ui, store.Plans, pl.ID); taken == nil {
				pl = pl.Duplicate(now())
			}
		}
		p.ui.Dispatch(func(ctx app.Context) {
			if err != nil {
				p.status = ""
				p.alerts = []string{i18n.Tf(l, i18n.PlanImportError, f.Name, problemText(l, err))}
				return
			}
			p.insert(pl, i18n.Tf(l, i18n.PlanImported, pl.Title))
		})
	})
}
