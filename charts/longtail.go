package charts

import (
	"math"

	"reachlab/app/longtail"

	"github.com/go-echarts/go-echarts/v2/opts"
)

// LongTailTexts are the words of a long-tail chart, already in the UI
// language.
type LongTailTexts struct {
	Title        string
	XAxis, YAxis string
	// Data names the data series in the legend; Fit (CCDF) and Equality
	// (Lorenz) name the second series.
	Data, Fit, Equality string
	Alt                 string
	FileName            string
}

// The most points each long-tail chart draws. The engine's reducers keep
// the picture's shape (see longtail.LTTBLogLog and longtail.LogBinCCDF), so
// a million values draw as fast as a few hundred.
const (
	LongTailRankSizePoints = 2000
	LongTailCCDFPoints     = 500
	LongTailLorenzPoints   = 500
)

// longTailPairs turns points into [x, y] data items, x and y multiplied by
// the given scales (100 for percentages).
func longTailPairs(points []longtail.Point, xScale, yScale float64) []opts.LineData {
	data := make([]opts.LineData, len(points))
	for i, p := range points {
		data[i] = opts.LineData{Value: []float64{roundSignificant(p.X * xScale), roundSignificant(p.Y * yScale)}}
	}
	return data
}

// roundSignificant rounds v to 6 significant digits: more than a screen
// can show, and half the bytes of a full float64 in the option's JSON.
func roundSignificant(v float64) float64 {
	if v == 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return v
	}
	scale := math.Pow(10, 5-math.Floor(math.Log10(math.Abs(v))))
	if math.IsInf(scale, 0) || scale == 0 {
		return v
	}
	r := math.Round(v*scale) / scale
	if math.IsInf(r, 0) || math.IsNaN(r) {
		return v
	}
	return r
}
