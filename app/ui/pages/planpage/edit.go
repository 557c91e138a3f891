package planpage

import (
	"errors"
	"time"

	"reachlab/app/i18n"
	"reachlab/app/plan"
	"reachlab/app/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// saveDelay groups quick edits (typing, several fields) into one save.
const saveDelay = 500 * time.Millisecond

// edit applies change to a copy of the open plan, records it in the
// history, and saves it shortly after.
func (p *planPage) edit(change func(pl *plan.Plan)) {
	if p.plan == nil {
		return
	}
	next := p.plan.Clone()
	change(next)
	next.Touch(now())
	p.hist.Do(next)
	p.plan = next
	p.scheduleSave()
}

// undo and redo move through the history; the restored state is saved.
func (p *planPage) undo() {
	if p.hist == nil || !p.hist.CanUndo() {
		return
	}
	if pl, ok := p.hist.Undo(now()); ok {
		p.plan = pl
		p.scheduleSave()
	}
}

func (p *planPage) redo() {
	if p.hist == nil || !p.hist.CanRedo() {
		return
	}
	if pl, ok := p.hist.Redo(now()); ok {
		p.plan = pl
		p.scheduleSave()
	}
}

// scheduleSave saves the plan once no edit has come for saveDelay.
func (p *planPage) scheduleSave() {
	p.saveGen++
	gen := p.saveGen
	p.saving = true
	p.status = i18n.T(p.l(), i18n.PlanSaving)
	p.ui.After(saveDelay, func(ctx app.Context) {
		if gen == p.saveGen {
			p.save(gen)
		}
	})
}

// save writes the open plan at the revision it was read or last saved at.
// When another tab saved meanwhile, the store refuses and the page offers
// a choice instead of overwriting.
func (p *planPage) save(gen int) {
	if p.conflict {
		return
	}
	pl, rev, l := p.plan.Clone(), p.storeRev, p.l()
	p.ui.Async(func() {
		b, err := plan.Export(pl)
		var rec store.Record
		if err == nil {
			rec, err = p.workspace().Store().Put(p.ui, store.Record{Kind: store.Plans, ID: pl.ID, Title: pl.Title, Rev: rev, Data: b})
		}
		p.ui.Dispatch(func(ctx app.Context) {
			if pl.ID != p.plan.ID {
				return
			}
			switch {
			case errors.Is(err, store.ErrConflict):
				p.conflict, p.saving, p.status = true, false, ""
			case err != nil:
				p.saving, p.status = false, ""
				p.alerts = []string{i18n.Tf(l, i18n.PlanSaveError, err.Error())}
			default:
				p.storeRev = rec.Rev
				// A draft kept when the page was hidden (and then shown
				// again from the browser's back-forward cache) is older
				// than this save.
				dropDraft(ctx, pl.ID)
				if gen == p.saveGen {
					p.saving, p.status, p.alerts = false, i18n.T(l, i18n.PlanSaved), nil
				}
				p.refreshList()
			}
		})
	})
}

// refreshList reloads the plan list only (titles, dates).
func (p *planPage) refreshList() {
	p.ui.Async(func() {
		plans, err := p.workspace().Store().List(p.ui, store.Plans)
		if err != nil {
			return
		}
		p.ui.Dispatch(func(ctx app.Context) { p.plans = plans })
	})
}

// onConflictLoad drops this tab's unsaved change and loads the version the
// other tab saved.
func (p *planPage) onConflictLoad(ctx app.Context, e app.Event) {
	p.conflict = false
	p.saveGen++
	p.load(p.id)
}

// onConflictCopy keeps this tab's version as a new plan, leaving the other
// tab's save as it is.
func (p *planPage) onConflictCopy(ctx app.Context, e app.Event) {
	mine := p.plan.Duplicate(now())
	p.conflict = false
	p.saveGen++
	p.insert(mine, "")
}

// onKey handles the undo and redo shortcuts, outside text fields, where the
// browser's own undo applies.
func (p *planPage) onKey(e app.Value) {
	if !e.Get("ctrlKey").Bool() && !e.Get("metaKey").Bool() {
		return
	}
	if typing(e.Get("target")) {
		return
	}
	key := e.Get("key").String()
	shift := e.Get("shiftKey").Bool()
	var action func()
	switch {
	case (key == "z" || key == "Z") && !shift:
		action = p.undo
	case (key == "z" || key == "Z") && shift, key == "y" || key == "Y":
		action = p.redo
	default:
		return
	}
	e.Call("preventDefault")
	p.ui.Dispatch(func(ctx app.Context) { action() })
}

// typing reports whether an element is a text field.
func typing(el app.Value) bool {
	if el == nil || !el.Truthy() {
		return false
	}
	switch el.Get("tagName").String() {
	case "TEXTAREA":
		return true
	case "INPUT":
		switch el.Get("type").String() {
		case "text", "number", "date", "search", "email", "url", "tel":
			return true
		}
	}
	return el.Get("isContentEditable").Truthy()
}
