package planpage

import (
	"math"
	"strconv"
	"strings"

	"reachlab/app/plan"
	"reachlab/app/ui/shell"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The editor's fields commit on change (when the field loses focus or the
// user presses Enter), so that one edit is one step of the history; a
// change that leaves the value as it was is no step. Every
// handler is scoped by the field's id, which names the thing it edits.

// textField is a one-line text input of at most max characters.
func textField(id, label, value string, max int, set func(string)) app.UI {
	return shell.Field(id, label, app.Input().Type("text").ID(id).Value(value).MaxLength(max).
		OnChange(func(ctx app.Context, e app.Event) {
			if v := strings.TrimSpace(shell.Value(ctx)); v != value {
				set(v)
			}
		}, app.EventScope(id)))
}

// areaField is a multi-line text input.
func areaField(id, label, value string, set func(string)) app.UI {
	return shell.Field(id, label, app.Textarea().ID(id).Rows(3).MaxLength(plan.MaxLongText).Text(value).
		OnChange(func(ctx app.Context, e app.Event) {
			if v := shell.Value(ctx); v != value {
				set(v)
			}
		}, app.EventScope(id)))
}

// dateField is a date input; clearing it unsets the date.
func dateField(id, label string, value plan.Date, set func(plan.Date)) app.UI {
	v := ""
	if !value.IsZero() {
		v = value.String()
	}
	return shell.Field(id, label, app.Input().Type("date").ID(id).Value(v).
		OnChange(func(ctx app.Context, e app.Event) {
			d, err := plan.ParseDate(shell.Value(ctx))
			if err == nil && d != value {
				set(d)
			}
		}, app.EventScope(id)))
}

// numberField is a number input; clearing it makes the value missing (NaN),
// never 0. set may refuse a value (and say why): the field then shows the
// previous one.
func numberField(id, label string, value float64, set func(float64)) app.UI {
	v := ""
	if !math.IsNaN(value) && !math.IsInf(value, 0) {
		v = strconv.FormatFloat(value, 'f', -1, 64)
	}
	return shell.Field(id, label, app.Input().Type("number").ID(id).Attr("step", "any").Value(v).
		OnChange(func(ctx app.Context, e app.Event) {
			s := strings.TrimSpace(shell.Value(ctx))
			if s == "" {
				if !math.IsNaN(value) {
					set(math.NaN())
				}
				return
			}
			if f, err := strconv.ParseFloat(s, 64); err == nil && !math.IsInf(f, 0) && f != value {
				set(f)
			}
			// The field shows the rendered value again: an accepted edit
			// renders the new one, a refused one leaves the old one.
			ctx.JSSrc().Set("value", v)
		}, app.EventScope(id)))
}

// choice is one entry of a selectField.
type choice struct{ value, label string }

// selectField is a <select> of choices.
func selectField(id, label, value string, choices []choice, set func(string)) app.UI {
	return shell.Field(id, label, app.Select().ID(id).
		OnChange(func(ctx app.Context, e app.Event) {
			if v := shell.Value(ctx); v != value {
				set(v)
			}
		}, app.EventScope(id)).
		Body(app.Range(choices).Slice(func(i int) app.UI {
			return shell.Option(choices[i].value, choices[i].label, choices[i].value == value)
		})))
}

// button is a small action button scoped by its id.
func button(id, label string, do func()) app.UI {
	return app.Button().Type("button").ID(id).Text(label).
		OnClick(func(ctx app.Context, e app.Event) { do() }, app.EventScope(id))
}
