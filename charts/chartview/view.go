package chartview

import (
	"reachlab/app/view"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// View is the go-app component that draws a view.Chart with ECharts. It creates
// the ECharts instance once mounted, replaces the option when its input
// changes, follows the window's size, and disposes of the instance when it
// leaves the page.
//
// Outside a browser (tests, prerendering) the JavaScript calls are no-ops,
// so the component renders its container and text alternative only.
type View struct {
	app.Compo

	// ID is the DOM id of the chart's container; tests and exports find the
	// chart by it.
	ID string
	// Chart is the chart to draw.
	Chart view.Chart

	chart app.Value
}

// NewView returns a component drawing o in a container with the given DOM id.
func NewView(id string, c view.Chart) *View {
	return &View{ID: id, Chart: c}
}

// Render draws the container; ECharts fills it once mounted. The container is
// announced as one image whose name is the option's text alternative.
func (v *View) Render() app.UI {
	return app.Div().
		ID(v.ID).
		Class("chart").
		Attr("role", "img").
		Aria("label", v.Chart.Alt)
}

// OnMount creates the ECharts instance after the container is in the DOM.
func (v *View) OnMount(ctx app.Context) {
	ctx.Defer(v.draw)
}

// OnUpdate redraws when the parent hands a new option.
func (v *View) OnUpdate(ctx app.Context) {
	ctx.Defer(v.draw)
}

// OnResize lets ECharts fit the container's new size.
func (v *View) OnResize(ctx app.Context) {
	if v.chart != nil {
		helpers().Call("resize", v.chart)
	}
}

// OnDismount frees the ECharts instance and its listeners.
func (v *View) OnDismount() {
	if v.chart != nil {
		helpers().Call("dispose", v.chart)
		v.chart = nil
	}
}

func (v *View) draw(ctx app.Context) {
	el := v.JSValue()
	if el == nil || helpers().IsUndefined() {
		return
	}
	if v.chart == nil {
		v.chart = helpers().Call("mount", el, v.Chart.Option)
		return
	}
	helpers().Call("update", v.chart, v.Chart.Option)
}

// helpers returns the object web/reachlab.js installs as window.reachlab.
func helpers() app.Value {
	return app.Window().Get("reachlab")
}
