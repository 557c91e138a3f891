package compare

import (
	"context"

	"reachlab/app/analysis"
	"reachlab/app/i18n"
	"reachlab/app/metrics"
	"reachlab/app/text"
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

// DrawFigure measures ds with the settings s and returns figure f with its
// reading, as the page shows them: a lesson draws the very figure its
// "open in Compare" link leads to.
func DrawFigure(ds analysis.Dataset, s view.CompareSettings, f Figure, l text.Lang) view.Chart {
	m, _ := measure(context.Background(), ds, s, nil) // without a deadline, it cannot fail
	switch f {
	case FigureRate:
		return rateFigure(l, &m.rep, m.base)
	case FigureConversation:
		return conversationFigure(l, &m.rep, m.base)
	}
	return signatureFigure(l, &m.rep, m.base)
}

// conversationFigure is the conversation rate (comments per message) by
// channel, with the response rate written above each bar: the comments show
// that people wanted to talk, the replies whether the brand took part.
func conversationFigure(l text.Lang, rep *metrics.Report, base string) view.Chart {
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
		fig.Reading += " " + i18n.Tf(l, i18n.CompareAnsweredReading, answeredName, answered.Formula.In(l), join(l, items))
	}
	return fig
}
