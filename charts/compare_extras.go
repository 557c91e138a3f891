package charts

import (
	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// extras adds to the compare charts' options what go-echarts has no field
// for, as plain data: the names of the values of each data item, and the
// alignment of the value axes' names.
type extras struct {
	charts.BaseConfigurationVisitor

	// dimensions names the values of every series' data items, so that
	// tooltips label each number ("Messages 48") instead of listing bare
	// values. Nil leaves the series as they are.
	dimensions []string
}

// namedSeries is a series with the names of its values.
type namedSeries struct {
	charts.SingleSeries
	Dimensions []string `json:"dimensions"`
}

// VisitSeriesOpt names the values of every series.
func (e extras) VisitSeriesOpt(series charts.MultiSeries) any {
	if e.dimensions == nil {
		return series
	}
	out := make([]namedSeries, len(series))
	for i, s := range series {
		out[i] = namedSeries{SingleSeries: s, Dimensions: e.dimensions}
	}
	return out
}

// alignedYAxis is a value axis whose name is aligned on the axis line.
type alignedYAxis struct {
	opts.YAxis
	NameTextStyle struct {
		Align string `json:"align"`
	} `json:"nameTextStyle"`
}

// VisitYAxis starts each value axis' name at its axis line and runs it
// towards the plot, instead of centring it there: names that say what a
// figure divides by are long, and a centred name is cut at the edge of the
// canvas.
func (e extras) VisitYAxis(axes []opts.YAxis) any {
	out := make([]alignedYAxis, len(axes))
	for i, a := range axes {
		out[i].YAxis = a
		out[i].NameTextStyle.Align = "left"
		if a.Position == "right" {
			out[i].NameTextStyle.Align = "right"
		}
	}
	return out
}
