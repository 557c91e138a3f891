package comparepage

import (
	"net/url"

	"reachlab/app/data"
	"reachlab/app/i18n"
	"reachlab/app/metrics"
	"reachlab/app/ui/workspace"
	"reachlab/charts"
)

// Figure names one of the page's figures that a lesson shows.
type Figure string

// The figures a lesson can show.
const (
	FigureSignature    Figure = "signature"    // messages against audience per message
	FigureRate         Figure = "rate"         // engagement rate by channel
	FigureConversation Figure = "conversation" // conversation rate (comments per message) by channel
)

// Draw measures table t with the settings of a /compare link's query q and
// returns figure f with its reading, as the page shows them: a lesson draws
// the very figure its "open in Compare" link leads to.
func Draw(l i18n.Lang, t *data.Table, meta workspace.Meta, q url.Values, f Figure) (charts.Option, string) {
	r := measure(t, meta, settingsFrom(q))
	base := fileBase(meta)
	var fig figure
	switch f {
	case FigureRate:
		fig = rateFigure(l, &r.rep, base)
	case FigureConversation:
		fig = channelMetricFigure(l, &r.rep, metrics.ConversationRate, base)
	default:
		fig = signatureFigure(l, &r.rep, base)
	}
	return fig.option, fig.reading
}

// channelMetricFigure is the bar chart of one metric of the channel table,
// by channel.
func channelMetricFigure(l i18n.Lang, rep *metrics.Report, m metrics.Metric, base string) figure {
	byChannel := make(map[string]metrics.Value, len(rep.Channels))
	for i := range rep.Channels {
		v, _ := rep.Channels[i].Metric(m.ID)
		byChannel[rep.Channels[i].Channel] = v
	}
	name := metricName(l, m)
	return barsFigure(l, rep, m, func(b metrics.EngagementBar) metrics.Value { return byChannel[b.Channel] },
		name, i18n.Tf(l, i18n.CompareIPMAxis, name, m.Formula.In(string(l))), base+"-"+m.ID)
}
