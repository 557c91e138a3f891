package charts

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"reachlab/app/longtail"
	"reachlab/app/view"
)

// longTailOption is the part of a long-tail option the tests read.
type longTailOption struct {
	XAxis []struct {
		Type string   `json:"type"`
		Data []string `json:"data"`
	} `json:"xAxis"`
	YAxis []struct {
		Type      string `json:"type"`
		AxisLabel struct {
			Formatter string `json:"formatter"`
		} `json:"axisLabel"`
	} `json:"yAxis"`
	Series []struct {
		Name string `json:"name"`
		Data []any  `json:"data"`
	} `json:"series"`
	Aria struct {
		Enabled bool `json:"enabled"`
		Label   struct {
			Description string `json:"description"`
		} `json:"label"`
	} `json:"aria"`
}

func decodeLongTail(t *testing.T, o view.Chart) longTailOption {
	t.Helper()
	var opt longTailOption
	if err := json.Unmarshal([]byte(o.Option), &opt); err != nil {
		t.Fatalf("option is not JSON: %v", err)
	}
	if strings.Contains(o.Option, "function") || strings.Contains(o.Option, "=>") {
		t.Error("an option carries JavaScript; use a named formatter")
	}
	if o.Alt == "" || o.FileName == "" || opt.Aria.Label.Description != o.Alt || !opt.Aria.Enabled {
		t.Errorf("alt %q, file name %q, aria %+v: a chart needs all three", o.Alt, o.FileName, opt.Aria)
	}
	return opt
}

// zipfSample is n values x_i = 1000/i (i = 1…n): a rank–size series that is
// a straight line of slope −1 on log–log axes.
func zipfSample(n int) *longtail.Sample {
	xs := make([]float64, n)
	for i := range xs {
		xs[i] = 1000 / float64(i+1)
	}
	return longtail.NewSample(xs)
}

var texts = LongTailTexts{
	Title: "Rank–size", XAxis: "Rank", YAxis: "Views (log scale)",
	Data: "Views", Fit: "Power law from x_min = 100 (α = 2.00)", Equality: "Perfect equality",
	Alt: "A chart of 5 values.", FileName: "long-tail",
}

func TestLongTailRankSize(t *testing.T) {
	o, err := LongTailRankSize(texts, zipfSample(5).RankSize())
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "longtail_ranksize.json", indent(t, o.Option))
	opt := decodeLongTail(t, o)
	if opt.XAxis[0].Type != "log" || opt.YAxis[0].Type != "log" {
		t.Errorf("axes %s × %s, want log × log", opt.XAxis[0].Type, opt.YAxis[0].Type)
	}
	// Ranks 1…5 against 1000, 500, 333.333, 250, 200.
	want := [][2]float64{{1, 1000}, {2, 500}, {3, 333.333}, {4, 250}, {5, 200}}
	for i, d := range opt.Series[0].Data {
		pair := d.(map[string]any)["value"].([]any)
		if pair[0].(float64) != want[i][0] || pair[1].(float64) != want[i][1] {
			t.Errorf("point %d = %v, want %v", i, pair, want[i])
		}
	}
}

