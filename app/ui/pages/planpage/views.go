package planpage

import (
	"fmt"
	"strconv"
	"strings"

	"reachlab/app/i18n"
	"reachlab/app/plan"
	"reachlab/app/text"
	"reachlab/charts"
	"reachlab/charts/chartview"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// dayMS is a day in Unix milliseconds.
const dayMS = 24 * 60 * 60 * 1000

// renderTimeline draws the plan's actions on a Gantt chart with today's line.
func (p *planPage) renderTimeline(l text.Lang) app.UI {
	rows, _ := p.plan.Gantt()
	var bars []charts.GanttBar
	for _, r := range rows {
		label := r.Action
		if label == "" {
			label = "—"
		}
		bars = append(bars, charts.GanttBar{
			Label: label,
			Start: r.Start.Time().UnixMilli(),
			End:   r.End.Time().UnixMilli() + dayMS, // the end day included
			Done:  r.Status == plan.StatusDone,
		})
	}
	section := app.Section().Class("card").Aria("labelledby", "timeline-heading")
	if len(bars) == 0 {
		return section.Body(
			app.H3().ID("timeline-heading").Text(i18n.T(l, i18n.PlanTimeline)),
			app.P().Class("muted").Text(i18n.T(l, i18n.PlanTimelineNone)),
		)
	}
	first, last := rows[0].Start, rows[0].End
	for _, r := range rows {
		if r.Start.Before(first) {
			first = r.Start
		}
		if r.End.After(last) {
			last = r.End
		}
	}
	today := plan.DateOf(now())
	opt := charts.PlanGantt(charts.GanttTexts{
		Title: i18n.T(l, i18n.PlanTimeline),
		Today: i18n.T(l, i18n.PlanToday),
		Alt:   i18n.Tf(l, i18n.PlanTimelineAlt, len(bars), first.String(), last.String()),
	}, bars, today.Time().UnixMilli())
	return section.Body(
		app.H3().ID("timeline-heading").Class("sr-only").Text(i18n.T(l, i18n.PlanTimeline)),
		&chartview.Figure{ID: "plan-timeline", Chart: opt, SaveLabel: i18n.T(l, i18n.ChartSave)},
	)
}

// renderBudget draws the budget by phase and by channel, per currency.
func (p *planPage) renderBudget(l text.Lang) app.UI {
	byPhase, byChannel, total := p.plan.BudgetByPhase(), p.plan.BudgetByChannel(), p.plan.BudgetTotal()
	section := app.Section().Class("card").Aria("labelledby", "budget-heading")
	if len(total) == 0 {
		return section.Body(
			app.H3().ID("budget-heading").Text(i18n.T(l, i18n.PlanBudget)),
			app.P().Class("muted").Text(i18n.T(l, i18n.PlanBudgetNone)),
		)
	}
	var totals []string
	for _, t := range total {
		totals = append(totals, money(l, t.Amount, t.Currency))
	}
	figure := func(id string, title i18n.Key, lines []plan.BudgetLine) app.UI {
		var amounts []charts.Amount
		var parts []string
		for _, b := range lines {
			name := b.Group
			if name == "" {
				name = "—"
			}
			if len(total) > 1 {
				name += " (" + b.Currency + ")"
			}
			amounts = append(amounts, charts.Amount{Label: name, Value: b.Amount})
			parts = append(parts, name+" "+money(l, b.Amount, b.Currency))
		}
		heading := i18n.T(l, title)
		alt := i18n.Tf(l, i18n.PlanBudgetAlt, strings.ToLower(heading), strings.Join(parts, ", "))
		return &chartview.Figure{ID: id, Chart: charts.BudgetBars(heading, alt, "reachlab-"+id, amounts), SaveLabel: i18n.T(l, i18n.ChartSave)}
	}
	return section.Body(
		app.H3().ID("budget-heading").Text(i18n.T(l, i18n.PlanBudget)),
		app.P().ID("budget-total").Text(i18n.Tf(l, i18n.PlanBudgetTotal, strings.Join(totals, " + "))),
		figure("plan-budget-phase", i18n.PlanBudgetPhase, byPhase),
		figure("plan-budget-channel", i18n.PlanBudgetChannel, byChannel),
	)
}

// money writes an amount with its currency.
func money(l text.Lang, v float64, currency string) string {
	s := i18n.Number(l, v, 0)
	switch currency {
	case "EUR":
		return s + "\u00a0€"
	case "":
		return s
	}
	return s + "\u00a0" + currency
}

// renderScoring shows the plan's response-priority rule: criteria with
// editable weights, the formula, and a matrix of sample messages to try it.
func (p *planPage) renderScoring(l text.Lang) app.UI {
	lang, sc := l, p.plan.Scoring
	samples := plan.SampleMessages()
	rating := func(m plan.SampleMessage, c string) float64 {
		if r, ok := p.ratings[m.ID][c]; ok {
			return r
		}
		return m.Ratings[c]
	}
	return app.Section().Class("card").Aria("labelledby", "scoring-heading").Body(
		app.H3().ID("scoring-heading").Text(i18n.T(l, i18n.PlanScoring)),
		app.P().Text(i18n.T(l, i18n.PlanScoringIntro)),
		app.P().ID("scoring-formula").Body(app.Code().Text(plan.Formula(lang))),
		app.Div().Class("settings").Body(app.Range(sc.Criteria).Slice(func(i int) app.UI {
			c := sc.Criteria[i]
			return numberField("weight-"+c.ID, i18n.T(l, i18n.PlanWeight)+" — "+c.Name, c.Weight, func(v float64) {
				p.edit(func(x *plan.Plan) {
					for j := range x.Scoring.Criteria {
						if x.Scoring.Criteria[j].ID == c.ID && v >= 0 {
							x.Scoring.Criteria[j].Weight = v
						}
					}
				})
			})
		})),
		app.Div().Class("table-scroll").Body(app.Table().ID("scoring-matrix").Class("grid").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text(i18n.T(l, i18n.PlanMessage)),
				app.Range(sc.Criteria).Slice(func(i int) app.UI { return app.Th().Scope("col").Text(sc.Criteria[i].Name) }),
				app.Th().Scope("col").Class("num").Text(i18n.T(l, i18n.PlanScore)),
				app.Th().Scope("col").Text(i18n.T(l, i18n.PlanBand)),
			)),
			app.TBody().Body(app.Range(samples).Slice(func(i int) app.UI {
				m := samples[i]
				ratings := map[string]float64{}
				for _, c := range sc.Criteria {
					ratings[c.ID] = rating(m, c.ID)
				}
				score, err := sc.Score(ratings)
				explain, _ := sc.Explain(ratings, lang)
				scoreText, band := "—", ""
				if err == nil {
					scoreText, band = i18n.Number(l, score, 0), sc.Band(score).Text(lang)
				}
				return app.Tr().DataSet("message", m.ID).Body(
					app.Th().Scope("row").Body(app.Span().Class("muted").Text(m.Channel+" · "), app.Text(m.Text.In(lang))),
					app.Range(sc.Criteria).Slice(func(j int) app.UI {
						c := sc.Criteria[j]
						id := "rating-" + m.ID + "-" + c.ID
						return app.Td().Body(
							app.Label().For(id).Class("sr-only").Text(i18n.Tf(l, i18n.PlanRating, c.Name, m.ID)),
							app.Input().Type("number").ID(id).Min(0).Max(5).Step(1).Class("rating").
								Value(strconv.Itoa(int(rating(m, c.ID)))).
								OnChange(func(ctx app.Context, e app.Event) {
									v, err := strconv.Atoi(ctx.JSSrc().Get("value").String())
									if err != nil || v < 0 || v > 5 {
										return
									}
									if p.ratings == nil {
										p.ratings = map[string]map[string]float64{}
									}
									if p.ratings[m.ID] == nil {
										p.ratings[m.ID] = map[string]float64{}
									}
									p.ratings[m.ID][c.ID] = float64(v)
								}, app.EventScope(id)),
						)
					}),
					app.Td().Class("num").ID("score-"+m.ID).Title(explain).Text(scoreText),
					app.Td().ID("band-"+m.ID).Text(band),
				)
			})),
		)),
	)
}

