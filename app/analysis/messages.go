package analysis

import (
	"reachlab/app/data"
	"reachlab/app/data/roles"
	"reachlab/app/metrics"
)

// Messages turns the table's rows into the metrics engine's input, reading
// each measure from the column mapped to its role; when two columns share a
// role, the first one counts. A table with no channel column is one channel
// named after the dataset. kind, when not metrics.KindUnknown, is the medium
// kind of every row the kind column leaves blank (a page setting); else the
// dataset's MediumKind, when the user gave one; else the kind cells as
// written, the channel names and the platform decide (metrics.ResolveKind).
func (d Dataset) Messages(kind metrics.Kind) metrics.Input {
	var (
		channel, kindCol, id, txt, date *data.Column
		numeric                         = map[metrics.Field]*data.Column{}
		in                              metrics.Input
	)
	for _, c := range d.Table.Columns() {
		switch r := c.Role(); r {
		case roles.Channel:
			channel = first(channel, c)
		case roles.Kind:
			kindCol = first(kindCol, c)
			in.Present = in.Present.With(metrics.FieldKind)
		case roles.Message:
			id = first(id, c)
		case roles.Text:
			txt = first(txt, c)
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
	fill := string(kind)
	if kind == metrics.KindUnknown {
		fill = d.MediumKind
	}
	if fill != "" {
		in.Present = in.Present.With(metrics.FieldKind)
	}

	n := d.Table.Len()
	in.Messages = make([]metrics.Message, n)
	for i := range n {
		ch := d.Name
		if channel != nil && !channel.Missing(i) {
			ch = channel.Cell(i)
		}
		k := fill
		if kindCol != nil && !kindCol.Missing(i) {
			k = kindCol.Cell(i)
		}
		m := metrics.NewMessage(ch, k)
		if id != nil {
			m.ID = id.Cell(i)
		}
		if txt != nil {
			m.Text = txt.Cell(i)
		}
		if date != nil {
			if t, ok := date.Time(i); ok {
				m.Date = t
			}
		}
		for f, c := range numeric {
			m.Set(f, c.Float(i))
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
