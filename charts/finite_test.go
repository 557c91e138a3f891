package charts

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"reachlab/app/longtail"
	"reachlab/app/view"
)

// Every chart kind, fed NaN and ±Inf wherever it takes a number, gives a
// valid option (it used to panic with "json: unsupported value: +Inf").
func TestChartsWithNonFiniteNumbers(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	bad := []float64{1, nan, inf, math.Inf(-1), math.MaxFloat64}
	pts := []longtail.Point{{X: 1, Y: 10}, {X: nan, Y: 2}, {X: 3, Y: inf}, {X: math.Inf(-1), Y: nan}}
	var channels []ChannelValue
	var bubbles []SignatureBubble
	var amounts []Amount
	var radar []RadarAxis
	var reach []MessageReach
	for _, x := range bad {
		channels = append(channels, ChannelValue{Channel: "c", Kind: "social", Value: x})
		bubbles = append(bubbles, SignatureBubble{Channel: "c", Kind: "mass", Messages: x, Audience: x, Interactions: x})
		amounts = append(amounts, Amount{Label: "a", Value: x})
		radar = append(radar, RadarAxis{Name: "r", Score: x})
		reach = append(reach, MessageReach{Label: "m", Reach: x, Kind: "social"})
	}
	// The log-log charts refuse points that are not positive and finite
	// with an error; that is a safe answer too, and then there is no option.
	refused := map[string]bool{}
	logLog := func(name string, c view.Chart, err error) view.Chart {
		if err != nil {
			refused[name] = true
			return view.Chart{}
		}
		return c
	}
	lt := LongTailTexts{Title: "t"}
	for name, build := range map[string]func() view.Chart{
		"ChannelBars":    func() view.Chart { return ChannelBars(BarTexts{Title: "t"}, channels) },
		"ChannelBars %":  func() view.Chart { return ChannelBars(BarTexts{Title: "t", Percent: true}, channels) },
		"SignatureChart": func() view.Chart { return SignatureChart(SignatureTexts{Title: "t"}, bubbles) },
		"TimelineChart": func() view.Chart {
			return TimelineChart(TimelineTexts{Title: "t"}, []string{"a", "b", "c", "d", "e"},
				[]ChannelTimeline{{Channel: "c", Audience: bad, Interactions: bad}})
		},
		"LongTailRankSize": func() view.Chart { c, err := LongTailRankSize(lt, pts); return logLog("LongTailRankSize", c, err) },
		"LongTailCCDF":     func() view.Chart { c, err := LongTailCCDF(lt, pts, pts); return logLog("LongTailCCDF", c, err) },
		"LongTailLorenz":   func() view.Chart { return LongTailLorenz(lt, pts) },
		"LongTailShares": func() view.Chart {
			return LongTailShares(lt, []string{"a", "b", "c", "d", "e"}, []LongTailShareSeries{{Channel: "c", Shares: bad}})
		},
		"PlanGantt": func() view.Chart {
			return PlanGantt(GanttTexts{Title: "t"}, []GanttBar{{Label: "g", Start: 0, End: 86400000}}, 0)
		},
		"BudgetBars":      func() view.Chart { return BudgetBars("t", "alt", "f", amounts) },
		"MaturityRadar":   func() view.Chart { return MaturityRadar("t", "alt", radar) },
		"ReachPerMessage": func() view.Chart { return ReachPerMessage(ReachTexts{Title: "t"}, reach) },
	} {
		t.Run(name, func(t *testing.T) {
			c := build()
			if refused[name] {
				return
			}
			var obj map[string]any
			if err := json.Unmarshal([]byte(c.Option), &obj); err != nil {
				t.Fatalf("option is not valid JSON: %v\n%s", err, c.Option)
			}
			if _, ok := obj["series"]; !ok {
				t.Errorf("option has no series: %s", c.Option)
			}
		})
	}
}

// The budget bars draw the infinite amounts as missing (null) and keep the
// finite ones.
func TestBudgetBarsMissingPoints(t *testing.T) {
	c := BudgetBars("t", "alt", "f", []Amount{{"a", 5}, {"b", math.Inf(1)}, {"c", math.NaN()}})
	var obj struct {
		Series []struct {
			Data []struct {
				Value *float64 `json:"value"`
			} `json:"data"`
		} `json:"series"`
	}
	if err := json.Unmarshal([]byte(c.Option), &obj); err != nil {
		t.Fatal(err)
	}
	if len(obj.Series) != 1 || len(obj.Series[0].Data) != 3 {
		t.Fatalf("series = %+v, want one of 3 points", obj.Series)
	}
	var got []string
	for _, d := range obj.Series[0].Data {
		if d.Value == nil {
			got = append(got, "missing")
		} else {
			got = append(got, "5")
		}
	}
	// BudgetBars draws the first amount at the top: the data is reversed.
	if s := strings.Join(got, " "); s != "missing missing 5" {
		t.Errorf("points = %s, want missing missing 5", s)
	}
}

func TestFiniteValue(t *testing.T) {
	type inner struct {
		F   float64
		Any any
		P   *float64
	}
	inf := math.Inf(1)
	in := map[string]any{
		"n":     math.NaN(),
		"ok":    2.5,
		"list":  []any{1.0, inf, []any{inf, 3.0}},
		"s":     inner{F: inf, Any: math.NaN(), P: &inf},
		"p":     &inner{F: math.NaN(), Any: 4.0},
		"inner": map[string]float64{"x": inf, "y": 1},
	}
	b, err := json.Marshal(finiteOnly(in))
	if err != nil {
		t.Fatalf("Marshal after finiteOnly: %v", err)
	}
	want := `{"inner":{"x":0,"y":1},"list":[1,null,[null,3]],"n":null,"ok":2.5,"p":{"F":0,"Any":4,"P":null},"s":{"F":0,"Any":null,"P":0}}`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
}
