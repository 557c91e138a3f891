package comparepage

import (
	"context"
	"net/url"

	"reachlab/app/i18n"
	"reachlab/app/text"
	"reachlab/app/ui/client"
	"reachlab/app/ui/shell"
	"reachlab/app/view"
	"reachlab/app/workspace"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// path is the page's route, the key of its settings in the workspace.
const path = "/compare"

// comparePage is the /compare route.
type comparePage struct {
	app.Compo

	// ui is the page's own context: background work reports through it,
	// since the element whose event started the work may be gone by then.
	ui      app.Context
	mounted bool

	lang    text.Lang
	session shell.Session

	set view.CompareSettings // what is shown, or asked for
	job shell.Latest
	// done out of total is the progress of the measure under way;
	// stopped says the user cancelled the last one.
	done, total int64
	stopped     bool
	res         *view.Compare // the latest result, nil before the first
	err         string        // why the dataset could not be measured
	sort        sortOrder     // the channel table's order
	note        string        // what went right beyond the summary (a file saved)
}

// New returns the /compare page.
func New() app.Composer { return &comparePage{} }

func (p *comparePage) l() text.Lang { return p.lang.OrDefault() }

func (p *comparePage) OnMount(ctx app.Context) {
	p.ui, p.mounted = ctx, true
	shell.ObserveLang(ctx, &p.lang, p.compute)
	shell.ObserveSession(ctx, &p.session, p.follow)
	if p.set.Dataset != "" {
		p.compute() // OnNav read the URL first
		return
	}
	p.follow()
}

func (p *comparePage) OnDismount() {
	p.job.Stop()
	p.mounted = false
}

// OnNav opens the URL's dataset with the URL's settings (a shared link, a
// lesson), making it the current dataset; without one, the page shows the
// current dataset with the settings kept for it.
func (p *comparePage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("%s · ReachLab", i18n.T(p.l(), i18n.CompareTitle))
	q := ctx.Page().URL().Query()
	if s := view.CompareSettingsFrom(q); s.Dataset != "" {
		p.set = s
		shell.OpenDataset(ctx, s.Dataset)
		if p.mounted {
			p.keep()
			p.compute()
		}
	}
}

// follow shows the current dataset when it is not the one shown: at first,
// and when the user switches datasets in the header or in another tab.
func (p *comparePage) follow() {
	id := p.session.Current.ID
	if !p.mounted || !p.session.Ready || id == "" || id == p.set.Dataset {
		return
	}
	p.ui.Async(func() {
		w, _ := workspace.Shared(p.ui)
		q, _ := w.View(p.ui, id, path)
		p.ui.Dispatch(func(ctx app.Context) {
			if p.session.Current.ID != id {
				return
			}
			s := view.CompareSettingsFrom(q)
			s.Dataset = id
			p.set, p.sort = s, sortOrder{}
			p.showInURL(ctx)
			p.compute()
		})
	})
}

// change applies a new choice: it keeps the settings in the URL (replacing
// the history entry, so that Back leaves the page) and in the workspace
// for this dataset, and measures again.
func (p *comparePage) change(ctx app.Context, edit func(*view.CompareSettings)) {
	edit(&p.set)
	p.showInURL(ctx)
	p.keep()
	p.compute()
}

// showInURL writes the settings into the page's address.
func (p *comparePage) showInURL(ctx app.Context) {
	u := *ctx.Page().URL()
	u.RawQuery = p.set.Query().Encode()
	ctx.Page().ReplaceURL(&u)
}

// keep saves the settings for the dataset, for the next visit in any tab.
func (p *comparePage) keep() {
	s := p.set
	p.ui.Async(func() {
		w, _ := workspace.Shared(p.ui)
		w.SetView(p.ui, s.Dataset, path, s.Query())
	})
}

// compute asks the engine to measure the dataset with the settings; only
// the latest answer is shown.
func (p *comparePage) compute() {
	if p.set.Dataset == "" {
		return
	}
	req := view.CompareRequest{Request: view.Request{Lang: p.l()}, Settings: p.set}
	p.note, p.done, p.total, p.stopped = "", 0, 0, false
	ui := p.ui
	shell.Run(p.ui, &p.job, func(ctx context.Context) (view.Compare, error) {
		return client.Compare(ctx, req, func(done, total int64) {
			ui.Dispatch(func(app.Context) {
				if ctx.Err() == nil {
					p.done, p.total = done, total
				}
			})
		})
	}, func(ctx app.Context, v view.Compare, err error) {
		if err != nil {
			p.res, p.err = nil, i18n.Tf(p.l(), i18n.CompareLoadError, p.datasetName(), err.Error())
			return
		}
		p.res, p.err = &v, ""
	})
}

// datasetName is the name of the dataset shown.
func (p *comparePage) datasetName() string {
	return workspace.Title(p.session.Datasets, p.set.Dataset, p.l())
}

// Render draws the page through shell.Guard: a view that fails shows an
// error box, never stops the program.
func (p *comparePage) Render() app.UI {
	return shell.Guard(p.l(), path, p.view)
}

// view is the page's content in the frame.
func (p *comparePage) view() app.UI {
	l := p.l()
	return shell.Frame(l, path, app.Section().Class("page compare-page").Body(
		app.H1().Text(i18n.T(l, i18n.CompareTitle)),
		app.P().Class("lead").Text(i18n.T(l, i18n.CompareIntro)),
		p.renderMessages(l),
		app.If(p.res != nil, func() app.UI {
			return app.Div().ID("results").Body(
				p.renderSettings(l),
				p.renderChannels(l),
				p.renderCharts(l),
				p.renderReadings(l),
				p.renderAVE(l),
				p.renderMessageList(l),
				p.renderDefinitions(l),
			)
		}).ElseIf(!p.stopped, func() app.UI {
			return shell.Skeleton(l, "compare-skeleton")
		}),
	))
}

// renderMessages shows what went right (status) and wrong (alerts), where
// screen readers announce them.
func (p *comparePage) renderMessages(l text.Lang) app.UI {
	status := p.note
	switch {
	case p.job.Busy():
		status = i18n.Tf(l, i18n.CompareLoading, p.datasetName())
	case p.stopped:
		status = i18n.Tf(l, i18n.CompareStopped, p.datasetName())
	case status == "" && p.res != nil:
		status = p.res.Status
	}
	return app.Div().Class("messages").Body(
		app.Div().ID("compare-status").Attr("role", "status").Body(
			app.If(status != "", func() app.UI { return app.P().Class("ok").Text(status) }),
		),
		app.If(p.job.Busy(), p.renderProgress),
		app.If(p.stopped, func() app.UI {
			return app.P().Body(
				app.Button().Type("button").ID("compare-retry").Text(i18n.T(l, i18n.CompareRetry)).
					OnClick(func(ctx app.Context, e app.Event) { p.compute() }),
			)
		}),
		app.Div().ID("compare-alerts").Attr("role", "alert").Body(
			app.If(p.err != "", func() app.UI { return app.P().Class("error").Text(p.err) }),
			app.If(p.res != nil && p.res.NoRoles != "", func() app.UI {
				return app.P().Class("error").Body(
					app.Text(p.res.NoRoles+" "),
					app.A().Href("/data?"+url.Values{"dataset": {p.set.Dataset}}.Encode()).Text(i18n.T(l, i18n.CompareDataLink)),
				)
			}),
		),
		app.If(p.session.StorageErr != "", func() app.UI {
			return app.P().Class("error").Text(i18n.Tf(l, i18n.CompareStorageOff, p.session.StorageErr))
		}),
	)
}

// renderProgress is the bar of the measure under way, with its cancel
// button: reading a large file and measuring millions of rows take seconds.
func (p *comparePage) renderProgress() app.UI {
	l := p.l()
	pct := i18n.Percent(l, float64(p.done)*100/float64(max(p.total, 1)), 0)
	return app.Div().ID("compare-progress").Class("progress").Body(
		app.Progress().ID("compare-bar").Max(max(p.total, 1)).Value(p.done).
			Aria("label", i18n.Tf(l, i18n.CompareLoading, p.datasetName())).
			Aria("valuetext", pct),
		app.Span().ID("compare-percent").Text(pct),
		app.Button().Type("button").ID("compare-cancel").Text(i18n.T(l, i18n.CompareCancel)).
			OnClick(func(ctx app.Context, e app.Event) {
				p.job.Stop()
				p.stopped = true
			}),
	)
}
