package comparepage

import (
	"net/url"

	"reachlab/app/data"
	"reachlab/app/i18n"
	"reachlab/app/metrics"
	"reachlab/app/text"
	"reachlab/app/ui/workspace"
	"reachlab/app/view"
)

// Figure names one of the page's figures that a lesson shows.
type Figure string

// The figures a lesson can show.
const (
	FigureSignature    Figure = "signature"    // messages against audience per message
	FigureRate         Figure = "rate"         // engagement rate by channel
	FigureConversation Figure = "conversation" // conversation rate by channel, with the response rate
)

// Draw measures table t with the settings of a /compare link's query q and
// returns figure f with its reading, as the page shows them: a lesson draws
// the very figure its "open in Compare" link leads to.
func Draw(l text.Lang, t *data.Table, meta workspace.Meta, q url.Values, f Figure) (view.Chart, string) {
	r := measure(t, meta, settingsFrom(q))
	base := fileBase(meta)
	var fig figure
	switch f {
	case FigureRate:
		fig = rateFigure(l, &r.rep, base)
	case FigureConversation:
		fig = conversationFigure(l, &r.rep, base)
	default:
		fig = signatureFigure(l, &r.rep, base)
	}
	return fig.option, fig.reading
}

// conversationFigure is the conversation rate (comments per message) by
// channel, with the response rate written above each bar: the comments show
// that people wanted to talk, the replies whether the brand took part.
func conversationFigure(l text.Lang, rep *metrics.Report, base string) figure {
	rows := make(map[string]*metrics.ChannelRow, len(rep.Channels))
	for i := range rep.Channels {
		rows[rep.Channels[i].Channel] = &rep.Channels[i]
	}
	value := func(channel string, m metrics.Metric) metrics.Value {
		if r := rows[channel]; r != nil {
			v, _ := r.Metric(m.ID)
			return v
		}
		return metrics.Value{}
	}
	m, answered := metrics.ConversationRate, metrics.ResponseRate
	answeredName := metricName(l, answered)
	var items []string
	note := func(b metrics.EngagementBar) string {
		v := value(b.Channel, answered)
		if !v.OK {
			return ""
		}
		items = append(items, b.Channel+" "+formatValue(l, answered.Unit, v.V))
		return i18n.Tf(l, i18n.CompareAnsweredNote, answeredName, formatValue(l, answered.Unit, v.V))
	}
	name := metricName(l, m)
	fig := barsFigure(l, rep, m, func(b metrics.EngagementBar) metrics.Value { return value(b.Channel, m) }, note,
		name, i18n.Tf(l, i18n.CompareIPMAxis, name, m.Formula.In(l)), base+"-"+m.ID)
	if len(items) > 0 {
		fig.reading += " " + i18n.Tf(l, i18n.CompareAnsweredReading, answeredName, answered.Formula.In(l), join(l, items))
	}
	return fig
}
