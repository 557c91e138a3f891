package comparepage

import (
	"reachlab/app/text"
	"reachlab/app/ui/shell"
	"slices"

	"reachlab/app/i18n"
	"reachlab/app/metrics"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// pageSize is the number of messages the drill-down shows at a time.
const pageSize = 50

// drill is the message drill-down: one channel's messages, a page at a
// time.
type drill struct {
	channel string
	page    int // 0-based
}

// keep fits the drill-down to a new result: the same channel and page when
// they still exist, else the first channel's first page.
func (d *drill) keep(r *result) {
	if _, ok := r.byChannel[d.channel]; !ok {
		d.channel, d.page = "", 0
		if len(r.rep.Channels) > 0 {
			d.channel = r.rep.Channels[0].Channel
		}
	}
	d.page = max(0, min(d.page, pages(len(r.byChannel[d.channel]))-1))
}

// pages is the number of pages n messages fill.
func pages(n int) int { return max(1, (n+pageSize-1)/pageSize) }

// span is the range of the channel's messages on the current page, as
// positions in the channel's list: [lo, hi).
func (d drill) span(n int) (lo, hi int) {
	lo = min(d.page*pageSize, n)
	return lo, min(lo+pageSize, n)
}

// messageColumn is one column of the messages table: a metric (for its
// name, unit and definition) and the figure of a message row.
type messageColumn struct {
	metric metrics.Metric
	name   string
	value  func(*metrics.MessageRow) metrics.Value
}

// messageColumns are the drill-down's figures, each tied to the channel
// metric of the same formula; columns whose metric the channel table
// leaves out (no channel has a value) are left out here too.
func messageColumns(l text.Lang, rep *metrics.Report) []messageColumn {
	audience := metrics.Reach
	if rep.Options.Audience == metrics.BasisImpressions {
		audience = metrics.Impressions
	}
	all := []messageColumn{
		{audience, audienceName(l, rep.Options.Audience), func(r *metrics.MessageRow) metrics.Value { return r.Audience }},
		{metrics.Interactions, "", func(r *metrics.MessageRow) metrics.Value { return r.Interactions }},
		{rep.Options.Denominator.Metric(), "", func(r *metrics.MessageRow) metrics.Value { return r.EngagementRate }},
		{metrics.CommentsToReactions, "", func(r *metrics.MessageRow) metrics.Value { return r.CommentsToReactions }},
		{metrics.ResponseRate, "", func(r *metrics.MessageRow) metrics.Value { return r.ResponseRate }},
		{metrics.CPM, "", func(r *metrics.MessageRow) metrics.Value { return r.CPM }},
		{metrics.CostPerEngagement, "", func(r *metrics.MessageRow) metrics.Value { return r.CostPerEngagement }},
		{metrics.ReachPercent, "", func(r *metrics.MessageRow) metrics.Value { return r.ReachPercent }},
		{metrics.GRP, "", func(r *metrics.MessageRow) metrics.Value { return r.GRP }},
		{metrics.Frequency, i18n.T(l, i18n.CompareMessageFrequency), func(r *metrics.MessageRow) metrics.Value { return r.Frequency }},
		{metrics.AVE, "", func(r *metrics.MessageRow) metrics.Value { return r.AVE }},
	}
	shown, _ := tableColumns(rep)
	var out []messageColumn
	for _, c := range all {
		if !slices.ContainsFunc(shown, func(m metrics.Metric) bool { return m.ID == c.metric.ID }) {
			continue
		}
		if c.name == "" {
			c.name = headerName(l, c.metric)
		}
		out = append(out, c)
	}
	return out
}

// renderDrill draws the drill-down: a channel picker, the page's messages
// and buttons to the previous and next pages.
func (p *comparePage) renderDrill(l text.Lang) app.UI {
	rep := &p.res.rep
	idx := p.res.byChannel[p.drill.channel]
	lo, hi := p.drill.span(len(idx))
	rows := make([]metrics.MessageRow, 0, hi-lo)
	for _, i := range idx[lo:hi] {
		rows = append(rows, rep.MessageRows(p.res.in, i, i+1)...)
	}
	cols := messageColumns(l, rep)
	last := pages(len(idx)) - 1
	return app.Section().Class("card").Aria("labelledby", "drill-heading").Body(
		app.H2().ID("drill-heading").Text(i18n.T(l, i18n.CompareMessagesHeading)),
		shell.Field("message-channel", i18n.T(l, i18n.CompareMessagesChannel),
			app.Select().ID("message-channel").OnChange(p.onDrillChannel).Body(
				app.Range(rep.Channels).Slice(func(i int) app.UI {
					c := rep.Channels[i].Channel
					return shell.Option(c, c, c == p.drill.channel)
				}),
			)),
		app.P().ID("messages-range").Attr("aria-live", "polite").Text(i18n.Tf(l, i18n.CompareMessagesRange,
			countText(l, float64(min(lo+1, hi))), countText(l, float64(hi)), countText(l, float64(len(idx))))),
		app.Div().Class("table-scroll").Body(
			app.Table().ID("messages-table").Class("grid").Body(
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(i18n.T(l, i18n.CompareMessage)),
					app.Th().Scope("col").Text(i18n.T(l, i18n.CompareDate)),
					app.Range(cols).Slice(func(j int) app.UI {
						c := cols[j]
						return app.Th().Scope("col").DataSet("metric", c.metric.ID).Body(
							app.A().Href("#def-" + c.metric.ID).Text(c.name),
						)
					}),
				)),
				app.TBody().Body(app.Range(rows).Slice(func(i int) app.UI {
					r := &rows[i]
					return messageRow(l, r, cols)
				})),
			),
		),
		app.P().Class("pager").Body(
			pageButton("messages-prev", i18n.T(l, i18n.CompareMessagesPrev), p.drill.page > 0, func(ctx app.Context, e app.Event) {
				p.drill.page = max(0, p.drill.page-1)
			}),
			app.Text(" "),
			pageButton("messages-next", i18n.T(l, i18n.CompareMessagesNext), p.drill.page < last, func(ctx app.Context, e app.Event) {
				p.drill.page = min(last, p.drill.page+1)
			}),
		),
	)
}

// pageButton is a pager button, disabled when there is no page that way
// (the attribute is left out when enabled, since a prerendered
// disabled="false" would disable it).
func pageButton(id, label string, enabled bool, click app.EventHandler) app.UI {
	b := app.Button().Type("button").ID(id).Text(label).OnClick(click)
	if !enabled {
		b = b.Disabled(true)
	}
	return b
}

// messageRow draws one message: its id (or its position when it has none),
// its date and its figures.
func messageRow(l text.Lang, r *metrics.MessageRow, cols []messageColumn) app.UI {
	id := r.ID
	if id == "" {
		id = "#" + countText(l, float64(r.Index+1))
	}
	date := ""
	if !r.Date.IsZero() {
		date = r.Date.Format("2006-01-02")
	}
	return app.Tr().DataSet("index", r.Index).Body(
		app.Th().Scope("row").Text(id),
		app.Td().Text(date),
		app.Range(cols).Slice(func(j int) app.UI {
			c := cols[j]
			v := c.value(r)
			return valueCell(l, app.Td().DataSet("metric", c.metric.ID), c.metric.Unit, v)
		}),
	)
}

func (p *comparePage) onDrillChannel(ctx app.Context, e app.Event) {
	p.drill = drill{channel: shell.Value(ctx)}
}
