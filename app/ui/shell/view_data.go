package shell

import (
	"encoding/json"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ViewData carries a page's view from the host, which prerenders the page,
// to the browser, in a hidden element of the given id: the page's
// WebAssembly reads it when it starts (ReadViewData) and renders exactly
// what the host rendered, without waiting for the engine or flashing. It
// renders nothing in the browser.
func ViewData(id string, v any) app.UI {
	if !app.IsServer {
		return nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil
	}
	// As text, not an attribute: go-app writes attribute values Go-quoted
	// (\"), which HTML does not read back, and escapes text for HTML.
	return app.Div().ID(id).Hidden(true).Text(string(b))
}

// ReadViewData fills v from the view the host wrote into the page, and
// reports whether it found one. Call it from OnInit: the prerendered page
// is still in the document then.
func ReadViewData(id string, v any) bool {
	if app.IsServer {
		return false
	}
	el := app.Window().GetElementByID(id)
	if el == nil || !el.Truthy() {
		return false
	}
	s := el.Get("textContent")
	if s.Type() != app.TypeString {
		return false
	}
	return json.Unmarshal([]byte(s.String()), v) == nil
}
