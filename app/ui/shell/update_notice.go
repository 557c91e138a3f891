package shell

import (
	"reachlab/app/i18n"
	"reachlab/app/text"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// updateNotice tells the user when a new version has been downloaded in the
// background and lets them reload into it.
type updateNotice struct {
	app.Compo

	// Lang is the UI language.
	Lang text.Lang

	updateReady bool
}

func (n *updateNotice) OnMount(ctx app.Context) {
	n.updateReady = ctx.AppUpdateAvailable()
}

// OnAppUpdate is called by go-app once the service worker holds a new version.
func (n *updateNotice) OnAppUpdate(ctx app.Context) {
	n.updateReady = ctx.AppUpdateAvailable()
}

func (n *updateNotice) Render() app.UI {
	return app.Div().Class("notices").Attr("role", "status").Body(
		app.If(n.updateReady, func() app.UI {
			return app.Div().ID("update-notice").Class("notice").Body(
				app.Span().Text(i18n.T(n.Lang, i18n.UpdateReady)),
				app.Button().Type("button").ID("update-reload").
					Text(i18n.T(n.Lang, i18n.UpdateReload)).
					OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }),
			)
		}),
	)
}
