package planpage

import (
	"errors"
	"fmt"
	"math"
	"reachlab/app/analysis"
	"strconv"
	"strings"

	"reachlab/app/analysis/problems"
	"reachlab/app/data/load"
	"reachlab/app/i18n"
	"reachlab/app/metrics"
	"reachlab/app/plan"
	"reachlab/app/store"
	"reachlab/app/text"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// liveValue is a KPI's current value computed from its dataset, or why
// there is none.
type liveValue struct {
	v   float64
	err string
}

// computeLive works out the current value of every data-bound KPI of the
// open plan, off the UI goroutine, and the numeric columns of the datasets
// they use (for the column picker).
func (p *planPage) computeLive() {
	if p.plan == nil {
		return
	}
	pl, lang := p.plan.Clone(), p.l()
	p.ui.Async(func() {
		w := p.workspace()
		src := newDataSource(p.ui, w, lang)
		live := map[string]liveValue{}
		columns := map[string][]string{}
		for _, ph := range pl.Phases {
			for _, o := range ph.Objectives {
				for _, k := range o.KPIs {
					if k.DatasetID != "" {
						if _, done := columns[k.DatasetID]; !done {
							if t, _, err := w.Table(p.ui, k.DatasetID, load.Options{Locale: string(lang)}); err == nil {
								columns[k.DatasetID] = analysis.NumericColumns(t)
							}
						}
					}
					if k.IsManual() {
						continue
					}
					v, err := k.Current(src)
					lv := liveValue{v: v}
					if err != nil {
						lv = liveValue{v: math.NaN(), err: kpiProblem(lang, err)}
					}
					live[k.ID] = lv
				}
			}
		}
		p.ui.Dispatch(func(ctx app.Context) {
			p.live, p.columns = live, columns
		})
	})
}

// current is a KPI's current value for the page: typed for manual KPIs,
// computed for the others.
func (p *planPage) current(k plan.KPI) (float64, string) {
	if k.IsManual() {
		v, err := k.Current(nil)
		if err != nil {
			return math.NaN(), err.Error()
		}
		return v, ""
	}
	lv, ok := p.live[k.ID]
	if !ok {
		return math.NaN(), "…"
	}
	return lv.v, lv.err
}

// metricChoices lists what a KPI can measure: a typed value, a column's
// total, or any metric of the metrics engine that has a value per dataset.
func metricChoices(lang text.Lang) []choice {
	out := []choice{{plan.MetricManual, i18n.T(text.Lang(lang), i18n.PlanKPIManual)}, {columnTotal, i18n.T(text.Lang(lang), i18n.PlanKPIColumnSum)}}
	for _, m := range metrics.All() {
		if m.PerRow() {
			out = append(out, choice{m.ID, m.Name.In(lang)})
		}
	}
	return out
}

// renderKPI is one KPI card: what it measures and on which data, its
// baseline and target, its current value, progress and sparkline.
func (p *planPage) renderKPI(l text.Lang, k plan.KPI) app.UI {
	id, lang := "kpi-"+k.ID, l
	edit := func(change func(k *plan.KPI)) {
		p.edit(func(x *plan.Plan) {
			if found := findKPI(x, k.ID); found != nil {
				change(found)
			}
		})
		p.computeLive()
	}
	metricID := k.MetricID
	if metricID == "" {
		metricID = plan.MetricManual
	}
	datasets := []choice{{"", i18n.T(l, i18n.PlanKPINoDataset)}}
	for _, m := range p.datasets {
		datasets = append(datasets, choice{m.ID, m.Title(l)})
	}
	cur, why := p.current(k)
	prog := k.Progress(cur, plan.DateOf(now()))
	def, hasDef := metrics.ByID(k.MetricID)
	vanity := k.Vanity() || (hasDef && def.Vanity)

	return app.Div().ID(id).Class("kpi card").DataSet("kpi", k.ID).Body(
		app.Div().Class("settings").Body(
			textField(id+"-name", i18n.T(l, i18n.PlanKPIName), k.Name, plan.MaxShortText, func(v string) { edit(func(k *plan.KPI) { k.Name = v }) }),
			selectField(id+"-metric", i18n.T(l, i18n.PlanKPIMetric), metricID, metricChoices(lang), func(v string) { edit(func(k *plan.KPI) { k.MetricID = v }) }),
			selectField(id+"-dataset", i18n.T(l, i18n.PlanKPIDataset), k.DatasetID, datasets, func(v string) { edit(func(k *plan.KPI) { k.DatasetID = v }) }),
			app.If(metricID == columnTotal, func() app.UI {
				cols := []choice{{"", "—"}}
				for _, c := range p.columns[k.DatasetID] {
					cols = append(cols, choice{c, c})
				}
				return selectField(id+"-column", i18n.T(l, i18n.PlanKPIColumn), k.Column, cols, func(v string) { edit(func(k *plan.KPI) { k.Column = v }) })
			}),
			textField(id+"-unit", i18n.T(l, i18n.PlanUnit), k.Unit, plan.MaxShortText, func(v string) { edit(func(k *plan.KPI) { k.Unit = v }) }),
			numberField(id+"-baseline", i18n.T(l, i18n.PlanBaseline), k.Baseline, func(v float64) { edit(func(k *plan.KPI) { k.Baseline = v }) }),
			numberField(id+"-target", i18n.T(l, i18n.PlanKPITarget), k.Target, func(v float64) { edit(func(k *plan.KPI) { k.Target = v }) }),
			dateField(id+"-targetdate", i18n.T(l, i18n.PlanKPITargetDate), k.TargetDate, func(d plan.Date) { edit(func(k *plan.KPI) { k.TargetDate = d }) }),
			app.If(metricID == plan.MetricManual, func() app.UI {
				return numberField(id+"-manual", i18n.T(l, i18n.PlanKPIManualNow), k.ManualCurrent, func(v float64) { edit(func(k *plan.KPI) { k.ManualCurrent = v }) })
			}),
		),
		app.Div().Class("kpi-status").Body(
			app.P().Body(
				app.Strong().Text(i18n.T(l, i18n.PlanKPICurrent)+" : "),
				app.Span().ID(id+"-current").DataSet("value", fmt.Sprint(cur)).Text(valueText(l, cur, k.Unit, why)),
			),
			app.If(prog.Status != plan.NotAvailable, func() app.UI {
				return app.Div().Body(
					app.Label().For(id+"-progress").Text(i18n.T(l, i18n.PlanKPIProgress)+" — "+prog.Status.Text(lang)),
					app.Progress().ID(id+"-progress").Max(1).Value(math.Max(0, math.Min(1, prog.Fraction))),
					app.Span().Class("muted").Text(" "+i18n.Percent(l, prog.Fraction*100, 0)+" · "+i18n.Tf(l, i18n.PlanKPIDistance, valueText(l, prog.Distance, k.Unit, ""))),
				)
			}),
			app.If(prog.Status == plan.NotAvailable && !math.IsNaN(cur), func() app.UI {
				return app.P().Class("muted").Text(prog.Reason.Text(lang))
			}),
			sparkline(k, cur),
		),
		app.If(vanity, func() app.UI {
			return app.P().Class("vanity").Body(
				app.Text(i18n.T(l, i18n.PlanKPIVanity)+" "),
				app.A().Href("#metric-"+k.MetricID).Text(i18n.T(l, i18n.PlanKPIDefinition)),
			)
		}),
		app.If(hasDef, func() app.UI {
			return app.Details().ID("metric-"+def.ID).Class("definition").Body(
				app.Summary().Text(i18n.T(l, i18n.PlanKPIDefinition)+" — "+def.Name.In(lang)),
				app.P().Body(app.Code().Text(def.Formula.In(lang))),
				app.P().Text(def.Definition.In(lang)),
			)
		}),
		app.P().Class("no-print").Body(button(id+"-remove", i18n.T(l, i18n.PlanRemove), func() {
			p.edit(func(x *plan.Plan) {
				for i := range x.Phases {
					for j := range x.Phases[i].Objectives {
						o := &x.Phases[i].Objectives[j]
						o.KPIs = without(o.KPIs, k.ID, func(k plan.KPI) string { return k.ID })
					}
				}
			})
		})),
	)
}

// valueText writes a value with its unit, or "not available" with why.
func valueText(l text.Lang, v float64, unit, why string) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		if why == "" || why == "…" {
			return "…"
		}
		return i18n.Tf(l, i18n.PlanNA, why)
	}
	s := i18n.Auto(l, v)
	if unit = strings.TrimSpace(unit); unit != "" {
		s += "\u00a0" + unit
	}
	return s
}

