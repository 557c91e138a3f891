package charts

import (
	"reachlab/app/view"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// MessageReach is one message's audience: a TV programme's viewers or a
// post's reach.
type MessageReach struct {
	Label string
	Reach float64 // people reached; must be > 0 to appear on the log axis
	Kind  string  // medium kind: "mass", "social", …
}

// ReachTexts are the words of a reach-per-message chart, already in the UI
// language.
type ReachTexts struct {
	Title, Subtitle string
	YAxis           string
	// Kinds names each medium kind in the legend, in the order shown.
	Kinds []KindName
	Alt   string
}

// KindName is the legend name of a medium kind.
type KindName struct{ Kind, Name string }

// ReachPerMessage draws one bar per message on a logarithmic axis, coloured
// (and patterned) by medium kind, so that a TV message and a tail of posts fit
// on one picture: a log axis shows a 1,000× gap as three steps instead of a
// bar 1,000 times taller than the others.
func ReachPerMessage(t ReachTexts, items []MessageReach) view.Chart {
	bar := charts.NewBar()
	bar.SetGlobalOptions(
		charts.WithTitleOpts(opts.Title{Title: t.Title, Subtitle: t.Subtitle, Left: "left"}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis", ValueFormatter: fn(FormatNumber)}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Top: "bottom"}),
		charts.WithGridOpts(opts.Grid{Left: "64", Right: "16", Top: "72", Bottom: "64"}),
		charts.WithYAxisOpts(opts.YAxis{
			Type: "log", Name: t.YAxis, NameLocation: "end",
			AxisLabel: &opts.AxisLabel{Formatter: fn(FormatCompact)},
		}),
		charts.WithXAxisOpts(opts.XAxis{AxisLabel: &opts.AxisLabel{Show: opts.Bool(false)}}),
	)

	labels := make([]string, len(items))
	for i, it := range items {
		labels[i] = it.Label
	}
	bar.SetXAxis(labels)
	for _, k := range t.Kinds {
		data := make([]opts.BarData, len(items))
		for i, it := range items {
			data[i] = opts.BarData{Name: it.Label, Value: "-"}
			if it.Kind == k.Kind && it.Reach > 0 {
				data[i].Value = it.Reach
			}
		}
		bar.AddSeries(k.Name, data,
			charts.WithItemStyleOpts(opts.ItemStyle{Color: KindColor(k.Kind)}),
			charts.WithBarChartOpts(opts.BarChart{BarGap: "-100%", BarCategoryGap: "20%"}),
		)
	}
	bar.Accept(extras{})
	return finish(bar, t.Alt, "reach-per-message")
}
