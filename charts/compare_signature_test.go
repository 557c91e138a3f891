package charts

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
)

func TestBubbleSize(t *testing.T) {
	cases := []struct {
		name                  string
		interactions, largest float64
		want                  int
	}{
		{"the largest", 5053, 5053, MaxBubble},
		// A quarter of the interactions: half the diameter, a quarter of
		// the area: 64 × √0.25 = 32.
		{"a quarter", 1000, 4000, 32},
		// 64 × √(1/100) = 6.4, raised to the smallest visible bubble.
		{"too small to see", 1, 100, MinBubble},
		{"zero", 0, 100, MinBubble},
		{"not available", math.NaN(), 100, MinBubble},
		{"negative", -5, 100, MinBubble},
		{"no largest", 10, 0, MinBubble},
		{"infinite largest", 10, math.Inf(1), MinBubble},
		{"above the largest", 200, 100, MaxBubble},
	}
	for _, c := range cases {
		if got := BubbleSize(c.interactions, c.largest); got != c.want {
			t.Errorf("%s: BubbleSize(%v, %v) = %d, want %d", c.name, c.interactions, c.largest, got, c.want)
		}
	}
}

func TestKindSymbolsDiffer(t *testing.T) {
	seen := map[string]string{}
	for _, k := range []string{"mass", "social", "owned", "earned", "paid", ""} {
		s := KindSymbol(k)
		if prev, ok := seen[s]; ok {
			t.Errorf("%q and %q share the symbol %s", k, prev, s)
		}
		seen[s] = k
	}
}

func TestSignatureChart(t *testing.T) {
	o := SignatureChart(SignatureTexts{
		Title:    "Few messages to many, many messages to few",
		XAxis:    "Messages (log scale)",
		YAxis:    "Reach per message (log scale)",
		Size:     "Interactions",
		Kinds:    []KindName{{"mass", "Mass medium"}, {"social", "Social medium"}},
		Alt:      "Bubble chart: TF1 20h, 1 message reaching 5,200,000 people; Brand page, 48 messages reaching 3,134 people each.",
		FileName: "reachlab-compare-tv-vs-brand-signature",
	}, []SignatureBubble{
		{Channel: "TF1 20h", Kind: "mass", Messages: 1, Audience: 5_200_000, Interactions: math.NaN()},
		{Channel: "Brand page", Kind: "social", Messages: 48, Audience: 3134.375, Interactions: 5053},
		{Channel: "Blog", Kind: "social", Messages: 12, Audience: 800, Interactions: 1263.25},
		{Channel: "No reach", Kind: "social", Messages: 5, Audience: math.NaN(), Interactions: 10},
		{Channel: "Newsletter", Kind: "owned", Messages: 4, Audience: 900, Interactions: 3},
	})
	golden(t, "compare_signature.json", indent(t, o.Option))

	var opt struct {
		XAxis []struct {
			Type string `json:"type"`
		} `json:"xAxis"`
		YAxis []struct {
			Type string `json:"type"`
		} `json:"yAxis"`
		Series []struct {
			Name       string   `json:"name"`
			Symbol     string   `json:"symbol"`
			Dimensions []string `json:"dimensions"`
			ItemStyle  struct {
				Color string `json:"color"`
			} `json:"itemStyle"`
			Data []struct {
				Name       string `json:"name"`
				Value      []any  `json:"value"`
				SymbolSize int    `json:"symbolSize"`
			} `json:"data"`
		} `json:"series"`
	}
	if err := json.Unmarshal([]byte(o.Option), &opt); err != nil {
		t.Fatal(err)
	}
	if opt.XAxis[0].Type != "log" || opt.YAxis[0].Type != "log" {
		t.Errorf("axes = %s × %s, want log × log", opt.XAxis[0].Type, opt.YAxis[0].Type)
	}
	// The owned channel's kind is not in the legend: left out, as is the
	// channel without reach.
	if len(opt.Series) != 2 {
		t.Fatalf("%d series, want mass and social", len(opt.Series))
	}
	mass, social := opt.Series[0], opt.Series[1]
	if mass.ItemStyle.Color != Orange || mass.Symbol != "rect" || social.ItemStyle.Color != Blue || social.Symbol != "circle" {
		t.Errorf("mass %s %s, social %s %s: want orange squares and blue circles",
			mass.ItemStyle.Color, mass.Symbol, social.ItemStyle.Color, social.Symbol)
	}
	if len(mass.Data) != 1 || mass.Data[0].SymbolSize != MinBubble || mass.Data[0].Value[2] != "-" {
		t.Errorf("TV bubble = %+v, want the smallest size and no interactions", mass.Data)
	}
	if len(social.Data) != 2 {
		t.Fatalf("social bubbles = %+v, want Brand page and Blog", social.Data)
	}
	// Brand page has the most interactions: 64 px. Blog has a quarter of
	// them (1,263.25 ÷ 5,053 = 0.25): 64 × 0.5 = 32 px.
	if social.Data[0].SymbolSize != 64 || social.Data[1].SymbolSize != 32 {
		t.Errorf("sizes = %d, %d, want 64 and 32", social.Data[0].SymbolSize, social.Data[1].SymbolSize)
	}
	if x, y := social.Data[0].Value[0], social.Data[0].Value[1]; x != 48.0 || y != 3134.375 {
		t.Errorf("Brand page at (%v, %v), want (48, 3134.375)", x, y)
	}
	if got := strings.Join(mass.Dimensions, "|"); got != "Messages (log scale)|Reach per message (log scale)|Interactions" {
		t.Errorf("dimensions = %s", got)
	}
	if strings.Contains(o.Option, "function") || strings.Contains(o.Option, "=>") {
		t.Error("the option carries JavaScript")
	}
	if o.FileName != "reachlab-compare-tv-vs-brand-signature" {
		t.Errorf("file name = %q", o.FileName)
	}
}
