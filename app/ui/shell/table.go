package shell

import (
	"strconv"

	"reachlab/app/i18n"
	"reachlab/app/text"
	"reachlab/app/view"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Cell draws one cell of a view.Table row: data-<row kind>="<row id>" and
// data-metric="<column key>" say what it holds, a figure carries its
// full-precision data-value, a missing figure shows a short mark with the
// reason on hover and for screen readers, and a cut text its whole text on
// hover.
func Cell(row view.Row, col view.Column, c view.Cell) app.UI {
	td := app.Td().DataSet("metric", col.Key)
	if row.Kind != "" {
		td = td.DataSet(row.Kind, row.ID)
	}
	switch {
	case c.Missing != "":
		return td.Class("num missing").Title(c.Missing).Body(
			app.Span().Aria("hidden", "true").Text(c.Text),
			app.Span().Class("sr-only").Text(c.Missing),
		)
	case c.Known && col.Numeric:
		td = td.Class("num").DataSet("value", strconv.FormatFloat(c.Value, 'g', -1, 64))
	}
	if c.Title != "" {
		td = td.Title(c.Title)
	}
	return td.Text(c.Text)
}

// RowHeader draws the first cell of a row, which names it.
func RowHeader(row view.Row) app.UI {
	c := row.Cells[0]
	th := app.Th().Scope("row")
	if c.Title != "" {
		th = th.Title(c.Title)
	}
	return th.Text(c.Text)
}

// TableRow draws a row whose first cell heads it.
func TableRow(cols []view.Column, row view.Row) app.UI {
	tr := app.Tr()
	if row.Kind != "" {
		tr = tr.DataSet(row.Kind, row.ID)
	}
	return tr.Body(
		RowHeader(row),
		app.Range(row.Cells[1:]).Slice(func(j int) app.UI { return Cell(row, cols[j+1], row.Cells[j+1]) }),
	)
}

// Skeleton is the grey shape of a page's results, shown while the engine
// reads and measures the data.
func Skeleton(l text.Lang, id string) app.UI {
	return app.Div().ID(id).Class("skeleton").Attr("aria-busy", "true").Body(
		app.P().Class("muted").Text(i18n.T(l, i18n.CurrentWaiting)),
		app.Div().Class("skeleton-block"),
		app.Div().Class("skeleton-block short"),
	)
}
