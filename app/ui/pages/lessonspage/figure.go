package lessonspage

import (
	"context"
	"strings"
	"time"

	"reachlab/app/analysis"
	"reachlab/app/analysis/compare"
	ltan "reachlab/app/analysis/longtail"
	"reachlab/app/cases"
	"reachlab/app/data"
	"reachlab/app/data/load"
	"reachlab/app/i18n"
	"reachlab/app/plan"
	"reachlab/app/text"
	"reachlab/app/ui/workspace"
	"reachlab/app/view"
	"reachlab/charts"
)

// figure is a lesson's chart in one language, with its reading; err says
// why it could not be drawn.
type figure struct {
	option  view.Chart
	reading string
	err     string
}

// drawFigure draws the chart of lesson ls in l. Charts over a case are the
// very figures of the page the lesson's link opens, computed with the
// link's settings, so the lesson and the workbench never disagree.
func drawFigure(ctx context.Context, w *workspace.Workspace, ls cases.Lesson, l text.Lang) figure {
	chart := chartOf(ls)
	switch chart {
	case cases.ChartAVE:
		return aveFigure(ls, l)
	case cases.ChartPlanPhases:
		return phasesFigure(l, time.Now())
	}
	t, meta, err := w.Table(ctx, "case:"+ls.CaseID, load.Options{Locale: string(l)})
	if err != nil {
		return figure{err: err.Error()}
	}
	q := ls.Open.Query
	var f figure
	switch chart {
	case cases.ChartEngagementRate:
		f.option = compare.DrawFigure(dataset(t, meta), view.CompareSettingsFrom(q), compare.FigureRate, l)
		f.reading = f.option.Reading
	case cases.ChartConversation:
		f.option = compare.DrawFigure(dataset(t, meta), view.CompareSettingsFrom(q), compare.FigureConversation, l)
		f.reading = f.option.Reading
	case cases.ChartCCDF, cases.ChartFragmentation:
		which := ltan.FigureCCDF
		if chart == cases.ChartFragmentation {
			which = ltan.FigureShares
		}
		var ok bool
		if f.option, f.reading, ok = ltan.Draw(l, dataset(t, meta), q, which); !ok {
			return figure{err: f.reading}
		}
	default:
		f.option = compare.DrawFigure(dataset(t, meta), view.CompareSettingsFrom(q), compare.FigureSignature, l)
		f.reading = f.option.Reading
	}
	return f
}

// dataset is a case's table as the analyses read it.
func dataset(t *data.Table, meta workspace.Meta) analysis.Dataset {
	return analysis.Dataset{ID: meta.ID, Table: t, Name: meta.Name, Platform: string(meta.Platform), MediumKind: meta.MediumKind}
}

// chartOf is the chart of a lesson's chart step.
func chartOf(ls cases.Lesson) string {
	for _, s := range ls.Steps {
		if s.Kind == cases.StepChart {
			return s.Chart
		}
	}
	return ""
}

// aveFigure draws the mentions of the lesson's case month by month.
func aveFigure(ls cases.Lesson, l text.Lang) figure {
	c, ok := cases.ByID(ls.CaseID)
	if !ok {
		return figure{err: ls.CaseID}
	}
	var (
		amounts []charts.Amount
		items   []string
		total   float64
	)
	for _, m := range c.Messages {
		amounts = append(amounts, charts.Amount{Label: m.Period, Value: m.Mentions})
		items = append(items, m.Period+" "+i18n.Number(l, m.Mentions, 0))
		total += m.Mentions
	}
	if len(amounts) == 0 {
		return figure{err: ls.CaseID}
	}
	return figure{
		option: charts.BudgetBars(i18n.T(l, i18n.LessonsAVETitle),
			i18n.Tf(l, i18n.LessonsAVEAlt, strings.Join(items, ", ")), "reachlab-lesson-"+ls.ID, amounts),
		reading: i18n.Tf(l, i18n.LessonsAVEReading, i18n.Number(l, total, 0), len(amounts), i18n.Number(l, total/float64(len(amounts)), 0)),
	}
}

// phasesFigure draws the actions of the three-phase plan template on a
// timeline starting today.
func phasesFigure(l text.Lang, now time.Time) figure {
	pl := plan.NewFromTemplate(plan.TemplateThreePhases, l, now)
	rows, _ := pl.Gantt()
	if len(rows) == 0 {
		return figure{err: "no action"}
	}
	const day = int64(24 * time.Hour / time.Millisecond)
	bars := make([]charts.GanttBar, len(rows))
	first, last := rows[0].Start, rows[0].End
	for i, r := range rows {
		bars[i] = charts.GanttBar{Label: r.Action, Start: r.Start.Time().UnixMilli(), End: r.End.Time().UnixMilli() + day}
		if r.Start.Before(first) {
			first = r.Start
		}
		if r.End.After(last) {
			last = r.End
		}
	}
	return figure{option: charts.PlanGantt(charts.GanttTexts{
		Title: i18n.T(l, i18n.LessonsPhasesTitle),
		Today: i18n.T(l, i18n.PlanToday),
		Alt:   i18n.Tf(l, i18n.LessonsPhasesAlt, len(bars), first.String(), last.String()),
	}, bars, plan.DateOf(now).Time().UnixMilli())}
}