// renderMaturity is the self-assessment: a question group per dimension,
// the radar and the suggested phase.
func (p *planPage) renderMaturity(l text.Lang) app.UI {
	lang, a := l, p.plan.Maturity
	dims := plan.MaturityDimensions()
	scores := a.Scores()
	var axes []charts.RadarAxis
	var parts []string
	for _, s := range scores {
		axes = append(axes, charts.RadarAxis{Name: s.Name.In(lang), Score: s.Score})
		v := "—"
		if s.Answered > 0 {
			v = i18n.Number(l, s.Score, 0)
		}
		parts = append(parts, s.Name.In(lang)+" "+v)
	}
	stage, overall, err := a.SuggestedStage()
	return app.Section().Class("card").Aria("labelledby", "maturity-heading").Body(
		app.H3().ID("maturity-heading").Text(i18n.T(l, i18n.PlanMaturity)),
		app.P().Text(i18n.T(l, i18n.PlanMaturityIntro)),
		app.Range(dims).Slice(func(i int) app.UI {
			d := dims[i]
			return app.FieldSet().Class("dimension").Body(
				app.Legend().Text(d.Name.In(lang)),
				app.Range(d.Questions).Slice(func(j int) app.UI {
					q := d.Questions[j]
					answer, answered := a.Answers[q.ID]
					return app.Div().Class("question").Attr("role", "radiogroup").Aria("label", q.Text.In(lang)).Body(
						app.P().Text(q.Text.In(lang)),
						app.Range(plan.AnswerScale).Slice(func(v int) app.UI {
							id := fmt.Sprintf("q-%s-%d", strings.ReplaceAll(q.ID, ".", "-"), v)
							return app.Span().Class("answer").Body(
								app.Input().Type("radio").Name("q-"+q.ID).ID(id).Value(strconv.Itoa(v)).
									Checked(answered && answer == v).
									OnChange(func(ctx app.Context, e app.Event) {
										p.edit(func(x *plan.Plan) { x.Maturity.Set(q.ID, v) })
									}, app.EventScope(id)),
								app.Label().For(id).Text(strconv.Itoa(v)+" "+plan.AnswerScale[v].In(lang)),
							)
						}),
					)
				}),
			)
		}),
		&chartview.Figure{ID: "plan-maturity", Chart: charts.MaturityRadar(i18n.T(l, i18n.PlanMaturity), i18n.Tf(l, i18n.PlanMaturityAlt, strings.Join(parts, ", ")), axes), SaveLabel: i18n.T(l, i18n.ChartSave)},
		app.P().ID("maturity-stage").Class("reading").Text(func() string {
			if err != nil {
				return i18n.T(l, i18n.PlanStageMissing)
			}
			return i18n.Tf(l, i18n.PlanStage, stage.Text(lang), i18n.Number(l, overall, 0))
		}()),
	)
}
