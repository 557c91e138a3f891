package datapage

import (
	"reachlab/app/i18n"
	"reachlab/app/text"
	"reachlab/app/ui/shell"
	"reachlab/app/workspace"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderMessages shows what went right (status) and wrong (alerts), where
// screen readers announce them.
func (p *dataPage) renderMessages(l text.Lang) app.UI {
	return app.Div().Class("messages").Body(
		app.Div().ID("data-status").Attr("role", "status").Body(
			app.If(p.status != "", func() app.UI { return app.P().Class("ok").Text(p.status) }),
			app.If(p.undo != "", func() app.UI { return p.renderDeletion(l) }),
		),
		app.Div().ID("data-alerts").Attr("role", "alert").Body(
			app.Range(p.alerts).Slice(func(i int) app.UI {
				return app.P().Class("error").Text(p.alerts[i])
			}),
		),
		app.If(p.session.StorageErr != "", func() app.UI {
			return app.P().Class("error").Text(i18n.Tf(l, i18n.DataStorageOff, p.session.StorageErr))
		}),
	)
}

// renderDatasets lists the user's datasets, newest first, then the
// built-in cases.
func (p *dataPage) renderDatasets(l text.Lang) app.UI {
	list := p.session.Datasets
	return app.Section().Aria("labelledby", "datasets-heading").Body(
		app.H2().ID("datasets-heading").Text(i18n.T(l, i18n.DataDatasets)),
		app.Ul().ID("datasets").Class("datasets").Body(
			app.Range(list).Slice(func(i int) app.UI { return p.renderDatasetItem(l, list[i]) }),
		),
		app.If(p.usage[1] > 0, func() app.UI {
			return app.P().ID("storage-usage").Class("muted").Text(i18n.Tf(l, i18n.DataStorage, i18n.Bytes(l, p.usage[0]), i18n.Bytes(l, p.usage[1])))
		}),
	)
}

func (p *dataPage) renderDatasetItem(l text.Lang, d workspace.Dataset) app.UI {
	current := p.shown != nil && d.ID == p.shown.ID
	li := app.Li().DataSet("id", d.ID).DataSet("name", d.Name).Class("dataset")
	if current {
		li = li.Class("dataset selected")
	}
	var details string
	switch {
	case d.Damaged != "":
		details = i18n.T(l, i18n.DataDamaged)
		li = li.Class("dataset damaged")
	case d.BuiltIn:
		details = i18n.T(l, i18n.DataBuiltIn)
	default:
		details = i18n.Tf(l, i18n.DataRowsCols, i18n.Number(l, float64(d.Rows), 0), d.Columns) + " · " + i18n.Bytes(l, d.Size)
	}
	title := d.Title(l)
	return li.Body(
		app.Span().Class("dataset-name").Text(title),
		app.Span().Class("muted").Text(" — "+details+" "),
		app.Span().Class("dataset-actions").Body(
			app.If(d.Damaged == "", func() app.UI {
				return app.Span().Body(
					app.Button().Type("button").Class("open").
						Aria("label", i18n.T(l, i18n.DataOpen)+" "+title).
						Aria("pressed", boolText(current)).
						Text(i18n.T(l, i18n.DataOpen)).
						OnClick(func(ctx app.Context, e app.Event) {
							p.asked = d.ID
							shell.OpenDataset(ctx, d.ID)
							p.follow()
						}, app.EventScope(d.ID)),
					app.A().Href(shell.DataLink("/compare", d.ID)).Text(i18n.T(l, i18n.DataCompareLink)),
					app.A().Href(shell.DataLink("/longtail", d.ID)).Text(i18n.T(l, i18n.DataLongTailLink)),
				)
			}),
			app.If(!d.BuiltIn, func() app.UI {
				return app.Button().Type("button").Class("delete").
					Aria("label", i18n.T(l, i18n.DataDelete)+" "+title).
					Text(i18n.T(l, i18n.DataDelete)).
					OnClick(func(ctx app.Context, e app.Event) { p.remove(d) }, app.EventScope(d.ID))
			}),
		),
	)
}

func boolText(b bool) string {
	if b {
		return "true"
	}
	return "false"
}
