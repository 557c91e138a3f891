package shell

import (
	"reachlab/app/text"
	"reachlab/app/ui/workspace"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Field is a labelled form control: the label above, the control(s) below.
func Field(id, label string, control ...app.UI) app.UI {
	return app.Div().Class("field").Body(
		append([]app.UI{app.Label().For(id).Text(label), app.Text(" ")}, control...)...,
	)
}

// Option is one choice of a <select>. go-app writes a false Selected as no
// attribute, so the selected state is set only when true.
func Option(value, label string, selected bool) app.UI {
	o := app.Option().Value(value).Text(label)
	if selected {
		o = o.Selected(true)
	}
	return o
}

// Value is the value of the form control whose event gave ctx.
func Value(ctx app.Context) string { return ctx.JSSrc().Get("value").String() }

// DatasetSelect is the dataset picker pages share: every dataset of the
// workspace, built-in cases under their name in l.
func DatasetSelect(l text.Lang, id string, datasets []workspace.Meta, selected string, onChange app.EventHandler) app.UI {
	return app.Select().ID(id).OnChange(onChange).Body(
		app.Range(datasets).Slice(func(i int) app.UI {
			m := datasets[i]
			return Option(m.ID, m.Title(l), m.ID == selected)
		}),
	)
}
