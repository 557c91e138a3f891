package charts

import (
	"math"
	"reachlab/app/view"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// ChannelTimeline is one channel's audience and interactions per time
// bucket, aligned with the chart's labels. NaN marks a bucket without a
// value (no message then, or no known value): the line breaks there.
type ChannelTimeline struct {
	Channel      string
	Audience     []float64
	Interactions []float64
}

// TimelineTexts are the words of a timeline chart, already in the UI
// language.
type TimelineTexts struct {
	Title            string
	AudienceAxis     string // left axis: "Reach (people)"
	InteractionsAxis string // right axis: "Interactions"
	// AudienceSeries and InteractionsSeries are added to each channel's
	// name in the legend: "Brand page · reach".
	AudienceSeries, InteractionsSeries string
	Alt                                string
	FileName                           string
}

// logSpread is the ratio of the largest to the smallest positive audience
// from which the audience axis turns logarithmic: a TV programme and a
// brand page on one linear axis would flatten the page to zero.
const logSpread = 100

// TimelineChart draws audience (solid lines, left axis) and interactions
// (dashed lines, right axis) per time bucket, one colour per channel, with
// a zoom slider under the time axis and zooming by wheel or pinch inside the
// plot; the legend sits under the title, the slider at the bottom. labels
// name the buckets ("2026-03-02"), oldest first.
//
// The audience axis is logarithmic when the largest positive audience is at
// least logSpread times the smallest (see AudienceLog); a zero audience then
// cannot be drawn and is left as a gap, which the caller's text alternative
// should mention.
func TimelineChart(t TimelineTexts, labels []string, series []ChannelTimeline) view.Chart {
	logAxis := AudienceLog(series)
	audienceType := "value"
	if logAxis {
		audienceType = "log"
	}

	line := charts.NewLine()
	line.SetGlobalOptions(
		charts.WithTitleOpts(opts.Title{Title: t.Title, Left: "left"}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis", ValueFormatter: fn(FormatNumber)}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Top: "28", Type: "scroll"}),
		charts.WithGridOpts(opts.Grid{Left: "72", Right: "72", Top: "104", Bottom: "72", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category"}),
		charts.WithYAxisOpts(opts.YAxis{
			Type: audienceType, Name: t.AudienceAxis, NameLocation: "end",
			AxisLabel: &opts.AxisLabel{Formatter: fn(FormatCompact)},
		}),
		charts.WithDataZoomOpts(
			opts.DataZoom{Type: "slider", XAxisIndex: 0, Start: 0, End: 100},
			opts.DataZoom{Type: "inside", XAxisIndex: 0, Start: 0, End: 100},
		),
	)
	line.ExtendYAxis(opts.YAxis{
		Type: "value", Name: t.InteractionsAxis, NameLocation: "end", Position: "right",
		AxisLabel: &opts.AxisLabel{Formatter: fn(FormatCompact)},
		SplitLine: &opts.SplitLine{Show: opts.Bool(false)},
	})
	line.SetXAxis(labels)
	for i, s := range series {
		color := Palette[i%len(Palette)]
		line.AddSeries(s.Channel+" · "+t.AudienceSeries, lineData(s.Audience, logAxis),
			charts.WithLineChartOpts(opts.LineChart{YAxisIndex: 0, ShowSymbol: opts.Bool(true)}),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: color}),
			charts.WithLineStyleOpts(opts.LineStyle{Color: color, Width: 2}),
		)
		line.AddSeries(s.Channel+" · "+t.InteractionsSeries, lineData(s.Interactions, false),
			charts.WithLineChartOpts(opts.LineChart{YAxisIndex: 1, ShowSymbol: opts.Bool(true), Symbol: "triangle"}),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: color}),
			charts.WithLineStyleOpts(opts.LineStyle{Color: color, Width: 2, Type: "dashed"}),
		)
	}
	line.Accept(extras{})
	return finish(line, t.Alt, t.FileName)
}

// AudienceLog reports whether TimelineChart draws the audience on a
// logarithmic axis: when the largest positive audience of all series is at
// least 100 times the smallest.
func AudienceLog(series []ChannelTimeline) bool {
	lo, hi := math.Inf(1), 0.0
	for _, s := range series {
		for _, v := range s.Audience {
			if v > 0 && !math.IsInf(v, 0) {
				lo, hi = min(lo, v), max(hi, v)
			}
		}
	}
	return hi > 0 && hi/lo >= logSpread
}

// lineData writes values as line points, "-" (a gap) for NaN and infinite
// values, and for values ≤ 0 on a log axis.
func lineData(values []float64, logAxis bool) []opts.LineData {
	data := make([]opts.LineData, len(values))
	for i, v := range values {
		data[i].Value = "-"
		if !math.IsNaN(v) && !math.IsInf(v, 0) && (!logAxis || v > 0) {
			data[i].Value = v
		}
	}
	return data
}
