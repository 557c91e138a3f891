package shell

import (
	"reachlab/app/text"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// stateLang is the go-app state holding the UI language. It is persisted (in
// local storage, a few bytes) only when the user picks a language with the
// switch; until then the language follows the browser.
const stateLang = "reachlab.lang"

// ObserveLang keeps *dst equal to the UI language for as long as the
// component is mounted, re-rendering it when the language changes, and sets
// <html lang> to match. changed, when not nil, runs after each change (a
// page whose texts come from the engine asks for them again).
func ObserveLang(ctx app.Context, dst *text.Lang, changed func()) {
	ctx.ObserveState(stateLang, dst).
		WithBroadcast().
		OnChange(func() {
			ctx.Page().SetLang(string(*dst))
			if changed != nil {
				changed()
			}
		})
	if *dst == "" {
		*dst = browserLang()
	}
	ctx.Page().SetLang(string(*dst))
}

// SetLang switches the UI language, remembers the choice, and tells the other
// open tabs.
func SetLang(ctx app.Context, l text.Lang) {
	ctx.SetState(stateLang, l).Persist().Broadcast()
}

// browserLang negotiates the UI language from navigator.languages.
func browserLang() text.Lang {
	nav := app.Window().Get("navigator")
	var prefs []string
	if langs := nav.Get("languages"); langs.Truthy() {
		for i := 0; i < langs.Length(); i++ {
			prefs = append(prefs, langs.Index(i).String())
		}
	} else if l := nav.Get("language"); l.Truthy() {
		prefs = append(prefs, l.String())
	}
	return text.Negotiate(prefs)
}
