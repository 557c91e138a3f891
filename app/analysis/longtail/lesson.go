package longtail

import (
	"net/url"

	"reachlab/app/analysis"
	"reachlab/app/text"
	"reachlab/app/view"
)

// Figure names one of the page's figures that a lesson shows.
type Figure string

// The figures a lesson can show.
const (
	FigureCCDF   Figure = "ccdf"   // the CCDF with the fitted power law
	FigureShares Figure = "shares" // audience shares of channels over time
)

// Draw analyses dataset ds with the settings of a /longtail link's query q
// and returns figure f with its reading, as the page shows them. When the
// data cannot give the figure, ok is false and the reading says why.
func Draw(l text.Lang, ds analysis.Dataset, q url.Values, f Figure) (opt view.Chart, reading string, ok bool) {
	a := Analyze(ds, SettingsFrom(q))
	var fig Chart
	switch f {
	case FigureShares:
		fig, ok = a.Fragmentation.Chart[l]
	default:
		if a.Charts != nil {
			fig = a.Charts[l].CCDF
			ok = fig.Err == nil
		}
	}
	if !ok {
		return view.Chart{}, a.ProblemText(l), false
	}
	return fig.Option, fig.Reading, true
}
