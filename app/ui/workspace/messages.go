package workspace

import (
	"reachlab/app/data"
	"reachlab/app/data/roles"
	"reachlab/app/metrics"
)

// Messages turns a table's rows into the metrics engine's input, reading each
// measure from the column mapped to its role. When two columns share a role,
// the first one counts. A table with no channel column is one channel named
// after the dataset; kind is used for rows whose medium kind is not given.
func Messages(t *data.Table, name, kind string) metrics.Input {
	var (
		channel, kindCol, id, text, date *data.Column
		numeric                          = map[metrics.Field]*data.Column{}
		in                               metrics.Input
	)
	for _, c := range t.Columns() {
		switch r := c.Role(); r {
		case roles.Channel:
			channel = first(channel, c)
		case roles.Kind:
			kindCol = first(kindCol, c)
			in.Present = in.Present.With(metrics.FieldKind)
		case roles.Message:
			id = first(id, c)
		case roles.Text:
			text = first(text, c)
		case roles.Date:
			if c.Type() == data.Date {
				date = first(date, c)
				in.Present = in.Present.With(metrics.FieldDate)
			}
		default:
			if f, ok := metrics.FieldOf(r); ok && c.Type().Numeric() && numeric[f] == nil {
				numeric[f] = c
				in.Present = in.Present.With(f)
			}
		}
	}
	if kind != "" {
		in.Present = in.Present.With(metrics.FieldKind)
	}

	n := t.Len()
	in.Messages = make([]metrics.Message, n)
	for i := range n {
		ch := name
		if channel != nil && !channel.Missing(i) {
			ch = channel.Cell(i)
		}
		k := kind
		if kindCol != nil && !kindCol.Missing(i) {
			k = kindCol.Cell(i)
		}
		m := metrics.NewMessage(ch, k)
		if id != nil {
			m.ID = id.Cell(i)
		}
		if text != nil {
			m.Text = text.Cell(i)
		}
		if date != nil {
			if d, ok := date.Time(i); ok {
				m.Date = d
			}
		}
		for f, c := range numeric {
			set(&m, f, c.Float(i))
		}
		in.Messages[i] = m
	}
	return in
}

func first(have, c *data.Column) *data.Column {
	if have != nil {
		return have
	}
	return c
}

// set writes v into m's numeric field f.
func set(m *metrics.Message, f metrics.Field, v float64) {
	switch f {
	case metrics.FieldReach:
		m.Reach = v
	case metrics.FieldImpressions:
		m.Impressions = v
	case metrics.FieldFollowers:
		m.Followers = v
	case metrics.FieldReactions:
		m.Reactions = v
	case metrics.FieldComments:
		m.Comments = v
	case metrics.FieldShares:
		m.Shares = v
	case metrics.FieldClicks:
		m.Clicks = v
	case metrics.FieldSaves:
		m.Saves = v
	case metrics.FieldReplies:
		m.Replies = v
	case metrics.FieldCost:
		m.Cost = v
	case metrics.FieldAudienceShare:
		m.AudienceShare = v
	}
}
