package charts

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
)

func TestChannelBars(t *testing.T) {
	o := ChannelBars(BarTexts{
		Title:    "Engagement rate by channel",
		YAxis:    "Engagement rate (%) = interactions ÷ reach × 100",
		Kinds:    []KindName{{"mass", "Mass medium"}, {"social", "Social medium"}, {"paid", "Paid medium"}},
		Percent:  true,
		Alt:      "Bar chart: Brand page 3.36%; TF1 20h not available.",
		FileName: "reachlab-compare-tv-vs-brand-engagement-rate",
	}, []ChannelValue{
		{Channel: "Brand page", Kind: "social", Value: 3.3597},
		{Channel: "Blog", Kind: "social", Value: 0},
		{Channel: "TF1 20h", Kind: "mass", Value: math.NaN()},
	})
	golden(t, "compare_bars.json", indent(t, o.Option))

	var opt struct {
		XAxis []struct {
			Data []string `json:"data"`
		} `json:"xAxis"`
		YAxis []struct {
			Type      string `json:"type"`
			Name      string `json:"name"`
			AxisLabel struct {
				Formatter string `json:"formatter"`
			} `json:"axisLabel"`
		} `json:"yAxis"`
		Tooltip struct {
			ValueFormatter string `json:"valueFormatter"`
		} `json:"tooltip"`
		Series []struct {
			Name string `json:"name"`
			Data []struct {
				Value any `json:"value"`
			} `json:"data"`
			ItemStyle struct {
				Color string `json:"color"`
			} `json:"itemStyle"`
		} `json:"series"`
	}
	if err := json.Unmarshal([]byte(o.Option), &opt); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(opt.XAxis[0].Data, "|"); got != "Brand page|Blog|TF1 20h" {
		t.Errorf("categories = %s, want the channels in the order given", got)
	}
	if y := opt.YAxis[0]; y.Type != "value" || !strings.Contains(y.Name, "÷ reach") || y.AxisLabel.Formatter != "fmt:percent" {
		t.Errorf("y axis = %+v, want a linear percent axis naming its denominator", y)
	}
	if opt.Tooltip.ValueFormatter != "fmt:percent" {
		t.Errorf("tooltip formatter = %q", opt.Tooltip.ValueFormatter)
	}
	// The mass series has no available value and the paid one no channel:
	// only the social series is drawn.
	if len(opt.Series) != 1 || opt.Series[0].Name != "Social medium" || opt.Series[0].ItemStyle.Color != Blue {
		t.Fatalf("series = %+v, want the social one only", opt.Series)
	}
	vals := opt.Series[0].Data
	if vals[0].Value != 3.3597 || vals[1].Value != 0.0 || vals[2].Value != "-" {
		t.Errorf("values = %v %v %v, want 3.3597, a zero bar, and a gap for TF1 20h", vals[0].Value, vals[1].Value, vals[2].Value)
	}
}

func TestChannelBarsSlantManyNames(t *testing.T) {
	values := make([]ChannelValue, rotateFrom)
	for i := range values {
		values[i] = ChannelValue{Channel: strings.Repeat("x", i+1), Kind: "social", Value: float64(i)}
	}
	o := ChannelBars(BarTexts{Kinds: []KindName{{"social", "Social"}}}, values)
	if !strings.Contains(o.Option, `"rotate":30`) {
		t.Errorf("%d channel names are not slanted", rotateFrom)
	}
	if o := ChannelBars(BarTexts{Kinds: []KindName{{"social", "Social"}}}, values[:rotateFrom-1]); strings.Contains(o.Option, `"rotate"`) {
		t.Errorf("%d channel names are slanted", rotateFrom-1)
	}
}

func TestChannelBarsNotes(t *testing.T) {
	o := ChannelBars(BarTexts{Title: "Comments per message", Kinds: []KindName{{"paid", "Paid"}, {"social", "Social"}}}, []ChannelValue{
		{Channel: "Sponsored", Kind: "paid", Value: 22, Note: "0% answered {b}"},
		{Channel: "Organic", Kind: "social", Value: 2.5},
	})
	var opt struct {
		Series []struct {
			Data []struct {
				Label *struct {
					Show      bool   `json:"show"`
					Position  string `json:"position"`
					Formatter string `json:"formatter"`
				} `json:"label"`
			} `json:"data"`
		} `json:"series"`
	}
	if err := json.Unmarshal([]byte(o.Option), &opt); err != nil {
		t.Fatal(err)
	}
	paid, social := opt.Series[0].Data, opt.Series[1].Data
	if l := paid[0].Label; l == nil || !l.Show || l.Position != "top" || l.Formatter != "0% answered b" {
		t.Errorf("the sponsored bar's note = %+v, want it shown on top, without template braces", l)
	}
	if social[1].Label != nil {
		t.Errorf("a bar without a note got a label: %+v", social[1].Label)
	}
}
