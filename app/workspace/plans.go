package workspace

import (
	"context"

	"reachlab/app/store"
)

// Plans lists the saved plans, newest first, without their data.
func (w *Workspace) Plans(ctx context.Context) ([]store.Record, error) {
	return w.store.List(ctx, store.Plans)
}

// Plan returns a saved plan's record, its data (the plan package's JSON)
// included.
func (w *Workspace) Plan(ctx context.Context, id string) (store.Record, error) {
	return w.store.Get(ctx, store.Plans, id)
}

// PutPlan saves a plan's JSON at revision rev (0 for a new plan) and returns
// the record as stored; errors.Is(err, store.ErrConflict) when another tab
// saved it meanwhile.
func (w *Workspace) PutPlan(ctx context.Context, id, title string, rev int64, data []byte) (store.Record, error) {
	r, err := w.store.Put(ctx, store.Record{Kind: store.Plans, ID: id, Title: title, Rev: rev, Data: data})
	if err == nil {
		w.notify(ctx, Change{What: ChangedPlans, ID: id})
	}
	return r, err
}

// DeletePlan deletes a saved plan.
func (w *Workspace) DeletePlan(ctx context.Context, id string) error {
	err := w.store.Delete(ctx, store.Plans, id)
	if err == nil {
		w.notify(ctx, Change{What: ChangedPlans, ID: id})
	}
	return err
}
