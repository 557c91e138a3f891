package charts

import (
	"math"
	"reachlab/app/view"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// LongTailShareSeries is one channel's (or group of channels') audience
// share per period, in percent of the whole audience, aligned with the
// chart's periods. NaN marks a period where it is not listed: the line
// breaks there.
type LongTailShareSeries struct {
	Channel string
	Shares  []float64
}

// LongTailShares draws audience shares over time, one line per series, in
// the palette's order; periods label the time axis, oldest first.
func LongTailShares(t LongTailTexts, periods []string, series []LongTailShareSeries) view.Chart {
	line := charts.NewLine()
	line.SetGlobalOptions(
		charts.WithTitleOpts(opts.Title{Title: t.Title, Left: "left"}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis", ValueFormatter: fn(FormatPercent)}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Top: "bottom", Type: "scroll"}),
		charts.WithGridOpts(opts.Grid{Left: "72", Right: "32", Top: "64", Bottom: "80", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "category", Name: t.XAxis, NameLocation: "middle", NameGap: 28}),
		charts.WithYAxisOpts(opts.YAxis{
			Type: "value", Min: 0, Name: t.YAxis, NameLocation: "end",
			AxisLabel: &opts.AxisLabel{Formatter: fn(FormatPercent)},
		}),
	)
	line.SetXAxis(periods)
	for i, s := range series {
		data := make([]opts.LineData, len(s.Shares))
		for j, v := range s.Shares {
			data[j] = opts.LineData{Value: "-"}
			if !math.IsNaN(v) && !math.IsInf(v, 0) {
				data[j].Value = roundSignificant(v)
			}
		}
		line.AddSeries(s.Channel, data,
			charts.WithLineChartOpts(opts.LineChart{ShowSymbol: opts.Bool(true)}),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: Palette[i%len(Palette)]}),
		)
	}
	return finish(line, t.Alt, t.FileName)
}
