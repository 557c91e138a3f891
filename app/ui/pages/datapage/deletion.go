package datapage

import (
	"time"

	"reachlab/app/i18n"
	"reachlab/app/text"
	"reachlab/app/ui/shell"
	"reachlab/app/workspace"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderDeletion tells that a dataset was deleted, that its space is freed
// when the undo window ends, and offers to undo or to free the space now.
func (p *dataPage) renderDeletion(l text.Lang) app.UI {
	msg := i18n.Tf(l, i18n.DataDeleted, p.undo) + " " + i18n.Tf(l, i18n.DataDeletedSpace, int(workspace.UndoWindow/time.Second))
	if p.removed.InMemory {
		msg += " " + i18n.T(l, i18n.DataDeletedTabOnly)
	}
	return app.P().ID("deletion").Body(
		app.Text(msg+" "),
		app.Button().Type("button").ID("undo-delete").Text(i18n.T(l, i18n.DataUndo)).OnClick(p.onUndo),
		app.Text(" "),
		app.Button().Type("button").ID("confirm-delete").Class("delete").Text(i18n.T(l, i18n.DataFreeNow)).OnClick(p.onConfirmDelete),
	)
}

// remove deletes a dataset: it is hidden at once and its records kept
// until the undo window ends, when the workspace purges them and the undo
// button goes.
func (p *dataPage) remove(d workspace.Dataset) {
	l := p.l()
	p.ui.Async(func() {
		w, _ := workspace.Shared(p.ui)
		removed, err := w.RemoveDataset(p.ui, d.ID)
		p.ui.Dispatch(func(ctx app.Context) {
			if err != nil {
				p.alerts = append(p.alerts, cause(l, d.Name, err))
				return
			}
			p.removed, p.undo, p.status = removed, d.Title(l), ""
			if p.shown != nil && p.shown.ID == d.ID {
				p.shown = nil
			}
			shell.RefreshSession(ctx)
			p.ui.After(time.Until(removed.Ends()), func(ctx app.Context) { p.endUndo(removed) })
		})
	})
}

// endUndo takes the undo away when removed's window ended (unless another
// deletion replaced it), purges what expired and shows the space freed.
func (p *dataPage) endUndo(removed workspace.Removed) {
	if p.removed != removed {
		return
	}
	p.dropUndo(removed)
	p.ui.Async(func() {
		w, _ := workspace.Shared(p.ui)
		w.PurgeExpired(p.ui)
		p.ui.Dispatch(func(ctx app.Context) { p.refreshUsage() })
	})
}

func (p *dataPage) onUndo(ctx app.Context, e app.Event) {
	removed, l, name := p.removed, p.l(), p.undo
	p.ui.Async(func() {
		w, _ := workspace.Shared(p.ui)
		err := w.RestoreDataset(p.ui, removed)
		p.ui.Dispatch(func(ctx app.Context) {
			p.dropUndo(removed)
			if err != nil {
				p.alerts = append(p.alerts, cause(l, name, err))
				return
			}
			shell.OpenDataset(ctx, removed.ID)
		})
	})
}

// onConfirmDelete purges the deleted dataset now, for a user who needs the
// space.
func (p *dataPage) onConfirmDelete(ctx app.Context, e app.Event) {
	removed, l, name := p.removed, p.l(), p.undo
	p.ui.Async(func() {
		w, _ := workspace.Shared(p.ui)
		err := w.PurgeDataset(p.ui, removed.ID)
		p.ui.Dispatch(func(ctx app.Context) {
			p.dropUndo(removed)
			if err != nil {
				p.alerts = append(p.alerts, cause(l, name, err))
				return
			}
			p.say(i18n.Tf(l, i18n.DataFreed, name))
			p.refreshUsage()
		})
	})
}

// dropUndo takes the undo and free buttons away, unless a later deletion
// replaced removed.
func (p *dataPage) dropUndo(removed workspace.Removed) {
	if p.removed == removed {
		p.removed, p.undo = workspace.Removed{}, ""
	}
}
