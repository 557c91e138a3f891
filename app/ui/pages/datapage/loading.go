package datapage

import (
	"context"
	"fmt"
	"time"

	"reachlab/app/data"
	"reachlab/app/data/load"
	"reachlab/app/i18n"
	"reachlab/app/text"
	"reachlab/app/ui/shell"

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
	text := e.Get("clipboardData").Call("getData", "text/plain").String()
	if text == "" {
		return
	}
	e.PreventDefault()
	p.readPaste(ctx, text)
}

func (p *dataPage) onPasteLoad(ctx app.Context, e app.Event) {
	if p.paste != "" {
		p.readPaste(ctx, p.paste)
	}
}

func (p *dataPage) readPaste(ctx app.Context, text string) {
	if !p.ready || p.job != nil {
		p.pendingPaste = text // read once the workspace is open or the read ends
		return
	}
	name := i18n.Tf(p.l(), i18n.DataPasteName, timestamp(p.l(), time.Now()))
	p.start(ctx, name, func(jctx context.Context, progress func(done, total int64)) (load.Source, error) {
		return load.Source{Name: name, Kind: load.Paste, Bytes: []byte(text)}, nil
	}, func() {
		p.paste = ""
		p.next(ctx)
	})
}

// read reads the files one after the other.
func (p *dataPage) read(ctx app.Context, files []shell.File) {
	if len(files) == 0 {
		return
	}
	if !p.ready || p.job != nil {
		// The workspace is still opening, or a read is under way: these
		// files wait their turn.
		p.pending = append(p.pending, files...)
		return
	}
	f, rest := files[0], files[1:]
	p.start(ctx, f.Name, func(jctx context.Context, progress func(done, total int64)) (load.Source, error) {
		if f.Size > data.DefaultMaxSize {
			// Refused before reading a byte: a 2 GB file must not fill
			// the tab's memory.
			return load.Source{}, fmt.Errorf("%s: %w", f.Name, &data.SizeError{Size: f.Size, Limit: data.DefaultMaxSize})
		}
		b, err := f.Read(jctx, progress)
		return load.Source{Name: f.Name, Bytes: b}, err
	}, func() {
		p.pending = append(rest, p.pending...)
		p.next(ctx)
	})
}

// takePending returns the files waiting for their turn, and forgets them. A
// paste waiting for its turn is started instead, if there is one.
func (p *dataPage) takePending() []shell.File {
	files := p.pending
	p.pending = nil
	return files
}

// next starts what waits: a paste first, then files.
func (p *dataPage) next(ctx app.Context) {
	if text := p.pendingPaste; text != "" {
		p.pendingPaste = ""
		p.readPaste(ctx, text)
		return
	}
	p.read(ctx, p.takePending())
}

// start runs one read in the background: fetch the source, read it into a
// table, keep it, show it. then runs on the UI goroutine afterwards, whatever
// the outcome (the next file, say).
func (p *dataPage) start(ctx app.Context, name string, fetch func(context.Context, func(done, total int64)) (load.Source, error), then func()) {
	if p.job != nil {
		return
	}
	jctx, cancel := context.WithCancel(ctx)
	j := &job{name: name, cancel: cancel}
	p.job = j
	p.alerts = nil
	l := p.l()

	var pacer shell.Pacer
	lastShown := time.Now()
	progress := func(done, total int64) {
		pacer.Yield()
		if time.Since(lastShown) < 100*time.Millisecond && done < total {
			return
		}
		lastShown = time.Now()
		p.ui.Dispatch(func(ctx app.Context) { j.done, j.total = done, total })
	}

	p.ui.Async(func() {
		w := p.workspace()
		defer cancel()
		src, err := fetch(jctx, progress)
		if err == nil {
			meta, t, addErr := w.Add(jctx, src, load.Options{Locale: string(l), Progress: progress})
			if err = addErr; err == nil {
				p.ui.Dispatch(func(ctx app.Context) {
					p.job = nil
					p.show(t, meta)
					p.say(i18n.Tf(l, i18n.DataLoaded, meta.Name, i18n.Number(l, float64(meta.Rows), 0), meta.Columns))
					p.refresh(ctx)
					then()
				})
				return
			}
		}
		p.ui.Dispatch(func(ctx app.Context) {
			p.job = nil
			p.status = ""
			p.alerts = append(p.alerts, problem(l, name, err))
			then()
		})
	})
}
