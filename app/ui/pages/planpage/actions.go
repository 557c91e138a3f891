package planpage

import (
	"math"
	"strconv"

	"reachlab/app/i18n"
	"reachlab/app/plan"
	"reachlab/app/text"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderActions is a phase's actions as a table, one row per action.
func (p *planPage) renderActions(l text.Lang, ph plan.Phase) app.UI {
	lang := l
	statuses := make([]choice, len(plan.ActionStatuses))
	for i, s := range plan.ActionStatuses {
		statuses[i] = choice{string(s), s.Text(lang)}
	}
	return app.Div().Class("actions").Body(
		app.H5().Text(i18n.T(l, i18n.PlanActions)),
		app.Div().Class("table-scroll").Body(app.Table().Class("grid").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text(i18n.T(l, i18n.PlanActionTitle)),
				app.Th().Scope("col").Text(i18n.T(l, i18n.PlanOwner)),
				app.Th().Scope("col").Text(i18n.T(l, i18n.PlanActionChannel)),
				app.Th().Scope("col").Text(i18n.T(l, i18n.PlanStart)),
				app.Th().Scope("col").Text(i18n.T(l, i18n.PlanEnd)),
				app.Th().Scope("col").Text(i18n.T(l, i18n.PlanActionBudget)),
				app.Th().Scope("col").Text(i18n.T(l, i18n.PlanActionStatus)),
				app.Th().Scope("col").Class("no-print").Text(""),
			)),
			app.TBody().Body(app.Range(ph.Actions).Slice(func(i int) app.UI {
				a := ph.Actions[i]
				id := "action-" + a.ID
				edit := func(change func(a *plan.Action)) {
					p.edit(func(x *plan.Plan) {
						if found := findAction(x, a.ID); found != nil {
							change(found)
						}
					})
				}
				return app.Tr().DataSet("action", a.ID).Body(
					app.Td().Body(textField(id+"-title", i18n.T(l, i18n.PlanActionTitle), a.Title, plan.MaxShortText, func(v string) { edit(func(a *plan.Action) { a.Title = v }) })),
					app.Td().Body(textField(id+"-owner", i18n.T(l, i18n.PlanOwner), a.Owner, plan.MaxShortText, func(v string) { edit(func(a *plan.Action) { a.Owner = v }) })),
					app.Td().Body(textField(id+"-channel", i18n.T(l, i18n.PlanActionChannel), a.Channel, plan.MaxShortText, func(v string) { edit(func(a *plan.Action) { a.Channel = v }) })),
					app.Td().Body(dateField(id+"-start", i18n.T(l, i18n.PlanStart), a.Start, func(d plan.Date) { edit(func(a *plan.Action) { a.Start = d }) })),
					app.Td().Body(dateField(id+"-end", i18n.T(l, i18n.PlanEnd), a.End, func(d plan.Date) { edit(func(a *plan.Action) { a.End = d }) })),
					app.Td().Body(numberField(id+"-budget", i18n.T(l, i18n.PlanActionBudget), a.Budget.Amount, func(v float64) {
						if !amountAllowed(v) {
							p.status = ""
							p.alerts = []string{i18n.Tf(l, i18n.PlanAmountTyped, i18n.T(l, i18n.PlanActionBudget), i18n.Auto(l, v), i18n.Number(l, plan.MaxAmount, 0))}
							return
						}
						edit(func(a *plan.Action) {
							a.Budget.Amount = v
							if a.Budget.Currency == "" && !math.IsNaN(v) {
								a.Budget.Currency = "EUR"
							}
						})
					})),
					app.Td().Body(selectField(id+"-status", i18n.T(l, i18n.PlanActionStatus), string(a.Status), statuses, func(v string) { edit(func(a *plan.Action) { a.Status = plan.ActionStatus(v) }) })),
					app.Td().Class("no-print").Body(button(id+"-remove", i18n.T(l, i18n.PlanRemove), func() {
						p.edit(func(x *plan.Plan) {
							if found := findPhase(x, ph.ID); found != nil {
								found.Actions = without(found.Actions, a.ID, func(a plan.Action) string { return a.ID })
							}
						})
					})),
				)
			})),
		)),
		app.P().Class("no-print").Body(button("phase-"+ph.ID+"-action-add", i18n.T(l, i18n.PlanAddAction), func() {
			p.edit(func(x *plan.Plan) {
				if found := findPhase(x, ph.ID); found != nil {
					a := plan.NewAction("")
					a.Start, a.End = found.Start, found.End
					found.Actions = append(found.Actions, a)
				}
			})
		})),
	)
}

// renderRisks lists a phase's risks with likelihood, impact and mitigation.
func (p *planPage) renderRisks(l text.Lang, ph plan.Phase) app.UI {
	lang := l
	levels := []choice{{"0", "—"}}
	for _, r := range plan.RiskLevels {
		levels = append(levels, choice{strconv.Itoa(int(r)), r.Text(lang)})
	}
	return app.Div().Class("risks").Body(
		app.H5().Text(i18n.T(l, i18n.PlanRisks)),
		app.Range(ph.Risks).Slice(func(i int) app.UI {
			r := ph.Risks[i]
			id := "risk-" + r.ID
			edit := func(change func(r *plan.Risk)) {
				p.edit(func(x *plan.Plan) {
					if found := findRisk(x, r.ID); found != nil {
						change(found)
					}
				})
			}
			level := func(v string) plan.RiskLevel { n, _ := strconv.Atoi(v); return plan.RiskLevel(n) }
			return app.Div().Class("settings risk").Body(
				textField(id+"-description", i18n.T(l, i18n.PlanRisk), r.Description, plan.MaxShortText, func(v string) { edit(func(r *plan.Risk) { r.Description = v }) }),
				selectField(id+"-likelihood", i18n.T(l, i18n.PlanLikelihood), strconv.Itoa(int(r.Likelihood)), levels, func(v string) { edit(func(r *plan.Risk) { r.Likelihood = level(v) }) }),
				selectField(id+"-impact", i18n.T(l, i18n.PlanImpact), strconv.Itoa(int(r.Impact)), levels, func(v string) { edit(func(r *plan.Risk) { r.Impact = level(v) }) }),
				textField(id+"-mitigation", i18n.T(l, i18n.PlanMitigation), r.Mitigation, plan.MaxShortText, func(v string) { edit(func(r *plan.Risk) { r.Mitigation = v }) }),
				app.P().Class("no-print").Body(button(id+"-remove", i18n.T(l, i18n.PlanRemove), func() {
					p.edit(func(x *plan.Plan) {
						if found := findPhase(x, ph.ID); found != nil {
							found.Risks = without(found.Risks, r.ID, func(r plan.Risk) string { return r.ID })
						}
					})
				})),
			)
		}),
		app.P().Class("no-print").Body(button("phase-"+ph.ID+"-risk-add", i18n.T(l, i18n.PlanAddRisk), func() {
			p.edit(func(x *plan.Plan) {
				if found := findPhase(x, ph.ID); found != nil {
					found.Risks = append(found.Risks, plan.NewRisk(""))
				}
			})
		})),
	)
}
