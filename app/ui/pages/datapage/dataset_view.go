package datapage

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"reachlab/app/analysis/tableview"
	"reachlab/app/i18n"
	"reachlab/app/text"
	"reachlab/app/ui/client"
	"reachlab/app/ui/shell"
	"reachlab/app/view"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderDataset shows the open dataset: what the reader detected, the
// problems it met (with line and column), each column's type and role (the
// user can change both), and the rows.
func (p *dataPage) renderDataset(l text.Lang) app.UI {
	v := p.shown
	return app.Section().ID("dataset-view").Aria("labelledby", "dataset-heading").Body(
		app.H2().ID("dataset-heading").Text(v.Name),
		app.P().Class("muted").Text(v.Summary),
		app.If(len(v.Sheets) > 1, func() app.UI { return p.renderSheetPicker(l) }),
		p.renderExport(l),
		p.renderFormat(l),
		p.renderReading(l),
		p.renderIssues(l),
		p.renderColumns(l),
		&preview{ID: v.ID, Gen: p.shownGen, Rows: v.Rows, Lang: l},
	)
}

func (p *dataPage) renderSheetPicker(l text.Lang) app.UI {
	return app.P().Body(
		app.Label().For("sheet-select").Text(i18n.T(l, i18n.DataFormatSheet)+" "),
		app.Select().ID("sheet-select").OnChange(p.onSheet).Body(
			app.Range(p.shown.Sheets).Slice(func(i int) app.UI {
				c := p.shown.Sheets[i]
				return shell.Option(c.Value, c.Label, c.Selected)
			}),
		),
	)
}

// change asks the engine for a change of the dataset shown and shows the
// answer, saying so.
func (p *dataPage) change(ctx app.Context, do func(context.Context, view.Request) (view.Dataset, error)) {
	req := view.Request{Lang: p.l()}
	l := p.l()
	p.ui.Async(func() {
		v, err := do(p.ui, req)
		p.ui.Dispatch(func(ctx app.Context) {
			if err != nil {
				p.alerts = append(p.alerts, err.Error())
				return
			}
			p.show(v)
			p.say(i18n.Tf(l, i18n.DataMappingSaved, v.Name))
			shell.RefreshSession(ctx)
		})
	})
}

func (p *dataPage) onSheet(ctx app.Context, e app.Event) {
	sheet, err := strconv.Atoi(shell.Value(ctx))
	if err != nil {
		return
	}
	id := p.shown.ID
	p.change(ctx, func(c context.Context, r view.Request) (view.Dataset, error) {
		return client.SetSheet(c, view.SetSheetRequest{Request: r, ID: id, Sheet: sheet}, nil)
	})
}

// renderExport says which export the headers were recognised as, and lets
// the user set the medium kind of rows that have no kind column.
func (p *dataPage) renderExport(l text.Lang) app.UI {
	v := p.shown
	return app.Div().Class("export").Body(
		app.P().ID("platform").Body(
			app.Strong().Text(i18n.T(l, i18n.DataRecognised)+" "),
			app.Span().Text(v.Platform),
			app.Span().Class("muted").Text(" — "+v.PlatformReason),
		),
		app.If(len(v.MediumKinds) > 0, func() app.UI {
			return app.P().Body(
				app.Label().For("medium-kind").Text(i18n.T(l, i18n.DataMediumKind)+" "),
				app.Select().ID("medium-kind").OnChange(p.onMediumKind).Body(
					app.Range(v.MediumKinds).Slice(func(i int) app.UI {
						c := v.MediumKinds[i]
						return shell.Option(c.Value, c.Label, c.Selected)
					}),
				),
			)
		}),
	)
}

func (p *dataPage) onMediumKind(ctx app.Context, e app.Event) {
	kind, id := shell.Value(ctx), p.shown.ID
	p.change(ctx, func(c context.Context, r view.Request) (view.Dataset, error) {
		return client.SetKind(c, view.SetKindRequest{Request: r, ID: id, Kind: kind})
	})
}

