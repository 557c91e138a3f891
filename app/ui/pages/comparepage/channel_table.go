package comparepage

import (
	"cmp"
	"slices"
	"strings"

	"reachlab/app/i18n"
	"reachlab/app/metrics"
	"reachlab/app/text"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The sort keys of the two columns that are not metrics.
const (
	keyChannel = "channel"
	keyKind    = "kind"
)

// sortOrder is the channel table's order: by a column (a metric id,
// keyChannel or keyKind), ascending or descending. The zero value keeps the
// data's order (channels in order of first appearance).
type sortOrder struct {
	key  string
	desc bool
}

// next is the order after a click on column key's button: the other
// direction for the sorted column; otherwise largest first for figures and
// A to Z for names.
func (s sortOrder) next(key string) sortOrder {
	if s.key == key {
		return sortOrder{key: key, desc: !s.desc}
	}
	return sortOrder{key: key, desc: key != keyChannel && key != keyKind}
}

// ariaSort is the aria-sort value of column key: "ascending" or
// "descending" for the sorted column, "" for the others.
func (s sortOrder) ariaSort(key string) string {
	switch {
	case s.key != key:
		return ""
	case s.desc:
		return "descending"
	}
	return "ascending"
}

// rows returns the indexes of rep's channel rows in this order. Values that
// are not available come last in either direction; ties keep the data's
// order.
func (s sortOrder) rows(rep *metrics.Report) []int {
	idx := make([]int, len(rep.Channels))
	for i := range idx {
		idx[i] = i
	}
	if s.key == "" {
		return idx
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		return s.compare(&rep.Channels[a], &rep.Channels[b])
	})
	return idx
}

func (s sortOrder) compare(a, b *metrics.ChannelRow) int {
	var c int
	switch s.key {
	case keyChannel:
		c = cmp.Compare(strings.ToLower(a.Channel), strings.ToLower(b.Channel))
	case keyKind:
		c = cmp.Compare(kindRank(a.Kind), kindRank(b.Kind))
	default:
		va, _ := a.Metric(s.key)
		vb, _ := b.Metric(s.key)
		switch {
		case !va.OK && !vb.OK:
			return 0
		case !va.OK:
			return 1
		case !vb.OK:
			return -1
		}
		c = cmp.Compare(va.V, vb.V)
	}
	if s.desc {
		return -c
	}
	return c
}

// kindRank orders kinds as metrics.Kinds does, unknown last.
func kindRank(k metrics.Kind) int {
	if i := slices.Index(metrics.Kinds(), k); i >= 0 {
		return i
	}
	return len(metrics.Kinds())
}

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

// renderChannels draws the per-channel table, the metrics left out, and
// the CSV export.
func (p *comparePage) renderChannels(l text.Lang) app.UI {
	rep := &p.res.rep
	shown, hidden := tableColumns(rep)
	rate := rep.Options.Denominator.Metric()
	order := p.sort.rows(rep)
	return app.Section().Class("card").Aria("labelledby", "channels-heading").Body(
		app.H2().ID("channels-heading").Text(i18n.T(l, i18n.CompareTableHeading)),
		app.P().ID("channels-note").Text(i18n.Tf(l, i18n.CompareTableNote, metricName(l, rate), rate.Formula.In(l))),
		app.Div().Class("table-scroll").Body(
			app.Table().ID("channels").Class("grid").Body(
				app.Caption().Class("sr-only").Text(i18n.T(l, i18n.CompareTableHeading)),
				app.THead().Body(app.Tr().Body(
					p.sortHeader(l, keyChannel, i18n.T(l, i18n.CompareChannel), ""),
					p.sortHeader(l, keyKind, i18n.T(l, i18n.CompareKindColumn), ""),
					app.Range(shown).Slice(func(j int) app.UI {
						m := shown[j]
						return p.sortHeader(l, m.ID, headerName(l, m), m.ID)
					}),
				)),
				app.TBody().Body(
					app.Range(order).Slice(func(i int) app.UI {
						r := &rep.Channels[order[i]]
						return channelRow(l, r, shown, "channel", r.Channel, r.Channel)
					}),
				),
				app.TFoot().Body(
					app.Range(rep.Kinds).Slice(func(i int) app.UI {
						r := &rep.Kinds[i]
						return channelRow(l, r, shown, "kind", string(r.Kind), i18n.Tf(l, i18n.CompareKindRow, kindName(l, r.Kind)))
					}),
					channelRow(l, &rep.Total, shown, "total", "all", i18n.T(l, i18n.CompareAllChannels)),
				),
			),
		),
		app.If(len(hidden) > 0, func() app.UI {
			return app.Div().ID("hidden-metrics").Body(
				app.P().Text(i18n.T(l, i18n.CompareHiddenColumns)),
				app.Ul().Body(app.Range(hidden).Slice(func(j int) app.UI {
					m := hidden[j]
					v, _ := rep.Total.Metric(m.ID)
					return app.Li().DataSet("metric", m.ID).Body(
						app.A().Href("#def-"+m.ID).Text(metricName(l, m)),
						app.Text(" — "+notAvailable(l, v.Reason)),
					)
				})),
			)
		}),
		app.P().Body(
			app.Button().Type("button").ID("export-csv").Text(i18n.T(l, i18n.CompareExportCSV)).OnClick(p.onExportCSV),
		),
	)
}

// sortHeader is a column header: a button that sorts by the column and,
// for a metric, a link to its definition.
func (p *comparePage) sortHeader(l text.Lang, key, name, metricID string) app.UI {
	arrow := ""
	switch p.sort.ariaSort(key) {
	case "ascending":
		arrow = " ▲"
	case "descending":
		arrow = " ▼"
	}
	th := app.Th().Scope("col").DataSet("key", key)
	if s := p.sort.ariaSort(key); s != "" {
		th = th.Aria("sort", s)
	}
	return th.Body(
		app.Button().Type("button").ID("sort-"+key).Class("sort").
			OnClick(func(ctx app.Context, e app.Event) { p.sort = p.sort.next(key) }, app.EventScope(key)).
			Body(app.Text(name), app.Span().Aria("hidden", "true").Text(arrow)),
		app.If(metricID != "", func() app.UI {
			// A target of 24 × 24 px at least, like every control.
			return app.A().Href("#def-"+metricID).Class("def-link").
				Aria("label", i18n.Tf(l, i18n.CompareDefinitionOf, name)).
				Title(i18n.Tf(l, i18n.CompareDefinitionOf, name)).
				Text("?")
		}),
	)
}

// channelRow draws one row of the table: a channel, a kind or the total.
// Its cells carry data-<kind>="<id>" and data-metric="<metric id>", and
// available values their full-precision data-value, for scripts and tests.
func channelRow(l text.Lang, r *metrics.ChannelRow, shown []metrics.Metric, kind, id, label string) app.UI {
	kindText := ""
	if r.Kind != metrics.KindUnknown || kind == "channel" {
		kindText = kindName(l, r.Kind)
	}
	if r.KindMixed {
		kindText += " " + i18n.T(l, i18n.CompareMixedKinds)
	}
	if kind == "total" {
		kindText = ""
	}
	return app.Tr().DataSet(kind, id).Body(
		app.Th().Scope("row").Text(label),
		app.Td().Text(kindText),
		app.Range(shown).Slice(func(j int) app.UI {
			m := shown[j]
			v, _ := r.Metric(m.ID)
			td := app.Td().DataSet(kind, id).DataSet("metric", m.ID)
			return valueCell(l, td, m.Unit, v)
		}),
	)
}
