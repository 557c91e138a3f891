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
		app.If(p.incoming != nil, func() app.UI { return p.renderImportPreview(l) }),
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

// onImport reads the chosen workspace file and shows what importing it
// would do; nothing is stored until the user chooses (onApply). A refused
// file names each record refused.
func (p *dataPage) onImport(ctx app.Context, e app.Event) {
	files := shell.TakeFiles(ctx.JSSrc())
	if len(files) == 0 {
		return
	}
	f, l := files[0], p.l()
	p.ui.Async(func() {
		w, _ := workspace.Shared(p.ui)
		b, err := f.Read(p.ui, nil)
		var ip workspace.ImportPlan
		if err == nil {
			ip, err = w.Preview(p.ui, b)
		}
		p.ui.Dispatch(func(ctx app.Context) {
			p.incoming = nil
			if err != nil {
				p.refused(l, f.Name, err)
				return
			}
			p.say("")
			p.incoming = &incoming{name: f.Name, plan: ip}
		})
	})
}

// onApply imports the file previewed, treating what is already here as
// choice says.
func (p *dataPage) onApply(choice workspace.Choice) {
	in, l := p.incoming, p.l()
	if in == nil || in.applying {
		return
	}
	in.applying = true
	p.ui.Async(func() {
		w, _ := workspace.Shared(p.ui)
		done, err := w.Apply(p.ui, in.plan, choice, l)
		p.ui.Dispatch(func(ctx app.Context) {
			p.incoming = nil
			if err != nil {
				p.refused(l, in.name, err)
				return
			}
			p.say(i18n.Tf(l, i18n.DataImportedWS, done.Added, done.Replaced, done.Copied, done.Unchanged))
			if p.shown != nil {
				p.describe() // it may have been replaced: read it again
			}
			shell.RefreshSession(ctx)
			p.refreshUsage()
		})
	})
}

// onCancelImport drops the file previewed.
func (p *dataPage) onCancelImport(ctx app.Context, e app.Event) {
	if p.incoming == nil || p.incoming.applying {
		return
	}
	p.incoming = nil
	p.say(i18n.T(p.l(), i18n.DataWSCancelled))
}

// refused says why the workspace file name was not imported.
func (p *dataPage) refused(l text.Lang, name string, err error) {
	p.status = ""
	p.alerts = refusal(l, name, err)
}