// renderFormat lists what the reader detected about the file.
func (p *dataPage) renderFormat(l text.Lang) app.UI {
	f := p.shown.Format
	return app.Details().Open(true).Body(
		app.Summary().Text(i18n.T(l, i18n.DataFormat)),
		app.Dl().ID("format").Class("format").Body(app.Range(f).Slice(func(i int) app.UI {
			return app.Div().Body(app.Dt().Text(f[i].Label), app.Dd().ID(f[i].ID).Text(f[i].Value))
		})),
	)
}

// renderReading shows the reader's guesses the user can reverse: whether
// the first row is a header, and the year of dates written without one.
func (p *dataPage) renderReading(l text.Lang) app.UI {
	v := p.shown
	return app.Div().ID("reading").Class("reading").Body(
		app.P().Body(
			app.If(!v.Header.Fixed, func() app.UI {
				return app.Label().Class("switch").Body(
					app.Input().Type("checkbox").ID("header-switch").Checked(v.Header.First).OnChange(p.onHeader),
					app.Text(" "+i18n.T(l, i18n.DataHeaderSwitch)),
				)
			}),
			app.Span().ID("header-why").Class("muted").Text(" "+v.Header.Why),
		),
		app.If(v.Years != nil, func() app.UI { return p.renderYears(l, *v) }),
	)
}

// renderYears says how dates written without a year got one and lets the
// user set the year (an empty field takes it from the file again).
func (p *dataPage) renderYears(l text.Lang, v view.Dataset) app.UI {
	y := v.Years
	class := "years"
	if y.Assumed {
		class += " warning"
	}
	return app.Div().ID("years").Class(class).Body(
		app.H3().Text(i18n.T(l, i18n.DataYears)),
		app.P().ID("years-why").Text(y.Why),
		app.If(!v.BuiltIn, func() app.UI {
			return app.P().Body(
				app.Label().For("year-input").Text(i18n.T(l, i18n.DataYearLabel)+" "),
				app.Input().Type("number").ID("year-input").Min(tableview.MinYear).Max(tableview.MaxYear).Step(1).
					Value(strconv.Itoa(y.Year)).OnChange(p.onYear),
				app.If(y.Chosen, func() app.UI {
					return app.Button().Type("button").ID("year-auto").Text(i18n.T(l, i18n.DataYearAuto)).OnClick(p.onYearAuto)
				}),
			)
		}),
	)
}

// reread asks the engine to read the dataset shown again with the user's
// answers, and says what changed.
func (p *dataPage) reread(ctx app.Context, header string, year int, said func(v view.Dataset) string) {
	id, l := p.shown.ID, p.l()
	req := view.SetReadingRequest{Request: view.Request{Lang: l}, ID: id, Header: header, Year: year}
	p.ui.Async(func() {
		v, err := client.SetReading(p.ui, req, nil)
		p.ui.Dispatch(func(ctx app.Context) {
			if err != nil {
				p.alerts = append(p.alerts, err.Error())
				return
			}
			p.show(v)
			p.say(said(v))
			shell.RefreshSession(ctx)
		})
	})
}

func (p *dataPage) onHeader(ctx app.Context, e app.Event) {
	mode := "no"
	if ctx.JSSrc().Get("checked").Bool() {
		mode = "yes"
	}
	year := 0
	if p.shown.Years != nil && p.shown.Years.Chosen {
		year = p.shown.Years.Year
	}
	l := p.l()
	p.reread(ctx, mode, year, func(v view.Dataset) string { return i18n.Tf(l, i18n.DataHeaderChanged, v.Name, v.Header.Why) })
}

