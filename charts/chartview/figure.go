package chartview

import (
	"reachlab/app/view"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Figure is a chart as a page shows it: the drawing, the plain-language
// reading under it, and buttons that save the picture as PNG or SVG under the
// option's file name.
type Figure struct {
	app.Compo

	// ID is the DOM id of the chart's container.
	ID string
	// Chart is the chart to draw.
	Chart view.Chart
	// Reading says in words what the chart shows, computed from the data.
	Reading string
	// SaveLabel names the export action in the UI language ("Save as").
	SaveLabel string
}

// Render draws the figure.
func (f *Figure) Render() app.UI {
	return app.Figure().Class("figure").Body(
		NewView(f.ID, f.Chart),
		app.If(f.Reading != "", func() app.UI {
			return app.FigCaption().ID(f.ID + "-reading").Class("reading").Text(f.Reading)
		}),
		app.Div().Class("figure-tools").Body(
			f.saveButton("png", "PNG"),
			f.saveButton("svg", "SVG"),
		),
	)
}

func (f *Figure) saveButton(format, label string) app.UI {
	return app.Button().
		Type("button").
		ID(f.ID+"-save-"+format).
		Aria("label", f.SaveLabel+" "+label).
		Text(label).
		OnClick(func(ctx app.Context, e app.Event) {
			helpers().Call("exportImage", f.ID, format, f.Chart.FileName)
		})
}
