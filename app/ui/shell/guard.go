package shell

import (
	"fmt"

	"reachlab/app/i18n"
	"reachlab/app/text"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Guard returns what render returns, unless render panics: then the page at
// path active shows, in the frame, a box that says the view could not be
// shown and why, with a way back, and the program keeps running. A value
// that breaks one view (a plan stored before a limit existed, a figure
// nothing drew before) never stops the whole workbench. Every page's
// Render goes through it:
//
//	func (p *myPage) Render() app.UI {
//		return shell.Guard(p.lang, "/data", func() app.UI { return shell.Frame(p.lang, "/data", …) })
//	}
func Guard(lang text.Lang, active string, render func() app.UI) (ui app.UI) {
	defer func() {
		if r := recover(); r != nil {
			app.Logf("reachlab: the view of %s could not be shown: %v", active, r)
			ui = Frame(lang, active, brokenView(lang.OrDefault(), fmt.Sprint(r)))
		}
	}()
	return render()
}

// brokenView is the box Guard shows instead of a view that failed.
func brokenView(l text.Lang, why string) app.UI {
	return app.Section().ID("view-failed").Class("page").Attr("role", "alert").Body(
		app.H1().Text(i18n.T(l, i18n.ViewFailedTitle)),
		app.P().Class("error").Text(i18n.Tf(l, i18n.ViewFailed, why)),
		app.P().Body(
			app.A().ID("view-failed-home").Href("/").Text(i18n.T(l, i18n.ViewFailedHome)),
			app.Text(" · "),
			app.A().ID("view-failed-data").Href("/data").Text(i18n.T(l, i18n.ViewFailedData)),
		),
	)
}
