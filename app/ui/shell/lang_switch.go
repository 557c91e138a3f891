package shell

import (
	"strconv"

	"reachlab/app/i18n"
	"reachlab/app/text"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// langSwitch offers every UI language as a toggle button; the pressed one is
// the current language. Each button is labelled in its own language.
type langSwitch struct {
	app.Compo

	// Lang is the current UI language.
	Lang text.Lang
}

func (s *langSwitch) Render() app.UI {
	return app.Div().
		Class("lang-switch").
		Attr("role", "group").
		Aria("label", i18n.T(s.Lang, i18n.LangSwitch)).
		Body(
			app.Range(text.Langs).Slice(func(i int) app.UI {
				l := text.Langs[i]
				return app.Button().
					Type("button").
					ID("lang-"+string(l)).
					Lang(string(l)).
					Aria("pressed", strconv.FormatBool(l == s.Lang)).
					Title(l.Name()).
					Text(string(l)).
					OnClick(func(ctx app.Context, e app.Event) { SetLang(ctx, l) })
			}),
		)
}
