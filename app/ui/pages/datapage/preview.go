package datapage

import (
	"context"
	"strconv"

	"reachlab/app/i18n"
	"reachlab/app/text"
	"reachlab/app/ui/client"
	"reachlab/app/ui/shell"
	"reachlab/app/view"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The preview's geometry, which web/styles.css matches (.preview-*).
const (
	rowHeight     = 28  // px, every row
	visibleRows   = 15  // rows in view
	overscan      = 5   // rows drawn beyond the view on each side
	maxSpace      = 8e6 // px: browsers cap an element's height near 16.7 M
	previewHeight = rowHeight * (visibleRows + 1)
	// block is how many rows one request to the engine brings: scrolling
	// within them asks for nothing.
	block = 200
)

// preview shows a table's rows in a scrolling box that holds only the rows
// in view: a million rows scroll as smoothly as fifty. The rows come from
// the engine a block at a time; the scroll space is scaled down when the
// table is too tall for a browser to lay out.
type preview struct {
	app.Compo

	// ID is the dataset shown; a new one scrolls back to the top.
	ID string
	// Gen changes when the dataset was read or typed again: the rows held
	// are then stale.
	Gen int
	// Rows is the number of rows of the dataset.
	Rows int
	// Lang is the UI language (numbers are written its way).
	Lang text.Lang

	ui       app.Context
	first    int // first row drawn
	top      float64
	heldID   string    // the dataset of the rows held
	heldGen  int       // and its description's generation
	heldLang text.Lang // their language
	have     view.Rows
	job      shell.Latest
}

func (v *preview) OnMount(ctx app.Context) {
	v.ui = ctx
	v.sync(ctx)
}

func (v *preview) OnUpdate(ctx app.Context) { v.sync(ctx) }

func (v *preview) OnDismount() { v.job.Stop() }

// sync starts over when the dataset, its reading or the language changed.
func (v *preview) sync(ctx app.Context) {
	if v.ID == v.heldID && v.Gen == v.heldGen && v.Lang == v.heldLang {
		return
	}
	if v.ID != v.heldID {
		v.first, v.top = 0, 0
		ctx.Defer(func(app.Context) {
			if el := app.Window().GetElementByID("preview-scroll"); el.Truthy() {
				el.Set("scrollTop", 0)
			}
		})
	}
	v.heldID, v.heldGen, v.heldLang, v.have = v.ID, v.Gen, v.Lang, view.Rows{}
	v.fetch()
}

// fetch asks the engine for the block of rows around the view, unless it
// is held already.
func (v *preview) fetch() {
	from := max(0, v.first-overscan)
	to := min(v.Rows, v.first+visibleRows+overscan)
	if v.covers(from, to) || v.ID == "" {
		return
	}
	start := max(0, from-block/4)
	req := view.RowsRequest{Request: view.Request{Lang: v.Lang}, ID: v.ID, From: start, To: min(v.Rows, start+block)}
	shell.Run(v.ui, &v.job, func(ctx context.Context) (view.Rows, error) {
		return client.Rows(ctx, req)
	}, func(ctx app.Context, r view.Rows, err error) {
		if err == nil {
			v.have = r
		}
	})
}

// covers reports whether the rows held include rows from to to.
func (v *preview) covers(from, to int) bool {
	return v.have.Headers != nil && from >= v.have.From && to <= v.have.From+len(v.have.Cells)
}

// space is the height of the scroll space, and the rows one pixel of it
// stands for.
func (v *preview) space() (height, rowsPerPx float64) {
	n := float64(v.Rows)
	height = n * rowHeight
	if height <= maxSpace {
		return height, 1.0 / rowHeight
	}
	// Scrolled to the end, the last rows must be in view.
	scrollable := maxSpace - previewHeight
	return maxSpace, (n - visibleRows) / scrollable
}

func (v *preview) onScroll(ctx app.Context, e app.Event) {
	top := ctx.JSSrc().Get("scrollTop").Float()
	_, perPx := v.space()
	first := max(0, min(int(top*perPx), v.Rows-1))
	if first == v.first && top == v.top {
		return
	}
	v.first, v.top = first, top
	v.fetch()
}

func (v *preview) Render() app.UI {
	l := v.Lang
	height, _ := v.space()
	from := max(0, v.first-overscan)
	to := min(v.Rows, v.first+visibleRows+overscan)
	// The drawn rows sit where the view is, offset by the rows of
	// overscan drawn above it.
	offset := v.top - float64(v.first-from)*rowHeight
	return app.Section().Class("preview").Aria("labelledby", "preview-heading").Body(
		app.H3().ID("preview-heading").Text(i18n.T(l, i18n.DataPreview)),
		app.P().ID("preview-range").Class("muted").Attr("aria-live", "polite").Text(i18n.Tf(l, i18n.DataPreviewRows,
			i18n.Number(l, float64(min(v.first+1, v.Rows)), 0),
			i18n.Number(l, float64(min(v.first+visibleRows, v.Rows)), 0),
			i18n.Number(l, float64(v.Rows), 0))),
		app.Div().
			ID("preview-scroll").
			Class("preview-scroll").
			TabIndex(0).
			Attr("role", "region").
			Aria("labelledby", "preview-heading").
			Style("height", px(previewHeight+rowHeight)).
			OnScroll(v.onScroll, app.PassiveEvent()).
			Body(
				app.Div().Class("preview-space").Style("height", px(height+rowHeight)).Body(
					app.Table().ID("preview").Class("grid preview-table").Style("top", px(offset)).Body(
						app.THead().Body(app.Tr().Body(
							app.Th().Scope("col").Class("rownum").Text("#"),
							app.Range(v.have.Headers).Slice(func(j int) app.UI {
								return app.Th().Scope("col").Text(v.have.Headers[j])
							}),
						)),
						app.TBody().Body(v.rows(from, to)...),
					),
				),
			),
	)
}

// rows draws rows from to to (excluded): those held, and rows waiting for
// their cells.
func (v *preview) rows(from, to int) []app.UI {
	out := make([]app.UI, 0, to-from)
	for i := from; i < to; i++ {
		cells := []app.UI{app.Th().Scope("row").Class("rownum").Text(strconv.Itoa(i + 1))}
		if k := i - v.have.From; k >= 0 && k < len(v.have.Cells) {
			for _, c := range v.have.Cells[k] {
				td := app.Td()
				switch {
				case c.Missing:
					td = td.Class("missing")
				case c.Num:
					td = td.Class("num")
				}
				cells = append(cells, td.Text(c.Text))
			}
		}
		out = append(out, app.Tr().DataSet("row", i).Body(cells...))
	}
	return out
}

func px(v float64) string { return strconv.FormatFloat(v, 'f', 0, 64) + "px" }
