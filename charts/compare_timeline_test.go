package charts

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
)

func TestTimelineChart(t *testing.T) {
	nan := math.NaN()
	o := TimelineChart(TimelineTexts{
		Title:              "Reach and interactions by week",
		AudienceAxis:       "Reach (people)",
		InteractionsAxis:   "Interactions",
		AudienceSeries:     "reach",
		InteractionsSeries: "interactions",
		Alt:                "Line chart by week from 2026-03-02 to 2026-03-16.",
		FileName:           "reachlab-compare-posts-timeline",
	}, []string{"2026-03-02", "2026-03-09", "2026-03-16"}, []ChannelTimeline{
		{Channel: "Brand page", Audience: []float64{7610, nan, 6870}, Interactions: []float64{121, nan, 145}},
		{Channel: "Blog", Audience: []float64{900, 1200, 0}, Interactions: []float64{nan, 4, 0}},
	})
	golden(t, "compare_timeline.json", indent(t, o.Option))

	var opt struct {
		XAxis []struct {
			Type string   `json:"type"`
			Data []string `json:"data"`
		} `json:"xAxis"`
		YAxis []struct {
			Type     string `json:"type"`
			Name     string `json:"name"`
			Position string `json:"position"`
		} `json:"yAxis"`
		DataZoom []struct {
			Type string `json:"type"`
		} `json:"dataZoom"`
		Series []struct {
			Name       string `json:"name"`
			YAxisIndex int    `json:"yAxisIndex"`
			Data       []struct {
				Value any `json:"value"`
			} `json:"data"`
			LineStyle struct {
				Color string `json:"color"`
				Type  string `json:"type"`
			} `json:"lineStyle"`
		} `json:"series"`
	}
	if err := json.Unmarshal([]byte(o.Option), &opt); err != nil {
		t.Fatal(err)
	}
	if len(opt.XAxis[0].Data) != 3 {
		t.Errorf("time axis = %v", opt.XAxis[0].Data)
	}
	if len(opt.YAxis) != 2 || opt.YAxis[0].Type != "value" || opt.YAxis[1].Position != "right" || opt.YAxis[1].Name != "Interactions" {
		t.Errorf("y axes = %+v, want linear audience on the left and interactions on the right", opt.YAxis)
	}
	if len(opt.DataZoom) != 2 || opt.DataZoom[0].Type != "slider" || opt.DataZoom[1].Type != "inside" {
		t.Errorf("data zoom = %+v, want a slider and zooming inside", opt.DataZoom)
	}
	if len(opt.Series) != 4 {
		t.Fatalf("%d series, want reach and interactions for each of 2 channels", len(opt.Series))
	}
	reach, talk := opt.Series[0], opt.Series[1]
	if reach.Name != "Brand page · reach" || reach.YAxisIndex != 0 || talk.YAxisIndex != 1 || talk.LineStyle.Type != "dashed" {
		t.Errorf("Brand page's series = %+v / %+v", reach, talk)
	}
	if reach.LineStyle.Color != talk.LineStyle.Color || reach.LineStyle.Color == opt.Series[2].LineStyle.Color {
		t.Error("a channel's two lines must share a colour that no other channel has")
	}
	if reach.Data[1].Value != "-" || reach.Data[2].Value != 6870.0 {
		t.Errorf("Brand page reach = %v, want a gap in week 2", reach.Data)
	}
	// 7,610 ÷ 900 < 100 and the zero is not positive: a linear axis, where
	// the Blog's zero week is drawn.
	if v := opt.Series[2].Data[2].Value; v != 0.0 {
		t.Errorf("a zero audience on a linear axis is drawn as %v", v)
	}
}

func TestAudienceLog(t *testing.T) {
	nan := math.NaN()
	cases := []struct {
		name   string
		series []ChannelTimeline
		want   bool
	}{
		{"no values", []ChannelTimeline{{Audience: []float64{nan, 0}}}, false},
		{"ratio 99.9", []ChannelTimeline{{Audience: []float64{10, 999}}}, false},
		{"ratio 100", []ChannelTimeline{{Audience: []float64{10}}, {Audience: []float64{1000, nan}}}, true},
		{"TV and posts", []ChannelTimeline{{Audience: []float64{5_200_000}}, {Audience: []float64{2910, 0}}}, true},
		{"infinite ignored", []ChannelTimeline{{Audience: []float64{1, math.Inf(1), 2}}}, false},
	}
	for _, c := range cases {
		if got := AudienceLog(c.series); got != c.want {
			t.Errorf("%s: AudienceLog = %v, want %v", c.name, got, c.want)
		}
	}
	// On a log axis, a zero audience is a gap.
	o := TimelineChart(TimelineTexts{}, []string{"a", "b"}, []ChannelTimeline{{Channel: "c", Audience: []float64{5_200_000, 0}, Interactions: []float64{1, 2}}, {Channel: "d", Audience: []float64{2910, 3000}, Interactions: []float64{nan, nan}}})
	if !strings.Contains(o.Option, `"type":"log"`) || !strings.Contains(o.Option, `[{"value":5200000},{"value":"-"}]`) {
		t.Errorf("log timeline = %s", o.Option)
	}
}
