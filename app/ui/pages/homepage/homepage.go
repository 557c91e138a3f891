// Package homepage is the workbench's front page: what ReachLab is for, and
// the built-in TV-versus-brand case drawn as a chart with its sources.
package homepage

import (
	"math"
	"slices"

	"reachlab/app/cases"
	"reachlab/app/i18n"
	"reachlab/app/text"
	"reachlab/app/ui/shell"
	"reachlab/app/view"
	"reachlab/charts"
	"reachlab/charts/chartview"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// homePage says what ReachLab is for and shows the built-in TV-versus-brand
// case as a chart, with the figure it teaches and the sources of every number.
type homePage struct {
	app.Compo

	lang text.Lang
}

// New returns the home page component.
func New() app.Composer { return &homePage{} }

func (p *homePage) OnMount(ctx app.Context) {
	shell.ObserveLang(ctx, &p.lang, nil)
}

func (p *homePage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("ReachLab — %s", i18n.T(p.lang.OrDefault(), i18n.HomeTitle))
}

func (p *homePage) Render() app.UI {
	l := p.lang.OrDefault()
	c := cases.TVvsBrand()
	fig := reachFigures(c)

	return shell.Frame(l, "/", app.Section().Class("page home").Body(
		app.H1().Text(i18n.T(l, i18n.HomeTitle)),
		app.P().Class("lead").Text(i18n.T(l, i18n.AppTagline)),
		app.P().Text(i18n.T(l, i18n.HomeIntro)),

		app.Section().Class("card").Aria("labelledby", "case-heading").Body(
			app.H2().ID("case-heading").Text(i18n.T(l, i18n.HomeCaseHeading)+" — "+c.Title.In(l)),
			app.P().Class("question").Text(c.Question.In(l)),
			&chartview.Figure{
				ID:    "home-chart",
				Chart: HomeChart(l),
				Reading: i18n.Tf(l, i18n.HomeReading,
					i18n.Number(l, math.Round(fig.massReach/fig.medianPost), 0),
					i18n.Number(l, fig.medianPost, 0)),
				SaveLabel: i18n.T(l, i18n.ChartSave),
			},
			app.H3().Text(i18n.T(l, i18n.HomeSources)),
			sourceList(l, c.Sources),
		),

		app.H2().Text(i18n.T(l, i18n.HomeWhat)),
		app.Ul().Class("steps").Body(
			step(l, "/data", i18n.NavData, i18n.HomeStepData),
			step(l, "/compare", i18n.NavCompare, i18n.HomeStepCompare),
			step(l, "/longtail", i18n.NavLongTail, i18n.HomeStepLongTail),
			step(l, "/plan", i18n.NavPlan, i18n.HomeStepPlan),
			step(l, "/lessons", i18n.NavLessons, i18n.HomeStepLessons),
		),
	))
}

func step(l text.Lang, path string, name, text i18n.Key) app.UI {
	return app.Li().Body(
		app.A().Href(path).Text(i18n.T(l, name)),
		app.Span().Text(" — "+i18n.T(l, text)),
	)
}

// sourceList names the source of every figure, marking made-up data.
func sourceList(l text.Lang, sources []cases.Source) app.UI {
	return app.Ul().Class("sources").Body(
		app.Range(sources).Slice(func(i int) app.UI {
			s := sources[i]
			li := app.Li().Text(s.Text(l))
			if s.Illustrative {
				li = app.Li().Body(
					app.Span().Class("badge").Text(i18n.T(l, i18n.HomeIllustrative)),
					app.Text(" "+s.Text(l)),
				)
			}
			return li
		}),
	)
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

// HomeChart is the home page's chart of the TV-versus-brand case in l. The
// benchmarks draw it too, on a page without WebAssembly, as the reference.
func HomeChart(l text.Lang) view.Chart {
	c := cases.TVvsBrand()
	f := reachFigures(c)
	items := make([]charts.MessageReach, 0, len(c.Messages))
	for _, m := range c.Messages {
		items = append(items, charts.MessageReach{Label: m.Channel + " · " + m.ID, Reach: m.Reach, Kind: m.Kind})
	}
	// Posts from the largest to the smallest, after the TV message: the long
	// tail reads from left to right.
	slices.SortStableFunc(items[1:], func(a, b charts.MessageReach) int {
		return cmpDesc(a.Reach, b.Reach)
	})
	return charts.ReachPerMessage(charts.ReachTexts{
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
}

func cmpDesc(a, b float64) int {
	switch {
	case a > b:
		return -1
	case a < b:
		return 1
	}
	return 0
}
