package planpage

import (
	"bytes"
	"encoding/json"

	"reachlab/app/i18n"
	"reachlab/app/plan"
	"reachlab/app/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Edits reach IndexedDB saveDelay after the last one, and a text field
// commits only when it loses focus. A reload or a closed tab inside that
// window would drop the edit. So when the page is hidden for good
// (pagehide), it commits the focused field and keeps the plan, if a save is
// still pending, as a draft in localStorage: that write is synchronous, so
// it is done before the page goes, which an IndexedDB transaction is not
// sure to be. The next time the plan opens, the draft is taken back.

// draftPrefix starts the localStorage key of a plan's draft; the plan ID
// ends it.
const draftPrefix = "reachlab.plan.draft."

// draft is a plan whose last edits were not saved yet.
type draft struct {
	BaseRev int64           `json:"baseRev"` // the stored revision the edits were made on
	Plan    json.RawMessage `json:"plan"`    // the plan, as plan.Export writes it
}

// onPageHide runs inside the browser's pagehide event, which ends before
// the page is gone. Go's event handlers only queue their work for the UI
// goroutine, so it waits for that queue to reach its own step.
func (p *planPage) onPageHide(app.Value) {
	commitFocusedField()
	done := make(chan struct{})
	p.ui.Dispatch(func(ctx app.Context) {
		defer close(done)
		if p.plan != nil && p.saving && !p.conflict {
			p.keepDraft(ctx)
		}
	})
	<-done
}

// commitFocusedField fires "change" on the focused form field, as leaving
// it would, so that text typed and not yet committed joins the draft.
func commitFocusedField() {
	el := app.Window().Get("document").Get("activeElement")
	if typing(el) || (el.Truthy() && el.Get("tagName").String() == "SELECT") {
		el.Call("dispatchEvent", app.Window().Get("Event").New("change", map[string]any{"bubbles": true}))
	}
}

// keepDraft writes the open plan as its draft.
func (p *planPage) keepDraft(ctx app.Context) {
	b, err := plan.Export(p.plan)
	if err != nil {
		return
	}
	// A full localStorage keeps the plan as saved before: nothing more can
	// be done while the page goes.
	_ = ctx.LocalStorage().Set(draftPrefix+p.plan.ID, draft{BaseRev: p.storeRev, Plan: b})
}

// takeDraft removes and returns the draft of plan id, if any.
func takeDraft(ctx app.Context, id string) (draft, bool) {
	key := draftPrefix + id
	if !ctx.LocalStorage().Contains(key) {
		return draft{}, false
	}
	var d draft
	err := ctx.LocalStorage().Get(key, &d)
	ctx.LocalStorage().Del(key)
	return d, err == nil && len(d.Plan) > 0
}

// dropDraft forgets the draft of plan id: the plan was saved since, or
// deleted.
func dropDraft(ctx app.Context, id string) { ctx.LocalStorage().Del(draftPrefix + id) }

// openWithDraft opens saved plan pl (stored as rec), with its draft applied
// when there is one. A draft made on the stored revision becomes an edit
// (undo goes back to the stored plan) that is saved at once. A draft made on
// an older revision meets a save from another tab: the page offers the same
// choice as for any conflict, so neither version is lost.
func (p *planPage) openWithDraft(ctx app.Context, pl *plan.Plan, rec store.Record) {
	p.open(pl, rec.Rev)
	d, ok := takeDraft(ctx, pl.ID)
	if !ok || bytes.Equal(d.Plan, rec.Data) {
		return // no draft, or its save finished as the page went
	}
	mine, err := plan.Import(d.Plan)
	if err != nil || mine.ID != pl.ID {
		return
	}
	if d.BaseRev != rec.Rev {
		p.plan, p.storeRev, p.conflict = mine, d.BaseRev, true
		p.computeLive()
		return
	}
	p.hist.Do(mine)
	p.plan = mine
	p.computeLive()
	p.scheduleSave()
	p.status = i18n.T(p.l(), i18n.PlanDraftRestored)
}