func TestLongTailCCDF(t *testing.T) {
	s := zipfSample(5)
	// A power law with α = 2 from x_min = 250: P(X ≥ x) = 250/x, drawn as
	// a share of the whole sample (4 of the 5 values are at least 250).
	fit := []longtail.Point{{X: 250, Y: 0.8}, {X: 1000, Y: 0.2}}
	o, err := LongTailCCDF(texts, s.CCDF(), fit)
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "longtail_ccdf.json", indent(t, o.Option))
	opt := decodeLongTail(t, o)
	if opt.XAxis[0].Type != "log" || opt.YAxis[0].Type != "log" || opt.YAxis[0].AxisLabel.Formatter != string(FormatPercent) {
		t.Errorf("axes %+v %+v, want log × log in percent", opt.XAxis, opt.YAxis)
	}
	if len(opt.Series) != 2 || opt.Series[1].Name != texts.Fit {
		t.Fatalf("series %+v, want the data then the fit", opt.Series)
	}
	// P(X ≥ 200) = 5/5 = 100 %, P(X ≥ 250) = 4/5 = 80 %; the fit's 0.2
	// at 1000 is 20 %.
	data := opt.Series[0].Data
	for i, want := range [][2]float64{{200, 100}, {250, 80}} {
		if pair := data[i].(map[string]any)["value"].([]any); pair[0].(float64) != want[0] || pair[1].(float64) != want[1] {
			t.Errorf("CCDF point %d = %v, want %v", i, pair, want)
		}
	}
	if pair := opt.Series[1].Data[1].(map[string]any)["value"].([]any); pair[0].(float64) != 1000 || pair[1].(float64) != 20 {
		t.Errorf("fit end = %v, want [1000 20]", pair)
	}

	o, err = LongTailCCDF(texts, s.CCDF(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if opt := decodeLongTail(t, o); len(opt.Series) != 1 {
		t.Errorf("without a fit, %d series, want the data only", len(opt.Series))
	}
}

func TestLongTailLorenz(t *testing.T) {
	// Values 1, 1, 2, 4 (total 8): the smallest quarter holds 1/8, half
	// holds 2/8, three quarters 4/8.
	o := LongTailLorenz(texts, longtail.NewSample([]float64{1, 1, 2, 4}).Lorenz())
	golden(t, "longtail_lorenz.json", indent(t, o.Option))
	opt := decodeLongTail(t, o)
	want := [][2]float64{{0, 0}, {50, 25}, {75, 50}, {100, 100}}
	if len(opt.Series[0].Data) != len(want) {
		t.Fatalf("Lorenz points %v, want %v", opt.Series[0].Data, want)
	}
	for i, d := range opt.Series[0].Data {
		pair := d.(map[string]any)["value"].([]any)
		if pair[0].(float64) != want[i][0] || pair[1].(float64) != want[i][1] {
			t.Errorf("point %d = %v, want %v", i, pair, want[i])
		}
	}
	if opt.Series[1].Name != "Perfect equality" || len(opt.Series[1].Data) != 2 {
		t.Errorf("second series %+v, want the diagonal", opt.Series[1])
	}
}

func TestLongTailShares(t *testing.T) {
	o := LongTailShares(texts, []string{"2014", "2015"}, []LongTailShareSeries{
		{"TF1", []float64{22.9, 21.4}},
		{"New channel", []float64{math.NaN(), 1.3}},
	})
	golden(t, "longtail_shares.json", indent(t, o.Option))
	opt := decodeLongTail(t, o)
	if opt.XAxis[0].Type != "category" || len(opt.XAxis[0].Data) != 2 {
		t.Errorf("time axis %+v, want the two periods", opt.XAxis)
	}
	if v := opt.Series[1].Data[0].(map[string]any)["value"]; v != "-" {
		t.Errorf("a channel not listed in a period is drawn as %v, want a gap", v)
	}
}

func TestLongTailChartsReduceLargeSamples(t *testing.T) {
	s := zipfSample(100_000)
	rank, err := LongTailRankSize(texts, s.RankSize())
	if err != nil {
		t.Fatal(err)
	}
	if n := len(decodeLongTail(t, rank).Series[0].Data); n > LongTailRankSizePoints || n < LongTailRankSizePoints/2 {
		t.Errorf("rank–size of 100,000 values draws %d points, want at most %d (and not far fewer)", n, LongTailRankSizePoints)
	}
	ccdf, err := LongTailCCDF(texts, s.CCDF(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(decodeLongTail(t, ccdf).Series[0].Data); n > LongTailCCDFPoints {
		t.Errorf("CCDF draws %d points, want at most %d", n, LongTailCCDFPoints)
	}
	lorenz := LongTailLorenz(texts, s.Lorenz())
	if n := len(decodeLongTail(t, lorenz).Series[0].Data); n > LongTailLorenzPoints {
		t.Errorf("Lorenz curve draws %d points, want at most %d", n, LongTailLorenzPoints)
	}
}

func TestLongTailRejectsSeriesOffTheLogScale(t *testing.T) {
	if _, err := LongTailRankSize(texts, []longtail.Point{{X: 1, Y: 0}, {X: 2, Y: -1}}); err == nil {
		t.Error("a zero value on a log axis was accepted")
	}
}

func TestThinPath(t *testing.T) {
	// 11 points along the diagonal of the unit square, path length 2:
	// with target 4 the step is 2/2 = 1, so one interior point is kept where
	// 1 has been walked, (0.5, 0.5), then the last.
	var diag []longtail.Point
	for i := range 11 {
		diag = append(diag, longtail.Point{X: float64(i) / 10, Y: float64(i) / 10})
	}
	got := thinPath(diag, 4)
	want := []longtail.Point{{X: 0, Y: 0}, {X: 0.5, Y: 0.5}, {X: 1, Y: 1}}
	if len(got) != len(want) {
		t.Fatalf("thinPath = %v, want %v", got, want)
	}
	for i := range want {
		if math.Abs(got[i].X-want[i].X) > 1e-12 || math.Abs(got[i].Y-want[i].Y) > 1e-12 {
			t.Errorf("point %d = %v, want %v", i, got[i], want[i])
		}
	}
	if short := thinPath(diag[:3], 4); len(short) != 3 {
		t.Errorf("a curve within the target was changed: %v", short)
	}
}

func TestRoundSignificant(t *testing.T) {
	cases := []struct{ in, want float64 }{
		{1000.0 / 3, 333.333},
		{2.0 / 3, 0.666667},
		{1234567, 1234570},
		{0, 0},
		{-0.000123456789, -0.000123457},
	}
	for _, c := range cases {
		if got := roundSignificant(c.in); got != c.want {
			t.Errorf("roundSignificant(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}
