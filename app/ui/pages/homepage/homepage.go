// Package homepage is the workbench's front page: what ReachLab is for, and
// the built-in TV-versus-brand case drawn as a chart with its sources.
package homepage

import (
	"context"
	"reachlab/app/cases"
	"reachlab/app/i18n"
	"reachlab/app/text"
	"reachlab/app/ui/client"
	"reachlab/app/ui/shell"
	"reachlab/app/view"
	"reachlab/charts/chartview"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// homePage says what ReachLab is for and shows the built-in TV-versus-brand
// case as a chart, with the figure it teaches and the sources of every number.
type homePage struct {
	app.Compo

	ui   app.Context
	lang text.Lang
	view view.Home   // the chart shown, in the page's language
	pre  []view.Home // the chart in every language, as the host prerendered it
}

// viewID is the element that carries the chart from the host to the
// browser.
const viewID = "home-view"

// New returns the home page component.
func New() app.Composer { return &homePage{} }

// OnInit gets the chart: the host computes it in every language as it
// prerenders the page, and the browser reads the same charts from the page,
// so that the first chart appears before the WebAssembly starts, is not
// drawn twice, and a French reader does not wait for the engine to see it
// in French.
func (p *homePage) OnInit() {
	switch {
	case p.view.Chart.Option != "":
		return
	case app.IsServer:
		for _, l := range text.Langs {
			if v, err := client.Home(context.Background(), view.HomeRequest{Request: view.Request{Lang: l}}); err == nil {
				p.pre = append(p.pre, v)
			}
		}
	default:
		shell.ReadViewData(viewID, &p.pre)
	}
	p.pick(text.Default)
}

// pick shows the prerendered chart in language l, if there is one.
func (p *homePage) pick(l text.Lang) bool {
	for _, v := range p.pre {
		if v.Lang == l {
			p.view = v
			return true
		}
	}
	return false
}

func (p *homePage) OnMount(ctx app.Context) {
	p.ui = ctx
	shell.ObserveLang(ctx, &p.lang, p.fetch)
	p.fetch()
}

// fetch asks the engine for the chart in the page's language, unless the
// page has it.
func (p *homePage) fetch() {
	l := p.lang.OrDefault()
	if p.view.Lang == l && p.view.Chart.Option != "" || p.pick(l) {
		return
	}
	p.ui.Async(func() {
		v, err := client.Home(p.ui, view.HomeRequest{Request: view.Request{Lang: l}})
		if err != nil {
			return
		}
		p.ui.Dispatch(func(ctx app.Context) { p.view = v })
	})
}

func (p *homePage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("ReachLab — %s", i18n.T(p.lang.OrDefault(), i18n.HomeTitle))
}

// Render draws the page through shell.Guard: a view that fails shows an
// error box, never stops the program.
func (p *homePage) Render() app.UI {
	return shell.Guard(p.lang.OrDefault(), "/", p.page)
}

// page is the page's content in the frame.
func (p *homePage) page() app.UI {
	l := p.lang.OrDefault()
	c := cases.TVvsBrand()

	return shell.Frame(l, "/", app.Section().Class("page home").Body(
		app.H1().Text(i18n.T(l, i18n.HomeTitle)),
		app.P().Class("lead").Text(i18n.T(l, i18n.AppTagline)),
		app.P().Text(i18n.T(l, i18n.HomeIntro)),

		app.Section().Class("card").Aria("labelledby", "case-heading").Body(
			app.H2().ID("case-heading").Text(i18n.T(l, i18n.HomeCaseHeading)+" — "+c.Title.In(l)),
			app.P().Class("question").Text(c.Question.In(l)),
			shell.ViewData(viewID, p.pre),
			app.If(p.view.Chart.Option != "", func() app.UI {
				return &chartview.Figure{
					ID:        p.view.Chart.ID,
					Chart:     p.view.Chart,
					Reading:   p.view.Chart.Reading,
					SaveLabel: i18n.T(l, i18n.ChartSave),
				}
			}).Else(func() app.UI { return shell.Skeleton(l, "home-skeleton") }),
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
