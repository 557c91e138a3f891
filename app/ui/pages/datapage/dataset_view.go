package datapage

import (
	"fmt"
	"strconv"

	"reachlab/app/data"
	"reachlab/app/data/load"
	"reachlab/app/data/roles"
	"reachlab/app/i18n"
	"reachlab/app/metrics"
	"reachlab/app/text"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// maxIssuesShown bounds the problems listed; the rest are counted.
const maxIssuesShown = 50

// renderDataset shows the open dataset: what the reader detected, the
// problems it met (with line and column), each column's type and role (the
// user can change both), and the rows.
func (p *dataPage) renderDataset(l text.Lang) app.UI {
	t := p.table
	return app.Section().ID("dataset-view").Aria("labelledby", "dataset-heading").Body(
		app.H2().ID("dataset-heading").Text(p.meta.Name),
		app.P().Class("muted").Text(i18n.Tf(l, i18n.DataRowsCols, i18n.Number(l, float64(t.Len()), 0), len(t.Columns()))),
		app.If(len(p.meta.Sheets) > 1, func() app.UI { return p.renderSheetPicker(l) }),
		p.renderExport(l),
		p.renderFormat(l, t),
		p.renderIssues(l, t),
		p.renderColumns(l, t),
		&preview{Table: t, Lang: l, Key: p.meta.ID},
	)
}

func (p *dataPage) renderSheetPicker(l text.Lang) app.UI {
	return app.P().Body(
		app.Label().For("sheet-select").Text(i18n.T(l, i18n.DataFormatSheet)+" "),
		app.Select().ID("sheet-select").OnChange(p.onSheet).Body(
			app.Range(p.meta.Sheets).Slice(func(i int) app.UI {
				return app.Option().Value(strconv.Itoa(i)).Selected(i == p.meta.Sheet).Text(p.meta.Sheets[i])
			}),
		),
	)
}

func (p *dataPage) onSheet(ctx app.Context, e app.Event) {
	sheet, err := strconv.Atoi(ctx.JSSrc().Get("value").String())
	if err != nil {
		return
	}
	id, l, name := p.meta.ID, p.l(), p.meta.Name
	p.ui.Async(func() {
		w := p.workspace()
		t, m, err := w.SetSheet(ctx, id, sheet, load.Options{Locale: string(l)})
		p.ui.Dispatch(func(ctx app.Context) {
			if err != nil {
				p.alerts = append(p.alerts, problem(l, name, err))
				return
			}
			p.show(t, m)
			p.refresh(ctx)
		})
	})
}

// renderExport says which export the headers were recognised as, and lets
// the user set the medium kind of rows that have no kind column.
func (p *dataPage) renderExport(l text.Lang) app.UI {
	d := p.export
	return app.Div().Class("export").Body(
		app.P().ID("platform").Body(
			app.Strong().Text(i18n.T(l, i18n.DataRecognised)+" "),
			app.Span().Text(d.Platform.Name().In(string(l))),
			app.Span().Class("muted").Text(" — "+d.Reason.In(string(l))),
		),
		app.If(!p.meta.BuiltIn, func() app.UI {
			return app.P().Body(
				app.Label().For("medium-kind").Text(i18n.T(l, i18n.DataMediumKind)+" "),
				app.Select().ID("medium-kind").OnChange(p.onMediumKind).Body(
					app.Option().Value(noKind).Selected(p.meta.MediumKind == "").Text(i18n.T(l, i18n.DataKindUnknown)),
					app.Range(metrics.Kinds()).Slice(func(i int) app.UI {
						k := metrics.Kinds()[i]
						return app.Option().Value(string(k)).Selected(string(k) == p.meta.MediumKind).Text(k.Name().In(l))
					}),
				),
			)
		}),
	)
}

// noKind is the value of the medium-kind picker's "unknown" option.
const noKind = "unknown"

func (p *dataPage) onMediumKind(ctx app.Context, e app.Event) {
	kind := ctx.JSSrc().Get("value").String()
	if kind == noKind {
		kind = ""
	}
	id, l, name := p.meta.ID, p.l(), p.meta.Name
	p.ui.Async(func() {
		w := p.workspace()
		m, err := w.SetMediumKind(ctx, id, kind)
		p.ui.Dispatch(func(ctx app.Context) {
			if err != nil {
				p.alerts = append(p.alerts, problem(l, name, err))
				return
			}
			p.meta = m
			p.say(i18n.Tf(l, i18n.DataMappingSaved, name))
		})
	})
}

// renderFormat lists what the reader detected about the file.
func (p *dataPage) renderFormat(l text.Lang, t *data.Table) app.UI {
	f := t.Format
	none := i18n.T(l, i18n.DataNone)
	row := func(id string, label i18n.Key, value string) app.UI {
		return app.Div().Body(app.Dt().Text(i18n.T(l, label)), app.Dd().ID(id).Text(value))
	}
	items := []app.UI{}
	if f.Kind == data.KindCSV {
		enc := f.Encoding.String()
		if f.BOM {
			enc += " (BOM)"
		}
		items = append(items,
			row("format-encoding", i18n.DataFormatEncoding, enc),
			row("format-delimiter", i18n.DataFormatDelim, separatorName(l, rune(f.Delimiter))),
		)
	}
	items = append(items,
		row("format-decimal", i18n.DataFormatDecimal, orNone(none, separatorName(l, rune(f.Decimal)))),
		row("format-group", i18n.DataFormatGroup, orNone(none, separatorName(l, f.Group))),
		row("format-dates", i18n.DataFormatDates, orNone(none, orderName(l, f.DateOrder))),
	)
	if f.TitleLines > 0 {
		items = append(items, row("format-titles", i18n.DataFormatTitles, strconv.Itoa(f.TitleLines)))
	}
	if f.TotalLine > 0 {
		items = append(items, row("format-total", i18n.DataFormatTotal, strconv.Itoa(f.TotalLine)))
	}
	return app.Details().Open(true).Body(
		app.Summary().Text(i18n.T(l, i18n.DataFormat)),
		app.Dl().ID("format").Class("format").Body(items...),
	)
}

// renderIssues lists the problems the reader met, each with its place.
func (p *dataPage) renderIssues(l text.Lang, t *data.Table) app.UI {
	if len(t.Issues) == 0 {
		return nil
	}
	shown := t.Issues[:min(len(t.Issues), maxIssuesShown)]
	more := len(t.Issues) - len(shown) + t.IssuesOmitted
	return app.Details().Open(true).Class("issues").Body(
		app.Summary().Text(fmt.Sprintf("%s (%d)", i18n.T(l, i18n.DataIssues), len(t.Issues)+t.IssuesOmitted)),
		app.Ul().ID("issues").Body(
			app.Range(shown).Slice(func(i int) app.UI {
				return app.Li().Text(problem(l, p.meta.Name, shown[i]))
			}),
		),
		app.If(more > 0, func() app.UI { return app.P().Text(i18n.Tf(l, i18n.DataIssuesMore, more)) }),
	)
}

// noRole is the value of the role picker's "no role" option (an empty value
// would make the option's text its value).
const noRole = "none"

// types are the column types a user can choose.
var types = []struct {
	t   data.Type
	key i18n.Key
}{
	{data.Auto, i18n.DataTypeAuto},
	{data.Text, i18n.DataTypeText},
	{data.Number, i18n.DataTypeNumber},
	{data.Percent, i18n.DataTypePercent},
	{data.Date, i18n.DataTypeDate},
}

// renderColumns is the mapping table: one row per column, with its type,
// its role, its missing and unreadable cells, and why the type was chosen.
func (p *dataPage) renderColumns(l text.Lang, t *data.Table) app.UI {
	cols := t.Columns()
	return app.Section().Aria("labelledby", "columns-heading").Body(
		app.H3().ID("columns-heading").Text(i18n.T(l, i18n.DataColumns)),
		app.Div().Class("table-scroll").Body(
			app.Table().ID("columns").Class("grid").Body(
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(i18n.T(l, i18n.DataColName)),
					app.Th().Scope("col").Text(i18n.T(l, i18n.DataColType)),
					app.Th().Scope("col").Text(i18n.T(l, i18n.DataColRole)),
					app.Th().Scope("col").Class("num").Text(i18n.T(l, i18n.DataColMissing)),
					app.Th().Scope("col").Class("num").Text(i18n.T(l, i18n.DataColUnparsed)),
					app.Th().Scope("col").Text(i18n.T(l, i18n.DataColWhy)),
				)),
				app.TBody().Body(
					app.Range(cols).Slice(func(i int) app.UI { return p.renderColumn(l, i, cols[i]) }),
				),
			),
		),
	)
}

