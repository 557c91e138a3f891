package shell

import (
	"net/url"

	"reachlab/app/i18n"
	"reachlab/app/text"
	"reachlab/app/workspace"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// dataPages are the pages that show a dataset: their navigation links carry
// the current dataset, so a link opened in another tab shows the same data.
var dataPages = map[string]bool{"/compare": true, "/longtail": true}

// DataLink is the address of a page that shows dataset id.
func DataLink(path, id string) string {
	if id == "" {
		return path
	}
	return path + "?" + url.Values{"dataset": {id}}.Encode()
}

// navigation is the header's list of pages.
type navigation struct {
	app.Compo
	Lang   text.Lang
	Active string

	session Session
}

func (n *navigation) OnMount(ctx app.Context) { ObserveSession(ctx, &n.session, nil) }

func (n *navigation) Render() app.UI {
	return app.Nav().Class("nav").Aria("label", i18n.T(n.Lang, i18n.NavLabel)).Body(
		app.Ul().Body(
			app.Range(Pages).Slice(func(i int) app.UI {
				r := Pages[i]
				href := r.Path
				if dataPages[r.Path] && n.session.Ready {
					href = DataLink(r.Path, n.session.Current.ID)
				}
				a := app.A().Href(href).Text(i18n.T(n.Lang, r.Label))
				if r.Path == n.Active {
					a = a.Aria("current", "page")
				}
				return app.Li().Body(a)
			}),
		),
	)
}

// datasetSwitch says, in the header, which dataset the pages show, and
// switches to another in one choice.
type datasetSwitch struct {
	app.Compo
	Lang text.Lang

	session Session
}

func (d *datasetSwitch) OnMount(ctx app.Context) { ObserveSession(ctx, &d.session, nil) }

func (d *datasetSwitch) Render() app.UI {
	l, s := d.Lang, d.session
	if !s.Ready {
		return app.Div().Class("dataset-switch").Aria("hidden", "true")
	}
	var mine, cases []workspace.Dataset
	for _, ds := range s.Datasets {
		switch {
		case ds.Damaged != "":
		case ds.BuiltIn:
			cases = append(cases, ds)
		default:
			mine = append(mine, ds)
		}
	}
	option := func(ds workspace.Dataset) app.UI { return Option(ds.ID, ds.Title(l), ds.ID == s.Current.ID) }
	return app.Div().Class("dataset-switch").Body(
		app.Label().For("current-dataset").Text(i18n.T(l, i18n.CurrentDataset)),
		app.Text(" "),
		app.Select().ID("current-dataset").OnChange(func(ctx app.Context, e app.Event) {
			OpenDataset(ctx, Value(ctx))
		}).Body(
			app.If(len(mine) > 0, func() app.UI {
				return app.OptGroup().Label(i18n.T(l, i18n.CurrentMine)).Body(app.Range(mine).Slice(func(i int) app.UI { return option(mine[i]) }))
			}),
			app.OptGroup().Label(i18n.T(l, i18n.CurrentExamples)).Body(app.Range(cases).Slice(func(i int) app.UI { return option(cases[i]) })),
		),
		app.If(s.Example, func() app.UI {
			return app.Span().ID("current-example").Class("badge").Text(i18n.T(l, i18n.CurrentExampleBadge))
		}),
	)
}
