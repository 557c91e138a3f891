// Package home draws the home page's chart: the built-in TV-versus-brand
// case, one bar a message on a log scale, the TV message first and the
// posts from the largest to the smallest, with the figure it teaches.
package home

import (
	"math"
	"slices"

	"reachlab/app/cases"
	"reachlab/app/i18n"
	"reachlab/app/text"
	"reachlab/app/view"
	"reachlab/charts"
)

// ChartID is the DOM id of the home page's chart.
const ChartID = "home-chart"

// View is the home page's chart in l, with its reading.
func View(l text.Lang) view.Home {
	return view.Home{Lang: l, Chart: Chart(l)}
}

// Chart is the home page's chart of the TV-versus-brand case in l. The
// benchmarks draw it too, on a page without WebAssembly, as the reference.
func Chart(l text.Lang) view.Chart {
	c := cases.TVvsBrand()
	f := reachFigures(c)
	items := make([]charts.MessageReach, 0, len(c.Messages))
	for _, m := range c.Messages {
		items = append(items, charts.MessageReach{Label: m.Channel + " · " + m.ID, Reach: m.Reach, Kind: m.Kind})
	}
	// Posts from the largest to the smallest, after the TV message: the long
	// tail reads from left to right.
	slices.SortStableFunc(items[1:], func(a, b charts.MessageReach) int {
		switch {
		case a.Reach > b.Reach:
			return -1
		case a.Reach < b.Reach:
			return 1
		}
		return 0
	})
	ch := charts.ReachPerMessage(charts.ReachTexts{
		Title: c.Title.In(l),
		YAxis: i18n.T(l, i18n.ChartReachYAxis),
		Kinds: []charts.KindName{
			{Kind: "mass", Name: i18n.T(l, i18n.KindMass)},
			{Kind: "social", Name: i18n.T(l, i18n.KindSocial)},
		},
		Alt: i18n.Tf(l, i18n.ChartReachAlt,
			i18n.Number(l, f.massReach, 0), f.posts,
			i18n.Number(l, f.minPost, 0), i18n.Number(l, f.maxPost, 0), i18n.Number(l, f.medianPost, 0)),
	}, items)
	ch.ID = ChartID
	ch.Reading = i18n.Tf(l, i18n.HomeReading,
		i18n.Number(l, math.Round(f.massReach/f.medianPost), 0),
		i18n.Number(l, f.medianPost, 0))
	return ch
}

// caseFigures are the numbers the home case quotes.
type caseFigures struct {
	massReach        float64 // the TV message's audience
	posts            int
	minPost, maxPost float64
	medianPost       float64
}

func reachFigures(c cases.Case) caseFigures {
	var f caseFigures
	var posts []float64
	for _, m := range c.Messages {
		switch m.Kind {
		case "mass":
			f.massReach = max(f.massReach, m.Reach)
		case "social":
			posts = append(posts, m.Reach)
		}
	}
	slices.Sort(posts)
	f.posts = len(posts)
	if n := len(posts); n > 0 {
		f.minPost, f.maxPost = posts[0], posts[n-1]
		f.medianPost = posts[n/2]
		if n%2 == 0 {
			f.medianPost = (posts[n/2-1] + posts[n/2]) / 2
		}
	}
	return f
}