func (p *dataPage) renderColumn(l text.Lang, i int, c *data.Column) app.UI {
	st := c.Stats()
	override := p.meta.Mapping.Columns[c.Name()].Type
	typeID, roleID := fmt.Sprintf("type-%d", i), fmt.Sprintf("role-%d", i)
	return app.Tr().DataSet("column", c.Name()).Body(
		app.Th().Scope("row").Text(c.Name()),
		app.Td().Body(
			app.Label().For(typeID).Class("sr-only").Text(i18n.T(l, i18n.DataColType)+" — "+c.Name()),
			app.Select().ID(typeID).DataSet("type", c.Type().String()).
				OnChange(func(ctx app.Context, e app.Event) { p.onType(ctx, i, ctx.JSSrc().Get("value").String()) }, app.EventScope(p.meta.ID, i)).
				Body(app.Range(types).Slice(func(j int) app.UI {
					label := i18n.T(l, types[j].key)
					if types[j].t == data.Auto {
						label += " (" + typeName(l, c.Decision().Inferred) + ")"
					}
					return app.Option().Value(strconv.Itoa(int(types[j].t))).Selected(types[j].t == override).Text(label)
				})),
		),
		app.Td().Body(
			app.Label().For(roleID).Class("sr-only").Text(i18n.T(l, i18n.DataColRole)+" — "+c.Name()),
			app.Select().ID(roleID).DataSet("role", string(c.Role())).
				OnChange(func(ctx app.Context, e app.Event) { p.onRole(ctx, i, ctx.JSSrc().Get("value").String()) }, app.EventScope(p.meta.ID, i)).
				Body(
					app.Option().Value(noRole).Selected(c.Role() == roles.None).Text(i18n.T(l, i18n.DataRoleNone)),
					app.Range(roles.All).Slice(func(j int) app.UI {
						r := roles.All[j]
						return app.Option().Value(string(r)).Selected(r == c.Role()).Text(r.Name(l))
					}),
				),
		),
		app.Td().Class("num").Text(i18n.Number(l, float64(st.Missing), 0)),
		app.Td().Class("num").Text(i18n.Number(l, float64(st.Unparsed), 0)),
		app.Td().Class("why").Text(p.why(l, i, c)),
	)
}

