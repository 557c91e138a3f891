package compare

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"reachlab/app/i18n"
	"reachlab/app/metrics"
	"reachlab/app/text"
	"reachlab/app/view"
)

// PageSize is the number of messages the message list shows at a time.
const PageSize = 50

// messageTextLength is the most characters of a message's text the list
// shows; the whole text is the cell's title.
const messageTextLength = 80

// pages is the number of pages n messages fill.
func pages(n int) int { return max(1, (n+PageSize-1)/PageSize) }

// messageColumn is one column of the messages table: a metric (for its
// name, unit and definition) and the figure of a message row.
type messageColumn struct {
	metric metrics.Metric
	name   string
	value  func(*metrics.MessageRow) metrics.Value
}

// messageColumns are the message list's figures, each tied to the channel
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

// messagePage is one page of one channel's messages: the settings' channel
// and page when they exist, else the first channel's first page.
func (m *measured) messagePage(l text.Lang) view.MessagePage {
	rep := &m.rep
	p := view.MessagePage{Channel: m.set.Channel, Page: m.set.Page}
	for i := range rep.Channels {
		p.Channels = append(p.Channels, rep.Channels[i].Channel)
	}
	if !slices.Contains(p.Channels, p.Channel) {
		p.Channel, p.Page = "", 0
		if len(p.Channels) > 0 {
			p.Channel = p.Channels[0]
		}
	}
	p.Page = max(0, p.Page)
	n, idx := rep.ChannelMessages(p.Channel, p.Page*PageSize, (p.Page+1)*PageSize)
	if p.Pages = pages(n); p.Page >= p.Pages {
		p.Page = p.Pages - 1
		_, idx = rep.ChannelMessages(p.Channel, p.Page*PageSize, (p.Page+1)*PageSize)
	}
	lo := min(p.Page*PageSize, n)
	hi := lo + len(idx)
	p.Range = i18n.Tf(l, i18n.CompareMessagesRange,
		countText(l, float64(min(lo+1, hi))), countText(l, float64(hi)), countText(l, float64(n)))

	cols := messageColumns(l, rep)
	p.Table.Columns = []view.Column{
		{Key: "message", Name: i18n.T(l, i18n.CompareMessage)},
		{Key: "date", Name: i18n.T(l, i18n.CompareDate)},
	}
	for _, c := range cols {
		p.Table.Columns = append(p.Table.Columns, view.Column{Key: c.metric.ID, Name: c.name, Def: c.metric.ID, Numeric: true})
	}
	for _, i := range idx {
		for _, r := range rep.MessageRows(m.in, i, i+1) {
			p.Table.Rows = append(p.Table.Rows, messageRow(l, &r, cols))
		}
	}
	return p
}

// messageRow is one message: its text (cut, whole in the cell's title), or
// its id, or its position when it has neither; its date and its figures.
func messageRow(l text.Lang, r *metrics.MessageRow, cols []messageColumn) view.Row {
	label := view.Cell{Text: "#" + countText(l, float64(r.Index+1))}
	switch {
	case strings.TrimSpace(r.Text) != "":
		label = view.Cell{Text: cut(r.Text, messageTextLength), Title: r.Text}
		if r.ID != "" {
			label.Title = r.Text + " (" + r.ID + ")"
		}
	case r.ID != "":
		label = view.Cell{Text: cut(r.ID, messageTextLength), Title: r.ID}
	}
	if label.Title == label.Text {
		label.Title = ""
	}
	date := ""
	if !r.Date.IsZero() {
		date = r.Date.Format("2006-01-02")
	}
	row := view.Row{Kind: "message", ID: strconv.Itoa(r.Index), Cells: []view.Cell{label, {Text: date}}}
	for _, c := range cols {
		row.Cells = append(row.Cells, valueCell(l, c.metric.Unit, c.value(r)))
	}
	return row
}

// cut shortens s to at most n characters on one line, ending with "…" when
// it was cut.
func cut(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}
