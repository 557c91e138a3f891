package ui

import (
	"reachlab/app/i18n"
	"reachlab/app/ui/shell"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// stubPage is a route whose workbench is not built yet: it says what the page
// is for, in the UI language.
type stubPage struct {
	app.Compo

	path string
	lang i18n.Lang
}

// stubTexts are the title and introduction of each unbuilt page.
var stubTexts = map[string][2]i18n.Key{
	"/plan":    {i18n.PlanTitle, i18n.PlanIntro},
	"/lessons": {i18n.LessonsTitle, i18n.LessonsIntro},
}

func newStubPage(path string) *stubPage { return &stubPage{path: path} }

func (p *stubPage) OnMount(ctx app.Context) { shell.ObserveLang(ctx, &p.lang) }

func (p *stubPage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("%s · ReachLab", i18n.T(shell.OrDefault(p.lang), stubTexts[p.path][0]))
}

func (p *stubPage) Render() app.UI {
	l := shell.OrDefault(p.lang)
	return shell.Frame(l, p.path, app.Section().Class("page").Body(
		app.H1().Text(i18n.T(l, stubTexts[p.path][0])),
		app.P().Class("lead").Text(i18n.T(l, stubTexts[p.path][1])),
	))
}
