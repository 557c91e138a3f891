package compare

import (
	"slices"

	"reachlab/app/i18n"
	"reachlab/app/metrics"
	"reachlab/app/text"
	"reachlab/app/view"
)

// The keys of the channel table's two columns that are not metrics.
const (
	KeyChannel = "channel"
	KeyKind    = "kind"
)

// tableColumns splits the per-row metrics into the columns the channel
// table shows and those it leaves out because no channel has a value. Of
// the three engagement rates, only the one by the report's denominator is
// a column, always shown: the screen says which denominator it uses.
func tableColumns(rep *metrics.Report) (shown, hidden []metrics.Metric) {
	rate := rep.Options.Denominator.Metric().ID
	for _, m := range metrics.All() {
		if !m.PerRow() {
			continue
		}
		if isRate(m.ID) && m.ID != rate {
			continue
		}
		if m.ID == rate || anyAvailable(rep, m.ID) {
			shown = append(shown, m)
		} else {
			hidden = append(hidden, m)
		}
	}
	return shown, hidden
}

// isRate reports whether id is one of the engagement rates.
func isRate(id string) bool {
	for _, d := range denominators {
		if d.Metric().ID == id {
			return true
		}
	}
	return false
}

// anyAvailable reports whether some channel has a value for metric id.
func anyAvailable(rep *metrics.Report, id string) bool {
	for i := range rep.Channels {
		if v, _ := rep.Channels[i].Metric(id); v.OK {
			return true
		}
	}
	return false
}

// kindRank orders kinds as metrics.Kinds does, unknown last: the value the
// kind column sorts by.
func kindRank(k metrics.Kind) int {
	if i := slices.Index(metrics.Kinds(), k); i >= 0 {
		return i
	}
	return len(metrics.Kinds())
}

// channelTable is the per-channel table: a row per channel, then a footer
// row per medium kind and one for all channels; and the metrics it leaves
// out, with why.
func channelTable(l text.Lang, rep *metrics.Report) (view.Table, []view.HiddenMetric) {
	shown, hidden := tableColumns(rep)
	t := view.Table{Columns: []view.Column{
		{Key: KeyChannel, Name: i18n.T(l, i18n.CompareChannel)},
		{Key: KeyKind, Name: i18n.T(l, i18n.CompareKindColumn)},
	}}
	for _, m := range shown {
		t.Columns = append(t.Columns, view.Column{Key: m.ID, Name: headerName(l, m), Def: m.ID, Group: string(m.Group), Numeric: true})
	}
	for i := range rep.Channels {
		r := &rep.Channels[i]
		t.Rows = append(t.Rows, channelRow(l, r, shown, KeyChannel, r.Channel, r.Channel))
	}
	for i := range rep.Kinds {
		r := &rep.Kinds[i]
		t.Foot = append(t.Foot, channelRow(l, r, shown, KeyKind, string(r.Kind), i18n.Tf(l, i18n.CompareKindRow, kindName(l, r.Kind))))
	}
	t.Foot = append(t.Foot, channelRow(l, &rep.Total, shown, "total", "all", i18n.T(l, i18n.CompareAllChannels)))

	var out []view.HiddenMetric
	for _, m := range hidden {
		v, _ := rep.Total.Metric(m.ID)
		out = append(out, view.HiddenMetric{ID: m.ID, Name: metricName(l, m), Why: notAvailable(l, v.Reason)})
	}
	return t, out
}

// channelRow is one row of the table: a channel, a kind or the total.
func channelRow(l text.Lang, r *metrics.ChannelRow, shown []metrics.Metric, kind, id, label string) view.Row {
	kindText := ""
	if r.Kind != metrics.KindUnknown || kind == KeyChannel {
		kindText = kindName(l, r.Kind)
	}
	if r.KindMixed {
		kindText += " " + i18n.T(l, i18n.CompareMixedKinds)
	}
	if kind == "total" {
		kindText = ""
	}
	row := view.Row{Kind: kind, ID: id, Cells: []view.Cell{
		{Text: label},
		{Text: kindText, Value: float64(kindRank(r.Kind)), Known: kind == KeyChannel},
	}}
	for _, m := range shown {
		v, _ := r.Metric(m.ID)
		row.Cells = append(row.Cells, valueCell(l, m.Unit, v))
	}
	return row
}