// why explains a column's type and, when its header gave it its role, why.
func (p *dataPage) why(l text.Lang, i int, c *data.Column) string {
	s := c.Decision().Explain(string(l))
	if i < len(p.export.Columns) {
		if pc := p.export.Columns[i]; pc.Role == c.Role() && pc.Reason.In(string(l)) != "" {
			s += " " + pc.Reason.In(string(l))
		}
	}
	return s
}

func typeName(l text.Lang, t data.Type) string {
	for _, x := range types {
		if x.t == t {
			return i18n.T(l, x.key)
		}
	}
	return t.String()
}

// onType re-types column i, then remembers the mapping.
func (p *dataPage) onType(ctx app.Context, i int, value string) {
	n, err := strconv.Atoi(value)
	if err != nil {
		return
	}
	t, l := p.table, p.l()
	p.ui.Async(func() {
		err := t.SetType(ctx, i, data.Type(n))
		p.ui.Dispatch(func(ctx app.Context) {
			if err != nil {
				p.alerts = append(p.alerts, problem(l, p.meta.Name, err))
				return
			}
			p.saveMapping(ctx)
		})
	})
}

// onRole gives column i a role, then remembers the mapping.
func (p *dataPage) onRole(ctx app.Context, i int, value string) {
	r := roles.Role(value)
	if value == noRole {
		r = roles.None
	}
	if err := p.table.SetRole(i, r); err != nil {
		p.alerts = append(p.alerts, problem(p.l(), p.meta.Name+" — "+p.table.Columns()[i].Name(), err))
		return
	}
	p.saveMapping(ctx)
}

// saveMapping stores the open table's roles and types with its dataset.
func (p *dataPage) saveMapping(ctx app.Context) {
	id, mapping, l, name := p.meta.ID, p.table.Mapping(), p.l(), p.meta.Name
	if p.meta.BuiltIn {
		return // built-in cases are re-read as shipped; changes last the visit
	}
	p.ui.Async(func() {
		w := p.workspace()
		m, err := w.SetMapping(ctx, id, mapping)
		p.ui.Dispatch(func(ctx app.Context) {
			if err != nil {
				p.alerts = append(p.alerts, problem(l, name, err))
				return
			}
			p.meta = m
			p.say(i18n.Tf(l, i18n.DataMappingSaved, name))
		})
	})
}

// separatorName names a delimiter, decimal or group separator in l.
func separatorName(l text.Lang, r rune) string {
	keys := map[rune]i18n.Key{
		',': i18n.SepComma, ';': i18n.SepSemicolon, '\t': i18n.SepTab, '|': i18n.SepPipe, '.': i18n.SepPoint,
		' ': i18n.SepSpace, '\u00a0': i18n.SepNBSP, '\u202f': i18n.SepNNBSP, '\'': i18n.SepApostr, '’': i18n.SepApostr,
	}
	if r == 0 {
		return ""
	}
	if k, ok := keys[r]; ok {
		return i18n.T(l, k)
	}
	return string(r)
}

// orderName names a date order in l.
func orderName(l text.Lang, o data.DateOrder) string {
	switch o {
	case data.DMY:
		return i18n.T(l, i18n.OrderDMY)
	case data.MDY:
		return i18n.T(l, i18n.OrderMDY)
	}
	return ""
}

func orNone(none, s string) string {
	if s == "" {
		return none
	}
	return s
}
