package charts

import (
	"reachlab/app/longtail"
	"reachlab/app/view"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// LongTailRankSize draws the rank–size (Zipf) series of a sample,
// Sample.RankSize: each value against its rank, largest first, on log–log
// axes, where a power law is a straight line. Series longer than
// LongTailRankSizePoints are reduced with longtail.LTTBLogLog first.
//
// Precondition: ranks and values positive and finite, ranks ascending, as
// Sample.RankSize returns them; otherwise the reducer's error is returned.
func LongTailRankSize(t LongTailTexts, series []longtail.Point) (view.Chart, error) {
	points, err := longtail.LTTBLogLog(series, LongTailRankSizePoints)
	if err != nil {
		return view.Chart{}, err
	}
	line := longTailLogLog(t, FormatCompact)
	line.AddSeries(t.Data, longTailPairs(points, 1, 1),
		charts.WithLineChartOpts(opts.LineChart{ShowSymbol: opts.Bool(len(points) <= 200), SymbolSize: 5}),
		charts.WithItemStyleOpts(opts.ItemStyle{Color: Blue}),
	)
	return finish(line, t.Alt, t.FileName), nil
}

// LongTailCCDF draws the complementary cumulative distribution of a sample,
// Sample.CCDF, as points on log–log axes, the share of values at least x
// in percent, with the fitted power law, PowerLaw.Line, as a dashed line
// from x_min (nil draws no line). The CCDF is reduced with
// longtail.LogBinCCDF to LongTailCCDFPoints.
//
// Precondition: coordinates positive and finite, as Sample.CCDF and
// PowerLaw.Line return them; otherwise the reducer's error is returned.
func LongTailCCDF(t LongTailTexts, ccdf, fit []longtail.Point) (view.Chart, error) {
	points, err := longtail.LogBinCCDF(ccdf, LongTailCCDFPoints)
	if err != nil {
		return view.Chart{}, err
	}
	line := longTailLogLog(t, FormatPercent)
	line.AddSeries(t.Data, longTailPairs(points, 1, 100),
		charts.WithLineChartOpts(opts.LineChart{ShowSymbol: opts.Bool(true), Symbol: "circle", SymbolSize: 5}),
		charts.WithItemStyleOpts(opts.ItemStyle{Color: Blue}),
		charts.WithLineStyleOpts(opts.LineStyle{Opacity: opts.Float(0)}),
	)
	if len(fit) > 0 {
		line.AddSeries(t.Fit, longTailPairs(fit, 1, 100),
			charts.WithLineChartOpts(opts.LineChart{ShowSymbol: opts.Bool(false)}),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: Vermilion}),
			charts.WithLineStyleOpts(opts.LineStyle{Type: "dashed", Width: 2}),
		)
	}
	return finish(line, t.Alt, t.FileName), nil
}

// longTailLogLog is a line chart with logarithmic x and y axes, named by t,
// the y axis labelled with yLabels.
func longTailLogLog(t LongTailTexts, yLabels Formatter) *charts.Line {
	line := charts.NewLine()
	line.SetGlobalOptions(
		charts.WithTitleOpts(opts.Title{Title: t.Title, Left: "left"}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item", ValueFormatter: fn(FormatNumber)}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Top: "bottom"}),
		charts.WithGridOpts(opts.Grid{Left: "72", Right: "32", Top: "64", Bottom: "80", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{
			Type: "log", Name: t.XAxis, NameLocation: "middle", NameGap: 28,
			AxisLabel: &opts.AxisLabel{Formatter: fn(FormatCompact)},
		}),
		charts.WithYAxisOpts(opts.YAxis{
			Type: "log", Name: t.YAxis, NameLocation: "end",
			AxisLabel: &opts.AxisLabel{Formatter: fn(yLabels)},
		}),
	)
	return line
}
