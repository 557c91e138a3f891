// Package datapage is the /data route, where users bring their own data:
// files picked, dropped or pasted, read by the engine (in its Web Worker),
// typed, mapped to roles, kept in IndexedDB, and shown with what the reader
// decided. The dataset shown is the current one: the one just loaded, or
// opened from the list or the header.
package datapage

import (
	"context"
	"errors"
	"time"

	"reachlab/app/i18n"
	"reachlab/app/text"
	"reachlab/app/ui/client"
	"reachlab/app/ui/shell"
	"reachlab/app/view"
	"reachlab/app/workspace"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// path is the page's route.
const path = "/data"

// dataPage is the /data route.
type dataPage struct {
	app.Compo

	// ui is the page's own context: background work reports through it,
	// since the element whose event started the work may be gone by then
	// (go-app drops updates dispatched from an unmounted element).
	ui      app.Context
	mounted bool

	lang    text.Lang
	session shell.Session
	usage   [2]int64 // bytes used and quota, when the browser says

	shown *view.Dataset // the current dataset as the engine describes it
	// shownGen counts the descriptions shown: a re-read or re-typed
	// dataset keeps its ID, and its preview must fetch its rows again.
	shownGen int
	asked    string // a built-in case the user opened here, shown like their data
	// stopped says that reading the current dataset stopped the page last
	// time; the page offers to try again or delete it.
	stopped string
	open    shell.Latest // reading the current dataset's description
	job     *job         // the read in progress, if any
	alerts  []string     // what went wrong, in the UI language
	status  string       // what went right

	incoming *incoming // a workspace file previewed, until imported or cancelled

	removed workspace.Removed // the last deleted dataset, in its undo window
	undo    string            // its name, while the undo and free buttons show

	paste string
	// What the user gave while another read ran.
	pending      []shell.File
	pendingPaste string
}

// New returns the /data page.
func New() app.Composer { return &dataPage{} }

// job is a read under way.
type job struct {
	name        string
	done, total int64
	cancel      context.CancelFunc
}

func (p *dataPage) OnMount(ctx app.Context) {
	p.ui, p.mounted = ctx, true
	shell.ObserveLang(ctx, &p.lang, p.describe)
	shell.ObserveSession(ctx, &p.session, p.follow)
	p.follow()
	p.refreshUsage()
}

func (p *dataPage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("%s · ReachLab", i18n.T(p.l(), i18n.DataTitle))
	if id := ctx.Page().URL().Query().Get(view.ParamDataset); id != "" {
		p.asked = id
		shell.OpenDataset(ctx, id)
	}
}

func (p *dataPage) OnDismount() {
	if p.job != nil {
		p.job.cancel()
	}
	p.open.Stop()
	p.mounted = false
}

func (p *dataPage) l() text.Lang { return p.lang.OrDefault() }

// follow shows the current dataset when it is not the one shown. A
// built-in case shown to a user without data is left to the list, unless
// the user opened it.
func (p *dataPage) follow() {
	if !p.mounted || !p.session.Ready {
		return
	}
	cur := p.session.Current
	switch {
	case cur.BuiltIn && p.asked != cur.ID:
		p.shown = nil
	case p.shown == nil || p.shown.ID != cur.ID:
		p.describe()
	}
}

// describe asks the engine for the current dataset's description.
func (p *dataPage) describe() { p.describeAgain(false) }

// describeAgain asks for the current dataset's description; retry reads it
// even when its last read stopped the page.
func (p *dataPage) describeAgain(retry bool) {
	id := p.session.Current.ID
	if !p.mounted || id == "" {
		return
	}
	req := view.DatasetRequest{Request: view.Request{Lang: p.l()}, ID: id, Retry: retry}
	p.stopped = ""
	shell.Run(p.ui, &p.open, func(ctx context.Context) (view.Dataset, error) {
		return client.Dataset(ctx, req)
	}, func(ctx app.Context, v view.Dataset, err error) {
		var ve *view.Error
		switch {
		case errors.As(err, &ve) && ve.Code == view.ErrInterrupted:
			p.shown, p.stopped = nil, ve.Message
		case err != nil:
			p.shown = nil
			p.alerts = append(p.alerts, err.Error())
		default:
			p.show(v)
		}
	})
}

// show opens an engine's answer below the list.
func (p *dataPage) show(v view.Dataset) {
	p.shown = &v
	p.shownGen++
}

// refreshUsage reads the storage figures.
func (p *dataPage) refreshUsage() {
	p.ui.Async(func() {
		w, _ := workspace.Shared(p.ui)
		used, quota, _ := w.Usage(p.ui)
		p.ui.Dispatch(func(ctx app.Context) { p.usage = [2]int64{used, quota} })
	})
}

// Render draws the page through shell.Guard: a view that fails shows an
// error box, never stops the program.
func (p *dataPage) Render() app.UI {
	return shell.Guard(p.l(), path, p.view)
}

// view is the page's content in the frame.
func (p *dataPage) view() app.UI {
	l := p.l()
	return shell.Frame(l, path, app.Section().Class("page data-page").
		OnDragOver(p.onDragOver).
		OnDrop(p.onDrop).
		Body(
			app.H1().Text(i18n.T(l, i18n.DataTitle)),
			app.P().Class("lead").Text(i18n.T(l, i18n.DataIntro)),
			p.renderInputs(l),
			p.renderMessages(l),
			p.renderDatasets(l),
			app.If(p.stopped != "", func() app.UI { return p.renderStopped(l) }),
			app.If(p.shown != nil, func() app.UI { return p.renderDataset(l) }),
			p.renderWorkspaceFile(l),
		))
}

// say replaces the status line and clears old alerts.
func (p *dataPage) say(status string) {
	p.status = status
	p.alerts = nil
}

// timestamp names pasted data.
func timestamp(l text.Lang, t time.Time) string {
	if l == text.FR {
		return t.Format("02/01/2006 15:04")
	}
	return t.Format("2006-01-02 15:04")
}

// renderStopped offers what to do with a dataset whose last read stopped
// the page: try again, or delete it. Every other dataset and plan is kept.
func (p *dataPage) renderStopped(l text.Lang) app.UI {
	d := p.session.Current
	return app.Section().ID("dataset-stopped").Class("card error-card").Attr("role", "alert").Body(
		app.P().Text(p.stopped),
		app.P().Body(
			app.Button().Type("button").ID("dataset-retry").Text(i18n.T(l, i18n.DataRetry)).
				OnClick(func(ctx app.Context, e app.Event) { p.describeAgain(true) }),
			app.Text(" "),
			app.Button().Type("button").ID("dataset-stopped-delete").Class("delete").Text(i18n.T(l, i18n.DataDelete)).
				OnClick(func(ctx app.Context, e app.Event) {
					p.stopped = ""
					p.remove(d)
				}),
		),
	)
}