// sparkline draws a KPI's history and current value as a small line (SVG
// built from numbers only).
func sparkline(k plan.KPI, current float64) app.UI {
	pts := k.Sparkline()
	var ys []float64
	for _, pt := range pts {
		ys = append(ys, pt.Value)
	}
	if !math.IsNaN(current) {
		ys = append(ys, current)
	}
	if len(ys) < 2 {
		return nil
	}
	lo, hi := ys[0], ys[0]
	for _, y := range ys {
		lo, hi = math.Min(lo, y), math.Max(hi, y)
	}
	const w, h = 120.0, 28.0
	var b strings.Builder
	for i, y := range ys {
		x := w * float64(i) / float64(len(ys)-1)
		yy := h / 2
		if hi > lo {
			yy = h - 2 - (h-4)*(y-lo)/(hi-lo)
		}
		fmt.Fprintf(&b, "%.1f,%.1f ", x, yy)
	}
	const ns = "http://www.w3.org/2000/svg"
	return app.Elem("svg").XMLNS(ns).Class("sparkline").Attr("viewBox", "0 0 120 28").
		Attr("width", "120").Attr("height", "28").Attr("role", "img").
		Aria("label", sparklineLabel(ys)).Body(
		app.Elem("polyline").XMLNS(ns).Attr("points", strings.TrimSpace(b.String())).
			Attr("fill", "none").Attr("stroke", "#0072B2").Attr("stroke-width", "2"),
	)
}

// sparklineLabel says what a sparkline shows, for screen readers.
func sparklineLabel(ys []float64) string {
	parts := make([]string, len(ys))
	for i, y := range ys {
		parts[i] = strconv.FormatFloat(y, 'g', 4, 64)
	}
	return "↗ " + strings.Join(parts, " → ")
}

// kpiProblem says why a KPI has no current value: in the user's words when
// its dataset is gone, as the plan package wrote it otherwise.
func kpiProblem(l text.Lang, err error) string {
	if errors.Is(err, store.ErrNotExist) {
		return problems.Cause(l, err)
	}
	return err.Error()
}
