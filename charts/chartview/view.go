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
	drawn string // the option JSON drawn, to skip redrawing the same chart
}

// NewView returns a component drawing o in a container with the given DOM id.
func NewView(id string, c view.Chart) *View {
	return &View{ID: id, Chart: c}
}

// Render draws the chart's host, announced as one image whose name is the
// option's text alternative; web/reachlab.js puts the chart in it, in an
// element of the view's id. On the host, which prerenders pages, the host
// also carries the option, as the text of a hidden element: the page's
// script draws it as soon as ECharts is loaded, before the WebAssembly
// starts, and the view adopts that chart when it mounts (same option: no
// second drawing). Text, not an attribute: go-app writes attribute values
// Go-quoted (\"), which HTML does not read back, and escapes text for HTML.
func (v *View) Render() app.UI {
	host := app.Div().
		Class("chart-host").
		DataSet("chart", v.ID).
		Attr("role", "img").
		Aria("label", v.Chart.Alt)
	if app.IsServer {
		return host.Body(app.Div().Class("chart-option").Hidden(true).Text(v.Chart.Option))
	}
	return host
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
		v.chart, v.drawn = helpers().Call("mount", el, v.ID, v.Chart.Option), v.Chart.Option
		return
	}
	if v.Chart.Option != v.drawn {
		helpers().Call("update", v.chart, v.Chart.Option)
		v.drawn = v.Chart.Option
	}
}

// helpers returns the object web/reachlab.js installs as window.reachlab.
func helpers() app.Value {
	return app.Window().Get("reachlab")
}
