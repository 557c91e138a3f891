package longtailpage

import (
	"net/url"

	"reachlab/app/data"
	"reachlab/app/text"
	"reachlab/app/ui/workspace"
	"reachlab/app/view"
)

// Figure names one of the page's figures that a lesson shows.
type Figure string

// The figures a lesson can show.
const (
	FigureCCDF   Figure = "ccdf"   // the CCDF with the fitted power law
	FigureShares Figure = "shares" // audience shares of channels over time
)

// Draw analyses table t with the settings of a /longtail link's query q
// and returns figure f with its reading, as the page shows them. When the
// data cannot give the figure, ok is false and the reading says why.
func Draw(l text.Lang, t *data.Table, meta workspace.Meta, q url.Values, f Figure) (opt view.Chart, reading string, ok bool) {
	a := analyze(t, meta, settingsFrom(q))
	var fig figure
	switch f {
	case FigureShares:
		fig, ok = a.frag.chart[l]
	default:
		if a.figs != nil {
			fig = a.figs[l].ccdf
			ok = fig.err == nil
		}
	}
	if !ok {
		return view.Chart{}, a.problemText(l), false
	}
	return fig.option, fig.reading, true
}
