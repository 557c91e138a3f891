package ui

import (
	"reachlab/app/i18n"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// shell frames a page's content: skip link, header with navigation and the
// language switch, the update notice, the content, and the footer. active is
// the current page's path, marked for assistive technology.
func shell(lang i18n.Lang, active string, content ...app.UI) app.UI {
	lang = langOrDefault(lang)
	return app.Div().Class("shell").Body(
		app.A().Class("skip-link").Href("#main").Text(i18n.T(lang, i18n.SkipToContent)),
		app.Header().Class("top").Body(
			app.A().Class("brand").Href("/").Body(
				app.Img().Src("/web/icon.svg").Alt("").Width(28).Height(28),
				app.Span().Text(i18n.T(lang, i18n.AppName)),
			),
			app.Nav().Class("nav").Aria("label", i18n.T(lang, i18n.NavLabel)).Body(
				app.Ul().Body(
					app.Range(routes).Slice(func(i int) app.UI {
						r := routes[i]
						a := app.A().Href(r.Path).Text(i18n.T(lang, r.Label))
						if r.Path == active {
							a = a.Aria("current", "page")
						}
						return app.Li().Body(a)
					}),
				),
			),
			&langSwitch{Lang: lang},
		),
		&updateNotice{Lang: lang},
		app.Main().ID("main").TabIndex(-1).Body(content...),
		app.Footer().Class("bottom").Body(
			app.P().Text(i18n.T(lang, i18n.FooterPrivacy)),
			app.P().Text(i18n.T(lang, i18n.FooterOffline)),
		),
	)
}
