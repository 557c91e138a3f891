package shell

import (
	"reachlab/app/i18n"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// updateNotice tells the user when a new version has been downloaded in the
// background and lets them reload into it, and offers to install ReachLab as
// an app when the browser allows it.
type updateNotice struct {
	app.Compo

	// Lang is the UI language.
	Lang i18n.Lang

	updateReady bool
	installable bool
}

func (n *updateNotice) OnMount(ctx app.Context) {
	n.updateReady = ctx.AppUpdateAvailable()
	n.installable = ctx.IsAppInstallable()
}

// OnAppUpdate is called by go-app once the service worker holds a new version.
func (n *updateNotice) OnAppUpdate(ctx app.Context) {
	n.updateReady = ctx.AppUpdateAvailable()
}

// OnAppInstallChange is called when the app becomes installable or installed.
func (n *updateNotice) OnAppInstallChange(ctx app.Context) {
	n.installable = ctx.IsAppInstallable()
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
		app.If(n.installable, func() app.UI {
			return app.Button().Type("button").ID("install-app").Class("install").
				Text(i18n.T(n.Lang, i18n.InstallApp)).
				OnClick(func(ctx app.Context, e app.Event) { ctx.ShowAppInstallPrompt() })
		}),
	)
}
