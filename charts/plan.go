package charts

import (
	"math"
	"reachlab/app/view"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// GanttBar is one action on a plan's timeline.
type GanttBar struct {
	Label      string
	Start, End int64 // Unix milliseconds; End is the last day's end
	Done       bool  // drawn in green, and its label starts with a check mark
}

// GanttTexts are the words of a plan timeline, in the UI language.
type GanttTexts struct {
	Title, Today, Alt string
}

// PlanGantt draws a plan's actions as a Gantt chart: one bar per action
// from its start to its end on a time scale, and a line at today. ECharts
// has no Gantt series (its custom series needs JavaScript), so each bar is
// a stack of an invisible bar up to the start and a visible one for the
// duration, on a value axis of milliseconds labelled as dates.
func PlanGantt(t GanttTexts, bars []GanttBar, today int64) view.Chart {
	labels := make([]string, len(bars))
	offsets := make([]opts.BarData, len(bars))
	spans := make([]opts.BarData, len(bars))
	lo, hi := int64(math.MaxInt64), int64(math.MinInt64)
	for i, b := range bars {
		// Top to bottom in plan order: ECharts draws the first category
		// at the bottom of a vertical category axis.
		j := len(bars) - 1 - i
		labels[j] = b.Label
		offsets[j] = opts.BarData{Value: b.Start}
		color := Blue
		if b.Done {
			// Not by colour alone: the label says it too.
			labels[j], color = "✓ "+b.Label, Green
		}
		spans[j] = opts.BarData{Value: b.End - b.Start, ItemStyle: &opts.ItemStyle{Color: color}}
		lo, hi = min(lo, b.Start), max(hi, b.End)
	}
	if len(bars) == 0 {
		lo, hi = today, today
	}
	bar := charts.NewBar()
	bar.SetGlobalOptions(
		charts.WithTitleOpts(opts.Title{Title: t.Title}),
		// Long action names are cut on the axis; hovering a bar gives the
		// whole name.
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item", Formatter: "{b}"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}),
		// The right margin leaves room for the last date, centred on the
		// axis's end.
		charts.WithGridOpts(opts.Grid{Left: "160", Right: "48", Top: "48", Bottom: "40"}),
		charts.WithXAxisOpts(opts.XAxis{Type: "value", Min: min(lo, today), Max: max(hi, today),
			AxisLabel: &opts.AxisLabel{Formatter: fn(FormatDate)}}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", AxisLabel: &opts.AxisLabel{Width: 150, Overflow: "truncate"}}),
	)
	// The categories go in as the x axis's data; XYReversal and Validate
	// move them to the vertical axis (data set on the y axis is dropped).
	bar.SetXAxis(labels)
	bar.XYReversal()
	bar.AddSeries("offset", offsets,
		charts.WithBarChartOpts(opts.BarChart{Stack: "timeline"}),
		charts.WithItemStyleOpts(opts.ItemStyle{Color: "transparent"}),
	)
	bar.AddSeries(t.Title, spans,
		charts.WithBarChartOpts(opts.BarChart{Stack: "timeline"}),
		charts.WithMarkLineNameXAxisItemOpts(opts.MarkLineNameXAxisItem{Name: t.Today, XAxis: today}),
		charts.WithMarkLineStyleOpts(opts.MarkLineStyle{Symbol: []string{"none", "none"}, Label: &opts.Label{Show: opts.Bool(true), Formatter: "{b}"}, LineStyle: &opts.LineStyle{Color: Vermilion, Width: 2}}),
	)
	bar.Accept(hiddenFirstSeries{})
	return finish(bar, t.Alt, "reachlab-plan-timeline")
}

// hiddenFirstSeries keeps the Gantt chart's offset bars invisible: the
// decal patterns of the aria option (which go-echarts' item style has no
// field for) would draw them otherwise.
type hiddenFirstSeries struct {
	charts.BaseConfigurationVisitor
}

// invisibleSeries is a series drawn with no colour and an empty decal,
// deaf to the mouse (silent). ECharts 5.6 documents decal "none" but fails
// on it in a series' item style; a decal without a symbol draws nothing.
type invisibleSeries struct {
	charts.SingleSeries
	Silent    bool `json:"silent"`
	ItemStyle struct {
		Color string `json:"color"`
		Decal struct {
			Symbol string `json:"symbol"`
			Color  string `json:"color"`
		} `json:"decal"`
	} `json:"itemStyle"`
}

// VisitSeriesOpt hides the first series.
func (hiddenFirstSeries) VisitSeriesOpt(series charts.MultiSeries) any {
	out := make([]any, len(series))
	for i, s := range series {
		out[i] = s
	}
	if len(series) > 0 {
		hidden := invisibleSeries{SingleSeries: series[0], Silent: true}
		hidden.ItemStyle.Color = "transparent"
		hidden.ItemStyle.Decal.Symbol, hidden.ItemStyle.Decal.Color = "none", "transparent"
		out[0] = hidden
	}
	return out
}

// Amount is one bar of a budget chart.
type Amount struct {
	Label string
	Value float64
}

// BudgetBars draws amounts as horizontal bars, largest first as given.
func BudgetBars(title, alt, fileName string, amounts []Amount) view.Chart {
	labels := make([]string, len(amounts))
	data := make([]opts.BarData, len(amounts))
	for i, a := range amounts {
		j := len(amounts) - 1 - i
		labels[j] = a.Label
		data[j] = opts.BarData{Value: a.Value}
	}
	bar := charts.NewBar()
	bar.SetGlobalOptions(
		charts.WithTitleOpts(opts.Title{Title: title}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis", ValueFormatter: fn(FormatNumber)}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}),
		charts.WithGridOpts(opts.Grid{Left: "160", Right: "32", Top: "48", Bottom: "32"}),
		charts.WithXAxisOpts(opts.XAxis{Type: "value", AxisLabel: &opts.AxisLabel{Formatter: fn(FormatCompact)}}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", AxisLabel: &opts.AxisLabel{Width: 150, Overflow: "truncate"}}),
	)
	// The categories go in as the x axis's data; XYReversal and Validate
	// move them to the vertical axis (data set on the y axis is dropped).
	bar.SetXAxis(labels)
	bar.XYReversal()
	bar.AddSeries(title, data, charts.WithItemStyleOpts(opts.ItemStyle{Color: Blue}))
	return finish(bar, alt, fileName)
}

// RadarAxis is one dimension of a radar chart: its name and score (0–100,
// NaN when not assessed, left out of the polygon).
type RadarAxis struct {
	Name  string
	Score float64
}

// MaturityRadar draws scores out of 100 on a radar.
func MaturityRadar(title, alt string, axes []RadarAxis) view.Chart {
	r := charts.NewRadar()
	indicators := make([]*opts.Indicator, len(axes))
	values := make([]any, len(axes))
	for i, a := range axes {
		indicators[i] = &opts.Indicator{Name: a.Name, Max: 100}
		values[i] = "-"
		if !math.IsNaN(a.Score) {
			values[i] = math.Round(a.Score)
		}
	}
	r.SetGlobalOptions(
		charts.WithTitleOpts(opts.Title{Title: title}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true)}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}),
		// ECharts' own grey for the dimension names is too pale to read.
		charts.WithRadarComponentOpts(opts.RadarComponent{Indicator: indicators, SplitNumber: 4, Center: []string{"50%", "55%"},
			AxisName: &opts.AxisName{Color: "#333333"}}),
	)
	r.AddSeries(title, []opts.RadarData{{Value: values}},
		charts.WithItemStyleOpts(opts.ItemStyle{Color: Blue}),
		charts.WithAreaStyleOpts(opts.AreaStyle{Opacity: opts.Float(0.25)}),
	)
	return finish(r, alt, "reachlab-plan-maturity")
}
