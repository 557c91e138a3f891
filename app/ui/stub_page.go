package ui

import (
	"reachlab/app/i18n"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// stubPage is a route whose workbench is not built yet: it says what the page
// is for, in the UI language.
type stubPage struct {
	app.Compo

	path         string
	title, intro i18n.Key
	lang         i18n.Lang
}

func newStubPage(path string, title, intro i18n.Key) *stubPage {
	return &stubPage{path: path, title: title, intro: intro}
}

func (p *stubPage) OnMount(ctx app.Context) {
	observeLang(ctx, &p.lang)
}

func (p *stubPage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("%s · ReachLab", i18n.T(langOrDefault(p.lang), p.title))
}

func (p *stubPage) Render() app.UI {
	l := langOrDefault(p.lang)
	return shell(l, p.path, app.Section().Class("page").Body(
		app.H1().Text(i18n.T(l, p.title)),
		app.P().Class("lead").Text(i18n.T(l, p.intro)),
	))
}
