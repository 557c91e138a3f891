package datapage

import (
	"net/url"

	"reachlab/app/i18n"
	"reachlab/app/text"
	"reachlab/app/ui/workspace"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderMessages shows what went right (status) and wrong (alerts), where
// screen readers announce them.
func (p *dataPage) renderMessages(l text.Lang) app.UI {
	return app.Div().Class("messages").Body(
		app.Div().ID("data-status").Attr("role", "status").Body(
			app.If(p.status != "", func() app.UI { return app.P().Class("ok").Text(p.status) }),
			app.If(p.undo != "", func() app.UI {
				return app.P().Body(
					app.Text(i18n.Tf(l, i18n.DataDeleted, p.undo)+" "),
					app.Button().Type("button").ID("undo-delete").Text(i18n.T(l, i18n.DataUndo)).OnClick(p.onUndo),
				)
			}),
		),
		app.Div().ID("data-alerts").Attr("role", "alert").Body(
			app.Range(p.alerts).Slice(func(i int) app.UI {
				return app.P().Class("error").Text(p.alerts[i])
			}),
		),
		app.If(p.storageErr != nil, func() app.UI {
			return app.P().Class("error").Text(i18n.Tf(l, i18n.DataStorageOff, p.storageErr.Error()))
		}),
	)
}

// renderDatasets lists the datasets: built-in cases first, then the user's.
func (p *dataPage) renderDatasets(l text.Lang) app.UI {
	return app.Section().Aria("labelledby", "datasets-heading").Body(
		app.H2().ID("datasets-heading").Text(i18n.T(l, i18n.DataDatasets)),
		app.Ul().ID("datasets").Class("datasets").Body(
			app.Range(p.datasets).Slice(func(i int) app.UI {
				return p.renderDatasetItem(l, p.datasets[i])
			}),
		),
		app.If(p.usage[1] > 0, func() app.UI {
			return app.P().ID("storage-usage").Class("muted").Text(i18n.Tf(l, i18n.DataStorage, bytesText(l, p.usage[0]), bytesText(l, p.usage[1])))
		}),
	)
}

func (p *dataPage) renderDatasetItem(l text.Lang, m workspace.Meta) app.UI {
	li := app.Li().DataSet("id", m.ID).DataSet("name", m.Name)
	if m.ID == p.selected {
		li = li.Class("dataset selected")
	} else {
		li = li.Class("dataset")
	}
	details := ""
	if m.BuiltIn {
		details = i18n.T(l, i18n.DataBuiltIn)
	} else {
		details = i18n.Tf(l, i18n.DataRowsCols, i18n.Number(l, float64(m.Rows), 0), m.Columns) + " · " + bytesText(l, m.Size)
	}
	return li.Body(
		app.Span().Class("dataset-name").Text(m.Title(l)),
		app.Span().Class("muted").Text(" — "+details+" "),
		app.Span().Class("dataset-actions").Body(
			app.Button().Type("button").Class("open").
				Aria("label", i18n.T(l, i18n.DataOpen)+" "+m.Name).
				Aria("pressed", boolText(m.ID == p.selected)).
				Text(i18n.T(l, i18n.DataOpen)).
				OnClick(func(ctx app.Context, e app.Event) {
					u := *ctx.Page().URL()
					u.RawQuery = "dataset=" + url.QueryEscape(m.ID)
					ctx.Page().ReplaceURL(&u)
					p.open(ctx, m.ID)
				}, app.EventScope(m.ID)),
			app.A().Href("/compare?dataset="+url.QueryEscape(m.ID)).Text(i18n.T(l, i18n.DataCompareLink)),
			app.A().Href("/longtail?dataset="+url.QueryEscape(m.ID)).Text(i18n.T(l, i18n.DataLongTailLink)),
			app.If(!m.BuiltIn, func() app.UI {
				return app.Button().Type("button").Class("delete").
					Aria("label", i18n.T(l, i18n.DataDelete)+" "+m.Name).
					Text(i18n.T(l, i18n.DataDelete)).
					OnClick(func(ctx app.Context, e app.Event) { p.remove(ctx, m) }, app.EventScope(m.ID))
			}),
		),
	)
}

// remove deletes a dataset, keeping it in memory for an undo.
func (p *dataPage) remove(ctx app.Context, m workspace.Meta) {
	l := p.l()
	p.ui.Async(func() {
		w := p.workspace()
		removed, err := w.Remove(ctx, m.ID)
		p.ui.Dispatch(func(ctx app.Context) {
			if err != nil {
				p.alerts = append(p.alerts, problem(l, m.Name, err))
				return
			}
			p.removed, p.undo, p.status = removed, m.Name, ""
			if p.selected == m.ID {
				p.selected, p.table = "", nil
			}
			p.refresh(ctx)
		})
	})
}

func (p *dataPage) onUndo(ctx app.Context, e app.Event) {
	removed, l, name := p.removed, p.l(), p.undo
	p.ui.Async(func() {
		w := p.workspace()
		m, err := w.Restore(ctx, removed)
		p.ui.Dispatch(func(ctx app.Context) {
			p.undo, p.removed = "", workspace.Removed{}
			if err != nil {
				p.alerts = append(p.alerts, problem(l, name, err))
				return
			}
			p.refresh(ctx)
			p.open(ctx, m.ID)
		})
	})
}

func boolText(b bool) string {
	if b {
		return "true"
	}
	return "false"
}
