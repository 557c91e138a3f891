package datapage

import (
	"reachlab/app/workspace"
	"time"

	"reachlab/app/i18n"
	"reachlab/app/text"
	"reachlab/app/ui/shell"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderWorkspaceFile offers the whole workspace as one file, and takes one
// back: how a trainer hands datasets and plans to students, or a user moves
// to another machine.
func (p *dataPage) renderWorkspaceFile(l text.Lang) app.UI {
	return app.Section().Class("workspace-file").Aria("labelledby", "ws-heading").Body(
		app.H2().ID("ws-heading").Text(i18n.T(l, i18n.DataWorkspace)),
		app.Button().Type("button").ID("workspace-export").Text(i18n.T(l, i18n.DataExportWS)).OnClick(p.onExport),
		app.Input().ID("workspace-import").Type("file").Class("sr-only").Accept(".json,application/json").OnChange(p.onImport),
		app.Label().For("workspace-import").Class("button").Text(i18n.T(l, i18n.DataImportWS)),
	)
}

func (p *dataPage) onExport(ctx app.Context, e app.Event) {
	l := p.l()
	p.ui.Async(func() {
		w, _ := workspace.Shared(p.ui)
		now := time.Now()
		b, err := w.Export(ctx, now)
		p.ui.Dispatch(func(ctx app.Context) {
			if err != nil {
				p.alerts = append(p.alerts, cause(l, "", err))
				return
			}
			shell.Download("reachlab-workspace-"+now.Format("2006-01-02")+".json", "application/json", b)
		})
	})
}

func (p *dataPage) onImport(ctx app.Context, e app.Event) {
	files := shell.TakeFiles(ctx.JSSrc())
	if len(files) == 0 {
		return
	}
	f, l := files[0], p.l()
	p.ui.Async(func() {
		w, _ := workspace.Shared(p.ui)
		b, err := f.Read(ctx, nil)
		n := 0
		if err == nil {
			n, err = w.Import(ctx, b)
		}
		p.ui.Dispatch(func(ctx app.Context) {
			if err != nil {
				p.status = ""
				p.alerts = append(p.alerts, cause(l, f.Name, err))
				return
			}
			p.say(i18n.Tf(l, i18n.DataImportedWS, n))
			p.shown = nil
			shell.RefreshSession(ctx)
		})
	})
}
