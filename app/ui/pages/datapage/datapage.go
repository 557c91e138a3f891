// Package datapage is the /data route, where users bring their own data:
// files picked, dropped or pasted, read in the browser, typed, mapped to
// roles, kept in IndexedDB, and shown with what the reader decided.
package datapage

import (
	"context"
	"time"

	"reachlab/app/data"
	"reachlab/app/data/load"
	"reachlab/app/data/platform"
	"reachlab/app/i18n"
	"reachlab/app/text"
	"reachlab/app/ui/shell"
	"reachlab/app/ui/workspace"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// dataPage is the /data route.
type dataPage struct {
	app.Compo

	// ui is the page's own context: background work reports through it,
	// since the element whose event started the work may be gone by then
	// (go-app drops updates dispatched from an unmounted element).
	ui app.Context

	lang       text.Lang
	ready      bool // the workspace is open
	storageErr error
	usage      [2]int64 // bytes used and quota, when the browser says

	datasets []workspace.Meta
	selected string // dataset shown below the list (the URL's ?dataset=)
	table    *data.Table
	meta     workspace.Meta
	export   platform.Detection // what the open table's headers were recognised as

	job     *job              // the read in progress, if any
	alerts  []string          // what went wrong, in the UI language
	status  string            // what went right
	removed workspace.Removed // the last deleted dataset, until undone or replaced
	undo    string            // its name, while the undo button shows

	paste string
	// What the user gave while the workspace opened or another read ran.
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
	p.ui = ctx
	shell.ObserveLang(ctx, &p.lang, nil)
	p.ui.Async(func() {
		w, err := workspace.Shared(ctx) // the first call opens the store
		list, listErr := w.Datasets(ctx)
		used, quota, _ := w.Store().Usage(ctx)
		p.ui.Dispatch(func(ctx app.Context) {
			p.ready, p.storageErr, p.datasets, p.usage = true, err, list, [2]int64{used, quota}
			if listErr != nil {
				p.alerts = append(p.alerts, cause(p.l(), listErr))
			}
			if p.selected != "" {
				p.open(ctx, p.selected)
			}
			p.next(ctx)
		})
	})
}

func (p *dataPage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("%s · ReachLab", i18n.T(p.l(), i18n.DataTitle))
	if id := ctx.Page().URL().Query().Get("dataset"); id != "" && id != p.selected {
		p.selected = id
		if p.ready {
			p.open(ctx, id)
		}
	}
}

func (p *dataPage) OnDismount() {
	if p.job != nil {
		p.job.cancel()
	}
}

func (p *dataPage) l() text.Lang { return p.lang.OrDefault() }

func (p *dataPage) Render() app.UI {
	l := p.l()
	return shell.Frame(l, "/data", app.Section().Class("page data-page").
		OnDragOver(p.onDragOver).
		OnDrop(p.onDrop).
		Body(
			app.H1().Text(i18n.T(l, i18n.DataTitle)),
			app.P().Class("lead").Text(i18n.T(l, i18n.DataIntro)),
			p.renderInputs(l),
			p.renderMessages(l),
			p.renderDatasets(l),
			app.If(p.table != nil, func() app.UI { return p.renderDataset(l) }),
			p.renderWorkspaceFile(l),
		))
}

// workspace returns the browser's workspace, waiting for it to open; call it
// off the UI goroutine.
func (p *dataPage) workspace() *workspace.Workspace {
	w, _ := workspace.Shared(p.ui)
	return w
}

// refresh reloads the dataset list and the storage figures.
func (p *dataPage) refresh(ctx app.Context) {
	p.ui.Async(func() {
		w := p.workspace()
		list, err := w.Datasets(ctx)
		used, quota, _ := w.Store().Usage(ctx)
		p.ui.Dispatch(func(ctx app.Context) {
			p.datasets, p.usage = list, [2]int64{used, quota}
			if err != nil {
				p.alerts = append(p.alerts, cause(p.l(), err))
			}
		})
	})
}

// open shows dataset id below the list, reading it if needed.
func (p *dataPage) open(ctx app.Context, id string) {
	l := p.l()
	p.selected = id
	p.ui.Async(func() {
		w := p.workspace()
		t, m, err := w.Table(ctx, id, load.Options{Locale: string(l)})
		p.ui.Dispatch(func(ctx app.Context) {
			if err != nil {
				p.alerts = append(p.alerts, problem(l, m.Name, err))
				return
			}
			p.show(t, m)
		})
	})
}

// show opens table t of dataset m below the list.
func (p *dataPage) show(t *data.Table, m workspace.Meta) {
	p.table, p.meta, p.selected = t, m, m.ID
	names := make([]string, len(t.Columns()))
	for i, c := range t.Columns() {
		names[i] = c.Name()
	}
	p.export = platform.Detect(names)
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
