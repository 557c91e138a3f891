package datapage

import (
	"math"
	"strconv"
	"strings"

	"reachlab/app/data"
	"reachlab/app/i18n"
	"reachlab/app/text"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The preview's geometry, which web/styles.css matches (.preview-*).
const (
	rowHeight     = 28  // px, every row
	visibleRows   = 15  // rows in view
	overscan      = 5   // rows drawn beyond the view on each side
	maxSpace      = 8e6 // px: browsers cap an element's height near 16.7 M
	previewHeight = rowHeight * (visibleRows + 1)
)

// preview shows a table's rows in a scrolling box that holds only the rows
// in view: a million rows scroll as smoothly as fifty. The scroll space is
// scaled down when the table is too tall for a browser to lay out.
type preview struct {
	app.Compo

	// Table is the table shown.
	Table *data.Table
	// Lang is the UI language (numbers are written its way).
	Lang text.Lang
	// Key identifies the dataset; a new key scrolls back to the top.
	Key string

	first int // first row drawn
	top   float64
	key   string
}

func (v *preview) OnUpdate(ctx app.Context) {
	if v.Key != v.key {
		v.key, v.first, v.top = v.Key, 0, 0
		ctx.Defer(func(app.Context) {
			if el := app.Window().GetElementByID("preview-scroll"); el.Truthy() {
				el.Set("scrollTop", 0)
			}
		})
	}
}

// space is the height of the scroll space, and the rows one pixel of it
// stands for.
func (v *preview) space() (height, rowsPerPx float64) {
	n := float64(v.Table.Len())
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
	first := max(0, min(int(top*perPx), v.Table.Len()-1))
	if first == v.first && top == v.top {
		return
	}
	v.first, v.top = first, top
}

func (v *preview) Render() app.UI {
	t, l := v.Table, v.Lang
	cols := t.Columns()
	height, _ := v.space()
	from := max(0, v.first-overscan)
	to := min(t.Len(), v.first+visibleRows+overscan)
	// The drawn rows sit where the view is, offset by the rows of
	// overscan drawn above it.
	offset := v.top - float64(v.first-from)*rowHeight

	return app.Section().Class("preview").Aria("labelledby", "preview-heading").Body(
		app.H3().ID("preview-heading").Text(i18n.T(l, i18n.DataPreview)),
		app.P().ID("preview-range").Class("muted").Attr("aria-live", "polite").Text(i18n.Tf(l, i18n.DataPreviewRows,
			i18n.Number(l, float64(min(v.first+1, t.Len())), 0),
			i18n.Number(l, float64(min(v.first+visibleRows, t.Len())), 0),
			i18n.Number(l, float64(t.Len()), 0))),
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
							app.Range(cols).Slice(func(j int) app.UI {
								return app.Th().Scope("col").Text(cols[j].Name())
							}),
						)),
						app.TBody().Body(rows(l, cols, from, to)...),
					),
				),
			),
	)
}

// rows draws rows from to to (excluded).
func rows(l text.Lang, cols []*data.Column, from, to int) []app.UI {
	out := make([]app.UI, 0, to-from)
	for i := from; i < to; i++ {
		cells := make([]app.UI, 0, len(cols)+1)
		cells = append(cells, app.Th().Scope("row").Class("rownum").Text(strconv.Itoa(i+1)))
		for _, c := range cols {
			cells = append(cells, cell(l, c, i))
		}
		out = append(out, app.Tr().DataSet("row", i).Body(cells...))
	}
	return out
}

// cell draws row i of column c, written for l; a missing cell is blank.
func cell(l text.Lang, c *data.Column, i int) app.UI {
	if c.Missing(i) {
		return app.Td().Class("missing")
	}
	switch c.Type() {
	case data.Number, data.Percent:
		s := plain(l, c.Float(i))
		if c.Type() == data.Percent {
			s = i18n.Percent(l, c.Float(i), decimals(c.Float(i)))
		}
		return app.Td().Class("num").Text(s)
	case data.Date:
		if t, ok := c.Time(i); ok {
			if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
				return app.Td().Text(t.Format("2006-01-02"))
			}
			return app.Td().Text(t.Format("2006-01-02 15:04:05"))
		}
	}
	return app.Td().Text(c.Cell(i))
}

// plain writes v with every decimal it has, the way l writes numbers.
func plain(l text.Lang, v float64) string {
	return i18n.Number(l, v, decimals(v))
}

// decimals counts the digits after the decimal point of v's shortest form.
func decimals(v float64) int {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0
	}
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if i := strings.IndexByte(s, '.'); i >= 0 {
		return min(len(s)-i-1, 12)
	}
	return 0
}

func px(v float64) string { return strconv.FormatFloat(v, 'f', 0, 64) + "px" }
