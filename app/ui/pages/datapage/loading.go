package datapage

import (
	"context"
	"time"

	"reachlab/app/i18n"
	"reachlab/app/text"
	"reachlab/app/ui/client"
	"reachlab/app/ui/shell"
	"reachlab/app/view"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderInputs offers every way in: the file picker (the keyboard's way),
// a drop zone around it for files dragged from the desktop (the whole page
// takes drops too), cells pasted while the picker has focus, and a paste box.
func (p *dataPage) renderInputs(l text.Lang) app.UI {
	return app.Div().Class("inputs").Body(
		app.Div().
			ID("drop-zone").
			Class("drop-zone").
			OnPaste(p.onPaste).
			Body(
				app.Input().
					ID("file-input").
					Type("file").
					Class("sr-only").
					Multiple(true).
					Aria("describedby", "drop-hint").
					Accept(".csv,.tsv,.txt,.tab,.json,.xlsx,text/csv,text/tab-separated-values,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").
					OnChange(p.onFilesChosen),
				app.Label().For("file-input").Class("button primary").Text(i18n.T(l, i18n.DataChooseFiles)),
				app.P().ID("drop-hint").Text(i18n.T(l, i18n.DataDropHint)),
			),
		app.Details().Class("paste").Body(
			app.Summary().Text(i18n.T(l, i18n.DataPasteLabel)),
			app.Label().For("paste-input").Class("sr-only").Text(i18n.T(l, i18n.DataPasteLabel)),
			app.Textarea().
				ID("paste-input").
				Rows(6).
				Text(p.paste).
				OnInput(func(ctx app.Context, e app.Event) { p.paste = ctx.JSSrc().Get("value").String() }),
			app.Button().
				Type("button").
				ID("paste-load").
				Disabled(p.job != nil).
				Text(i18n.T(l, i18n.DataPasteLoad)).
				OnClick(p.onPasteLoad),
		),
		app.If(p.job != nil, func() app.UI { return p.renderProgress(l) }),
	)
}

func (p *dataPage) renderProgress(l text.Lang) app.UI {
	j := p.job
	pct := ""
	if j.total > 0 {
		pct = i18n.Percent(l, float64(j.done)*100/float64(j.total), 0)
	}
	return app.Div().ID("load-progress").Class("progress").Attr("role", "status").Body(
		app.Label().For("load-bar").Text(i18n.Tf(l, i18n.DataLoading, j.name, pct)),
		app.Progress().ID("load-bar").Max(max(j.total, 1)).Value(j.done),
		app.Button().Type("button").ID("load-cancel").Text(i18n.T(l, i18n.DataCancel)).
			OnClick(func(ctx app.Context, e app.Event) { j.cancel() }),
	)
}

func (p *dataPage) onFilesChosen(ctx app.Context, e app.Event) {
	p.read(ctx, shell.TakeFiles(ctx.JSSrc()))
}

func (p *dataPage) onDragOver(ctx app.Context, e app.Event) {
	e.PreventDefault() // lets the page accept the drop
}

func (p *dataPage) onDrop(ctx app.Context, e app.Event) {
	e.PreventDefault()
	p.read(ctx, shell.FilesOf(e.Get("dataTransfer").Get("files")))
}

// onPaste takes cells pasted on the drop zone.
func (p *dataPage) onPaste(ctx app.Context, e app.Event) {
	pasted := e.Get("clipboardData").Call("getData", "text/plain").String()
	if pasted == "" {
		return
	}
	e.PreventDefault()
	p.readPaste(ctx, pasted)
}

func (p *dataPage) onPasteLoad(ctx app.Context, e app.Event) {
	if p.paste != "" {
		p.readPaste(ctx, p.paste)
	}
}

func (p *dataPage) readPaste(ctx app.Context, pasted string) {
	if p.job != nil {
		p.pendingPaste = pasted // read once the read under way ends
		return
	}
	name := i18n.Tf(p.l(), i18n.DataPasteName, timestamp(p.l(), time.Now()))
	p.start(ctx, view.AddRequest{Name: name, Paste: true}, client.Bytes(name, []byte(pasted)), func() {
		p.paste = ""
		p.next(ctx)
	})
}

// read reads the files one after the other.
func (p *dataPage) read(ctx app.Context, files []shell.File) {
	if len(files) == 0 {
		return
	}
	if p.job != nil {
		p.pending = append(p.pending, files...) // these files wait their turn
		return
	}
	f, rest := files[0], files[1:]
	p.start(ctx, view.AddRequest{Name: f.Name, Size: f.Size}, client.Blob(f.Name, f.Size, f.Blob()), func() {
		p.pending = append(rest, p.pending...)
		p.next(ctx)
	})
}

// next starts what waits: a paste first, then files.
func (p *dataPage) next(ctx app.Context) {
	if pasted := p.pendingPaste; pasted != "" {
		p.pendingPaste = ""
		p.readPaste(ctx, pasted)
		return
	}
	files := p.pending
	p.pending = nil
	p.read(ctx, files)
}

// start hands one source to the engine, which reads it, keeps it and makes
// it the current dataset; the page shows it. then runs on the UI goroutine
// afterwards, whatever the outcome (the next file, say).
func (p *dataPage) start(ctx app.Context, req view.AddRequest, f *client.File, then func()) {
	if p.job != nil {
		return
	}
	jctx, cancel := context.WithCancel(p.ui)
	j := &job{name: req.Name, cancel: cancel}
	p.job = j
	p.alerts = nil
	l := p.l()
	req.Request = view.Request{Lang: l}
	progress := func(done, total int64) {
		p.ui.Dispatch(func(ctx app.Context) { j.done, j.total = done, total })
	}
	p.ui.Async(func() {
		defer cancel()
		v, err := client.Add(jctx, req, f, progress)
		p.ui.Dispatch(func(ctx app.Context) {
			p.job = nil
			switch {
			case client.Canceled(err):
				p.status = ""
				p.alerts = append(p.alerts, i18n.Tf(l, i18n.DataAt, req.Name, i18n.T(l, i18n.ErrMsgCancelled)))
			case err != nil:
				p.status = ""
				p.alerts = append(p.alerts, err.Error())
			default:
				p.show(v)
				p.say(v.Loaded)
				shell.RefreshSession(ctx)
				p.refreshUsage()
			}
			then()
		})
	})
}
