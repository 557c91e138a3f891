package charts

import (
	"math"
	"reachlab/app/view"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// ChannelValue is one channel's figure on a bar chart.
type ChannelValue struct {
	Channel string
	Kind    string  // medium kind: "mass", "social", …; "" when unknown
	Value   float64 // NaN when not available: the bar is left blank
	// Note is written above the bar when set: a second figure that explains
	// the first ("0 % answered"). Plain text: braces are dropped, as ECharts
	// would read them as a template.
	Note string
}

// BarTexts are the words of a bar chart by channel, already in the UI
// language.
type BarTexts struct {
	Title string
	// YAxis names the figure with its denominator, so that a rate never
	// appears without what it divides by: "Engagement rate (%) =
	// interactions ÷ reach × 100".
	YAxis string
	// Kinds names each medium kind in the legend, in the order shown.
	Kinds []KindName
	// Percent formats the axis and tooltips as percentages (values already
	// in percent units: 1.5 means 1.5 %).
	Percent  bool
	Alt      string
	FileName string
}

// maxBarWidth keeps the bars of a chart with few channels from filling the
// plot, in pixels.
const maxBarWidth = "96"

// rotateFrom is the number of channels from which the channel names under
// the bars are slanted so that they do not overlap.
const rotateFrom = 6

// ChannelBars draws one bar per channel, in the order given, coloured (and
// patterned) by medium kind on a linear axis starting at zero. A channel
// whose value is not available keeps its place with no bar, so that its
// absence shows; the caller says why in the reading.
func ChannelBars(t BarTexts, values []ChannelValue) view.Chart {
	format := FormatNumber
	axisFormat := FormatCompact
	if t.Percent {
		format, axisFormat = FormatPercent, FormatPercent
	}
	labels := &opts.AxisLabel{Interval: "0"}
	if len(values) >= rotateFrom {
		labels.Rotate = 30
	}

	bar := charts.NewBar()
	bar.SetGlobalOptions(
		charts.WithTitleOpts(opts.Title{Title: t.Title, Left: "left"}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis", ValueFormatter: fn(format)}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Top: "bottom"}),
		charts.WithGridOpts(opts.Grid{Left: "72", Right: "24", Top: "80", Bottom: "88", ContainLabel: opts.Bool(true)}),
		charts.WithYAxisOpts(opts.YAxis{
			Type: "value", Name: t.YAxis, NameLocation: "end",
			AxisLabel: &opts.AxisLabel{Formatter: fn(axisFormat)},
		}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", AxisLabel: labels}),
	)
	names := make([]string, len(values))
	for i, v := range values {
		names[i] = v.Channel
	}
	bar.SetXAxis(names)
	for _, k := range t.Kinds {
		data := make([]opts.BarData, len(values))
		drawn := false
		for i, v := range values {
			data[i] = opts.BarData{Name: v.Channel, Value: "-"}
			if v.Kind == k.Kind && !math.IsNaN(v.Value) && !math.IsInf(v.Value, 0) {
				data[i].Value = v.Value
				drawn = true
				if v.Note != "" {
					note := strings.NewReplacer("{", "", "}", "").Replace(v.Note)
					data[i].Label = &opts.Label{Show: opts.Bool(true), Position: "top", Formatter: note}
				}
			}
		}
		if !drawn {
			continue
		}
		bar.AddSeries(k.Name, data,
			charts.WithItemStyleOpts(opts.ItemStyle{Color: KindColor(k.Kind)}),
			charts.WithBarChartOpts(opts.BarChart{BarGap: "-100%", BarCategoryGap: "30%"}),
			charts.WithSeriesOpts(func(s *charts.SingleSeries) { s.BarMaxWidth = maxBarWidth }),
		)
	}
	bar.Accept(extras{})
	return finish(bar, t.Alt, t.FileName)
}
