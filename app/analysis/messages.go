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
//
// The rows are read from the table when the engine asks for them
// (metrics.Input.Rows): a table of twelve million rows is measured without
// a copy of it as messages.
func (d Dataset) Messages(kind metrics.Kind) metrics.Input {
	rows := &tableRows{name: d.Name, n: d.Table.Len()}
	var in metrics.Input
	seen := map[metrics.Field]bool{}
	for _, c := range d.Table.Columns() {
		switch r := c.Role(); r {
		case roles.Channel:
			rows.channel = first(rows.channel, c)
		case roles.Kind:
			rows.kind = first(rows.kind, c)
			in.Present = in.Present.With(metrics.FieldKind)
		case roles.Message:
			rows.id = first(rows.id, c)
		case roles.Text:
			rows.text = first(rows.text, c)
		case roles.Date:
			if c.Type() == data.Date {
				rows.date = first(rows.date, c)
				in.Present = in.Present.With(metrics.FieldDate)
			}
		default:
			if f, ok := metrics.FieldOf(r); ok && c.Type().Numeric() && !seen[f] {
				seen[f] = true
				rows.numeric = append(rows.numeric, numericColumn{f, c})
				in.Present = in.Present.With(f)
			}
		}
	}
	rows.fill = string(kind)
	if kind == metrics.KindUnknown {
		rows.fill = d.MediumKind
	}
	if rows.fill != "" {
		in.Present = in.Present.With(metrics.FieldKind)
	}
	in.Rows = rows
	return in
}

// tableRows reads a table's rows as messages (metrics.Rows), from the
// columns Messages chose.
type tableRows struct {
	n                             int
	name                          string // the channel of rows without one: the dataset's name
	fill                          string // the kind of rows without one
	channel, kind, id, text, date *data.Column
	numeric                       []numericColumn
}

// numericColumn is the column a measure is read from.
type numericColumn struct {
	field  metrics.Field
	column *data.Column
}

// Len is the number of rows.
func (r *tableRows) Len() int { return r.n }

// Read writes row i into m. Text cells are views of the table's text, not
// copies.
func (r *tableRows) Read(i int, m *metrics.Message) {
	ch := r.name
	if r.channel != nil && !r.channel.Missing(i) {
		ch = r.channel.Cell(i)
	}
	k := r.fill
	if r.kind != nil && !r.kind.Missing(i) {
		k = r.kind.Cell(i)
	}
	*m = metrics.NewMessage(ch, k)
	if r.id != nil {
		m.ID = r.id.Cell(i)
	}
	if r.text != nil {
		m.Text = r.text.Cell(i)
	}
	if r.date != nil {
		if t, ok := r.date.Time(i); ok {
			m.Date = t
		}
	}
	for _, c := range r.numeric {
		m.Set(c.field, c.column.Float(i))
	}
}

func first(have, c *data.Column) *data.Column {
	if have != nil {
		return have
	}
	return c
}
