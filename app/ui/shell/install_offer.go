package shell

import (
	"reachlab/app/i18n"
	"reachlab/app/text"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// installOffer offers to install ReachLab as an app when the browser allows
// it. It sits in the footer: appearing after the page has drawn, it must not
// push the page down under the user's pointer, nor cover any of it.
type installOffer struct {
	app.Compo

	// Lang is the UI language.
	Lang text.Lang

	installable bool
}

func (o *installOffer) OnMount(ctx app.Context) { o.installable = ctx.IsAppInstallable() }

// OnAppInstallChange is called when the app becomes installable or installed.
func (o *installOffer) OnAppInstallChange(ctx app.Context) { o.installable = ctx.IsAppInstallable() }

func (o *installOffer) Render() app.UI {
	return app.Div().Class("install-offer").Body(
		app.If(o.installable, func() app.UI {
			return app.Button().Type("button").ID("install-app").Class("install").
				Text(i18n.T(o.Lang, i18n.InstallApp)).
				OnClick(func(ctx app.Context, e app.Event) { ctx.ShowAppInstallPrompt() })
		}),
	)
}
