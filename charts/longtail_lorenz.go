package charts

import (
	"math"

	"reachlab/app/longtail"
	"reachlab/app/view"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// LongTailLorenz draws the Lorenz curve of a sample, Sample.Lorenz: the
// share of the total held by the smallest items against the share of
// items, both in percent, with the diagonal of perfect equality. Curves
// longer than LongTailLorenzPoints are thinned by thinPath first.
func LongTailLorenz(t LongTailTexts, lorenz []longtail.Point) view.Chart {
	points := thinPath(lorenz, LongTailLorenzPoints)
	line := charts.NewLine()
	percentAxis := &opts.AxisLabel{Formatter: fn(FormatPercent)}
	line.SetGlobalOptions(
		charts.WithTitleOpts(opts.Title{Title: t.Title, Left: "left"}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item", ValueFormatter: fn(FormatPercent)}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Top: "bottom"}),
		charts.WithGridOpts(opts.Grid{Left: "72", Right: "32", Top: "64", Bottom: "80", ContainLabel: opts.Bool(true)}),
		charts.WithXAxisOpts(opts.XAxis{Type: "value", Min: 0, Max: 100, Name: t.XAxis, NameLocation: "middle", NameGap: 28, AxisLabel: percentAxis}),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", Min: 0, Max: 100, Name: t.YAxis, NameLocation: "end", AxisLabel: percentAxis}),
	)
	line.AddSeries(t.Data, longTailPairs(points, 100, 100),
		charts.WithLineChartOpts(opts.LineChart{ShowSymbol: opts.Bool(false)}),
		charts.WithItemStyleOpts(opts.ItemStyle{Color: Blue}),
		charts.WithLineStyleOpts(opts.LineStyle{Width: 2}),
		charts.WithAreaStyleOpts(opts.AreaStyle{Opacity: opts.Float(0.15)}),
	)
	line.AddSeries(t.Equality, []opts.LineData{{Value: []float64{0, 0}}, {Value: []float64{100, 100}}},
		charts.WithLineChartOpts(opts.LineChart{ShowSymbol: opts.Bool(false)}),
		charts.WithItemStyleOpts(opts.ItemStyle{Color: Black}),
		charts.WithLineStyleOpts(opts.LineStyle{Type: "dashed"}),
	)
	return finish(line, t.Alt, t.FileName)
}

// thinPath reduces a curve drawn on linear axes to at most target points
// (target ≥ 3): walking along it, a point is kept when the distance
// travelled since the last kept point, Σ|Δx| + |Δy|, reaches δ = L/(target−2),
// L being the whole path. The first and last points are always kept, and
// every dropped point lies within δ of a kept one along the path, so a
// smooth curve (a Lorenz curve, for one: monotone, L = 2 on the unit square)
// keeps its shape. Curves of at most target points are returned as they are.
func thinPath(points []longtail.Point, target int) []longtail.Point {
	if len(points) <= target || target < 3 {
		return points
	}
	length := 0.0
	for i := 1; i < len(points); i++ {
		length += math.Abs(points[i].X-points[i-1].X) + math.Abs(points[i].Y-points[i-1].Y)
	}
	step := length / float64(target-2)
	out := make([]longtail.Point, 0, target)
	out = append(out, points[0])
	walked := 0.0
	for i := 1; i < len(points)-1; i++ {
		walked += math.Abs(points[i].X-points[i-1].X) + math.Abs(points[i].Y-points[i-1].Y)
		if walked >= step {
			out = append(out, points[i])
			walked = 0
		}
	}
	return append(out, points[len(points)-1])
}