func (p *dataPage) onYear(ctx app.Context, e app.Event) {
	l, typed := p.l(), strings.TrimSpace(shell.Value(ctx))
	if typed == "" {
		p.onYearAuto(ctx, e)
		return
	}
	year, err := strconv.Atoi(typed)
	if err != nil || year < tableview.MinYear || year > tableview.MaxYear {
		p.alerts = append(p.alerts, i18n.Tf(l, i18n.DataYearInvalid, typed))
		return
	}
	p.reread(ctx, p.shown.Header.Mode, year, func(v view.Dataset) string {
		return i18n.Tf(l, i18n.DataYearChanged, v.Name, strconv.Itoa(year))
	})
}

func (p *dataPage) onYearAuto(ctx app.Context, e app.Event) {
	l := p.l()
	p.reread(ctx, p.shown.Header.Mode, 0, func(v view.Dataset) string {
		if v.Years == nil {
			return i18n.Tf(l, i18n.DataMappingSaved, v.Name)
		}
		return i18n.Tf(l, i18n.DataYearChanged, v.Name, strconv.Itoa(v.Years.Year))
	})
}

// renderIssues lists the problems the reader met, each with its place.
func (p *dataPage) renderIssues(l text.Lang) app.UI {
	v := p.shown
	if v.IssueCount == 0 {
		return nil
	}
	return app.Details().Open(true).Class("issues").Body(
		app.Summary().Text(fmt.Sprintf("%s (%d)", i18n.T(l, i18n.DataIssues), v.IssueCount)),
		app.Ul().ID("issues").Body(app.Range(v.Issues).Slice(func(i int) app.UI { return app.Li().Text(v.Issues[i]) })),
		app.If(v.IssuesMore != "", func() app.UI { return app.P().Text(v.IssuesMore) }),
	)
}

// renderColumns is the mapping table: one row per column, with its type,
// its role, its missing and unreadable cells, and why the type was chosen.
func (p *dataPage) renderColumns(l text.Lang) app.UI {
	cols := p.shown.Columns
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

func (p *dataPage) renderColumn(l text.Lang, i int, c view.ColumnView) app.UI {
	typeID, roleID, id := fmt.Sprintf("type-%d", i), fmt.Sprintf("role-%d", i), p.shown.ID
	options := func(cs []view.Choice) []app.UI {
		out := make([]app.UI, len(cs))
		for j, ch := range cs {
			out[j] = shell.Option(ch.Value, ch.Label, ch.Selected)
		}
		return out
	}
	return app.Tr().DataSet("column", c.Name).Body(
		app.Th().Scope("row").Text(c.Name),
		app.Td().Body(
			app.Label().For(typeID).Class("sr-only").Text(i18n.T(l, i18n.DataColType)+" — "+c.Name),
			app.Select().ID(typeID).DataSet("type", c.Type).
				OnChange(func(ctx app.Context, e app.Event) {
					p.setColumn(ctx, view.SetColumnRequest{ID: id, Column: i, Type: shell.Value(ctx)})
				}, app.EventScope(id, i)).
				Body(options(c.Types)...),
		),
		app.Td().Body(
			app.Label().For(roleID).Class("sr-only").Text(i18n.T(l, i18n.DataColRole)+" — "+c.Name),
			app.Select().ID(roleID).DataSet("role", c.Role).
				OnChange(func(ctx app.Context, e app.Event) {
					p.setColumn(ctx, view.SetColumnRequest{ID: id, Column: i, Role: shell.Value(ctx)})
				}, app.EventScope(id, i)).
				Body(options(c.Roles)...),
			app.If(c.Check != "", func() app.UI {
				return app.P().ID(fmt.Sprintf("role-check-%d", i)).Class("error role-check").Text(c.Check)
			}),
		),
		app.Td().Class("num").Text(c.Missing),
		app.Td().Class("num").Text(c.Unparsed),
		app.Td().Class("why").Text(c.Why),
	)
}

// setColumn asks the engine to change a column's type or role.
func (p *dataPage) setColumn(ctx app.Context, req view.SetColumnRequest) {
	p.change(ctx, func(c context.Context, r view.Request) (view.Dataset, error) {
		req.Request = r
		return client.SetColumn(c, req)
	})
}
