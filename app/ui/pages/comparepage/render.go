package comparepage

import (
	"cmp"
	"slices"
	"strings"

	"reachlab/app/i18n"
	"reachlab/app/text"
	"reachlab/app/ui/shell"
	"reachlab/app/view"
	"reachlab/charts/chartview"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderSettings draws the options of the computation, each a labelled
// control; the header switches the dataset.
func (p *comparePage) renderSettings(l text.Lang) app.UI {
	c := p.res.Choices
	sel := func(id string, label i18n.Key, choices []view.Choice, set func(*view.CompareSettings, string)) app.UI {
		return shell.Field(id, i18n.T(l, label), app.Select().ID(id).OnChange(func(ctx app.Context, e app.Event) {
			v := shell.Value(ctx)
			p.change(ctx, func(s *view.CompareSettings) { set(s, v) })
		}).Body(app.Range(choices).Slice(func(i int) app.UI {
			return shell.Option(choices[i].Value, choices[i].Label, choices[i].Selected)
		})))
	}
	return app.Section().Class("card settings").Aria("labelledby", "settings-heading").Body(
		app.H2().ID("settings-heading").Text(i18n.T(l, i18n.CompareSettings)),
		sel("kind-select", i18n.CompareKind, c.Kinds, func(s *view.CompareSettings, v string) { s.Kind = v }),
		sel("denominator-select", i18n.CompareDenominator, c.Denominators, func(s *view.CompareSettings, v string) { s.Denominator = v }),
		sel("basis-select", i18n.CompareBasis, c.Bases, func(s *view.CompareSettings, v string) { s.Basis = v }),
		shell.Field("universe-input", i18n.T(l, i18n.CompareUniverse),
			&shell.NumberInput{ID: "universe-input", Lang: l, Value: p.set.Universe, Whole: true, Describe: "universe-hint",
				OnValue: func(ctx app.Context, v float64) { p.change(ctx, func(s *view.CompareSettings) { s.Universe = v }) }},
			app.Span().ID("universe-hint").Class("muted").Text(" "+i18n.T(l, i18n.CompareUniverseHint))),
		shell.Field("topk-input", i18n.T(l, i18n.CompareTopK),
			&shell.NumberInput{ID: "topk-input", Lang: l, Value: float64(p.res.Settings.TopK), Whole: true,
				OnValue: func(ctx app.Context, v float64) { p.change(ctx, func(s *view.CompareSettings) { s.TopK = int(v) }) }}),
	)
}

// sortOrder is the channel table's order: by a column's key, ascending or
// descending. The zero value keeps the data's order (channels in order of
// first appearance).
type sortOrder struct {
	key  string
	desc bool
}

// next is the order after a click on column col's button: the other
// direction for the sorted column; otherwise largest first for figures and
// A to Z for names.
func (s sortOrder) next(col view.Column) sortOrder {
	if s.key == col.Key {
		return sortOrder{key: col.Key, desc: !s.desc}
	}
	return sortOrder{key: col.Key, desc: col.Numeric}
}

// ariaSort is the aria-sort value of column key.
func (s sortOrder) ariaSort(key string) string {
	switch {
	case s.key != key:
		return ""
	case s.desc:
		return "descending"
	}
	return "ascending"
}

// rows returns t's body rows in this order. Missing figures come last in
// either direction; ties keep the data's order.
func (s sortOrder) rows(t view.Table) []view.Row {
	j := slices.IndexFunc(t.Columns, func(c view.Column) bool { return c.Key == s.key })
	if j < 0 {
		return t.Rows
	}
	rows := slices.Clone(t.Rows)
	slices.SortStableFunc(rows, func(a, b view.Row) int {
		x, y := a.Cells[j], b.Cells[j]
		var c int
		switch {
		case x.Known && y.Known:
			c = cmp.Compare(x.Value, y.Value)
		case x.Known:
			return -1
		case y.Known:
			return 1
		case t.Columns[j].Numeric:
			return 0
		default:
			c = cmp.Compare(strings.ToLower(x.Text), strings.ToLower(y.Text))
		}
		if s.desc {
			return -c
		}
		return c
	})
	return rows
}

// renderChannels draws the per-channel table, the metrics left out, and
// the CSV export.
func (p *comparePage) renderChannels(l text.Lang) app.UI {
	t := p.res.Channels
	rows := p.sort.rows(t)
	return app.Section().Class("card").Aria("labelledby", "channels-heading").Body(
		app.H2().ID("channels-heading").Text(i18n.T(l, i18n.CompareTableHeading)),
		app.P().ID("channels-note").Text(p.res.ChannelsNote),
		app.Div().Class("table-scroll sticky-first").Body(
			app.Table().ID("channels").Class("grid").Body(
				app.Caption().Class("sr-only").Text(i18n.T(l, i18n.CompareTableHeading)),
				app.THead().Body(app.Tr().Body(
					app.Range(t.Columns).Slice(func(j int) app.UI { return p.sortHeader(l, t.Columns[j]) }),
				)),
				app.TBody().Body(app.Range(rows).Slice(func(i int) app.UI { return shell.TableRow(t.Columns, rows[i]) })),
				app.TFoot().Body(app.Range(t.Foot).Slice(func(i int) app.UI { return shell.TableRow(t.Columns, t.Foot[i]) })),
			),
		),
		app.If(len(p.res.Hidden) > 0, func() app.UI {
			return app.Div().ID("hidden-metrics").Body(
				app.P().Text(i18n.T(l, i18n.CompareHiddenColumns)),
				app.Ul().Body(app.Range(p.res.Hidden).Slice(func(j int) app.UI {
					h := p.res.Hidden[j]
					return app.Li().DataSet("metric", h.ID).Body(
						app.A().Href("#def-"+h.ID).Text(h.Name),
						app.Text(" — "+h.Why),
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
func (p *comparePage) sortHeader(l text.Lang, col view.Column) app.UI {
	arrow := ""
	switch p.sort.ariaSort(col.Key) {
	case "ascending":
		arrow = " ▲"
	case "descending":
		arrow = " ▼"
	}
	th := app.Th().Scope("col").DataSet("key", col.Key)
	if s := p.sort.ariaSort(col.Key); s != "" {
		th = th.Aria("sort", s)
	}
	return th.Body(
		app.Button().Type("button").ID("sort-"+col.Key).Class("sort").
			OnClick(func(ctx app.Context, e app.Event) { p.sort = p.sort.next(col) }, app.EventScope(col.Key)).
			Body(app.Text(col.Name), app.Span().Aria("hidden", "true").Text(arrow)),
		app.If(col.Def != "", func() app.UI {
			// A target of 24 × 24 px at least, like every control.
			return app.A().Href("#def-"+col.Def).Class("def-link").
				Aria("label", i18n.Tf(l, i18n.CompareDefinitionOf, col.Name)).
				Title(i18n.Tf(l, i18n.CompareDefinitionOf, col.Name)).
				Text("?")
		}),
	)
}

func (p *comparePage) onExportCSV(ctx app.Context, e app.Event) {
	shell.Download(p.res.CSVName, "text/csv;charset=utf-8", []byte(p.res.CSV))
	p.note = i18n.Tf(p.l(), i18n.CompareSaved, p.res.CSVName)
}

// renderCharts draws the signature chart, the two bar charts and the
// timeline (or why there is none).
func (p *comparePage) renderCharts(l text.Lang) app.UI {
	save := i18n.T(l, i18n.ChartSave)
	return app.Section().Class("card").Aria("labelledby", "charts-heading").Body(
		app.H2().ID("charts-heading").Text(i18n.T(l, i18n.CompareChartsHeading)),
		app.Range(p.res.Charts).Slice(func(i int) app.UI {
			c := p.res.Charts[i]
			return &chartview.Figure{ID: c.ID, Chart: c, Reading: c.Reading, SaveLabel: save}
		}),
		app.If(p.res.NoTimeline != "", func() app.UI {
			return app.P().ID("timeline-none").Class("muted").Text(p.res.NoTimeline)
		}),
	)
}

// renderReadings draws the findings as sentences and the table of
// equivalences between mass and social media.
func (p *comparePage) renderReadings(l text.Lang) app.UI {
	r := p.res
	return app.Section().Class("card").Aria("labelledby", "readings-heading").Body(
		app.H2().ID("readings-heading").Text(i18n.T(l, i18n.CompareReadingsHeading)),
		app.If(len(r.Readings) == 0, func() app.UI {
			return app.P().ID("readings-none").Text(i18n.T(l, i18n.CompareReadingsNone))
		}),
		app.Ul().ID("readings").Body(app.Range(r.Readings).Slice(func(i int) app.UI {
			return app.Li().Text(r.Readings[i])
		})),
		app.H3().Text(i18n.T(l, i18n.CompareEquivalences)),
		app.If(r.Equivalences == nil, func() app.UI {
			return app.P().ID("equivalences-none").Text(r.NoEquivalence)
		}).Else(func() app.UI {
			return plainTable("equivalences", *r.Equivalences)
		}),
	)
}

// plainTable draws a table whose headers link to their definitions.
func plainTable(id string, t view.Table) app.UI {
	return app.Div().Class("table-scroll sticky-first").Body(
		app.Table().ID(id).Class("grid").Body(
			app.THead().Body(app.Tr().Body(app.Range(t.Columns).Slice(func(j int) app.UI {
				c := t.Columns[j]
				th := app.Th().Scope("col").DataSet("metric", c.Key)
				if c.Def == "" {
					return th.Text(c.Name)
				}
				return th.Body(app.A().Href("#def-" + c.Def).Text(c.Name))
			}))),
			app.TBody().Body(app.Range(t.Rows).Slice(func(i int) app.UI { return shell.TableRow(t.Columns, t.Rows[i]) })),
		),
	)
}

// renderAVE draws the advertising value equivalent: what it is not, the
// reference CPM and what it prices, the equivalent of all channels, and
// the Kodak case.
func (p *comparePage) renderAVE(l text.Lang) app.UI {
	a := p.res.AVE
	return app.Section().ID("ave").Class("card").Aria("labelledby", "ave-heading").Body(
		app.H2().ID("ave-heading").Text(i18n.T(l, i18n.CompareAVEHeading)),
		app.P().ID("ave-caveat").Text(i18n.T(l, i18n.CompareAVEIntro)),
		shell.Field("cpm-input", i18n.T(l, i18n.CompareAVECPM),
			&shell.NumberInput{ID: "cpm-input", Lang: l, Value: p.set.CPM,
				OnValue: func(ctx app.Context, v float64) { p.change(ctx, func(s *view.CompareSettings) { s.CPM = v }) }}),
		shell.Field("ave-basis-select", i18n.T(l, i18n.CompareAVEBasis),
			app.Select().ID("ave-basis-select").OnChange(func(ctx app.Context, e app.Event) {
				v := shell.Value(ctx)
				p.change(ctx, func(s *view.CompareSettings) { s.AVEBasis = v })
			}).Body(app.Range(p.res.Choices.AVEBases).Slice(func(i int) app.UI {
				c := p.res.Choices.AVEBases[i]
				return shell.Option(c.Value, c.Label, c.Selected)
			}))),
		app.P().ID("ave-result").Text(a.Result),
		app.H3().ID("kodak-heading").Text(i18n.T(l, i18n.CompareKodakHeading)),
		app.P().ID("kodak").Text(a.Kodak),
		app.P().Class("muted").Text(i18n.T(l, i18n.CompareKodakSource)),
		app.P().Body(
			app.Button().Type("button").ID("kodak-apply").Text(i18n.T(l, i18n.CompareKodakApply)).
				OnClick(func(ctx app.Context, e app.Event) {
					p.change(ctx, func(s *view.CompareSettings) { s.CPM, s.AVEBasis = a.KodakCPM, "mentions" })
				}),
		),
	)
}

// renderMessageList draws one channel's messages, a page at a time: a
// channel picker, the messages and buttons to the previous and next pages.
func (p *comparePage) renderMessageList(l text.Lang) app.UI {
	m := p.res.Messages
	t := m.Table
	return app.Section().Class("card").Aria("labelledby", "drill-heading").Body(
		app.H2().ID("drill-heading").Text(i18n.T(l, i18n.CompareMessagesHeading)),
		shell.Field("message-channel", i18n.T(l, i18n.CompareMessagesChannel),
			app.Select().ID("message-channel").OnChange(func(ctx app.Context, e app.Event) {
				v := shell.Value(ctx)
				p.change(ctx, func(s *view.CompareSettings) { s.Channel, s.Page = v, 0 })
			}).Body(app.Range(m.Channels).Slice(func(i int) app.UI {
				c := m.Channels[i]
				return shell.Option(c, c, c == m.Channel)
			}))),
		app.P().ID("messages-range").Attr("aria-live", "polite").Text(m.Range),
		app.Div().Class("table-scroll sticky-first").Body(
			app.Table().ID("messages-table").Class("grid").Body(
				app.THead().Body(app.Tr().Body(app.Range(t.Columns).Slice(func(j int) app.UI {
					c := t.Columns[j]
					th := app.Th().Scope("col").DataSet("metric", c.Key)
					if c.Def == "" {
						return th.Text(c.Name)
					}
					return th.Body(app.A().Href("#def-" + c.Def).Text(c.Name))
				}))),
				app.TBody().Body(app.Range(t.Rows).Slice(func(i int) app.UI {
					r := t.Rows[i]
					return app.Tr().DataSet("index", r.ID).Body(
						shell.RowHeader(r),
						app.Range(r.Cells[1:]).Slice(func(j int) app.UI { return shell.Cell(view.Row{}, t.Columns[j+1], r.Cells[j+1]) }),
					)
				})),
			),
		),
		app.P().Class("pager").Body(
			pageButton("messages-prev", i18n.T(l, i18n.CompareMessagesPrev), m.Page > 0, func(ctx app.Context, e app.Event) {
				p.change(ctx, func(s *view.CompareSettings) { s.Channel, s.Page = m.Channel, max(0, m.Page-1) })
			}),
			app.Text(" "),
			pageButton("messages-next", i18n.T(l, i18n.CompareMessagesNext), m.Page < m.Pages-1, func(ctx app.Context, e app.Event) {
				p.change(ctx, func(s *view.CompareSettings) { s.Channel, s.Page = m.Channel, m.Page+1 })
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

// renderDefinitions lists every metric the page can show with its id,
// name, formula, numerator, denominator, unit, definition and caveats.
// Each term has the id def-<metric id>, which the table headers link to.
func (p *comparePage) renderDefinitions(l text.Lang) app.UI {
	defs := p.res.Definitions
	return app.Section().Class("card").Aria("labelledby", "definitions-heading").Body(
		app.H2().ID("definitions-heading").Text(i18n.T(l, i18n.CompareDefinitions)),
		app.Dl().ID("definitions").Body(
			app.Range(defs).Slice(func(i int) app.UI {
				d := defs[i]
				return app.Div().Class("definition").Body(
					app.Dt().ID("def-"+d.ID).TabIndex(-1).Body(
						app.Strong().Text(d.Name),
						app.Text(" "),
						app.Code().Text(d.ID),
					),
					app.Dd().Body(
						app.P().Text(d.Definition),
						term(l, i18n.CompareFormula, d.Formula),
						term(l, i18n.CompareNumerator, d.Numerator),
						app.If(d.Denominator != "", func() app.UI { return term(l, i18n.CompareDenominatorTerm, d.Denominator) }),
						term(l, i18n.CompareUnit, d.Unit),
						app.If(d.Caveat != "", func() app.UI { return term(l, i18n.CompareCaveat, d.Caveat) }),
						app.If(d.Vanity, func() app.UI { return app.P().Class("vanity").Text(i18n.T(l, i18n.CompareVanity)) }),
					),
				)
			}),
		),
	)
}

// term is one labelled line of a definition.
func term(l text.Lang, label i18n.Key, s string) app.UI {
	return app.P().Body(app.Strong().Text(i18n.T(l, label)+i18n.T(l, i18n.CompareLabelSeparator)), app.Text(s))
}
