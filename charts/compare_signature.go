package charts

import (
	"math"
	"reachlab/app/view"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// SignatureBubble is one channel on the signature chart: how many messages
// it carried, the audience of one of them, and what the audience did.
type SignatureBubble struct {
	Channel string
	Kind    string // medium kind: "mass", "social", …; "" when unknown
	// Messages is the x position; it must be ≥ 1 to sit on the log axis.
	Messages float64
	// Audience is the audience per message, the y position; it must be > 0
	// to sit on the log axis.
	Audience float64
	// Interactions sizes the bubble; NaN when not available, which draws
	// the smallest bubble.
	Interactions float64
}

// SignatureTexts are the words of a signature chart, already in the UI
// language.
type SignatureTexts struct {
	Title    string
	XAxis    string // "Messages (log scale)"
	YAxis    string // "Audience per message (log scale)"
	Size     string // what the bubble size shows, the name of the third value in tooltips: "Interactions"
	Kinds    []KindName
	Alt      string
	FileName string
}

// The bubble diameters, in pixels.
const (
	MinBubble = 10 // a channel with no (or unknown) interactions
	MaxBubble = 64 // the channel with the most interactions
)

// BubbleSize is the diameter, in pixels, of a bubble showing interactions
// when the chart's largest bubble shows largest: the area is proportional
// to the interactions,
//
//	d = MaxBubble × √(interactions ÷ largest),
//
// and never below MinBubble, so that a channel with few interactions stays
// visible. Interactions that are NaN, negative or infinite, and a largest
// value that is not a positive finite number, give MinBubble.
func BubbleSize(interactions, largest float64) int {
	if !(interactions >= 0) || math.IsInf(interactions, 0) || !(largest > 0) || math.IsInf(largest, 0) {
		return MinBubble
	}
	d := MaxBubble * math.Sqrt(min(interactions, largest)/largest)
	return max(MinBubble, int(math.Round(d)))
}

// KindSymbol is the marker shape of a medium kind on scatter charts, so that
// kinds differ by shape as well as by colour (KindColor).
func KindSymbol(kind string) string {
	switch kind {
	case "mass":
		return "rect"
	case "social":
		return "circle"
	case "owned":
		return "triangle"
	case "earned":
		return "diamond"
	case "paid":
		return "roundRect"
	}
	return "pin"
}

// SignatureChart draws the mass-versus-social signature: one bubble per
// channel, its number of messages on a logarithmic x axis against the
// audience of one message on a logarithmic y axis, the bubble's area
// proportional to its interactions (see BubbleSize), colour and shape by
// medium kind. Mass media sit top left (one message, millions of people),
// social media bottom right (many messages, a few thousand people each).
//
// Bubbles whose messages or audience cannot sit on a log axis (below 1 or
// not above 0), and bubbles of kinds t.Kinds does not list, are left out;
// the caller says so in the text alternative. Sizes are computed here, per
// bubble, so the option needs no JavaScript function.
func SignatureChart(t SignatureTexts, bubbles []SignatureBubble) view.Chart {
	largest := 0.0
	for _, b := range bubbles {
		if b.Interactions > largest && !math.IsInf(b.Interactions, 0) {
			largest = b.Interactions
		}
	}

	sc := charts.NewScatter()
	sc.SetGlobalOptions(
		charts.WithTitleOpts(opts.Title{Title: t.Title, Left: "left"}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Top: "bottom"}),
		charts.WithGridOpts(opts.Grid{Left: "72", Right: "96", Top: "72", Bottom: "88"}),
		charts.WithXAxisOpts(opts.XAxis{
			Type: "log", Name: t.XAxis, NameLocation: "middle", NameGap: 28,
			AxisLabel: &opts.AxisLabel{Formatter: fn(FormatCompact)},
		}),
		charts.WithYAxisOpts(opts.YAxis{
			Type: "log", Name: t.YAxis, NameLocation: "end",
			AxisLabel: &opts.AxisLabel{Formatter: fn(FormatCompact)},
		}),
	)
	for _, k := range t.Kinds {
		var data []opts.ScatterData
		for _, b := range bubbles {
			if b.Kind != k.Kind || !(b.Messages >= 1) || !(b.Audience > 0) ||
				math.IsInf(b.Messages, 0) || math.IsInf(b.Audience, 0) {
				continue
			}
			var size any = "-"
			if b.Interactions >= 0 && !math.IsInf(b.Interactions, 0) {
				size = b.Interactions
			}
			data = append(data, opts.ScatterData{
				Name:       b.Channel,
				Value:      []any{b.Messages, b.Audience, size},
				SymbolSize: BubbleSize(b.Interactions, largest),
			})
		}
		if len(data) == 0 {
			continue
		}
		sc.AddSeries(k.Name, data,
			charts.WithScatterChartOpts(opts.ScatterChart{Symbol: KindSymbol(k.Kind)}),
			charts.WithItemStyleOpts(opts.ItemStyle{Color: KindColor(k.Kind), Opacity: opts.Float(0.8)}),
			charts.WithLabelOpts(opts.Label{Show: opts.Bool(true), Position: "right", Formatter: "{b}"}),
		)
	}
	sc.Accept(extras{dimensions: []string{t.XAxis, t.YAxis, t.Size}})
	return finish(sc, t.Alt, t.FileName)
}
