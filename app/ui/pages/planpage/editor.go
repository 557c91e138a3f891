package planpage

import (
	"strconv"

	"reachlab/app/i18n"
	"reachlab/app/plan"
	"reachlab/app/text"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderEditor is the open plan: its toolbar, general fields, phases,
// timeline, budget, response scoring and maturity.
func (p *planPage) renderEditor(l text.Lang) app.UI {
	pl, lang := p.plan, l
	return app.Div().ID("plan-editor").Body(
		p.renderToolbar(l),
		app.H2().ID("plan-heading").Class("plan-title").Text(titleOr(l, pl.Title)),
		app.Section().Class("card").Aria("labelledby", "general-heading").Body(
			app.H3().ID("general-heading").Text(i18n.T(l, i18n.PlanGeneral)),
			app.Div().Class("settings").Body(
				textField("plan-title", i18n.T(l, i18n.PlanTitleField), pl.Title, plan.MaxShortText, func(v string) { p.edit(func(x *plan.Plan) { x.Title = v }) }),
				textField("plan-owner", i18n.T(l, i18n.PlanOwner), pl.Owner, plan.MaxShortText, func(v string) { p.edit(func(x *plan.Plan) { x.Owner = v }) }),
				selectField("plan-market", i18n.T(l, i18n.PlanMarket), string(pl.Context.Market), marketChoices(lang), func(v string) {
					p.edit(func(x *plan.Plan) { x.Context.Market = plan.Market(v) })
				}),
				textField("plan-sector", i18n.T(l, i18n.PlanSector), pl.Context.Sector, plan.MaxShortText, func(v string) { p.edit(func(x *plan.Plan) { x.Context.Sector = v }) }),
				dateField("plan-start", i18n.T(l, i18n.PlanStart), pl.Horizon.Start, func(d plan.Date) { p.edit(func(x *plan.Plan) { x.Horizon.Start = d }) }),
				dateField("plan-end", i18n.T(l, i18n.PlanEnd), pl.Horizon.End, func(d plan.Date) { p.edit(func(x *plan.Plan) { x.Horizon.End = d }) }),
			),
		),
		app.Section().Aria("labelledby", "phases-heading").Body(
			app.H3().ID("phases-heading").Text(i18n.T(l, i18n.PlanPhases)),
			app.Range(pl.Phases).Slice(func(i int) app.UI { return p.renderPhase(l, i, pl.Phases[i]) }),
			app.P().Class("no-print").Body(button("phase-add", i18n.T(l, i18n.PlanAddPhase), func() {
				p.edit(func(x *plan.Plan) { x.Phases = append(x.Phases, plan.NewPhase("")) })
			})),
		),
		p.renderTimeline(l),
		p.renderBudget(l),
		p.renderScoring(l),
		p.renderMaturity(l),
	)
}

// renderToolbar holds the plan's commands: back to the list, undo and redo,
// exports and print.
func (p *planPage) renderToolbar(l text.Lang) app.UI {
	return app.Div().Class("toolbar no-print").Body(
		app.A().Href("/plan").ID("plan-back").Text("← "+i18n.T(l, i18n.PlanBack)),
		app.Button().Type("button").ID("plan-undo").Disabled(p.hist == nil || !p.hist.CanUndo()).
			Text(i18n.T(l, i18n.PlanUndo)).OnClick(func(ctx app.Context, e app.Event) { p.undo() }),
		app.Button().Type("button").ID("plan-redo").Disabled(p.hist == nil || !p.hist.CanRedo()).
			Text(i18n.T(l, i18n.PlanRedo)).OnClick(func(ctx app.Context, e app.Event) { p.redo() }),
		app.Button().Type("button").ID("plan-export-json").Text(i18n.T(l, i18n.PlanExportJSON)).OnClick(p.onExportJSON),
		app.Button().Type("button").ID("plan-export-md").Text(i18n.T(l, i18n.PlanExportMD)).OnClick(p.onExportMarkdown),
		app.Button().Type("button").ID("plan-print").Text(i18n.T(l, i18n.PlanPrint)).
			OnClick(func(ctx app.Context, e app.Event) { app.Window().Call("print") }),
		app.P().Class("muted shortcuts").Text(i18n.T(l, i18n.PlanShortcuts)),
	)
}

func marketChoices(lang text.Lang) []choice {
	out := []choice{{"", plan.MarketUnset.Text(lang)}}
	for _, m := range plan.Markets {
		out = append(out, choice{string(m), m.Text(lang)})
	}
	return out
}

// renderPhase is one phase: its fields, objectives, actions and risks.
func (p *planPage) renderPhase(l text.Lang, i int, ph plan.Phase) app.UI {
	id := "phase-" + ph.ID
	name := ph.Name
	if name == "" {
		name = strconv.Itoa(i + 1)
	}
	edit := func(change func(ph *plan.Phase)) {
		p.edit(func(x *plan.Plan) {
			if found := findPhase(x, ph.ID); found != nil {
				change(found)
			}
		})
	}
	return app.Details().ID(id).Class("phase card").Open(true).Body(
		app.Summary().Body(app.H4().Class("inline").Text(name)),
		app.Div().Class("settings").Body(
			textField(id+"-name", i18n.T(l, i18n.PlanPhaseName), ph.Name, plan.MaxShortText, func(v string) { edit(func(ph *plan.Phase) { ph.Name = v }) }),
			dateField(id+"-start", i18n.T(l, i18n.PlanStart), ph.Start, func(d plan.Date) { edit(func(ph *plan.Phase) { ph.Start = d }) }),
			dateField(id+"-end", i18n.T(l, i18n.PlanEnd), ph.End, func(d plan.Date) { edit(func(ph *plan.Phase) { ph.End = d }) }),
		),
		areaField(id+"-description", i18n.T(l, i18n.PlanDescription), ph.Description, func(v string) { edit(func(ph *plan.Phase) { ph.Description = v }) }),
		app.Div().Class("ppp").Body(
			areaField(id+"-people", i18n.T(l, i18n.PlanPeople), ph.People, func(v string) { edit(func(ph *plan.Phase) { ph.People = v }) }),
			areaField(id+"-process", i18n.T(l, i18n.PlanProcess), ph.Process, func(v string) { edit(func(ph *plan.Phase) { ph.Process = v }) }),
			areaField(id+"-platforms", i18n.T(l, i18n.PlanPlatforms), ph.Platforms, func(v string) { edit(func(ph *plan.Phase) { ph.Platforms = v }) }),
		),
		app.H5().Text(i18n.T(l, i18n.PlanObjectives)),
		app.Range(ph.Objectives).Slice(func(j int) app.UI { return p.renderObjective(l, ph.ID, ph.Objectives[j]) }),
		app.P().Class("no-print").Body(button(id+"-objective-add", i18n.T(l, i18n.PlanAddObjective), func() {
			edit(func(ph *plan.Phase) { ph.Objectives = append(ph.Objectives, plan.NewObjective()) })
		})),
		p.renderActions(l, ph),
		p.renderRisks(l, ph),
		app.P().Class("no-print").Body(button(id+"-remove", i18n.T(l, i18n.PlanRemovePhase), func() {
			p.edit(func(x *plan.Plan) { x.Phases = without(x.Phases, ph.ID, func(ph plan.Phase) string { return ph.ID }) })
		})),
	)
}

// renderObjective is the SMART form of one objective, its live SMART flags
// and its KPIs.
func (p *planPage) renderObjective(l text.Lang, phaseID string, o plan.Objective) app.UI {
	id, lang := "objective-"+o.ID, l
	edit := func(change func(o *plan.Objective)) {
		p.edit(func(x *plan.Plan) {
			if found := findObjective(x, o.ID); found != nil {
				change(found)
			}
		})
	}
	issues := o.Check(p.plan.Horizon)
	return app.Div().ID(id).Class("objective").Body(
		areaField(id+"-statement", i18n.T(l, i18n.PlanStatement), o.Statement, func(v string) { edit(func(o *plan.Objective) { o.Statement = v }) }),
		app.Div().Class("settings").Body(
			textField(id+"-who", i18n.T(l, i18n.PlanWho), o.Who, plan.MaxShortText, func(v string) { edit(func(o *plan.Objective) { o.Who = v }) }),
			textField(id+"-what", i18n.T(l, i18n.PlanWhat), o.What, plan.MaxShortText, func(v string) { edit(func(o *plan.Objective) { o.What = v }) }),
			numberField(id+"-quantity", i18n.T(l, i18n.PlanHowMuch), o.Quantity, func(v float64) { edit(func(o *plan.Objective) { o.Quantity = v }) }),
			textField(id+"-unit", i18n.T(l, i18n.PlanUnit), o.Unit, plan.MaxShortText, func(v string) { edit(func(o *plan.Objective) { o.Unit = v }) }),
			numberField(id+"-baseline", i18n.T(l, i18n.PlanBaseline), o.Baseline, func(v float64) { edit(func(o *plan.Objective) { o.Baseline = v }) }),
			dateField(id+"-bywhen", i18n.T(l, i18n.PlanByWhen), o.ByWhen, func(d plan.Date) { edit(func(o *plan.Objective) { o.ByWhen = d }) }),
			textField(id+"-goal", i18n.T(l, i18n.PlanBusinessGoal), o.BusinessGoal, plan.MaxShortText, func(v string) { edit(func(o *plan.Objective) { o.BusinessGoal = v }) }),
		),
		app.Div().ID(id+"-smart").Class("smart").Attr("aria-live", "polite").Body(
			app.If(len(issues) == 0, func() app.UI { return app.P().Class("ok").Text(i18n.T(l, i18n.PlanSMARTOK)) }),
			app.Ul().Body(app.Range(issues).Slice(func(k int) app.UI {
				return app.Li().Body(
					app.Strong().Text(string(issues[k].Criterion())+" "),
					app.Text(issues[k].Text(lang)),
				)
			})),
		),
		app.H6().Text(i18n.T(l, i18n.PlanKPIs)),
		app.Div().Class("kpis").Body(
			app.Range(o.KPIs).Slice(func(k int) app.UI { return p.renderKPI(l, o.KPIs[k]) }),
		),
		app.P().Class("no-print").Body(
			button(id+"-kpi-add", i18n.T(l, i18n.PlanAddKPI), func() {
				edit(func(o *plan.Objective) { o.KPIs = append(o.KPIs, plan.NewKPI("", plan.MetricManual)) })
			}),
			app.Text(" "),
			button(id+"-remove", i18n.T(l, i18n.PlanRemove), func() {
				p.edit(func(x *plan.Plan) {
					if ph := findPhase(x, phaseID); ph != nil {
						ph.Objectives = without(ph.Objectives, o.ID, func(o plan.Objective) string { return o.ID })
					}
				})
			}),
		),
	)
}
