package shell

import (
	"strings"

	"reachlab/app/i18n"
	"reachlab/app/text"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// NumberInput is a text field for a number written the way the user's
// language writes it: "8,5" and "8.5" in French, "8.5" in English, digit
// groups with spaces or no-break spaces. A number it cannot read, or reads
// two ways, is refused with a message under the field and the setting is
// left as it was. An empty field means "not given" (OnValue gets 0).
type NumberInput struct {
	app.Compo

	ID    string
	Lang  text.Lang
	Value float64 // the setting; 0 shows an empty field
	// Whole refuses numbers with decimals (a count).
	Whole bool
	// Describe is the id of a hint the field refers to, or "".
	Describe string
	// OnValue receives each number the user types and the field reads.
	OnValue func(ctx app.Context, v float64)

	typed string // what the user typed, while it is refused
	err   string
}

// OnUpdate drops a refused entry when the setting changes from elsewhere.
func (n *NumberInput) OnUpdate(ctx app.Context) { n.typed, n.err = "", "" }

func (n *NumberInput) Render() app.UI {
	value := n.typed
	if n.err == "" {
		value = ""
		if n.Value > 0 {
			value = i18n.InputNumber(n.Lang, n.Value)
		}
	}
	describe := strings.TrimSpace(n.Describe + " " + n.errID())
	in := app.Input().Type("text").ID(n.ID).Attr("inputmode", "decimal").Attr("autocomplete", "off").
		Value(value).OnChange(n.onChange)
	if describe != "" {
		in = in.Aria("describedby", describe)
	}
	if n.err != "" {
		in = in.Aria("invalid", "true")
	}
	return app.Span().Class("number-input").Body(
		in,
		app.If(n.err != "", func() app.UI {
			return app.Span().ID(n.errID()).Class("field-error").Attr("role", "alert").Text(n.err)
		}),
	)
}

func (n *NumberInput) errID() string {
	if n.err == "" {
		return ""
	}
	return n.ID + "-error"
}

func (n *NumberInput) onChange(ctx app.Context, e app.Event) {
	s := strings.TrimSpace(Value(ctx))
	if s == "" {
		n.typed, n.err = "", ""
		n.OnValue(ctx, 0)
		return
	}
	v, err := i18n.ParseNumber(n.Lang, s)
	switch {
	case err != nil:
		n.typed, n.err = s, i18n.NumberErrorText(n.Lang, err)
	case v < 0:
		n.typed, n.err = s, i18n.T(n.Lang, i18n.NumberNegative)
	case n.Whole && v != float64(int64(v)):
		n.typed, n.err = s, i18n.T(n.Lang, i18n.NumberNotWhole)
	default:
		n.typed, n.err = "", ""
		n.OnValue(ctx, v)
	}
}
