package shell

import (
	"reachlab/app/i18n"
	"reachlab/app/text"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Page is one entry of the navigation.
type Page struct {
	Path  string
	Label i18n.Key
}

// Pages lists the workbench's pages in navigation order. The ui package
// routes each path to its component; a test checks they agree.
var Pages = []Page{
	{"/", i18n.NavHome},
	{"/data", i18n.NavData},
	{"/compare", i18n.NavCompare},
	{"/longtail", i18n.NavLongTail},
	{"/plan", i18n.NavPlan},
	{"/lessons", i18n.NavLessons},
}

// Frame puts a page's content in the workbench's frame: skip link, header
// with navigation and the language switch, the update notice, the content,
// and the footer (with the offer to install the app). active is the current page's path, marked for assistive
// technology.
func Frame(lang text.Lang, active string, content ...app.UI) app.UI {
	lang = lang.OrDefault()
	return app.Div().Class("shell").Body(
		app.A().Class("skip-link").Href("#main").Text(i18n.T(lang, i18n.SkipToContent)),
		app.Header().Class("top").Body(
			app.A().Class("brand").Href("/").Body(
				// Decorative: the link says "ReachLab" in text. go-app drops an
				// empty alt attribute, so the image is marked as presentation.
				app.Img().Src("/web/icon.svg").Attr("role", "presentation").Aria("hidden", "true").Width(28).Height(28),
				app.Span().Text(i18n.T(lang, i18n.AppName)),
			),
			&navigation{Lang: lang, Active: active},
			&datasetSwitch{Lang: lang},
			&langSwitch{Lang: lang},
		),
		&updateNotice{Lang: lang},
		app.Main().ID("main").TabIndex(-1).Body(content...),
		app.Footer().Class("bottom").Body(
			app.P().Text(i18n.T(lang, i18n.FooterPrivacy)),
			app.P().Text(i18n.T(lang, i18n.FooterOffline)),
			&installOffer{Lang: lang},
		),
	)
}
